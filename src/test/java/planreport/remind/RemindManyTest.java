package planreport.remind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import planreport.Pipeline;
import planreport.check.Code;
import planreport.check.Diagnostics;
import planreport.model.Body;
import planreport.model.BodyKind;
import planreport.model.Plan;
import planreport.model.Reporting;
import planreport.model.TinyPlan;

/**
 * remind on a set larger than what diagnostics keep of a code ({@link Diagnostics#KEEP}): every unit
 * that has not reported still gets its letter, while the diagnostics printed stay capped.
 */
class RemindManyTest {
    private static final int UNITS = 2_500;

    /** The monitoring body, then {@code UNITS} units in one group that leads an ongoing task; nobody has reported. */
    private static Plan plan() {
        List<Body> bodies = new ArrayList<>();
        bodies.add(TinyPlan.body("m", null, null));
        List<String> members = new ArrayList<>();
        for (int i = 0; i < UNITS; i++) {
            String id = String.format("u%04d", i);
            bodies.add(TinyPlan.body(id, null, null));
            members.add(id);
        }
        bodies.add(new Body("g", "Nhóm G", List.of(), BodyKind.GROUP, members));
        return TinyPlan.of(bodies, List.of(TinyPlan.ongoing("T1", List.of("g"), List.of())), Reporting.Cutoff.CALENDAR);
    }

    @Test
    void everyMissingReportGetsItsLetterPastTheCapOfKeptDiagnostics() {
        Plan plan = plan();
        LocalDate asOf = LocalDate.of(2022, 8, 1);
        Pipeline.Reminded r = Pipeline.over(plan).asOf(asOf).build().reminders(TinyPlan.Q2, asOf.plusDays(7), TinyPlan.Q1); // no report given: Q1 judged as received
        Diagnostics ds = r.diagnostics();
        assertEquals(2L * UNITS, ds.count(Code.MISSING_REPORT), "Q1 and Q2 of every unit");
        assertTrue(ds.omitted(Code.MISSING_REPORT) > 0, "the cap is reached: only the first are kept for printing");
        assertEquals(Diagnostics.KEEP, ds.sorted().stream().filter(d -> d.code() == Code.MISSING_REPORT).count());

        List<Reminders.Letter> letters = r.reminders().letters();
        assertEquals(UNITS, letters.size(), "one letter per unit, the last ones too");
        Reminders.Letter last = letters.get(letters.size() - 1);
        assertEquals("u" + (UNITS - 1), last.unitId());
        assertEquals(List.of(TinyPlan.Q1, TinyPlan.Q2), last.missingPeriods());
        assertEquals(2, last.consecutive());
        assertEquals(UNITS, r.reminders().units().size(), "the notice lists every unit");
    }
}
