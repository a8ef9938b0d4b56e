package planreport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import planreport.cli.CliRun;
import planreport.cli.ExitCode;

/**
 * compile and validate agree on the numbers, end to end (issue 11, "wrong numbers and
 * contradictions"): each test is one scenario an independent reading of docs/compile.md found.
 */
class CompileNumbersTest {
    static final String SAMPLE = CompileCommandTest.SAMPLE;
    static final String REGRESSION = "src/test/resources/numbers/regression";

    static JsonNode json(Path dir, String name) throws Exception { return Json.mapper().readTree(dir.resolve(name).toFile()); }

    @Test
    void beforeTheDueDateCompileListsNoMissingReportsAndNeitherDoesValidate(@TempDir Path out) throws Exception {
        // 2022-Q2 reports are due 15/07/2022
        CliRun c = CliRun.of("compile", "--as-of", "2022-07-10", "--kind", "summary", "--period", "2022-Q2", "--format", "json", "--out", out.toString(), SAMPLE);
        assertEquals(ExitCode.OK, c.exit(), c.err());
        JsonNode r = json(out, "bao-cao-so-ket-2022-Q2.json");
        assertEquals(0, r.get("reporting_total").get("missing_count").asInt());
        assertEquals(r.get("reporting_total").get("expected").asInt(), r.get("reporting_total").get("received").asInt());
        assertFalse(r.get("reporting_by_period").get(0).get("reports_due").asBoolean());
        for (JsonNode b : r.get("reporting")) assertEquals(0, b.get("missing").size(), b.toString());
        assertEquals(0, r.get("follow_up").get("missing").size());
        CliRun v = CliRun.of("validate", "--as-of", "2022-07-10", SAMPLE + "/bao-cao-2022-Q2.csv");
        assertFalse(v.out().contains("missing-report"), v.out());
        assertFalse(c.err().contains("missing-report"), c.err());

        // after the due date both list Huyện ủy Lý Sơn's three tasks: one report missing (one unit's, for one quarter)
        CliRun late = CliRun.of("compile", "--as-of", "2022-07-25", "--kind", "summary", "--period", "2022-Q2", "--format", "json", "--out", out.toString(), SAMPLE);
        assertEquals(ExitCode.OK, late.exit(), late.err());
        JsonNode r2 = json(out, "bao-cao-so-ket-2022-Q2.json");
        assertEquals(1, r2.get("reporting_total").get("missing_count").asInt());
        assertEquals(3, r2.get("follow_up").get("missing").get(0).get("missing_text").asText().split(",").length, r2.get("follow_up").toString());
        assertTrue(r2.get("reporting_by_period").get(0).get("reports_due").asBoolean());
        assertTrue(late.err().contains("“Huyện ủy Lý Sơn” chưa gửi báo cáo quý II/2022 (hạn 15/7/2022) về các nhiệm vụ 1.1, 6.1, III.1"), late.err());
    }

    @Test
    void aRowSubmittedAfterTheReportDateIsWarnedAboutInValidateAndCompile(@TempDir Path out) throws Exception {
        // line 49 of the 2022-Q2 file was submitted on 19/07/2022
        String line = SAMPLE + "/bao-cao-2022-Q2.csv:49:submitted_on: cảnh báo[submitted-after-as-of]: ngày gửi báo cáo 19/7/2022 sau ngày xét (16/7/2022)";
        CliRun v = CliRun.of("validate", "--as-of", "2022-07-16", SAMPLE + "/bao-cao-2022-Q2.csv");
        assertEquals(ExitCode.OK, v.exit(), v.out());
        assertTrue(v.out().contains(line), v.out());
        CliRun c = CliRun.of("compile", "--as-of", "2022-07-16", "--kind", "summary", "--period", "2022-Q2", "--format", "json", "--out", out.toString(), SAMPLE);
        assertEquals(ExitCode.OK, c.exit(), c.err());
        assertTrue(c.err().contains(line), c.err());
        CliRun en = CliRun.of("validate", "--as-of", "2022-07-16", "--lang", "en", SAMPLE + "/bao-cao-2022-Q2.csv");
        assertTrue(en.out().contains("warning[submitted-after-as-of]: submitted 2022-07-19, after the day of the check (2022-07-16)"), en.out());
        assertFalse(CliRun.of("validate", "--as-of", "2022-07-19", SAMPLE + "/bao-cao-2022-Q2.csv").out().contains("submitted-after-as-of"));
    }

    @Test
    void aSummaryCompiledBeforeItsQuarterEndsIsWarnedAbout(@TempDir Path out) throws Exception {
        CliRun c = CliRun.of("compile", "--as-of", "2022-06-20", "--kind", "summary", "--period", "2022-Q2", "--format", "json", "--out", out.toString(), SAMPLE);
        assertEquals(ExitCode.OK, c.exit(), c.err());
        assertTrue(c.err().contains("cảnh báo[as-of-before-window-end]: ngày xét 20/6/2022 trước ngày kết thúc kỳ tổng hợp (30/6/2022, hết quý II/2022)"), c.err());
        assertTrue(Files.exists(out.resolve("bao-cao-so-ket-2022-Q2.json")));
        CliRun done = CliRun.of("compile", "--as-of", "2022-07-25", "--kind", "summary", "--period", "2022-Q2", "--format", "json", "--out", out.toString(), SAMPLE);
        assertFalse(done.err().contains("as-of-before-window-end"), done.err());
        // before it starts: refused, commands/compile-usage-as-of-before-window.txt
    }

    @Test
    void aTaskDoneInQ1AndInProgressInQ2StaysDoneAndTheRegressionIsFlaggedAndShown(@TempDir Path out) throws Exception {
        String where = REGRESSION + "/bao-cao-2022-Q2.csv:2:status: cảnh báo[status-regressed]: “Đảng đoàn Liên đoàn Lao động tỉnh” đã báo cáo nhiệm vụ 2.1"
                + " hoàn thành trong quý I/2022, nhưng báo cáo quý II/2022 lại ghi “Đang thực hiện”";
        CliRun v = CliRun.of("validate", "--as-of", "2022-07-25", REGRESSION);
        assertTrue(v.out().contains(where), v.out());
        assertFalse(CliRun.of("validate", "--as-of", "2022-07-25", REGRESSION + "/bao-cao-2022-Q2.csv").out().contains("status-regressed"),
                "the Q1 report is needed to see it");
        CliRun c = CliRun.of("compile", "--as-of", "2022-07-25", "--kind", "summary", "--period", "2022-Q2", "--format", "json,md", "--out", out.toString(), REGRESSION);
        assertEquals(ExitCode.OK, c.exit(), c.err());
        assertTrue(c.err().contains(where), c.err());
        JsonNode r = json(out, "bao-cao-so-ket-2022-Q2.json");
        JsonNode t21 = null;
        for (JsonNode t : r.get("tasks")) if (t.get("id").asText().equals("2.1")) t21 = t;
        assertEquals("done_on_time", t21.get("classification").asText());
        assertEquals(1, t21.get("regressions").size());
        JsonNode g = r.get("regressions").get(0);
        assertEquals("2.1", g.get("task").asText());
        assertEquals("dang-doan-ldld-tinh", g.get("body").asText());
        assertEquals("2022-Q1", g.get("done_period").asText());
        assertEquals("2022-Q2", g.get("period").asText());
        assertEquals("in_progress", g.get("status").asText());
        assertEquals(80, g.get("progress").asInt());
        assertTrue(g.get("text").asText().contains("báo cáo quý II năm 2022 lại ghi “Đang thực hiện (80%)”"), g.toString());
        assertTrue(Files.readString(out.resolve("bao-cao-so-ket-2022-Q2.md")).contains(g.get("text").asText()), "the document says it");
    }

    @Test
    void aRowWithoutSubmissionDateIsCountedApartFromLateReports(@TempDir Path out) throws Exception {
        CliRun c = CliRun.of("compile", "--as-of", "2022-07-25", "--kind", "summary", "--period", "2022-Q2", "--format", "json,md", "--out", out.toString(), REGRESSION);
        assertEquals(ExitCode.OK, c.exit(), c.err());
        JsonNode r = json(out, "bao-cao-so-ket-2022-Q2.json");
        JsonNode ld = null;
        for (JsonNode b : r.get("reporting")) if (b.get("body").asText().equals("dang-doan-ldld-tinh")) ld = b;
        assertEquals(1, ld.get("undated").asInt());
        assertEquals(0, ld.get("late").asInt());
        assertEquals(0, ld.get("late_reports").size());
        assertEquals("2.2", ld.get("undated_reports").get(0).get("task").asText());
        assertEquals(1, r.get("reporting_total").get("undated").asInt());
        assertEquals(0, r.get("reporting_total").get("late").asInt());
        JsonNode chart = r.get("reporting_chart");
        assertEquals("undated", chart.get(2).get("id").asText());
        assertEquals("Không ghi ngày báo cáo", chart.get(2).get("label").asText());
        assertEquals(1, chart.get(2).get("count").asInt());
        assertEquals(1, r.get("follow_up").get("undated").size());
        assertEquals(0, r.get("follow_up").get("late").size());
    }

    @Test
    void anOldQuarterIsReissuedFromTheWholeFolderDespiteProblemsInLaterQuarters(@TempDir Path out) throws Exception {
        // on 20/04/2022, two 2022-Q2 rows give completion dates in the future: errors for validate ...
        CliRun v = CliRun.of("validate", "--as-of", "2022-04-20", "examples/reports");
        assertEquals(ExitCode.ERRORS, v.exit(), v.out());
        assertTrue(v.out().contains("2022-Q2_huyen-uy-son-tay.csv:2:Ngày hoàn thành: lỗi[status-inconsistent]"), v.out());
        // ... but they are not part of a report of 2022-Q1, which is written
        CliRun c = CliRun.of("compile", "--as-of", "2022-04-20", "--kind", "summary", "--period", "2022-Q1", "--format", "json", "--out", out.toString(), "examples/reports");
        assertEquals(ExitCode.OK, c.exit(), c.err());
        assertFalse(c.err().contains("lỗi["), c.err());
        assertFalse(c.err().contains("2022-Q2_"), "rows after the window are left out: " + c.err());
        JsonNode r = json(out, "bao-cao-so-ket-2022-Q1.json");
        assertEquals("2022-Q1", r.get("to").asText());
        // the same report as compiled from the 2021-Q4 and 2022-Q1 files alone
        Path alone = out.resolve("alone");
        Files.createDirectories(alone);
        String[] args = {"compile", "--as-of", "2022-04-20", "--kind", "summary", "--period", "2022-Q1", "--format", "json", "--out", alone.toString()};
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(args));
        try (var s = Files.list(Path.of("examples/reports"))) {
            s.map(Path::toString).filter(n -> n.contains("2021-Q4_") || n.contains("2022-Q1_")).sorted().forEach(all::add);
        }
        CliRun a = CliRun.of(all.toArray(String[]::new));
        assertEquals(ExitCode.OK, a.exit(), a.err());
        // the manifest names the files each run was given: all of them, or two quarters' (the report itself is the same)
        JsonNode fromTwo = json(alone, "bao-cao-so-ket-2022-Q1.json");
        assertTrue(r.get("manifest").get("inputs").size() > fromTwo.get("manifest").get("inputs").size());
        ((com.fasterxml.jackson.databind.node.ObjectNode) fromTwo).remove("manifest");
        ((com.fasterxml.jackson.databind.node.ObjectNode) r).remove("manifest");
        assertEquals(fromTwo, r, "later quarters change nothing in the report of 2022-Q1");
    }
}
