package planreport.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import planreport.check.Code;
import planreport.check.Diagnostic;
import planreport.model.Reporting;

/** "Nơi nhận" follows the bodies that exist on the report's date: a recipient may hold for part of the term. */
class RecipientsTest {

    @Test
    void theShippedPlanSendsATermReviewOf2026ToTheBodiesThatExistThen() throws Exception {
        PlanReader.Result r = PlanReader.read(Path.of("plan.yaml"), "plan.yaml");
        Reporting.DocumentHeader d = r.plan().reporting().document();
        List<String> y2023 = d.recipientsOn(LocalDate.of(2023, 7, 20));
        List<String> y2026 = d.recipientsOn(LocalDate.of(2026, 1, 20));
        assertTrue(y2023.contains("Ban Dân vận Trung ương (b/c),"), y2023.toString());
        assertTrue(y2023.contains("Các huyện, thị, thành ủy, đảng ủy trực thuộc TU,"), y2023.toString());
        assertFalse(y2023.contains("Ban Tuyên giáo và Dân vận Trung ương (b/c),"), y2023.toString());
        assertTrue(y2026.contains("Ban Tuyên giáo và Dân vận Trung ương (b/c),"), y2026.toString());
        assertFalse(y2026.stream().anyMatch(x -> x.contains("huyện")), y2026.toString());
        assertFalse(y2026.stream().anyMatch(x -> x.contains("BDVTW") || x.startsWith("Ban Dân vận Trung ương")), y2026.toString());
        // the lines that hold throughout are in both, in the plan's order
        assertEquals("Lưu Văn phòng Tỉnh ủy.", y2023.get(y2023.size() - 1));
        assertEquals("Lưu Văn phòng Tỉnh ủy.", y2026.get(y2026.size() - 1));
    }

    @Test
    void aRecipientEndingBeforeItStartsIsAPlanErrorAtItsUntil() throws Exception {
        String plan = Files.readString(Path.of("plan.yaml")).replace(
                "{text: \"Ban Dân vận Trung ương (b/c),\", until: \"2025-01-31\"}",
                "{text: \"Ban Dân vận Trung ương (b/c),\", from: \"2025-03-01\", until: \"2025-01-31\"}");
        PlanReader.Result r = PlanReader.parse(plan, "p.yaml");
        Diagnostic d = r.diagnostics().stream().filter(x -> x.code() == Code.PLAN_SCHEMA).findFirst().orElse(null);
        assertNotNull(d, r.diagnostics().toString());
        assertEquals("recipient-dates", d.variant());
        assertNotNull(d.line());
        assertNull(r.plan());
    }
}
