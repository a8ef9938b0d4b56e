package planreport.validate;

import java.util.Arrays;

/**
 * An open-addressing map from long to long, so that a key per unit, task and period costs 16 bytes
 * instead of a boxed entry (a million reports in ~32 MB). Key {@link #EMPTY} is reserved.
 */
final class LongLongMap {
    static final long EMPTY = Long.MIN_VALUE;
    static final long ABSENT = Long.MIN_VALUE;
    private long[] keys;
    private long[] values;
    private int size;
    private int mask;

    LongLongMap(int capacity) {
        int n = Integer.highestOneBit(Math.max(16, capacity * 2 - 1)) << 1;
        keys = new long[n];
        values = new long[n];
        Arrays.fill(keys, EMPTY);
        mask = n - 1;
    }

    /**
     * Makes room for {@code n} keys in all, at once: a map filled a key at a time to a million keys
     * otherwise doubles nine times, each time putting every key again and leaving its old arrays to the
     * collector.
     */
    void reserve(int n) {
        if ((long) n * 2 <= keys.length) return;
        long[] ok = keys, ov = values;
        int len = Integer.highestOneBit(Math.max(16, n * 2 - 1)) << 1;
        keys = new long[len];
        values = new long[len];
        Arrays.fill(keys, EMPTY);
        mask = len - 1;
        size = 0;
        for (int i = 0; i < ok.length; i++) if (ok[i] != EMPTY) put(ok[i], ov[i]);
    }

    private static int hash(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    long get(long key) {
        int i = hash(key) & mask;
        while (true) {
            long k = keys[i];
            if (k == key) return values[i];
            if (k == EMPTY) return ABSENT;
            i = (i + 1) & mask;
        }
    }

    /** Stores the value unless the key is present; returns the value already there, or ABSENT. */
    long putIfAbsent(long key, long value) {
        int i = hash(key) & mask;
        while (true) {
            long k = keys[i];
            if (k == key) return values[i];
            if (k == EMPTY) {
                keys[i] = key;
                values[i] = value;
                if (++size * 2 > keys.length) grow();
                return ABSENT;
            }
            i = (i + 1) & mask;
        }
    }

    void put(long key, long value) {
        int i = hash(key) & mask;
        while (true) {
            long k = keys[i];
            if (k == key) { values[i] = value; return; }
            if (k == EMPTY) {
                keys[i] = key;
                values[i] = value;
                if (++size * 2 > keys.length) grow();
                return;
            }
            i = (i + 1) & mask;
        }
    }

    private void grow() { reserve(keys.length); }
}
