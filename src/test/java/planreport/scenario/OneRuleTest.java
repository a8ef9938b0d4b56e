package planreport.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import planreport.check.Diagnostics;
import planreport.cli.CliRun;
import planreport.cli.ExitCode;
import planreport.io.PlanReader;
import planreport.model.Obligations;
import planreport.model.Period;
import planreport.model.Plan;
import planreport.remind.Reminders;

/**
 * The two defects of issue 18, seen from outside: the forms guide, compile and remind named
 * different monitoring bodies for a quarter after the 2025 handover, and a plan subject starting
 * with an acronym ("UBND tỉnh …") came out as "uBND tỉnh …" in the letters and the notice.
 */
class OneRuleTest {
    private static final String OLD = "Ban Dân vận Tỉnh ủy", NEW = "Ban Tuyên giáo và Dân vận Tỉnh ủy";

    private static Plan shipped() throws Exception {
        return PlanReader.read(Path.of("plan.yaml"), "plan.yaml").plan();
    }

    @Test
    void theFormsGuideCompileAndRemindNameTheSameMonitoringBodyForEveryQuarter() throws Exception {
        Plan plan = shipped();
        for (Period p : plan.termPeriods()) {
            java.time.LocalDate day = plan.reporting().dueDate(p).plusDays(1);
            String guide = String.join("\n", planreport.render.forms.FormsGuide.lines(plan, p, "Sở Tư pháp"));
            String letters = plan.name(Reminders.writer(plan, day));
            String compiled = plan.name(plan.monitoringBodyOn(Obligations.judgedOn(plan, p)));
            assertEquals(compiled, letters, p + ": the review's monitoring body and the letters' writer");
            assertTrue(guide.contains("gửi về " + compiled), p + ": the guide names " + compiled + "\n" + guide);
        }
    }

    @Test
    void after31January2025EveryDocumentOfTheQuarterNamesTheSuccessor(@TempDir Path out) throws Exception {
        Plan plan = shipped();
        String guide = String.join("\n", planreport.render.forms.FormsGuide.lines(plan, Period.parse("2025-Q2").orElseThrow(), "Sở Tư pháp"));
        assertTrue(guide.contains("gửi về " + NEW) && guide.contains("liên hệ " + NEW), guide);
        assertTrue(guide.contains("báo cáo quý II năm 2025 về thực hiện Nghị quyết số 02-NQ/TW"), "the subject inside a sentence: " + guide);
        assertFalse(guide.contains(OLD), guide);

        CliRun c = CliRun.of("compile", "--kind", "summary", "--period", "2025-Q2", "--as-of", "2025-07-25", "--format", "json",
                "--out", out.toString(), "examples/reports");
        assertEquals(ExitCode.OK, c.exit(), c.output());
        String json = Files.readString(out.resolve("bao-cao-so-ket-2025-Q2.json"), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"monitoring_body\" : \"" + NEW + "\"") || json.contains("\"monitoring_body\": \"" + NEW + "\""), json.substring(0, 2000));

        CliRun r = CliRun.of("remind", "--period", "2025-Q2", "--as-of", "2025-07-25", "--format", "md", "--out", out.toString(), "examples/reports");
        assertEquals(ExitCode.OK, r.exit(), r.output());
        String notice = Files.readString(out.resolve("thong-bao-2025-Q2.md"), StandardCharsets.UTF_8);
        assertTrue(notice.contains("Lưu " + NEW), notice);
        assertFalse(notice.contains(OLD), notice);
    }

    @Test
    void aSubjectStartingWithAnAcronymKeepsItInTheReviewTheLettersAndTheNotice(@TempDir Path dir) throws Exception {
        String yaml = Files.readString(Path.of("plan.yaml"), StandardCharsets.UTF_8);
        String subject = "subject: \"Thực hiện Nghị quyết số 02-NQ/TW";
        assertTrue(yaml.contains(subject), "the shipped plan's subject");
        Path planFile = dir.resolve("plan.yaml");
        Files.writeString(planFile, yaml.replace(subject, "subject: \"UBND tỉnh thực hiện Nghị quyết số 02-NQ/TW"), StandardCharsets.UTF_8);
        Path out = Files.createDirectory(dir.resolve("out"));

        CliRun c = CliRun.of("compile", "--plan", planFile.toString(), "--kind", "summary", "--period", "2023-Q2", "--as-of", "2023-07-20",
                "--format", "md", "--out", out.toString(), "examples/reports");
        assertEquals(ExitCode.OK, c.exit(), c.output());
        CliRun r = CliRun.of("remind", "--plan", planFile.toString(), "--period", "2023-Q2", "--as-of", "2023-07-20", "--format", "md",
                "--out", out.toString(), "examples/reports");
        assertEquals(ExitCode.OK, r.exit(), r.output());
        for (String f : List.of("bao-cao-so-ket-2023-Q2.md", "thong-bao-2023-Q2.md", "don-doc-2023-Q2_so-tu-phap.md")) {
            String text = Files.readString(out.resolve(f), StandardCharsets.UTF_8);
            assertTrue(text.contains("UBND tỉnh thực hiện"), f + " keeps the acronym:\n" + text);
            assertFalse(text.contains("uBND"), f + ":\n" + text);
        }
    }
}
