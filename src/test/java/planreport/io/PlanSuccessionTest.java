package planreport.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import planreport.check.Code;
import planreport.check.Diagnostic;
import planreport.model.Lang;

/** The checks on bodies that change (src/test/resources/plans/successions.yaml pins their positions): what they say. */
class PlanSuccessionTest {
    @Test
    void eachProblemSaysWhatIsWrongAndHowToFixIt() throws Exception {
        PlanReader.Result r = PlanReader.read(Path.of("src/test/resources/plans/successions.yaml"), "p.yaml");
        assertNull(r.plan(), "refused");
        List<String> en = r.diagnostics().stream().map(d -> d.format(Lang.EN)).toList();
        Diagnostic unknown = r.diagnostics().stream().filter(d -> d.code() == Code.UNKNOWN_BODY).findFirst().orElseThrow();
        assertEquals("ldld-tinh", unknown.suggestion(), "did you mean, for an unknown successor");
        assertTrue(en.stream().anyMatch(s -> s.contains("succeeds itself in a cycle: d → e → d")), en.toString());
        assertTrue(en.stream().anyMatch(s -> s.contains("body \"a\" ceases (until: 2025-01-31) before it starts (from: 2025-07-01)")), en.toString());
        assertTrue(en.stream().anyMatch(s -> s.contains("\"g\", successor of \"f\", does not exist yet on 2025-07-01")), en.toString());
        assertTrue(en.stream().anyMatch(s -> s.contains("\"h\", successor of \"f\", has ceased (2025-05-31) before 2025-07-01")), en.toString());
    }

    @Test
    void theShippedPlanRecordsThe2025ChangesWithoutAProblem() throws Exception {
        PlanReader.Result r = PlanReader.read(Path.of("plan.yaml"), "plan.yaml");
        assertTrue(r.ok());
        assertEquals(List.of(), r.diagnostics(), "no error and no task left without a lead");
        var plan = r.plan();
        assertTrue(plan.dated());
        assertEquals(List.of("ubnd-tinh"), plan.body("ubnd-huyen-ba-to").orElseThrow().successors());
        assertEquals(List.of("dang-uy-cac-co-quan-dang-tinh", "dang-uy-ubnd-tinh"), plan.body("dang-uy-khoi-co-quan-tinh").orElseThrow().successors(),
                "a split");
        assertEquals(List.of("dang-uy-khoi-co-quan-tinh", "dang-uy-khoi-doanh-nghiep-tinh", "bcsd-ubnd-tinh"), plan.predecessors("dang-uy-ubnd-tinh"),
                "a merger");
    }
}
