package planreport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A task's short name in the compiled report: its title, else the first clause of its content, cut at a word. */
class TaskTitleTest {
    private static Task task(String content, String title) {
        Timeframe tf = Timeframe.parse("Thường xuyên", LocalDate.of(2021, 10, 1)).orElseThrow();
        return new Task("1.1", "1", content, List.of("a"), null, List.of("a"), List.of(), tf, false, title);
    }

    @Test
    void theTitleWinsThenTheFirstClauseUpToAStopOrASemicolon() {
        assertEquals("Tuyên truyền Nghị quyết 02", task("Dài dòng. Hai câu.", " Tuyên truyền Nghị quyết 02 ").shortTitle());
        assertEquals("Rà soát lực lượng lao động", task("Rà soát lực lượng lao động; nghiên cứu các giải pháp.", null).shortTitle());
        assertEquals("Thành lập công đoàn cơ sở", task("Thành lập công đoàn cơ sở. Từng bước đơn giản hóa thủ tục.", "  ").shortTitle());
        assertEquals("Chỉ thị số 16/CT-TTg ngày 14/6.2021 áp dụng", task("Chỉ thị số 16/CT-TTg ngày 14/6.2021 áp dụng", null).shortTitle(),
                "a stop inside a number is no sentence end");
    }

    @Test
    void aLongFirstClauseIsCutAfterFourteenWordsWithAnEllipsis() {
        String c = "Tuyên truyền, quán triệt Nghị quyết 02 gắn với triển khai thực hiện các chủ trương, nghị quyết của Đảng, chính sách. Hết.";
        assertEquals("Tuyên truyền, quán triệt Nghị quyết 02 gắn với triển khai thực hiện các…", task(c, null).shortTitle());
    }

    @Test
    void theConstructorWithoutATitleLeavesItNull() {
        Timeframe tf = Timeframe.parse("Thường xuyên", LocalDate.of(2021, 10, 1)).orElseThrow();
        Task t = new Task("2", "2", "Nội dung", List.of("a"), null, List.of("a"), List.of(), tf, false);
        assertEquals(null, t.title());
        assertEquals("Nội dung", t.shortTitle());
    }
}
