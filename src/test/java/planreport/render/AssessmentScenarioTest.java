package planreport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import planreport.cli.CliRun;
import planreport.cli.ExitCode;

/**
 * The review's assessment read as the office reads it, on the shipped example: the year's review
 * dated in the next year directs the next year; a task done late in 2022 is no shortcoming of 2023; a
 * unit silent since the term began is said to be so, named only in the internal list; requests to the
 * province's bodies become directions to the Party organ of the day; the term review looks to the next
 * phase and leaves its lessons to the office; part I says what the committees did; notes replace a part.
 */
class AssessmentScenarioTest {
    static final String EXAMPLE = "examples/reports";

    /** The compiled Markdown and the run's error stream. */
    record Run(String md, String err) {
        String part(String from, String to) { return md.substring(md.indexOf(from), md.indexOf(to, md.indexOf(from))); }

        String body() { return md.substring(0, md.indexOf(md.contains("## PHỤ LỤC 1") ? "## PHỤ LỤC 1" : "## APPENDIX 1")); }
    }

    static Run compile(Path out, String asOf, String file, String... args) throws Exception {
        List<String> a = new ArrayList<>(List.of("compile", "--as-of", asOf, "--format", "md", "--out", out.toString()));
        a.addAll(List.of(args));
        a.add(EXAMPLE);
        CliRun r = CliRun.of(a.toArray(String[]::new));
        assertEquals(ExitCode.OK, r.exit(), r.err());
        return new Run(Files.readString(out.resolve(file)), r.err());
    }

    @Test
    void theYearsReviewDatedInTheNextYearDirectsTheNextYear(@TempDir Path out) throws Exception {
        Run y = compile(out, "2025-01-20", "bao-cao-so-ket-2024.md", "--kind", "summary", "--period", "2024");
        String dir = y.part("## IV.", "## V.");
        assertTrue(dir.contains("Rút kinh nghiệm việc thực hiện chỉ tiêu “Số đoàn viên kết nạp mới” năm 2024 (đạt 87% kế hoạch),"
                + " phấn đấu hoàn thành kế hoạch năm 2025 (4.000 người)."), dir);
        assertFalse(dir.contains("kế hoạch năm 2024"), "the year 2024 is over on 20/01/2025: " + dir);
        assertTrue(dir.contains("gửi báo cáo kết quả thực hiện quý I năm 2025 đúng thời hạn, chậm nhất ngày 15/4/2025."), dir);
        assertFalse(y.body().contains("Bài học kinh nghiệm"), "a year's report draws no lessons");

        Run en = compile(out, "2025-01-20", "bao-cao-so-ket-2024.en.md", "--kind", "summary", "--period", "2024", "--lang", "en");
        String enDir = en.part("## IV.", "## V.");
        assertTrue(enDir.contains("strive to reach the 2025 target (4,000 người)") && !enDir.contains("2024 target"), enDir);
    }

    @Test
    void aTaskDoneLateIn2022IsAShortcomingOf2022AndNotOf2023(@TempDir Path out) throws Exception {
        Run q22 = compile(out.resolve("a"), "2022-07-25", "bao-cao-so-ket-2022-Q2.md", "--kind", "summary", "--period", "2022-Q2");
        assertTrue(q22.part("#### a)", "#### b)").contains("hoàn thành chậm so với thời hạn: nhiệm vụ 1.1"), q22.part("#### a)", "#### b)"));
        assertTrue(q22.part("Nguyên nhân chủ quan:", "## IV.").contains("nhiệm vụ 1.1"), "the shortcoming has its cause");
        Run q23 = compile(out.resolve("b"), "2023-07-20", "bao-cao-so-ket-2023-Q2.md", "--kind", "summary", "--period", "2023-Q2");
        String assessment = q23.part("## III.", "## IV.");
        assertFalse(assessment.contains("1.1") || assessment.contains("chậm so với thời hạn"), assessment);
        assertFalse(q23.part("### 1. Ưu điểm", "### 2.").contains("Đã hoàn thành"), "nor is it a result of 2023");
    }

    @Test
    void aUnitSilentSinceTheTermBeganIsSaidSoAndNamedOnlyInTheInternalList(@TempDir Path out) throws Exception {
        Run q = compile(out, "2026-01-20", "bao-cao-so-ket-2025-Q3.md", "--kind", "summary", "--period", "2025-Q3");
        assertTrue(q.body().contains("Có 1 cơ quan, đơn vị không gửi báo cáo suốt 16 quý liên tiếp (từ quý IV năm 2021 đến quý III năm 2025)."), q.body());
        assertFalse(q.body().contains("Sở Tư pháp"), "no unit named in the body");
        assertFalse(q.md.contains("DANH SÁCH CẦN ĐÔN ĐỐC"), "the internal list is not in the review");
        String internal = Files.readString(out.resolve("bao-cao-so-ket-2025-Q3-noi-bo.md"));
        assertTrue(internal.substring(internal.indexOf("DANH SÁCH CẦN ĐÔN ĐỐC")).contains("Sở Tư pháp"), "the internal file names it");
    }

    @Test
    void requestsToTheProvincesBodiesBecomeDirectionsToTheOrganOfTheDay(@TempDir Path out) throws Exception {
        // the standing committee's year review directs them ("Giao …", IV) and proposes only upward (V)
        Run y24 = compile(out.resolve("y"), "2025-01-20", "bao-cao-so-ket-2024.md", "--kind", "summary", "--period", "2024");
        assertTrue(y24.part("## IV.", "## V.").contains("- Giao Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo, chỉ đạo Ủy ban nhân dân tỉnh bố trí kinh phí"
                + " hỗ trợ hoạt động của Tổ Tư vấn pháp luật."), y24.part("## IV.", "## V."));
        String v = y24.part("## V.", "Trên đây là báo cáo");
        assertFalse(v.contains("UBND tỉnh") || v.contains("LĐLĐ tỉnh"), "no proposal to a body the committee directs: " + v);
        assertTrue(v.contains("Kiến nghị Ban Bí thư, Ban Dân vận Trung ương, Tổng Liên đoàn Lao động Việt Nam: …"), "the Centre of 20/01/2025: " + v);
        assertTrue(y24.err().contains("cảnh báo[review-to-fill]: mục “Kiến nghị, đề xuất”"), y24.err());
        // a board's quarterly report does not direct: it puts the same requests to the Thường trực Tỉnh ủy (V)
        Run q23 = compile(out.resolve("a"), "2023-07-20", "bao-cao-so-ket-2023-Q2.md", "--kind", "summary", "--period", "2023-Q2");
        assertFalse(q23.part("## IV.", "## V.").contains("Giao "), q23.part("## IV.", "## V."));
        assertTrue(q23.part("## V.", "Trên đây là báo cáo").contains("- Đề nghị Thường trực Tỉnh ủy chỉ đạo Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo, "
                + "chỉ đạo Ủy ban nhân dân tỉnh bố trí kinh phí hỗ trợ hoạt động của Tổ Tư vấn pháp luật."), q23.part("## V.", "Trên đây là báo cáo"));
        assertFalse(q23.err().contains("cảnh báo[review-to-fill]: mục “Kiến nghị, đề xuất”"), "part V has its proposals: " + q23.err());
        Run q25 = compile(out.resolve("b"), "2026-01-20", "bao-cao-so-ket-2025-Q3.md", "--kind", "summary", "--period", "2025-Q3");
        assertTrue(q25.part("## V.", "Trên đây là báo cáo").contains("Đề nghị Thường trực Tỉnh ủy chỉ đạo Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo, chỉ đạo Ủy ban nhân dân tỉnh bố trí kinh phí"),
                "the Ban cán sự đảng ended on 31/01/2025: " + q25.part("## V.", "Trên đây là báo cáo"));
    }

    @Test
    void theTermReviewLooksToTheNextPhaseAndLeavesItsLessonsToTheOffice(@TempDir Path out) throws Exception {
        Run t = compile(out, "2026-01-20", "bao-cao-tong-ket-2021-Q4_2025-Q4.md", "--kind", "final");
        assertTrue(t.md.contains("### 3. Bài học kinh nghiệm\n\n## IV."), "the heading alone, no sentence: " + t.part("### 3.", "## V."));
        assertTrue(t.err().contains("cảnh báo[review-to-fill]: mục “Bài học kinh nghiệm”"), t.err());
        String dir = t.part("## IV.", "## V.");
        assertTrue(dir.contains("trong giai đoạn tiếp theo (từ năm 2026)"), dir);
        assertFalse(dir.contains("Đôn đốc") || dir.contains("gửi báo cáo kết quả thực hiện quý"), "no quarterly report chased after the plan: " + dir);
    }

    @Test
    void partOneSaysWhatTheCommitteesDidNotTheDutysNumbers(@TempDir Path out) throws Exception {
        Run q = compile(out, "2023-07-20", "bao-cao-so-ket-2023-Q2.md", "--kind", "summary", "--period", "2023-Q2");
        String one = q.part("## I.", "## II.");
        assertTrue(one.contains("tổ chức 49 cuộc kiểm tra, giám sát") && one.contains("ban hành 13 văn bản"), one);
        assertFalse(one.contains("III.1 (") || one.contains("được triển khai thường xuyên"), one);
        String strengths = q.part("### 1. Ưu điểm", "### 2.");
        assertFalse(strengths.contains("báo cáo phải gửi") || strengths.contains("báo cáo kết quả."), "no strength of the reporting: " + strengths);
    }

    @Test
    void notesReplaceAPartUnlessTheirHeadingKeepsTheData(@TempDir Path out) throws Exception {
        Path replace = out.resolve("thay.md"), keep = out.resolve("giu.md"), keepEn = out.resolve("keep.md");
        Files.writeString(replace, "## Ưu điểm\n- Các cấp ủy vào cuộc quyết liệt.\n");
        Files.writeString(keep, "## 1. Ưu điểm (giữ số liệu)\n- Các cấp ủy vào cuộc quyết liệt.\n");
        Files.writeString(keepEn, "## Strengths (keep data)\n- Các cấp ủy vào cuộc quyết liệt.\n");
        String data = "Công tác lãnh đạo, chỉ đạo, tổ chức thực hiện được các cấp ủy, tổ chức đảng quan tâm";
        String replaced = compile(out.resolve("a"), "2023-07-20", "bao-cao-so-ket-2023-Q2.md", "--kind", "summary", "--period", "2023-Q2",
                "--notes", replace.toString()).part("### 1. Ưu điểm", "### 2.");
        assertTrue(replaced.contains("- Các cấp ủy vào cuộc quyết liệt.") && !replaced.contains(data), replaced);
        for (Path notes : List.of(keep, keepEn)) {
            String kept = compile(out.resolve(notes.getFileName().toString() + ".out"), "2023-07-20", "bao-cao-so-ket-2023-Q2.md", "--kind", "summary",
                    "--period", "2023-Q2", "--notes", notes.toString()).part("### 1. Ưu điểm", "### 2.");
            assertTrue(kept.indexOf("Các cấp ủy vào cuộc quyết liệt.") < kept.indexOf(data) && kept.contains(data), notes + ": " + kept);
        }
    }
}
