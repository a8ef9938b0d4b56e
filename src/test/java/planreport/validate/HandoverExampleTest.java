package planreport.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import planreport.cli.CliRun;
import planreport.cli.ExitCode;
import planreport.io.PlanReader;
import planreport.model.Plan;

/**
 * The shipped example through 2025-Q4, with the 2025 reorganisation of plan.yaml's bodies: the
 * handover shows in validate and compile (issue 13's "done when").
 */
class HandoverExampleTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static Plan plan() throws Exception { return PlanReader.read(Path.of("plan.yaml"), "plan.yaml").plan(); }

    @Test
    void validateOwesNothingOfACeasedBodyAndAcceptsItsSuccessors() throws Exception {
        Plan plan = plan();
        CliRun r = CliRun.of("validate", "--lang", "en", "--plan", "plan.yaml", "--as-of", "2026-01-20", "--format", "json", "examples/reports");
        assertEquals(ExitCode.OK, r.exit(), r.out());
        JsonNode root = JSON.readTree(r.out());
        assertEquals(0, root.get("errors").asInt(), "the successors' reports are accepted: " + r.out().substring(0, Math.min(2000, r.out().length())));
        Set<String> missingPeriods = new TreeSet<>();
        for (JsonNode d : root.get("diagnostics")) {
            if (!d.get("code").asText().equals("missing-report")) continue;
            String unit = d.get("unit").asText();
            planreport.model.Period p = planreport.model.Period.parse(d.get("period").asText()).orElseThrow();
            assertTrue(planreport.model.Obligations.exists(plan, unit, p), unit + " is asked for " + p + " although it did not exist then");
            missingPeriods.add(unit + " " + p);
        }
        assertTrue(missingPeriods.contains("so-tu-phap 2025-Q4"), "the one silent body is still chased to the end: " + missingPeriods);
        // the successors did report, on their predecessors' tasks
        for (String f : new String[] {"2025-Q3_ban-tuyen-giao-dan-van-tinh-uy.csv", "2025-Q1_dang-uy-ubnd-tinh.csv", "2025-Q3_so-khoa-hoc-cong-nghe.csv"}) {
            assertTrue(Files.exists(Path.of("examples/reports", f)), f);
        }
        // and the ceased bodies stopped: the district level after 2025-Q2, the merged boards after 2024-Q4
        assertTrue(Files.exists(Path.of("examples/reports/2025-Q2_ubnd-huyen-ba-to.csv")));
        assertFalse(Files.exists(Path.of("examples/reports/2025-Q3_ubnd-huyen-ba-to.csv")));
        assertFalse(Files.exists(Path.of("examples/reports/2025-Q1_ban-dan-van-tinh-uy.csv")));
    }

    @Test
    void aCeasedBodysReportIsRefusedWithItsSuccessorAsDidYouMean() throws Exception {
        CliRun r = CliRun.of("validate", "--lang", "en", "--plan", "plan.yaml", "--as-of", "2026-01-20", "--format", "json", "examples/bad/unit-ceased.csv");
        assertEquals(ExitCode.ERRORS, r.exit());
        JsonNode d = null;
        for (JsonNode x : JSON.readTree(r.out()).get("diagnostics")) if (x.get("severity").asText().equals("error")) d = x;
        assertEquals("unit-ceased", d.get("code").asText());
        assertEquals("ubnd-huyen-ba-to", d.get("unit").asText());
        assertEquals("2025-Q3", d.get("period").asText());
        assertEquals("Ủy ban nhân dân tỉnh", d.get("suggestion").asText());
        assertTrue(d.get("message").asText().contains("did you mean \"Ủy ban nhân dân tỉnh\""), d.get("message").asText());
        CliRun vi = CliRun.of("validate", "--plan", "plan.yaml", "--as-of", "2026-01-20", "examples/bad/unit-ceased.csv");
        assertTrue(vi.out().contains("thôi hoạt động từ ngày 01/7/2025") && vi.out().contains("có phải là “Ủy ban nhân dân tỉnh”?"), vi.out());
    }

    @Test
    void theSummaryOf2025Q3CountsTheBodiesThatExistedThen(@TempDir Path out) throws Exception {
        Plan plan = plan();
        Set<String> q3 = bodies(plan, out, "2025-Q3");
        Set<String> q2 = bodies(plan, out, "2025-Q2");
        LocalDate q3Closes = LocalDate.of(2025, 9, 30), q2Closes = LocalDate.of(2025, 6, 30);
        for (String b : q3) assertTrue(plan.exists(b, q3Closes), b + " counted in 2025-Q3");
        for (String b : q2) assertTrue(plan.exists(b, q2Closes), b + " counted in 2025-Q2");
        // (the district People's Committees lead only task 1.1, done in 2022: they owe no report then either)
        assertTrue(q2.contains("huyen-uy-ba-to") && q2.contains("ldld-huyen-ly-son") && q2.contains("thi-uy-duc-pho"), "district bodies owe 2025-Q2");
        assertTrue(q3.stream().noneMatch(b -> b.contains("huyen") || b.contains("thanh-pho") || b.contains("thi-xa") || b.startsWith("thi-uy")
                || b.startsWith("thanh-uy")), "no district body owes 2025-Q3: " + q3);
        assertTrue(q3.containsAll(Set.of("ubnd-tinh", "ldld-tinh", "ban-tuyen-giao-dan-van-tinh-uy", "dang-uy-ubnd-tinh", "dang-uy-cac-co-quan-dang-tinh")));
        // the provincial đảng đoàn ended on 31/01/2025 (their organisations took over), the district committees on 30/6/2025
        assertTrue(q3.stream().noneMatch(b -> b.startsWith("dang-doan")), "no đảng đoàn owes 2025-Q3: " + q3);
        assertTrue(q3.containsAll(Set.of("dang-uy-cap-xa", "btv-ldld-tinh", "thuong-truc-hdnd-tinh", "ubmttq-tinh")), q3.toString());
        assertEquals(27, q3.size(), "the bodies owing 2025-Q3: " + q3);
        assertEquals(52, q2.size());
    }

    @Test
    void theCompiledReportIntroducesEachSuccessorOnceAndOnlyInTheWindowOfTheHandover(@TempDir Path out) throws Exception {
        for (String period : new String[] {"2025-Q2", "2025-Q3"}) {
            CliRun r = CliRun.of("compile", "--plan", "plan.yaml", "--kind", "summary", "--period", period, "--as-of", "2026-01-20",
                    "--format", "md", "--out", out.toString(), "examples/reports");
            assertEquals(ExitCode.OK, r.exit(), r.err());
        }
        String q3 = Files.readString(out.resolve("bao-cao-so-ket-2025-Q3.md"));
        String q2 = Files.readString(out.resolve("bao-cao-so-ket-2025-Q2.md"));
        // a whole group handed over is named as the group, not unit by unit (the full list is in Phụ lục 3)
        assertEquals(1, count(q3, "Từ ngày 01/7/2025, nhiệm vụ của Ủy ban nhân dân các huyện, thị xã, thành phố do Ủy ban nhân dân tỉnh đảm nhiệm."), q3);
        assertEquals(1, count(q3, "Từ ngày 01/7/2025, nhiệm vụ của Liên đoàn Lao động các huyện, thị xã, thành phố do Liên đoàn Lao động tỉnh đảm nhiệm."));
        assertEquals(1, count(q3, "Từ ngày 01/7/2025, tỉnh Kon Tum và tỉnh Quảng Ngãi hợp nhất"), "the province's scope after the merger, once");
        assertEquals(1, count(q3, "Từ ngày 01/7/2025, nhiệm vụ của các huyện ủy, thị ủy, thành ủy do Đảng ủy các xã, phường, đặc khu đảm nhiệm."));
        assertEquals(0, count(q3, "Huyện ủy Lý Sơn do"), "no list of thirteen names in the body");
        assertEquals(4, count(q3, "Từ ngày "), "the merger and three handovers on 01/7/2025, nothing else");
        assertEquals(0, count(q2, "Từ ngày 01/7/2025"), "not in a window that ends before the handover");
    }

    @Test
    void showPrintsEachBodysDatesAndWhoLeadsATaskInEachPartOfTheTerm() {
        CliRun r = CliRun.of("show", "--plan", "plan.yaml");
        assertEquals(ExitCode.OK, r.exit(), r.err());
        assertTrue(r.out().contains("  ubnd-huyen-ba-to  Ủy ban nhân dân huyện Ba Tơ  [government]"), r.out());
        assertTrue(r.out().contains("      hoạt động đến hết 30/6/2025; cơ quan kế thừa: ubnd-tinh\n"), "dates and successors");
        assertTrue(r.out().contains("      kế thừa nhiệm vụ của: ban-tuyen-giao-tinh-uy, ban-dan-van-tinh-uy\n"));
        assertTrue(r.out().contains("         quý IV/2021 – quý IV/2024: 1 đơn vị\n         quý I/2025 – quý IV/2025: 1 đơn vị — thêm: Ban Tuyên giáo và Dân vận Tỉnh ủy; thôi: Ban Dân vận Tỉnh ủy\n"),
                "task III.8 in two parts");
    }

    private static int count(String text, String s) {
        int n = 0;
        for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) n++;
        return n;
    }

    private static Set<String> bodies(Plan plan, Path out, String period) throws Exception {
        CliRun r = CliRun.of("compile", "--plan", "plan.yaml", "--kind", "summary", "--period", period, "--as-of", "2026-01-20",
                "--format", "json", "--out", out.toString(), "examples/reports");
        assertEquals(ExitCode.OK, r.exit(), r.err());
        JsonNode root = JSON.readTree(out.resolve("bao-cao-so-ket-" + period + ".json").toFile());
        Set<String> ids = new TreeSet<>();
        int expected = 0;
        for (JsonNode b : root.get("reporting")) {
            ids.add(b.get("body").asText());
            expected += b.get("expected").asInt();
        }
        assertEquals(root.get("reporting_total").get("expected").asInt(), expected);
        return ids;
    }
}
