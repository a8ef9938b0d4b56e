package planreport.remind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import planreport.Pipeline;
import planreport.cli.CliRun;
import planreport.cli.ExitCode;
import planreport.model.Body;
import planreport.model.Plan;
import planreport.model.ReminderSettings;
import planreport.model.Reporting;
import planreport.model.TinyPlan;

/**
 * Letters dated after the monitoring body ceased are written by the body that monitors on their day
 * (its successor): its header line, numbers, "Lưu" line and name in the text, from plan.yaml
 * {@code reminders.issuers} or derived from its name; and it writes no letter to itself.
 */
class RemindIssuerTest {
    private static String remind(Path out, String period, String asOf, String file) throws Exception {
        CliRun run = CliRun.of("remind", "--period", period, "--as-of", asOf, "--format", "md", "--out", out.toString(), "examples/reports");
        assertEquals(ExitCode.OK, run.exit(), run.output());
        return Files.readString(out.resolve(file));
    }

    @Test
    void afterTheHandoverTheLettersAreTheSuccessorsAndBeforeItTheBanDanVans(@TempDir Path out) throws Exception {
        String letter = remind(out, "2025-Q3", "2025-10-25", "don-doc-2025-Q3_so-tu-phap.md");
        assertTrue(letter.startsWith("TỈNH ỦY QUẢNG NGÃI  \n**BAN TUYÊN GIÁO VÀ DÂN VẬN**  \n"), letter.substring(0, 80));
        assertTrue(letter.contains("-CV/BTGDVTU"), letter);
        assertTrue(letter.contains("Ban Tuyên giáo và Dân vận Tỉnh ủy đề nghị Sở Tư pháp"), letter);
        assertTrue(letter.contains("- Lưu Ban Tuyên giáo và Dân vận Tỉnh ủy."), letter);
        assertFalse(letter.contains("Ban Dân vận") || letter.contains("BAN DÂN VẬN") || letter.contains("BDVTU"), "nothing of the ceased board: " + letter);
        String notice = Files.readString(out.resolve("thong-bao-2025-Q3.md"));
        assertTrue(notice.contains("-TB/BTGDVTU") && notice.contains("- Lưu Ban Tuyên giáo và Dân vận Tỉnh ủy."), notice);

        String before = remind(out, "2024-Q4", "2025-01-20", "don-doc-2024-Q4_so-tu-phap.md");
        assertTrue(before.startsWith("TỈNH ỦY QUẢNG NGÃI  \n**BAN DÂN VẬN**  \n"), before.substring(0, 80));
        assertTrue(before.contains("-CV/BDVTU") && before.contains("- Lưu Ban Dân vận Tỉnh ủy."), before);
    }

    @Test
    void whatAnIssuersEntryLeavesOutIsDerivedFromTheBodysName() {
        ReminderSettings named = new ReminderSettings(7, "TỈNH ỦY QUẢNG NGÃI", "BAN DÂN VẬN", "CV/BDVTU", "TB/BDVTU",
                List.of("T/L BAN THƯỜNG VỤ"), "PHÓ TRƯỞNG BAN", "Nguyễn Văn A", List.of("Lưu Ban Dân vận Tỉnh ủy."), List.of());
        ReminderSettings s = named.forWriter("tgdv", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "bdv", "Ban Dân vận Tỉnh ủy");
        assertEquals("BAN TUYÊN GIÁO VÀ DÂN VẬN", s.issuer());
        assertEquals("CV/BTGDVTU", s.letterNumber());
        assertEquals("TB/BTGDVTU", s.noticeNumber());
        assertEquals(List.of("Lưu Ban Tuyên giáo và Dân vận Tỉnh ủy."), s.recipients());
        assertEquals("PHÓ TRƯỞNG BAN", s.title());
        assertNull(s.name(), "the ceased board's signer does not sign for its successor");
        assertEquals("TỈNH ỦY QUẢNG NGÃI", s.parent());
        assertEquals(named, named.forWriter("bdv", "Ban Dân vận Tỉnh ủy", "bdv", "Ban Dân vận Tỉnh ủy"));
        ReminderSettings withEntry = new ReminderSettings(7, null, null, null, null, List.of(), null, null, List.of(), List.of(),
                Map.of("tgdv", new ReminderSettings(7, null, "BAN TG-DV", "CV/TGDV", null, List.of(), null, "Trần Thị B", List.of(), List.of())));
        ReminderSettings e = withEntry.forWriter("tgdv", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "bdv", "Ban Dân vận Tỉnh ủy");
        assertEquals("BAN TG-DV", e.issuer());
        assertEquals("CV/TGDV", e.letterNumber());
        assertEquals("TB/BTGDVTU", e.noticeNumber(), "left out: derived");
        assertEquals("Trần Thị B", e.name());
    }

    @Test
    void theSuccessorThatWritesTheLettersWritesNoneToItself() {
        // m monitors until 2022-03-31, then n; both lead T1; nobody reports
        List<Body> bodies = List.of(TinyPlan.body("m", null, "2022-03-31", "n"), TinyPlan.body("n", "2022-04-01", null),
                TinyPlan.body("u", null, null));
        Plan plan = TinyPlan.of(bodies, List.of(TinyPlan.ongoing("T1", List.of("m", "u"), List.of())), Reporting.Cutoff.CALENDAR);
        LocalDate asOf = LocalDate.of(2022, 8, 1);
        assertEquals("n", Reminders.writer(plan, asOf));
        assertEquals("m", Reminders.writer(plan, LocalDate.of(2022, 3, 1)));
        Reminders r = Pipeline.over(plan).asOf(asOf).build().reminders(TinyPlan.Q2, asOf.plusDays(7)).reminders();
        assertEquals(List.of("u"), r.letters().stream().map(Reminders.Letter::unitId).toList(), "n owes Q2 but writes the letters");
        assertTrue(r.units().stream().anyMatch(u -> u.unitId().equals("n")), "what n owes shows in the notice");
    }
}
