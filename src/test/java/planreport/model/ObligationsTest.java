package planreport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who owes which report, on a tiny plan: units A and B form group G, which leads deadline task T1
 * (2022-Q2 to 30/09/2022); A leads ongoing task T2 (from 2022-Q1), which B coordinates. Term 2022-Q1..Q4.
 */
class ObligationsTest {
    static final Period Q1 = TinyPlan.Q1, Q2 = TinyPlan.Q2, Q3 = TinyPlan.Q3, Q4 = TinyPlan.Q4;

    static Plan plan() {
        return TinyPlan.of(new Timeframe(Timeframe.Kind.DEADLINE, LocalDate.of(2022, 4, 1), LocalDate.of(2022, 9, 30), "Trước ngày 30/9/2022"), List.of());
    }

    final Plan plan = plan();
    final Task t1 = plan.task("T1").orElseThrow(), t2 = plan.task("T2").orElseThrow();

    @Test
    void aLeadOwesEachActivePeriodAndNothingBeforeTheTaskStartsOrOutsideTheTerm() {
        assertFalse(Obligations.owes(plan, t1, "a", Q1, null), "T1 starts in Q2");
        assertTrue(Obligations.owes(plan, t1, "a", Q2, null), "a member of the leading group owes");
        assertTrue(Obligations.owes(plan, t1, "b", Q4, null), "not done: still owed after the deadline");
        assertFalse(Obligations.owes(plan, t1, "a", new Period(2023, 1), null), "outside the term");
        assertFalse(Obligations.owes(plan, t1, "g", Q2, null), "a group does not report; its members do");
    }

    @Test
    void aDeadlineTaskReportedDoneIsOwedNoMoreAfterThatPeriodButAnOngoingOneIs() {
        assertTrue(Obligations.owes(plan, t1, "a", Q2, Q2), "the period it was reported done in is owed");
        assertFalse(Obligations.owes(plan, t1, "a", Q3, Q2));
        assertTrue(Obligations.owes(plan, t2, "a", Q3, Q2), "ongoing work is owed every period");
    }

    @Test
    void coordinatorsOweNothingButGetTheTaskOnTheirForm() {
        assertFalse(Obligations.owes(plan, t2, "b", Q2, null));
        assertEquals(List.of(t1, t2), Obligations.onForm(plan, "b", Q2));
        assertEquals(List.of(t2), Obligations.onForm(plan, "b", Q1), "T1 has not started");
        assertEquals(List.of(t2), Obligations.onForm(plan, "a", Q4), "a deadline task leaves the forms after its deadline's period");
    }
}
