package planreport.model;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Text normalization shared by every comparison of names typed by people: NFC, case folding, spacing, diacritics. */
public final class Names {
    private Names() {}

    /** NFC, the one form all text is kept in. */
    public static String nfc(String s) {
        if (s == null) return null;
        if (plainNfc(s)) return s;
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /**
     * The fast path for almost every cell: text made only of characters below U+0300 (ASCII, and
     * the precomposed letters â ê ô ă đ ơ ư), of Latin Extended Additional (U+1E00–U+1EFF: ạ ả ấ …
     * ữ ỹ), of the dashes, quotes and ellipsis U+2010–U+2027 and of the simple arrows U+2190–U+2199
     * (← → ↔: plan.yaml's notes write them) is already NFC: none of them
     * decomposes or composes with its neighbour, so the full check (slow on long text) is skipped.
     */
    static boolean plainNfc(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x300 || (c >= 0x1E00 && c <= 0x1EFF) || (c >= 0x2010 && c <= 0x2027) || (c >= 0x2190 && c <= 0x2199)) continue;
            return false;
        }
        return true;
    }

    /**
     * A text placed inside a sentence: its first letter lowered ("Thực hiện Nghị quyết …" → "thực hiện
     * Nghị quyết …"), unless its first word is written in capitals ("UBND tỉnh …", "BCĐ") — the one
     * rule every document uses for a subject or title that follows other words.
     */
    public static String lowerFirst(String s) {
        if (s == null || s.isEmpty()) return s;
        int cp = s.codePointAt(0);
        int n = Character.charCount(cp);
        if (s.length() > n && Character.isUpperCase(s.codePointAt(n))) return s;
        return new String(Character.toChars(Character.toLowerCase(cp))) + s.substring(n);
    }

    /** A text that starts a sentence: its first letter in capitals. */
    public static String upperFirst(String s) {
        if (s == null || s.isEmpty()) return s;
        int cp = s.codePointAt(0);
        return new String(Character.toChars(Character.toUpperCase(cp))) + s.substring(Character.charCount(cp));
    }

    /** The key names are compared by: NFC, lower case, trimmed, inner white space collapsed. */
    public static String key(String s) {
        String n = nfc(s).toLowerCase(Locale.ROOT).strip();
        if (spacedOnce(n)) return n;
        StringBuilder b = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c == '\uFEFF' || c == '\u200B' || c == '\u200C' || c == '\u200D') continue;
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = true;
            } else {
                if (space && b.length() > 0) b.append(' ');
                space = false;
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Whether a stripped text is already a key: no zero-width character, and no white space but single plain spaces. */
    private static boolean spacedOnce(String n) {
        boolean space = false;
        for (int i = 0, len = n.length(); i < len; i++) {
            char c = n.charAt(i);
            if (c == ' ') {
                if (space) return false;
                space = true;
            } else if (c == '\uFEFF' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u00a0' || Character.isWhitespace(c)) {
                return false;
            } else {
                space = false;
            }
        }
        return true;
    }

    /** {@link #key} with diacritics stripped (đ becomes d): what a name typed without accents matches. */
    public static String fold(String s) {
        String cached = FOLDED.get(s);
        if (cached != null) return cached;
        String f = foldUncached(s);
        if (FOLDED.size() < FOLD_CACHE && s.length() < 200) FOLDED.put(s, f);
        return f;
    }

    /**
     * The same few texts are folded over and over (the header cells of every report file, the plan's
     * names); NFD decomposition is the costly part, so folds of short texts are remembered.
     */
    private static final java.util.Map<String, String> FOLDED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int FOLD_CACHE = 8192;

    private static String foldUncached(String s) {
        String k = key(s);
        if (ascii(k)) return k; // nothing to decompose: spares loading the normalizer's data on most runs
        String d = Normalizer.normalize(k, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            if (c == 'đ') c = 'd';
            b.append(c);
        }
        return b.toString();
    }

    private static boolean ascii(String s) {
        for (int i = 0, n = s.length(); i < n; i++) if (s.charAt(i) >= 0x80) return false;
        return true;
    }

    /** Levenshtein distance, bounded: returns max+1 as soon as the distance exceeds max. */
    public static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) return max + 1;
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > max) return max + 1;
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }

    /** The candidate closest to what was typed (diacritics and case ignored), if one is reasonably close. */
    public static Optional<String> closest(String typed, Collection<String> candidates) {
        return new Index(candidates).closest(typed);
    }

    /**
     * The candidates of "did you mean", folded once, for many look-ups: a plan's bodies are asked
     * once per unknown name. Up to {@link #EXACT} candidates every one is compared; past that a
     * trigram index picks the {@link #SHORTLIST} sharing most three-letter pieces with what was
     * typed (pieces found in more than {@link #COMMON} candidates tell nothing and are skipped),
     * and only those are compared: a look-up costs about the same for fifteen thousand bodies as
     * for a thousand, not fifteen times as much.
     */
    public static final class Index {
        public static final int EXACT = 4096, SHORTLIST = 32, COMMON = 1024;

        private final String[] names;
        private final String[] folded;
        private Map<String, int[]> grams;
        private int[] hits;
        private long comparisons;

        public Index(Collection<String> candidates) {
            names = candidates.toArray(new String[0]);
            folded = new String[names.length];
        }

        /** How many candidates have been compared with what was typed (the cost the index bounds). */
        public long comparisons() { return comparisons; }

        private String folded(int i) {
            String f = folded[i];
            if (f == null) folded[i] = f = fold(names[i]);
            return f;
        }

        public Optional<String> closest(String typed) {
            if (typed == null || typed.isBlank()) return Optional.empty();
            String t = fold(typed);
            if (t.length() > 400) return Optional.empty();
            int max = Math.max(2, t.length() / 3);
            String best = null;
            int bestD = Integer.MAX_VALUE;
            char[] tc = t.toCharArray();
            for (int i : names.length <= EXACT ? all() : shortlist(t)) {
                String c = names[i], f = folded(i);
                comparisons++;
                int d = banded(tc, f, max);
                if (f.contains(t) && t.length() >= 4) d = Math.min(d, Math.max(1, (f.length() - t.length()) / 4));
                if (d < bestD || (d == bestD && best != null && c.compareTo(best) < 0)) {
                    bestD = d;
                    best = c;
                }
            }
            return bestD <= max ? Optional.ofNullable(best) : Optional.empty();
        }

        /** {@link #distance}, computed only within {@code max} of the diagonal (the cells that can stay under it). */
        static int banded(char[] a, String bs, int max) {
            int n = a.length, m = bs.length();
            if (Math.abs(n - m) > max) return max + 1;
            int big = max + 1;
            int[] prev = new int[m + 1], cur = new int[m + 1];
            for (int j = 0; j <= m; j++) prev[j] = j <= max ? j : big;
            for (int i = 1; i <= n; i++) {
                int lo = Math.max(1, i - max), hi = Math.min(m, i + max);
                cur[0] = i <= max ? i : big;
                if (lo > 1) cur[lo - 1] = big;
                int rowMin = cur[0];
                char ac = a[i - 1];
                for (int j = lo; j <= hi; j++) {
                    int v = prev[j - 1] + (ac == bs.charAt(j - 1) ? 0 : 1);
                    int up = prev[j] + 1, left = cur[j - 1] + 1;
                    if (up < v) v = up;
                    if (left < v) v = left;
                    cur[j] = v > big ? big : v;
                    if (v < rowMin) rowMin = v;
                }
                if (hi < m) cur[hi + 1] = big;
                if (rowMin > max) return big;
                int[] t = prev; prev = cur; cur = t;
            }
            return Math.min(prev[m], big);
        }

        private int[] all() {
            int[] a = new int[names.length];
            for (int i = 0; i < a.length; i++) a[i] = i;
            return a;
        }

        private static java.util.Set<String> trigrams(String f) {
            String p = " " + f + " ";
            java.util.Set<String> out = new java.util.HashSet<>();
            for (int i = 0; i + 3 <= p.length(); i++) out.add(p.substring(i, i + 3));
            return out;
        }

        private int[] shortlist(String t) {
            if (grams == null) {
                Map<String, java.util.List<Integer>> lists = new java.util.HashMap<>();
                for (int i = 0; i < names.length; i++) for (String g : trigrams(folded(i))) lists.computeIfAbsent(g, x -> new java.util.ArrayList<>()).add(i);
                grams = new java.util.HashMap<>();
                for (var e : lists.entrySet()) {
                    if (e.getValue().size() > COMMON) continue; // in too many names to tell them apart
                    grams.put(e.getKey(), e.getValue().stream().mapToInt(Integer::intValue).toArray());
                }
                hits = new int[names.length];
            }
            int[] touched = new int[0];
            int n = 0;
            for (String g : trigrams(t)) {
                int[] list = grams.get(g);
                if (list == null) continue;
                for (int i : list) {
                    if (hits[i]++ == 0) {
                        if (n == touched.length) touched = java.util.Arrays.copyOf(touched, Math.max(64, n * 2));
                        touched[n++] = i;
                    }
                }
            }
            // the SHORTLIST with most shared pieces (ties at the threshold: the first met), by counting, not sorting
            int most = 0;
            for (int k = 0; k < n; k++) most = Math.max(most, hits[touched[k]]);
            int[] perCount = new int[most + 1];
            for (int k = 0; k < n; k++) perCount[hits[touched[k]]]++;
            int threshold = most, taken = 0;
            while (threshold > 0 && taken + perCount[threshold] < SHORTLIST) taken += perCount[threshold--];
            int[] out = new int[Math.min(SHORTLIST, n)];
            int m = 0;
            for (int k = 0; k < n && m < out.length; k++) if (hits[touched[k]] > threshold) out[m++] = touched[k];
            for (int k = 0; k < n && m < out.length; k++) if (hits[touched[k]] == threshold && threshold > 0) out[m++] = touched[k];
            for (int k = 0; k < n; k++) hits[touched[k]] = 0;
            return m == out.length ? out : java.util.Arrays.copyOf(out, m);
        }
    }
}
