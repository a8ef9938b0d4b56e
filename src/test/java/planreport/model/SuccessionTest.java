package planreport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static planreport.model.TinyPlan.body;
import static planreport.model.TinyPlan.ongoing;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Bodies that change during the term (docs/plan-format.md, "Bodies that change"): who leads, who
 * owes, judged on the day each period's data closes. Term 2022-Q1..Q4.
 */
class SuccessionTest {
    static final Period Q1 = TinyPlan.Q1, Q2 = TinyPlan.Q2, Q3 = TinyPlan.Q3, Q4 = TinyPlan.Q4;

    static Plan plan(List<Body> bodies, List<Task> tasks) { return TinyPlan.of(bodies, tasks, Reporting.Cutoff.CALENDAR); }

    /** How many of {@code units} owe a report on task T in period p. */
    static long owing(Plan plan, Period p, String... units) {
        Task t = plan.task("T").orElseThrow();
        return java.util.Arrays.stream(units).filter(u -> Obligations.owes(plan, t, u, p, null)).count();
    }

    @Test
    void aMergerHandsEveryPredecessorsTasksToTheOneSuccessor() {
        Plan plan = plan(List.of(body("a", null, "2022-06-30", "c"), body("b", null, "2022-06-30", "c"), body("c", "2022-07-01", null)),
                List.of(ongoing("T", List.of("a"), List.of("b"))));
        assertEquals(Set.of("a"), plan.leadUnits("T", Q2));
        assertEquals(Set.of("c"), plan.leadUnits("T", Q3), "the successor leads what a led");
        assertEquals(Set.of("c"), plan.coordinatorUnits("T", Q3), "and coordinates what b coordinated");
        assertEquals(Set.of("a", "c"), plan.leadUnits("T"), "over the term: both");
        assertTrue(plan.isResponsible("c", "T", Q4));
        assertFalse(plan.isResponsible("c", "T", Q2), "not before it exists");
        assertEquals(List.of("a", "b"), plan.predecessors("c"));
        assertEquals(List.of(new Plan.Handover(LocalDate.of(2022, 7, 1), List.of("a", "b"), List.of("c"))), plan.handovers(),
                "two bodies ceasing the same day with the same successor: one handover");
    }

    @Test
    void aSplitGivesEachSuccessorAllOfThePredecessorsTasks() {
        Plan plan = plan(List.of(body("a", null, "2022-06-30", "b", "c"), body("b", null, null), body("c", "2022-07-01", null)),
                List.of(ongoing("T", List.of("a"), List.of())));
        assertEquals(Set.of("a"), plan.leadUnits("T", Q1));
        assertEquals(Set.of("b", "c"), plan.leadUnits("T", Q3));
        assertEquals(2, owing(plan, Q3, "a", "b", "c"), "both successors owe the report, the ceased body does not");
        assertEquals(1, owing(plan, Q2, "a", "b", "c"));
    }

    @Test
    void aGroupsMembersOnADayAreThoseThatExistWithSuccessorsInPlaceOfCeasedOnes() {
        Body g = new Body("g", "Nhóm G", List.of(), BodyKind.GROUP, List.of("a", "b", "d"));
        Plan plan = plan(List.of(body("a", null, "2022-06-30", "c"), body("b", null, null), body("c", "2022-07-01", null),
                body("d", "2022-08-01", null), g), List.of(ongoing("T", List.of("g"), List.of())));
        assertEquals(Set.of("a", "b"), plan.leadUnits("T", Q2), "d does not exist yet on 30/6");
        assertEquals(Set.of("b", "c", "d"), plan.leadUnits("T", Q3), "c in place of a; d since 1/8");
        assertEquals(Set.of("b", "c", "d"), plan.unitsOn("g", LocalDate.of(2022, 9, 30)));
        assertEquals(Set.of(), plan.unitsOn("d", LocalDate.of(2022, 7, 31)));
    }

    @Test
    void inTheQuarterOfAHandoverTheReportIsOwedExactlyOnceByWhoeverExistsOnTheDayItsDataCloses() {
        // a hands over in the middle of Q3: its successor exists on 30/9, a does not
        Plan mid = plan(List.of(body("a", null, "2022-08-15", "c"), body("c", "2022-08-16", null)), List.of(ongoing("T", List.of("a"), List.of())));
        for (Period p : List.of(Q1, Q2, Q3, Q4)) assertEquals(1, owing(mid, p, "a", "c"), "owed once in " + p);
        assertEquals(0, owing(mid, Q3, "a"), "a ceased before Q3's data closed");
        assertEquals(1, owing(mid, Q3, "c"));
        // a's last day is Q3's last day: a owes Q3, c from Q4
        Plan end = plan(List.of(body("a", null, "2022-09-30", "c"), body("c", "2022-10-01", null)), List.of(ongoing("T", List.of("a"), List.of())));
        assertEquals(1, owing(end, Q3, "a"));
        assertEquals(0, owing(end, Q3, "c"));
        assertEquals(1, owing(end, Q4, "c"));
        // Decree 09: Q3's data closes on 14/9, when a (until 15/8) is gone and c has come
        Plan decree = TinyPlan.of(List.of(body("a", null, "2022-09-14", "c"), body("c", "2022-09-15", null)),
                List.of(ongoing("T", List.of("a"), List.of())), Reporting.Cutoff.DECREE_09_2019);
        assertEquals(LocalDate.of(2022, 9, 14), Obligations.judgedOn(decree, Q3));
        assertEquals(1, owing(decree, Q3, "a"), "a exists on 14/9, the day Q3's data closes");
        assertEquals(0, owing(decree, Q3, "c"));
    }

    @Test
    void theFormsFollowTheSameRule() {
        Plan plan = plan(List.of(body("a", null, "2022-06-30", "c"), body("c", "2022-07-01", null)), List.of(ongoing("T", List.of("a"), List.of())));
        assertEquals(1, Obligations.onForm(plan, "a", Q2).size());
        assertEquals(0, Obligations.onForm(plan, "a", Q3).size());
        assertEquals(0, Obligations.onForm(plan, "c", Q2).size());
        assertEquals(1, Obligations.onForm(plan, "c", Q3).size());
    }

    @Test
    void aSuccessorOwesNoDeadlineTaskEveryPredecessorHadFinished() {
        Task t = new Task("T", "1", "Việc có hạn", List.of(), "", List.of("a", "b"), List.of(),
                new Timeframe(Timeframe.Kind.DEADLINE, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 3, 31), "Trong quý I/2022"), false);
        Plan plan = plan(List.of(body("a", null, "2022-06-30", "c"), body("b", null, "2022-06-30", "c"), body("c", "2022-07-01", null)), List.of(t));
        java.util.Map<String, Period> done = new java.util.HashMap<>(java.util.Map.of("a", Q1));
        assertNull(Obligations.firstDone(plan, t, "c", done::get), "b had not finished: the successor still owes it");
        assertTrue(Obligations.owes(plan, t, "c", Q3, Obligations.firstDone(plan, t, "c", done::get)));
        done.put("b", Q2);
        assertEquals(Q2, Obligations.firstDone(plan, t, "c", done::get), "the latest of the predecessors'");
        assertFalse(Obligations.owes(plan, t, "c", Q3, Obligations.firstDone(plan, t, "c", done::get)));
    }

    @Test
    void aPlanWhoseBodiesDoNotChangeLeadsTheSameEveryPeriod() {
        Plan plan = ObligationsTest.plan();
        assertFalse(plan.dated());
        for (Period p : List.of(Q1, Q2, Q3, Q4)) assertEquals(plan.leadUnits("T1"), plan.leadUnits("T1", p));
        assertEquals(List.of(), plan.handovers());
    }
}
