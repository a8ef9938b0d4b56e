package planreport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import planreport.cli.CliRun;
import planreport.cli.ExitCode;

/**
 * Who issues, numbers, signs and receives each review, and the dated facts of 2025, each from its
 * scenario over the shipped example (issue: "A review the standing committee signs as it comes out").
 */
class IssuerTest {
    static final String EXAMPLE = "examples/reports";

    private static String md(Path out, String name) throws Exception { return Files.readString(out.resolve(name), StandardCharsets.UTF_8); }

    /** The part of a review between a heading and the next "---" (an appendix). */
    private static String appendix(String md, String heading) { return part(md, heading, "\n---"); }

    @Test
    void theQuarterOf2025IsTheSuccessorBoardsOwnWithTheBodiesOfItsDayAndNoSignerOfTheOldTinhUy(@TempDir Path out) throws Exception {
        CliRun c = CliRun.of("compile", "--kind", "summary", "--period", "2025-Q3", "--as-of", "2025-10-20", "--format", "md", "--out", out.toString(), EXAMPLE);
        assertEquals(ExitCode.OK, c.exit(), c.err());
        String md = md(out, "bao-cao-so-ket-2025-Q3.md");
        String header = md.substring(0, md.indexOf('\n'));
        assertTrue(header.contains("TỈNH ỦY QUẢNG NGÃI<br>**BAN TUYÊN GIÁO VÀ DÂN VẬN**"), header);
        assertTrue(header.contains("-BC/BTGDVTU"), header);
        assertFalse(md.contains("Đặng Ngọc Huy"), "not among the deputy secretaries of the Tỉnh ủy named on 11/9/2025");
        assertTrue(md.contains("**K/T TRƯỞNG BAN**<br>PHÓ TRƯỞNG BAN"), "a board's own report signs as the board");
        assertFalse(md.contains("T/L BAN THƯỜNG VỤ"));
        assertTrue(md.contains("- Thường trực Tỉnh ủy (b/c),"), "to the Thường trực Tỉnh ủy");
        assertTrue(md.contains("Lưu Ban Tuyên giáo và Dân vận Tỉnh ủy."));
        assertTrue(c.err().contains("signer-unknown"), "the blank name is flagged in the run: " + c.err());
        String leads = appendix(md, "PHỤ LỤC 2");
        for (String ceased : new String[] {"Ban cán sự đảng Ủy ban nhân dân tỉnh", "| Ban Tuyên giáo Tỉnh ủy |", "| Ban Dân vận Tỉnh ủy |", "huyện ủy", "Huyện ủy"}) {
            assertFalse(leads.contains(ceased), "ceased in 2025, not a lead of 2025-Q3: " + ceased);
        }
        assertTrue(leads.contains("| III.3 |") && leads.contains("Đảng ủy Ủy ban nhân dân tỉnh"), leads);
        assertTrue(leads.contains("Ban Tuyên giáo và Dân vận Tỉnh ủy"), leads);
        assertTrue(md.contains("Từ ngày 01/7/2025, tỉnh Kon Tum và tỉnh Quảng Ngãi hợp nhất thành tỉnh Quảng Ngãi"), "the province's scope after the merger");
    }

    /** The part of a review from a heading to the next one of the same level. */
    private static String part(String md, String heading, String next) {
        int i = md.indexOf(heading);
        int j = md.indexOf(next, i + heading.length());
        return md.substring(i, j < 0 ? md.length() : j);
    }

    @Test
    void after2025TheDangDoanAndTheDistrictCommitteesLeadNoMoreTheirSuccessorsDoAndABoardProposesUpward(@TempDir Path out) throws Exception {
        CliRun c = CliRun.of("compile", "--kind", "summary", "--period", "2025-Q3", "--as-of", "2025-10-20", "--format", "md", "--out", out.toString(), EXAMPLE);
        assertEquals(ExitCode.OK, c.exit(), c.err());
        String md = md(out, "bao-cao-so-ket-2025-Q3.md");
        String leads = appendix(md, "PHỤ LỤC 2");
        assertFalse(leads.contains("Đảng đoàn"), "the provincial đảng đoàn ended on 31/01/2025 (plan.yaml): " + leads);
        assertTrue(leads.contains("Ban Thường vụ Liên đoàn Lao động tỉnh"), "the Đảng đoàn LĐLĐ tỉnh's tasks are its Ban Thường vụ's");
        assertTrue(leads.contains("Đảng ủy các xã, phường, đặc khu"), "the district committees' part is the commune-level committees'");
        assertTrue(md.contains("do Đảng ủy các xã, phường, đặc khu đảm nhiệm"), "part I says who took over from 01/7/2025");
        assertFalse(md.contains("Đảng đoàn Liên đoàn Lao động tỉnh"), "nowhere in a 2025-Q3 review");
        // a board does not direct: the units' requests to the province's bodies go to the Thường trực Tỉnh ủy
        String directions = part(md, "## IV.", "\n## ");
        assertFalse(directions.contains("Giao "), directions);
        // nor speak in the standing committee's voice: it advises its superior on the focal tasks
        assertFalse(directions.contains("- Tập trung lãnh đạo, chỉ đạo"), directions);
        assertTrue(directions.contains("- Tham mưu Thường trực Tỉnh ủy lãnh đạo, chỉ đạo tập trung thực hiện các nhiệm vụ trọng tâm: "), directions);
        String proposals = part(md, "## V.", "Trên đây");
        assertTrue(proposals.contains("- Đề nghị Thường trực Tỉnh ủy chỉ đạo Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo, chỉ đạo "), proposals);
        assertFalse(proposals.contains("Ban Bí thư"), "a board's proposals go to its superior, not to the Centre");
        // the LĐLĐ's members (a stock) are counted once, though its Đảng đoàn reported them until 2024
        String table = part(md, "| Tổng số đoàn viên công đoàn trên địa bàn tỉnh |", "\n");
        long members = Long.parseLong(table.split("\\|")[3].strip().replace(".", ""));
        assertTrue(members > 50_000 && members < 70_000, table);
    }

    @Test
    void theTermReviewJudgesTheTermAgainstItsTargetsWithTheTermsCausesAndProposesToTheCentreOfItsDay(@TempDir Path out) throws Exception {
        CliRun c = CliRun.of("compile", "--kind", "final", "--as-of", "2026-01-20", "--format", "md", "--out", out.toString(), EXAMPLE);
        assertEquals(ExitCode.OK, c.exit(), c.err());
        String md = md(out, "bao-cao-tong-ket-2021-Q4_2025-Q4.md");
        String strengths = part(md, "### 1. Ưu điểm", "### 2.");
        assertTrue(strengths.contains("Chỉ tiêu “Số đoàn viên kết nạp mới” cả nhiệm kỳ đạt "), strengths);
        assertFalse(strengths.contains("lũy kế năm 2025"), "the term, not its last year: " + strengths);
        String weaknesses = part(md, "#### a) Hạn chế", "#### b)");
        assertTrue(weaknesses.contains("Chỉ tiêu “Số đoàn viên kết nạp mới” chưa đạt kế hoạch năm 2022 (đạt 97,4%), năm 2024 (đạt 87%)"), weaknesses);
        String causes = part(md, "Nguyên nhân khách quan", "Nguyên nhân chủ quan");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\((\\d+) cơ quan, đơn vị nêu\\)").matcher(causes);
        assertTrue(m.find() && Integer.parseInt(m.group(1)) > 20, "the difficulties of the whole term, not of its last quarter: " + causes);
        String proposals = part(md, "## V.", "Trên đây");
        assertTrue(proposals.contains("Ban Tuyên giáo và Dân vận Trung ương"), "the central board of 2026: " + proposals);
        assertFalse(proposals.contains("Ban Dân vận Trung ương"), proposals);
        assertTrue(part(md, "## IV.", "## V.").contains("- Giao "), "the standing committee directs the province's bodies");
        assertFalse(part(md, "## IV.", "## V.").contains("Tham mưu"), "the standing committee speaks in its own voice");
    }

    @Test
    void theYearIsTheStandingCommitteesWithTheOneLineHeaderTheGivenNumberAndDate(@TempDir Path out) throws Exception {
        CliRun c = CliRun.of("compile", "--kind", "summary", "--period", "2024", "--as-of", "2025-01-20", "--number", "125", "--date", "22/01/2025",
                "--format", "md", "--out", out.toString(), EXAMPLE);
        assertEquals(ExitCode.OK, c.exit(), c.err());
        String md = md(out, "bao-cao-so-ket-2024.md");
        assertTrue(md.startsWith("| **TỈNH ỦY QUẢNG NGÃI**<br>\\*<br>Số 125-BC/TU |"), md.substring(0, 120));
        assertFalse(md.contains("ĐẢNG BỘ TỈNH"), "a Congress header, not the committee's");
        assertTrue(md.contains("*Quảng Ngãi, ngày 22 tháng 01 năm 2025*"));
        assertTrue(md.contains("(Kèm theo Báo cáo số 125-BC/TU ngày 22/01/2025 của Ban Thường vụ Tỉnh ủy)"));
        assertTrue(md.contains("**T/M BAN THƯỜNG VỤ**<br>PHÓ BÍ THƯ<br><br><br><br>**Đặng Ngọc Huy**"), "his signature holds until 30/6/2025");
        assertFalse(c.err().contains("signer-unknown"), c.err());
    }

    @Test
    void theTermReviewIsTheTongKetOfThePlanWithACaGiaiDoanColumn(@TempDir Path out) throws Exception {
        CliRun c = CliRun.of("compile", "--kind", "final", "--as-of", "2026-01-20", "--format", "md", "--out", out.toString(), EXAMPLE);
        assertEquals(ExitCode.OK, c.exit(), c.err());
        String md = md(out, "bao-cao-tong-ket-2021-Q4_2025-Q4.md");
        assertTrue(md.contains("**Tổng kết việc thực hiện Kế hoạch số …-KH/TU của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 02-NQ/TW"), md.substring(0, 600));
        assertFalse(md.contains("Đặng Ngọc Huy"));
        assertTrue(md.contains("| Cả giai đoạn |"));
        assertFalse(md.contains("| Trong kỳ |"), "the whole term is not 'the period'");
        assertFalse(md.contains("Các ban cán sự đảng, đảng đoàn"), "they ended in the early-2025 reorganisation: not in Nơi nhận of 2026");
        assertTrue(md.contains("Các đảng ủy xã, phường, đặc khu và đảng ủy trực thuộc Tỉnh ủy"));
    }

    @Test
    void aQuarterBeyondTheTermNamesTheKeyToChange() {
        CliRun c = CliRun.of("compile", "--kind", "summary", "--period", "2026-Q1", "--as-of", "2026-04-20", "--format", "md", EXAMPLE);
        assertEquals(ExitCode.USAGE, c.exit(), c.err());
        assertTrue(c.err().contains("reporting.term.end") && c.err().contains("giả định"), c.err());
    }

    @Test
    void theReviewAndTheNoticeOf2022Q1CountTheSameReports(@TempDir Path out) throws Exception {
        Path in = out.resolve("in");
        Files.createDirectories(in);
        try (var files = Files.list(Path.of(EXAMPLE))) {
            for (Path f : files.filter(f -> f.getFileName().toString().matches("(2021-Q4|2022-Q1)_.*")).toList()) Files.copy(f, in.resolve(f.getFileName()));
        }
        CliRun c = CliRun.of("compile", "--kind", "summary", "--period", "2022-Q1", "--as-of", "2022-04-30", "--format", "json,md", "--out", out.toString(), in.toString());
        assertEquals(ExitCode.OK, c.exit(), c.err());
        JsonNode total = Json.mapper().readTree(out.resolve("bao-cao-so-ket-2022-Q1.json").toFile()).get("reporting_total");
        assertEquals(58, total.get("expected").asInt(), "one report is one unit's report for one quarter");
        assertEquals(57, total.get("received").asInt());
        assertTrue(md(out, "bao-cao-so-ket-2022-Q1.md").contains("phải gửi 58 báo cáo"));
        CliRun r = CliRun.of("remind", "--period", "2022-Q1", "--as-of", "2022-04-30", "--format", "md", "--out", out.resolve("r").toString(), in.toString());
        assertEquals(ExitCode.OK, r.exit(), r.err());
        String notice = md(out.resolve("r"), "thong-bao-2022-Q1.md");
        assertTrue(notice.contains("phải gửi báo cáo: 58"), notice);
        String letter = md(out.resolve("r"), "don-doc-2022-Q1_so-tu-phap.md");
        assertTrue(letter.contains("**K/T TRƯỞNG BAN**"), letter);
        assertFalse(letter.contains("T/L BAN THƯỜNG VỤ"), "a board's own letter: never T/L stacked over K/T");
    }
}
