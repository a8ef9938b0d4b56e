package planreport.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What repeated-result compares and what implausible-value measures against. */
class PlausibilityTest {

    @Test
    void theStartsOfAResultAreSortedAsTheJdkSortsThemAtEverySize() {
        java.util.Random random = new java.util.Random(23);
        for (int n = 0; n <= 80; n++) {
            for (int round = 0; round < 20; round++) {
                int[] a = new int[n + 3];
                for (int i = 0; i < a.length; i++) a[i] = random.nextInt(n / 2 + 2);
                int[] expected = a.clone();
                java.util.Arrays.sort(expected, 0, n);
                Plausibility.sort(a, n);
                assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(a), "n = " + n);
            }
        }
    }

    @Test
    void aFigureIsANumberOfTheResultNotOfADocumentOrADate() {
        assertTrue(Plausibility.hasFigure("Tổ chức 3 hội nghị quán triệt"));
        assertTrue(Plausibility.hasFigure("Kết nạp 2.020 đoàn viên."));
        assertTrue(Plausibility.hasFigure("Phối hợp với cơ quan chủ trì: tổ chức 12 buổi tuyên truyền"));
        assertFalse(Plausibility.hasFigure("Đã tổ chức hội nghị quán triệt Nghị quyết 02 cho cán bộ chủ chốt."));
        assertFalse(Plausibility.hasFigure("Tổng hợp báo cáo quý III/2025"));
        assertFalse(Plausibility.hasFigure("Triển khai Chỉ thị 37-CT/TW ngày 03/9/2019 của Ban Bí thư"));
        assertFalse(Plausibility.hasFigure("Đang xây dựng kế hoạch triển khai trong năm 2022"));
    }

    @Test
    void resultsCompareWithoutCaseDiacriticsOrPunctuation() {
        assertEquals(Plausibility.normalise("Tổ chức 3 cuộc kiểm tra; bồi dưỡng 12 quần chúng."),
                Plausibility.normalise("to chuc 3 cuoc  kiem tra, boi duong 12 quan chung"));
        assertFalse(Plausibility.normalise("Tổ chức 3 cuộc").equals(Plausibility.normalise("Tổ chức 4 cuộc")));
    }

    @Test
    void theMedianOfTheEarlierValues() {
        assertEquals(2, Plausibility.median(List.of(3L, 2L, 2L)));
        assertEquals(2, Plausibility.median(List.of(3L, 2L, 4L, 1L)));
    }

    /**
     * withoutReferences finds REFERENCE's matches without trying it at every character: the same
     * text as replaceAll, on every result of the shipped example and on random texts built from the
     * pieces the pattern turns on (its words in any case, spaces and tabs, digits, "/", roman
     * numerals, letters that fold to i, punctuation).
     */
    @Test
    void referencesAreFoundAsThePatternFindsThem() throws Exception {
        List<String> texts = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("examples/reports"))) {
            for (java.nio.file.Path f : files.filter(x -> x.toString().endsWith(".csv")).sorted().toList()) {
                texts.addAll(java.nio.file.Files.readAllLines(f));
            }
        }
        String[] pieces = {"Nghị quyết", "NGHỊ QUYẾT", "nghị quyết", "chỉ thị", "Kết luận", "quyết định", "Kế hoạch", "thông tri", "Hướng dẫn",
            "quy định", "công văn", "Văn bản", "số", "Số", "năm", "Năm", "quý", "Quý", "QUÝ", "iii", "IV", "x", "vi", "ı", "İ", " ", "  ", "\t", "\n",
            "0", "2", "02", "2023", "12,5", "1.250", "/", "-", "/TW", "-NQ/TW", ".", ",", ":", "(", "a", "đ", "_", "ſ", "K", "bản", "hoạch số"};
        java.util.Random random = new java.util.Random(23);
        for (int i = 0; i < 20000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) b.append(pieces[random.nextInt(pieces.length)]);
            texts.add(b.toString());
        }
        assertTrue(texts.size() > 20500);
        for (String t : texts) assertEquals(Plausibility.REFERENCE.matcher(t).replaceAll(" "), Plausibility.withoutReferences(t), t);
    }

    /** The regular expressions hasFigure's character scan stands for, as they were (\\d and \\w ASCII). */
    private static final java.util.regex.Pattern DATED = java.util.regex.Pattern.compile("\\d+[/-][\\w/.-]*|[/-]\\d+");
    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile("(?<![\\w/.-])\\d[\\d.,]*(?![\\w/-])");

    /** hasFigure as it was written with the patterns: the oracle of the scan. */
    private static boolean hasFigureByPatterns(String s) {
        boolean digit = false;
        for (int i = 0; i < s.length() && !digit; i++) digit = Character.isDigit(s.charAt(i));
        if (!digit) return false;
        String rest = DATED.matcher(Plausibility.REFERENCE.matcher(s).replaceAll(" ")).replaceAll(" ");
        return FIGURE.matcher(rest).find();
    }

    /** Every line of the shipped example's reports (their results among them). */
    private static List<String> exampleLines() throws Exception {
        List<String> texts = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("examples/reports"))) {
            for (java.nio.file.Path f : files.filter(x -> x.toString().endsWith(".csv")).sorted().toList()) {
                texts.addAll(java.nio.file.Files.readAllLines(f));
            }
        }
        return texts;
    }

    /**
     * Pieces of results as units write them and as the bench's generator writes them, with the
     * characters a fold could get wrong: every Vietnamese letter in both cases, decomposed letters
     * and lone combining marks, Greek capital sigma (lower case by context), İ ı ſ, the Kelvin and
     * Ångström signs, ligatures, a Hangul pair that composes, wide and non-ASCII digits, no-break and
     * zero-width spaces, a BOM, a surrogate pair and a lone surrogate, dates, document numbers and
     * figures.
     */
    private static final String[] PIECES = {"Tổ chức", "3", "hội nghị", "quán triệt", "Nghị quyết", "02-NQ/TW", "ngày 12/6/2021", "năm 2023",
        "quý III/2025", "Quý iv/2024", "kết nạp", "2.020", "12,5", "đoàn viên", "ĐOÀN VIÊN", "Đảng", "ươ", "ƯỚC", "ừ", "ỹ", "Ỹ", " ", "  ", "\t", "\n",
        ".", ",", ";", ":", "!", "?", "\"", "'", "“", "”", "‘", "’", "(", ")", "-", "–", "—", "…", "/", "%", "_", "#",
        "e\u0301", "\u0301", "\u0323", "a\u0306\u0300", "O\u031B\u0303", "Σ", "ΣΑΣ", "σ", "İ", "ı", "ſ", "\u212A", "\u212B", "\uFB01", "\u1100\u1161",
        "１２", "٣", "\u00A0", "\u202F", "\u2000", "\u200B", "\u200D", "\uFEFF", "\uD83D\uDE00", "\uD83D", "ẞ", "ß", "ǅ", "\u1E9B", "\u0345", "Ǆ",
        "ﬀ", "Ω", "\u2126", "x²", "½", "Ⅻ", "ⅻ", "số 15/KH-UBND", "kế hoạch số 7", "văn bản 123/2022", "thông tri 04", "Chỉ thị 05-CT/TW",
        "đạt 100%", "1.234.567", "3a", "3.a", "/3", "-7", "3-", "a3", "3/", "x.5", ".5", "5.", "5,"};

    /** Random texts of {@link #PIECES}, with single letters of the Latin and Vietnamese ranges between them. */
    private static List<String> generated(int count, long seed) {
        java.util.Random random = new java.util.Random(seed);
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(16); k >= 0; k--) {
                switch (random.nextInt(4)) {
                    case 0 -> b.append((char) (0x1EA0 + random.nextInt(0x5A)));
                    case 1 -> b.append((char) (0x20 + random.nextInt(0x230)));
                    default -> b.append(PIECES[random.nextInt(PIECES.length)]);
                }
            }
            texts.add(b.toString());
        }
        return texts;
    }

    /** hasFigure's scan says what the patterns say, on the example's lines and on 30,000 made-up texts. */
    @Test
    void aFigureIsFoundAsThePatternsFindIt() throws Exception {
        List<String> texts = new java.util.ArrayList<>(exampleLines());
        texts.addAll(generated(30000, 24));
        for (String piece : PIECES) texts.add(piece);
        int figures = 0;
        for (String t : texts) {
            boolean expected = hasFigureByPatterns(t);
            assertEquals(expected, Plausibility.hasFigure(t), t);
            if (expected) figures++;
        }
        assertTrue(figures > 1000 && figures < texts.size() - 1000, figures + " of " + texts.size()); // both answers well exercised
    }

    /** The table-driven hash is the hash of the normalised text, on the example's lines and on 30,000 made-up texts. */
    @Test
    void theFoldByTableIsTheNormalisersFold() throws Exception {
        List<String> texts = new java.util.ArrayList<>(exampleLines());
        texts.addAll(generated(15000, 25));
        for (String piece : PIECES) texts.add(piece);
        texts.add(java.text.Normalizer.normalize(String.join(" ", exampleLines().subList(0, 40)), java.text.Normalizer.Form.NFD));
        for (String t : texts) assertEquals(Plausibility.hash(Plausibility.normalise(t)), Plausibility.normalisedHash(t), t);
    }

    /**
     * Why the table may fold a text a character at a time: for two characters it admits, normalise
     * of the pair is normalise of each, joined (no composition, no case by context across them) —
     * each admitted character before and after each Vietnamese letter, space and punctuation mark,
     * and before and after every 5th admitted character (all pairs took 9 s); and it admits the
     * Vietnamese letters.
     */
    @Test
    void theTablesCharactersFoldOneAtATime() {
        List<Character> admitted = new java.util.ArrayList<>();
        for (char c = 0; c < 0x2100; c++) if (Plausibility.alone(c)) admitted.add(c);
        for (char c = 0x1EA0; c <= 0x1EF9; c++) assertTrue(Plausibility.alone(c));
        for (char c : "ăâđêôơưĂÂĐÊÔƠƯàáãèéìíòóõùúýÀÁÃÈÉÌÍÒÓÕÙÚÝĩũĨŨ".toCharArray()) assertTrue(Plausibility.alone(c), String.valueOf(c));
        assertFalse(Plausibility.alone('\u0301'));
        assertFalse(Plausibility.alone('Σ'));
        String[] alone = new String[admitted.size()];
        for (int i = 0; i < alone.length; i++) alone[i] = Plausibility.normalise(String.valueOf(admitted.get(i)));
        String vietnamese = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXYàáãèéìíòóõùúýÀÁÃÈÉÌÍÒÓÕÙÚÝĩũĨŨ"
                + " \u00A0\u2002\u200B.,;:!?\"'“”‘’()-–—…/%";
        int pairs = 0;
        for (int i = 0; i < alone.length; i++) {
            for (int j = 0; j < alone.length; j++) {
                char a = admitted.get(i), b = admitted.get(j);
                boolean common = vietnamese.indexOf(a) >= 0 || vietnamese.indexOf(b) >= 0;
                if (!common && i % 5 != 0 && j % 5 != 0) continue;
                pairs++;
                if (!Plausibility.normalise("" + a + b).equals(alone[i] + alone[j])) {
                    throw new AssertionError("U+" + Integer.toHexString(a) + " U+" + Integer.toHexString(b));
                }
            }
        }
        assertTrue(pairs > 250_000, "pairs " + pairs);
    }

    /** The index sort behind the end of the checks: the order of a stable sort by the key, ties in the order added. */
    @Test
    void indexesAreSortedStably() {
        java.util.Random random = new java.util.Random(26);
        for (int n : new int[] {0, 1, 2, 3, 17, 1000, 4097}) {
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) keys[i] = random.nextInt(50);
            int[] got = Plausibility.sorted(n, (a, b) -> Long.compare(keys[a], keys[b]));
            Integer[] expected = new Integer[n];
            for (int i = 0; i < n; i++) expected[i] = i;
            java.util.Arrays.sort(expected, java.util.Comparator.comparingLong(i -> keys[i])); // stable
            for (int i = 0; i < n; i++) assertEquals(expected[i], got[i], "n " + n + " at " + i);
        }
    }

    /**
     * The key sort of the end of the checks: packed into longs where the fields fit, by the index
     * sort where a unit index takes all its 31 bits; either way the stable order by key.
     */
    @Test
    void entriesAreSortedByKeyEitherWay() {
        java.util.Random random = new java.util.Random(27);
        for (int unitBound : new int[] {17_600, Integer.MAX_VALUE}) {
            for (int n : new int[] {0, 1, 5, 3000}) {
                long[] keys = new long[n + 3];
                for (int i = 0; i < n; i++) {
                    keys[i] = ((long) random.nextInt(unitBound) << 32) | ((long) random.nextInt(40) << 16) | random.nextInt(50);
                    if (i > 0 && random.nextInt(5) == 0) keys[i] = keys[random.nextInt(i)]; // ties keep the order added
                }
                int[] got = Plausibility.byKey(keys, n);
                int[] expected = Plausibility.sorted(n, (a, b) -> Long.compare(keys[a], keys[b]));
                assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(got), "units below " + unitBound + ", " + n);
            }
        }
    }

    /** Only results whose hash another result shares are sorted for copies: those, and all of them, in order. */
    @Test
    void sharedHashesAreThoseThatRecur() {
        java.util.Random random = new java.util.Random(28);
        long[] hashes = new long[5000];
        for (int i = 0; i < hashes.length; i++) hashes[i] = random.nextInt(4) == 0 ? random.nextInt(300) : random.nextLong();
        int[] got = Plausibility.sharedHashes(hashes, 4990);
        List<Integer> expected = new java.util.ArrayList<>();
        for (int i = 0; i < 4990; i++) {
            int same = 0;
            for (int j = 0; j < 4990; j++) if (hashes[j] == hashes[i]) same++;
            if (same > 1) expected.add(i);
        }
        assertTrue(expected.size() > 500);
        assertEquals(expected.toString(), java.util.Arrays.toString(got));
    }
}
