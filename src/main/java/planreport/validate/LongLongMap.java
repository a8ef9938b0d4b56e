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

    private void grow() {
        long[] ok = keys, ov = values;
        keys = new long[ok.length * 2];
        values = new long[ok.length * 2];
        Arrays.fill(keys, EMPTY);
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < ok.length; i++) if (ok[i] != EMPTY) put(ok[i], ov[i]);
    }
}
