package planreport.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import planreport.check.Code;
import planreport.check.Diagnostic;
import planreport.check.Diagnostics;
import planreport.model.Indicator;
import planreport.model.Names;
import planreport.model.Period;
import planreport.model.Plan;
import planreport.model.ReportColumn;
import planreport.model.ReportHeader;

/**
 * The checks of a report's figures and results against the unit's own other reports and the other
 * units' (all warnings, found once every row is read, since rows come in any order):
 * <ul>
 * <li>measure-not-asked: a measure's value on a row of another task, or from a unit the plan does not
 * ask to report it ({@link Plan#counts}); the value is left out of every sum;</li>
 * <li>implausible-value: a value more than {@link #JUMP} times the median of the unit's own earlier
 * values (at least {@link #HISTORY} of them, median above 0), or a stock below its previous value —
 * the earlier figures quoted;</li>
 * <li>repeated-result: a unit's result for a task that is, after normalising, the same as its own
 * previous period's ({@code stale}) or another unit's in the same period ({@code copied}). Only results
 * that give a figure are compared ({@link #hasFigure}): a sentence without one ("Đang xây dựng kế hoạch",
 * "Đã quán triệt Nghị quyết 02") may rightly repeat.</li>
 * </ul>
 * Memory: three longs per counted measure value and per result with a figure (its unit, task and
 * period as one key, the value or the result's hash, where it is), in arrays, not the rows' text or
 * an object per entry (a million reports: 24 MB); they are sorted once, at the end.
 */
final class Plausibility {
    /** A value this many times the median of the unit's earlier values is implausible. */
    static final int JUMP = 5;
    /** Earlier values needed before a jump is judged. */
    static final int HISTORY = 3;

    private final Plan plan;
    private final Diagnostics out;
    /** The first period of the term: a key holds a period as its offset from it. */
    private final int termStart;

    /** Counted measure values: key (unit index, measure index, period offset; {@link #key}), value, where ({@link #where}). */
    private final Entries values = new Entries();
    /** Results with a figure: key (unit index, task index, period offset), the normalised text's hash ({@link #figureHash}), where. */
    private final Entries results = new Entries();
    /** The headers of the rows kept, by the index a position holds ({@link #where}). */
    private final List<ReportHeader> headers = new ArrayList<>();
    private final Map<ReportHeader, Integer> headerIndex = new java.util.IdentityHashMap<>();
    private ReportHeader lastHeader;
    private int lastHeaderIndex;

    /** Entries of three longs each, in the order added. */
    private static final class Entries {
        long[] keys = new long[64], values = new long[64], wheres = new long[64];
        int size;

        void add(long key, long value, long where) {
            if (size == keys.length) {
                int n = size + (size >> 1);
                keys = java.util.Arrays.copyOf(keys, n);
                values = java.util.Arrays.copyOf(values, n);
                wheres = java.util.Arrays.copyOf(wheres, n);
            }
            keys[size] = key;
            values[size] = value;
            wheres[size] = where;
            size++;
        }

        /** The entries' indexes in key order, those of one key in the order added. */
        int[] byKey() {
            return Plausibility.byKey(keys, size);
        }
    }

    /**
     * The indexes of {@code keys[0 … size-1]} in key order, those of one key in the order added. A
     * key's three fields and the index are packed into one long where they fit (the plan's units,
     * tasks and periods need far fewer bits than a key has room for), so the JDK's sort of longs
     * does it; otherwise the index sort.
     */
    static int[] byKey(long[] keys, int size) {
        long units = 0, ofs = 0, offsets = 0;
        for (int i = 0; i < size; i++) {
            long k = keys[i];
            units = Math.max(units, k >>> 32);
            ofs = Math.max(ofs, (k >>> 16) & 0xFFFF);
            offsets = Math.max(offsets, k & 0xFFFF);
        }
        int ob = bits(ofs), pb = bits(offsets), ib = bits(size);
        if (bits(units) + ob + pb + ib > 63) return sorted(size, (a, b) -> Long.compare(keys[a], keys[b]));
        long[] packed = new long[size];
        for (int i = 0; i < size; i++) {
            long k = keys[i];
            packed[i] = ((((k >>> 32) << ob | ((k >>> 16) & 0xFFFF)) << pb | (k & 0xFFFF)) << ib) | i;
        }
        java.util.Arrays.sort(packed);
        int[] order = new int[size];
        long mask = (1L << ib) - 1;
        for (int k = 0; k < size; k++) order[k] = (int) (packed[k] & mask);
        return order;
    }

    /** The bits a number up to {@code max} needs. */
    private static int bits(long max) { return 64 - Long.numberOfLeadingZeros(max); }

    Plausibility(Plan plan, Diagnostics out) {
        this.plan = plan;
        this.out = out;
        this.termStart = plan.reporting().termStart().ordinal();
    }

    /** A unit, a task or measure, and a period of the term, as one key: 31 bits of unit index, 16 each of the others. */
    private static long key(int unit, int of, int periodOffset) {
        return ((long) unit << 32) | ((long) of << 16) | periodOffset;
    }

    private static int unitOf(long key) { return (int) (key >>> 32); }

    private static int of(long key) { return (int) (key >>> 16) & 0xFFFF; }

    private Period periodOf(long key) { return Period.ofOrdinal(termStart + (int) (key & 0xFFFF)); }

    /** A cell's row: 24 bits of the index of its header (its file) above 40 bits of line. */
    private long where(ReportHeader header, long line) {
        if (header != lastHeader) {
            Integer i = headerIndex.get(header);
            if (i == null) {
                i = headers.size();
                headers.add(header);
                headerIndex.put(header, i);
            }
            lastHeader = header;
            lastHeaderIndex = i;
        }
        return ((long) lastHeaderIndex << 40) | line;
    }

    private ReportHeader header(long where) { return headers.get((int) (where >>> 40)); }

    private static long line(long where) { return where & ((1L << 40) - 1); }

    /**
     * One checked row's measure values (in the plan's order, null where none) and its result's
     * {@link #figureHash} (null: no figure, not compared). {@code unit} and {@code task} are their
     * indexes in the plan, the period one of the term; a row of the same unit, task and period is
     * given once at most.
     */
    void row(ReportHeader header, long line, String unitId, int unit, String taskId, int task, Period period, List<Long> measures,
             Long resultHash) {
        List<Indicator> all = plan.indicators();
        int offset = period.ordinal() - termStart;
        for (int i = 0; i < measures.size() && i < all.size(); i++) {
            Long v = measures.get(i);
            if (v == null) continue;
            Indicator m = all.get(i);
            if (!plan.counts(m, unitId, taskId, period)) {
                boolean ownTask = m.taskId().equals(taskId);
                out.add(Diagnostic.of(Code.MEASURE_NOT_ASKED, ownTask ? "not-reporter" : "other-task").unit(unitId).task(taskId)
                        .period(period).value(v).with("name", plan.name(unitId)).with("measure", m.name()).with("measure_task", m.taskId())
                        .at(header.file(), line, header.indicatorName(i)).placed(header));
                continue;
            }
            values.add(key(unit, i, offset), v, where(header, line));
        }
        if (resultHash != null) results.add(key(unit, task, offset), resultHash, where(header, line));
    }

    /**
     * What repeated-result compares of a result: the hash of its normalised text when it gives a
     * figure, else null (not compared). It depends on the text alone, so it is worked out with the
     * row's other cells (ReportCheck#prepare), on any thread.
     */
    static Long figureHash(String result) {
        return result != null && hasFigure(result) ? normalisedHash(result) : null;
    }

    /** After the last row. */
    void finish() {
        jumps();
        repeats();
    }

    /** Each unit's values of a measure, period by period (the first given of a period counts). */
    private void jumps() {
        List<Indicator> all = plan.indicators();
        int[] order = values.byKey();
        List<Period> earlier = new ArrayList<>();
        List<Long> figures = new ArrayList<>();
        long series = -1;
        for (int k = 0; k < order.length; k++) {
            int e = order[k];
            long key = values.keys[e];
            if (k > 0 && key == values.keys[order[k - 1]]) continue;
            if (key >>> 16 != series) {
                series = key >>> 16;
                earlier.clear();
                figures.clear();
            }
            Indicator m = all.get(of(key));
            Period p = periodOf(key);
            long v = values.values[e];
            if (m.stock() && !figures.isEmpty() && v < figures.get(figures.size() - 1)) {
                Period before = earlier.get(earlier.size() - 1);
                warn(Diagnostic.of(Code.IMPLAUSIBLE_VALUE, "stock-fell").with("previous", figures.get(figures.size() - 1))
                        .with("previous_period", before), key, m, p, v, values.wheres[e]);
            } else if (!m.stock() && figures.size() >= HISTORY) {
                long median = median(figures);
                if (median > 0 && v > JUMP * median) {
                    int from = Math.max(0, figures.size() - 4);
                    warn(Diagnostic.of(Code.IMPLAUSIBLE_VALUE, "jump").with("median", median).with("times", JUMP)
                            .with("first_period", earlier.get(from)).with("last_period", earlier.get(earlier.size() - 1))
                            .with("earlier", join(figures.subList(from, figures.size()))), key, m, p, v, values.wheres[e]);
                }
            }
            earlier.add(p);
            figures.add(v);
        }
    }

    private void warn(Diagnostic d, long key, Indicator m, Period p, long v, long where) {
        String unit = plan.bodies().get(unitOf(key)).id();
        ReportHeader header = header(where);
        out.add(d.unit(unit).task(m.taskId()).period(p).value(v).with("name", plan.name(unit)).with("measure", m.name())
                .at(header.file(), line(where), header.indicatorName(of(key))).placed(header));
    }

    private void repeats() {
        // stale: the same as the unit's own result of the period before (the entry before it, in key order)
        int[] order = results.byKey();
        for (int k = 1; k < order.length; k++) {
            int e = order[k], before = order[k - 1];
            long key = results.keys[e];
            if (results.keys[before] == key - 1 && (key & 0xFFFF) != 0 && results.values[before] == results.values[e]) {
                String unit = plan.bodies().get(unitOf(key)).id();
                Period p = periodOf(key);
                repeated(Diagnostic.of(Code.REPEATED_RESULT, "stale").unit(unit).task(plan.tasks().get(of(key)).id()).period(p)
                        .with("name", plan.name(unit)).with("previous_period", p.previous()), results.wheres[e]);
            }
        }
        // copied: the same as another unit's in the same period, said of each but the first in the plan's order;
        // only results whose hash some other result shares can be, so only those are sorted
        long[] keys = results.keys, hashes = results.values;
        int[] shared = sharedHashes(hashes, results.size);
        int[] byGroup = sorted(shared.length, (a, b) -> {
            long ka = keys[shared[a]], kb = keys[shared[b]];
            int c = Long.compare(ka & 0xFFFFFFFFL, kb & 0xFFFFFFFFL);          // task, period
            if (c == 0) c = Long.compare(hashes[shared[a]], hashes[shared[b]]);
            return c != 0 ? c : Long.compare(ka >>> 32, kb >>> 32);         // unit, in the plan's order
        });
        order = new int[byGroup.length];
        for (int k = 0; k < order.length; k++) order[k] = shared[byGroup[k]];
        for (int k = 0; k < order.length; ) {
            int first = order[k];
            int end = k + 1;
            while (end < order.length && (keys[order[end]] & 0xFFFFFFFFL) == (keys[first] & 0xFFFFFFFFL) && hashes[order[end]] == hashes[first]) end++;
            String firstUnit = plan.bodies().get(unitOf(keys[first])).id();
            for (int j = k + 1; j < end; j++) {
                int e = order[j];
                if (keys[e] == keys[order[j - 1]]) continue; // one unit's result of a period is compared once
                String unit = plan.bodies().get(unitOf(keys[e])).id();
                repeated(Diagnostic.of(Code.REPEATED_RESULT, "copied").unit(unit).task(plan.tasks().get(of(keys[e])).id()).period(periodOf(keys[e]))
                        .with("name", plan.name(unit)).with("other", plan.name(firstUnit)), results.wheres[e]);
            }
            k = end;
        }
    }

    /** The indexes, in order, of the entries whose hash at least one other entry has too. */
    static int[] sharedHashes(long[] hashes, int size) {
        long[] sorted = java.util.Arrays.copyOf(hashes, size);
        java.util.Arrays.sort(sorted);
        int twice = 0;
        for (int i = 1; i < size; i++) {
            if (sorted[i] == sorted[i - 1] && (twice == 0 || sorted[twice - 1] != sorted[i])) sorted[twice++] = sorted[i];
        }
        long[] repeated = java.util.Arrays.copyOf(sorted, twice); // each shared hash once, ascending
        int n = 0;
        int[] out = new int[16];
        for (int i = 0; i < size; i++) {
            if (java.util.Arrays.binarySearch(repeated, hashes[i]) < 0) continue;
            if (n == out.length) out = java.util.Arrays.copyOf(out, n * 2);
            out[n++] = i;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** A repeated-result at the result's cell. */
    private void repeated(Diagnostic d, long where) {
        ReportHeader header = header(where);
        out.add(d.at(header.file(), line(where), header.name(ReportColumn.RESULT)).placed(header));
    }

    /** How two entries compare, by index. */
    interface Order {
        int compare(int a, int b);
    }

    /** The indexes 0 … n-1 sorted by {@code order}, stably (a merge sort of ints, so no index is boxed). */
    static int[] sorted(int n, Order order) {
        int[] a = new int[n], t = new int[n];
        for (int i = 0; i < n; i++) a[i] = i;
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n - width; lo += 2 * width) {
                int mid = lo + width, hi = Math.min(lo + 2 * width, n);
                if (order.compare(a[mid - 1], a[mid]) <= 0) continue; // already in order
                int i = lo, j = mid, o = lo;
                while (i < mid && j < hi) t[o++] = order.compare(a[j], a[i]) < 0 ? a[j++] : a[i++];
                while (i < mid) t[o++] = a[i++];
                while (j < hi) t[o++] = a[j++];
                System.arraycopy(t, lo, a, lo, hi - lo);
            }
        }
        return a;
    }

    /** The words {@link #REFERENCE} opens with, bar "quý" (of a numeral): a document's kind, "số", "năm". */
    private static final String[] REFERENCE_WORDS = {"nghị quyết", "chỉ thị", "kết luận", "quyết định", "kế hoạch", "thông tri", "hướng dẫn",
        "quy định", "công văn", "văn bản", "số", "năm"};
    /** The number of a document, a year or a quarter ("Nghị quyết 02", "năm 2023", "quý III/2025"): not a figure of the result. */
    static final java.util.regex.Pattern REFERENCE = java.util.regex.Pattern.compile(
            "(?iu)(" + String.join("|", REFERENCE_WORDS) + "|quý\\s+[ivx]+/?)\\s*\\d[\\w./-]*");
    /**
     * The first two letters of each of REFERENCE's words ("quý" too) as the pattern holds them
     * (each letter {@link #caseFold}ed): a start whose two letters open none of them is not tried.
     */
    private static final char[][] REFERENCE_OPENINGS;

    static {
        List<String> words = new ArrayList<>(List.of(REFERENCE_WORDS));
        words.add("quý");
        REFERENCE_OPENINGS = new char[words.size()][];
        for (int i = 0; i < words.size(); i++) {
            REFERENCE_OPENINGS[i] = new char[] {caseFold(words.get(i).charAt(0)), caseFold(words.get(i).charAt(1))};
        }
    }

    /**
     * A check worker's buffers for a result's scan (one a thread: the scan runs on several at once): the
     * result's characters, the same without references and dates, the candidate starts of a reference,
     * and a matcher of {@link #REFERENCE} (a new one a row was most of what the scan allocated). The
     * characters are copied from the string once a row and read from the array, where a loop's index
     * checks go; {@link #normalisedHash} of the same string reuses them.
     */
    private static final class Scratch {
        char[] text = new char[512], rest = new char[512];
        int[] starts = new int[16];
        final java.util.regex.Matcher reference = REFERENCE.matcher("");
        /** Whose characters {@link #text} holds (compared by identity). */
        String of;

        /** {@code s}'s characters into {@link #text}, unless they are there. */
        char[] load(String s) {
            if (s != of) {
                int n = s.length();
                if (text.length < n) {
                    text = new char[Math.max(n, 2 * text.length)];
                    rest = new char[text.length];
                }
                s.getChars(0, n, text, 0);
                of = s;
            }
            return text;
        }
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /**
     * Whether a result gives a figure: a number that is not a document's, a date or a year ("Tổ chức 3
     * hội nghị", not "quán triệt Nghị quyết 02"). What the regular expressions below say, by a scan of
     * the characters: {@code REFERENCE} replaced by a space ({@link #withoutReferences}), then
     * {@code DATED} = {@code \d+[/-][\w/.-]*|[/-]\d+} replaced by a space, then whether
     * {@code FIGURE} = {@code (?<![\w/.-])\d[\d.,]*(?![\w/-])} is found ({@code \d} and {@code \w}
     * ASCII, as Java has them without UNICODE_CHARACTER_CLASS). PlausibilityTest compares it with them.
     */
    static boolean hasFigure(String s) {
        Scratch scratch = SCRATCH.get();
        char[] a = scratch.load(s);
        int n = s.length();
        if (!anyDigit(a, n)) return false; // FIGURE needs an ASCII digit, and the replacements add none
        char[] rest = scratch.rest;
        int r = withoutReferences(s, a, n, scratch);
        char[] t = r < 0 ? a : rest;
        if (r >= 0) n = r;
        // DATED's matches replaced by one space each, left to right as replaceAll takes them; in place
        // when t is rest already (a match is two characters or more, so what is written stays behind what is read)
        int m = 0;
        for (int i = 0; i < n; ) {
            char c = t[i];
            if (digit(c)) {
                int j = i + 1;
                while (j < n && digit(t[j])) j++;
                if (j < n && (t[j] == '/' || t[j] == '-')) {  // \d+[/-][\w/.-]*
                    int k = j + 1;
                    while (k < n && datedTail(t[k])) k++;
                    rest[m++] = ' ';
                    i = k;
                } else {                                        // no match starts inside these digits
                    while (i < j) rest[m++] = t[i++];
                }
            } else if ((c == '/' || c == '-') && i + 1 < n && digit(t[i + 1])) {  // [/-]\d+
                int k = i + 2;
                while (k < n && digit(t[k])) k++;
                rest[m++] = ' ';
                i = k;
            } else {
                rest[m++] = c;
                i++;
            }
        }
        // FIGURE: a digit not after [\w/.-], then [\d.,]* (backing off as needed) not before [\w/-]
        for (int i = 0; i < m; i++) {
            if (!digit(rest[i]) || (i > 0 && (word(rest[i - 1]) || rest[i - 1] == '/' || rest[i - 1] == '.' || rest[i - 1] == '-'))) continue;
            int j = i + 1;
            boolean stop = false;                 // a '.' or ',' in the run: the match may end before it
            while (j < m && (digit(rest[j]) || rest[j] == '.' || rest[j] == ',')) {
                if (!digit(rest[j])) stop = true;
                j++;
            }
            if (stop || j == m || !(word(rest[j]) || rest[j] == '/' || rest[j] == '-')) return true;
        }
        return false;
    }

    private static boolean anyDigit(char[] a, int n) {
        for (int i = 0; i < n; i++) if (digit(a[i])) return true;
        return false;
    }

    /** {@code \d}: an ASCII digit. */
    private static boolean digit(char c) { return c >= '0' && c <= '9'; }

    /** {@code \w}: an ASCII letter, digit or underscore. */
    private static boolean word(char c) { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'; }

    /** {@code [\w/.-]}. */
    private static boolean datedTail(char c) { return word(c) || c == '/' || c == '.' || c == '-'; }

    /** How a case-blind Unicode pattern compares a character (java.util.regex, flags iu). */
    private static char caseFold(char c) { return Character.toLowerCase(Character.toUpperCase(c)); }

    /** The lengths of {@link #REFERENCE}'s words of a fixed length ("nghị quyết" … "số"), in characters. */
    private static final int[] WORD_LENGTHS = java.util.Arrays.stream(REFERENCE_WORDS).mapToInt(String::length).distinct().sorted().toArray();

    /** {@code REFERENCE.matcher(s).replaceAll(" ")}: {@link #withoutReferences(String, char[], int, Scratch)} as a string. */
    static String withoutReferences(String s) {
        Scratch scratch = SCRATCH.get();
        int r = withoutReferences(s, scratch.load(s), s.length(), scratch);
        return r < 0 ? s : new String(scratch.rest, 0, r);
    }

    /**
     * {@code REFERENCE.matcher(s).replaceAll(" ")} ({@code s}'s characters in {@code a[0 … n)}) into
     * {@code scratch.rest}: its length there, or -1 when {@code s} has no match. The same matches,
     * without trying the pattern at every character (a case-blind match of thirteen words at each of
     * a result's hundreds of characters was most of validate's time): every match is a word, spaces,
     * then an ASCII digit, so only the starts that end, a word's length before some digit's spaces,
     * and whose first letter is a word's first letter, are tried — in order, each past the last
     * match, as find() takes them. A digit whose spaces follow neither a letter nor "/" (a digit's
     * second digit, a figure after a comma) ends no word: every word of the pattern ends with a
     * letter (one that matches a letter case-blind is a letter too), and "quý III/" with one or "/".
     */
    private static int withoutReferences(String s, char[] a, int n, Scratch scratch) {
        int[] starts = scratch.starts;
        int count = 0;
        for (int d = 0; d < n; d++) {
            char c = a[d];
            if (c < '0' || c > '9') continue;
            int w = d;
            while (w > 0 && space(a[w - 1])) w--;     // the word ends where the spaces before the digit begin
            if (w == 0) continue;
            char last = a[w - 1];
            if (last < 0x80 ? !(last >= 'a' && last <= 'z' || last >= 'A' && last <= 'Z' || last == '/') : !Character.isLetter(last)) continue;
            for (int len : WORD_LENGTHS) {
                if (w - len < 0) break;
                if (mayOpen(a, n, w - len)) {
                    if (count + 2 > starts.length) scratch.starts = starts = java.util.Arrays.copyOf(starts, starts.length * 2);
                    starts[count++] = w - len;
                }
            }
            // "quý" spaces [ivx]+ "/"? spaces digit
            int e = w;
            if (a[e - 1] == '/') e--;
            int letters = e;
            while (letters > 0 && Character.isLetter(a[letters - 1])) letters--;
            if (letters < e && letters > 0 && space(a[letters - 1])) {
                int q = letters;
                while (q > 0 && space(a[q - 1])) q--;
                if (q - 3 >= 0 && mayOpen(a, n, q - 3)) {
                    if (count + 1 > starts.length) scratch.starts = starts = java.util.Arrays.copyOf(starts, starts.length * 2);
                    starts[count++] = q - 3;
                }
            }
        }
        if (count == 0) return -1;
        sort(starts, count);
        java.util.regex.Matcher m = scratch.reference.reset(s);
        char[] out = scratch.rest;
        int o = -1;
        int from = 0;
        for (int k = 0; k < count; k++) {
            int start = starts[k];
            if (start < from || (k > 0 && start == starts[k - 1])) continue;
            m.region(start, n);
            if (!m.lookingAt()) continue;
            if (o < 0) o = 0;
            System.arraycopy(a, from, out, o, start - from);
            o += start - from;
            out[o++] = ' ';
            from = m.end();
        }
        m.reset(""); // the matcher keeps no result's text
        if (o < 0) return -1;
        System.arraycopy(a, from, out, o, n - from);
        return o + n - from;
    }

    /**
     * {@code Arrays.sort(a, 0, n)}: by insertion for the few starts a result has (the JDK's sort is a
     * few KB of code compiled on every cold start for them), the JDK's beyond.
     */
    static void sort(int[] a, int n) {
        if (n > 32) {
            java.util.Arrays.sort(a, 0, n);
            return;
        }
        for (int i = 1; i < n; i++) {
            int x = a[i], j = i - 1;
            while (j >= 0 && a[j] > x) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    /**
     * Whether a match of {@link #REFERENCE} may start at {@code p} of {@code a[0 … n)}: its first two
     * characters open one of the words, compared as the pattern compares them (a character matches a
     * letter of the pattern when it is that letter or {@link #caseFold}s to it).
     */
    private static boolean mayOpen(char[] a, int n, int p) {
        if (p + 1 >= n) return false;
        char c0 = a[p], c1 = a[p + 1];
        char f0 = fold(c0), f1 = 0;
        for (char[] w : REFERENCE_OPENINGS) {
            if (w[0] != c0 && w[0] != f0) continue;
            if (f1 == 0) f1 = fold(c1);
            if (w[1] == c1 || w[1] == f1) return true;
        }
        return false;
    }

    /** {@link #caseFold}, without the tables for an ASCII character. */
    private static char fold(char c) {
        if (c < 0x80) return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        char f = FOLDS[c];
        if (f == 0) FOLDS[c] = f = caseFold(c); // a race only works out the same fold twice
        return f;
    }

    /**
     * {@link #caseFold} of each character met (0: not yet; no character at or past U+0080 folds to 0).
     * The JDK's case tables for these are two methods of 3.4 KB of bytecode each: asked for a result's
     * every Vietnamese letter, they were compiled on every cold start; asked once a character, they are not.
     */
    private static final char[] FOLDS = new char[Character.MAX_VALUE + 1];

    /** A character {@code \s} matches (ASCII white space, as REFERENCE has it). */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** The marks a copy may change without changing what it says: punctuation and spaces. */
    private static final String PUNCTUATION = " .,;:!?\"'“”‘’()-–…";

    /** A result as compared: folded (case, diacritics, spaces), without punctuation and spaces. */
    static String normalise(String s) {
        String f = Names.fold(s);
        StringBuilder b = new StringBuilder(f.length());
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (PUNCTUATION.indexOf(c) < 0 && !Character.isWhitespace(c)) b.append(c);
        }
        return b.toString();
    }

    /** FNV-1a's 64-bit start and multiplier. */
    private static final long FNV_OFFSET = 0xcbf29ce484222325L, FNV_PRIME = 0x100000001b3L;

    /** A 64-bit hash of a normalised text (FNV-1a): two different results sharing one is not to be expected. */
    static long hash(String s) {
        long h = FNV_OFFSET;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= FNV_PRIME;
        }
        return h;
    }

    /**
     * {@code hash(normalise(s))}, character by character from a table, with neither the normaliser
     * (NFC, lower case, NFD, marks dropped) nor a string in between — validate's largest cost on a
     * large file before. It holds because {@link #normalise} maps a text of the characters
     * {@link #alone} admits (Latin letters and their Vietnamese forms, general punctuation) one
     * character at a time: none of them composes with its neighbour or changes case by context, and
     * each decomposes to a letter of its own first. Each character's piece is {@code normalise} of
     * it alone, worked out on first use; a text with any other character (Greek, a combining mark, a
     * surrogate …) is hashed the long way. PlausibilityTest compares both.
     */
    static long normalisedHash(String s) {
        char[] a = SCRATCH.get().load(s);
        long h = FNV_OFFSET;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = a[i];
            if (c < 0x80) {
                char f = ASCII_FOLD[c];
                if (f != 0) {
                    h ^= f;
                    h *= FNV_PRIME;
                }
                continue;
            }
            String f = c < ALONE_END ? folded[c] : null;
            if (f == null) {
                if (!alone(c)) return hash(normalise(s));
                folded[c] = f = normalise(String.valueOf(c)); // a race only computes the same piece twice
            }
            for (int k = 0, len = f.length(); k < len; k++) {
                h ^= f.charAt(k);
                h *= FNV_PRIME;
            }
        }
        return h;
    }

    /** normalise of each ASCII character (one character, or 0 where it is dropped: spaces, punctuation). */
    private static final char[] ASCII_FOLD = new char[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            String f = normalise(String.valueOf(c));
            if (f.length() > 1) throw new IllegalStateException("fold of " + (int) c);
            ASCII_FOLD[c] = f.isEmpty() ? 0 : f.charAt(0);
        }
    }

    /** Characters below this may have a piece in {@link #folded}. */
    private static final int ALONE_END = 0x2070;
    /** normalise of each character {@link #alone} admits, once met (null: not yet). */
    private static final String[] folded = new String[ALONE_END];

    /**
     * The characters normalise maps one at a time: Latin (U+0000–U+024F, with Latin-1 and the
     * Vietnamese ă đ ơ ư), Latin Extended Additional (U+1E00–U+1EFF: ạ ả … ỹ) and general
     * punctuation (U+2000–U+206F: spaces, dashes, quotes, zero-width characters); no mark.
     */
    static boolean alone(char c) {
        if (!(c < 0x250 || (c >= 0x1E00 && c < 0x1F00) || (c >= 0x2000 && c < ALONE_END))) return false;
        int type = Character.getType(c);
        return type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK && type != Character.ENCLOSING_MARK;
    }

    static long median(List<Long> xs) {
        List<Long> s = new ArrayList<>(xs);
        java.util.Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    private static String join(List<Long> xs) {
        StringBuilder b = new StringBuilder();
        for (Long x : xs) {
            if (b.length() > 0) b.append("; ");
            b.append(x);
        }
        return b.toString();
    }
}
