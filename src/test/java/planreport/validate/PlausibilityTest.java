package planreport.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What repeated-result compares and what implausible-value measures against. */
class PlausibilityTest {

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
}
