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
}
