package planreport.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import planreport.check.Code;
import planreport.model.Classification;
import planreport.model.Period;
import planreport.model.Plan;
import planreport.model.Status;
import planreport.model.Timeframe;
import planreport.model.TinyPlan;

/**
 * The numbers the report says twice, or that contradicted validate, on the hand-made plan of
 * {@link ClassifyTest}: deadline task T1 (group G = units A and B, due 30/06/2022), ongoing task T2
 * (lead A); reports are due 15 days after each quarter.
 */
class NumbersTest {
    static final Period Q1 = TinyPlan.Q1, Q2 = TinyPlan.Q2, Q3 = TinyPlan.Q3;

    static Plan plan() { return ClassifyTest.plan(); }

    static Report compile(Window w, Collector c) { return Aggregator.aggregate(plan(), w, c, List.of()); }

    static Report.BodyCompliance unit(Report r, String id) {
        return r.reporting().stream().filter(b -> b.unitId().equals(id)).findFirst().orElse(null);
    }

    @Test
    void aQuarterNotYetDueOwesNothingYetAsInMissingReport() {
        // Q2 reports are due 15/07/2022; A sent its T2 row early, nobody else has reported
        Collector c = ClassifyTest.collect(ClassifyTest.row("a", "T2", Q2, Status.IN_PROGRESS, null, "2022-07-05"));
        Report before = compile(Window.quarter(Q2, LocalDate.of(2022, 7, 10)), c);
        assertFalse(before.reportingByPeriod().get(0).reportsDue());
        assertEquals(new Report.Tally(1, 1, 1, 0), unit(before, "a").tally(), "only what was received is expected before the due date");
        assertEquals(List.of(), unit(before, "a").missing());
        assertNull(unit(before, "b"), "B owes nothing yet and sent nothing: left out");
        assertEquals(0, before.reportingTotal().missing());
        // on the due date itself the period is still not due (validate: missing-report only after it)
        assertEquals(0, compile(Window.quarter(Q2, LocalDate.of(2022, 7, 15)), c).reportingTotal().missing());

        Report after = compile(Window.quarter(Q2, LocalDate.of(2022, 7, 16)), c);
        assertTrue(after.reportingByPeriod().get(0).reportsDue());
        // one report per unit and quarter: A's arrived (without its T1 row, which the follow-up names), B's did not
        assertEquals(new Report.Tally(1, 1, 1, 0), unit(after, "a").tally());
        assertEquals(new Report.Tally(1, 0, 0, 0), unit(after, "b").tally());
        assertEquals(List.of(new Report.TaskPeriod("T1", Q2)), unit(after, "a").missing());
        assertEquals(List.of(new Report.TaskPeriod("T1", Q2)), unit(after, "b").missing());
        assertEquals(1, after.reportingTotal().missing());
    }

    @Test
    void aRowWithoutSubmissionDateIsCountedApartNotLate() {
        Collector c = ClassifyTest.collect(ClassifyTest.row("a", "T2", Q1, Status.IN_PROGRESS, null, null),
                ClassifyTest.row("a", "T1", Q1, Status.IN_PROGRESS, null, "2022-04-20"),
                ClassifyTest.row("b", "T1", Q1, Status.IN_PROGRESS, null, "2022-04-10"));
        Report r = compile(Window.quarter(Q1, LocalDate.of(2022, 8, 1)), c);
        Report.BodyCompliance a = unit(r, "a");
        // A's one report: its dated row arrived 20/04, after the due date 15/04, so the report is late; its T2 row is undated
        assertEquals(new Report.Tally(1, 1, 0, 0), a.tally());
        assertEquals(1, a.tally().late());
        assertEquals(List.of(new Report.TaskPeriod("T2", Q1)), a.undated());
        assertEquals(1, a.late().size());
        assertEquals(new Report.Tally(2, 2, 1, 0), r.reportingTotal());
        assertEquals(new Report.Tally(2, 2, 1, 0), r.reportingByPeriod().get(0).tally());
        // a report none of whose rows gives a date is undated
        Report none = compile(Window.quarter(Q1, LocalDate.of(2022, 8, 1)),
                ClassifyTest.collect(ClassifyTest.row("a", "T2", Q1, Status.IN_PROGRESS, null, null)));
        assertEquals(new Report.Tally(1, 1, 0, 1), unit(none, "a").tally());
    }

    @Test
    void theDeadlineTotalsAreTheClassificationCounts() {
        // T1 due 30/06/2022: in Q3 with no report at all it is "no report", not overdue, in both places
        Report silent = compile(Window.quarter(Q3, LocalDate.of(2022, 10, 20)), ClassifyTest.collect());
        assertEquals(Classification.NO_REPORT, silent.tasks().get(0).classification());
        assertEquals(0, silent.counts().get(Classification.OVERDUE));
        assertEquals(new Report.DeadlineTotals(1, 0, 0, 0, 0, 1), silent.deadlineTotals());
        assertEquals(List.of(), silent.overdue(), "the follow-up lists the overdue tasks the table counts");
        // reported but all not started, deadline passed: overdue (the deadline comes before not_started)
        Report idle = compile(Window.quarter(Q3, LocalDate.of(2022, 10, 20)),
                ClassifyTest.collect(ClassifyTest.row("a", "T1", Q3, Status.NOT_STARTED, null, "2022-10-01")));
        assertEquals(Classification.OVERDUE, idle.tasks().get(0).classification());
        assertEquals(1, idle.counts().get(Classification.OVERDUE));
        assertEquals(new Report.DeadlineTotals(1, 0, 0, 1, 0, 0), idle.deadlineTotals());
        assertEquals(1, idle.overdue().size());
        // before the deadline: not yet due
        Report early = compile(Window.quarter(Q1, LocalDate.of(2022, 4, 20)),
                ClassifyTest.collect(ClassifyTest.row("b", "T1", Q1, Status.NOT_STARTED, null, "2022-04-01")));
        assertEquals(Classification.NOT_STARTED, early.tasks().get(0).classification());
        assertEquals(new Report.DeadlineTotals(1, 0, 0, 0, 1, 0), early.deadlineTotals());
        for (Report r : List.of(silent, idle, early)) {
            Report.DeadlineTotals t = r.deadlineTotals();
            assertEquals(t.tasks(), t.doneOnTime() + t.doneLate() + t.overdue() + t.notYetDue() + t.noReport());
        }
    }

    @Test
    void aTaskReportedDoneAndThenNotDoneStaysDoneAndTheRegressionIsShown() {
        Collector c = ClassifyTest.collect(ClassifyTest.row("a", "T1", Q1, Status.DONE, "2022-03-10", "2022-04-05"),
                ClassifyTest.row("b", "T1", Q1, Status.DONE, "2022-03-20", "2022-04-05"),
                new planreport.model.Entry("f.csv", 3, "b", "T1", Q2, Status.IN_PROGRESS, 80, null, LocalDate.of(2022, 7, 5), "kết quả",
                        null, null, java.util.Collections.singletonList((Long) null), true));
        Report r = compile(Window.quarter(Q2, LocalDate.of(2022, 7, 20)), c);
        assertEquals(Classification.DONE_ON_TIME, r.tasks().get(0).classification(), "the first report of done counts");
        assertEquals(List.of(new Report.Regression("T1", "b", Q1, LocalDate.of(2022, 3, 20), Q2, Status.IN_PROGRESS, 80)), r.regressions());
        assertEquals(List.of(), compile(Window.quarter(Q1, LocalDate.of(2022, 7, 20)), c).regressions(), "nothing set back in Q1");
    }

    @Test
    void aWindowThatHasNotStartedMakesNoReportAndOneNotEndedWarns() throws Exception {
        Plan plan = plan();
        Window.Unfit e = assertThrows(Window.Unfit.class,
                () -> Window.select(Kind.SUMMARY, plan, LocalDate.of(2022, 3, 31), "2022-Q2", null, null));
        assertEquals("window.as_of_before_start", e.key());
        assertEquals("2022-04-01", e.facts().get("start_date"));
        Window open = Window.select(Kind.SUMMARY, plan, LocalDate.of(2022, 4, 1), "2022-Q2", null, null);
        assertNotNull(open.early());
        assertEquals(Code.AS_OF_BEFORE_WINDOW_END, open.early().code());
        assertEquals("2022-06-30", open.early().arg("window_end"));
        assertNull(Window.select(Kind.SUMMARY, plan, LocalDate.of(2022, 6, 30), "2022-Q2", null, null).early(), "its last day is inside it");
        assertNotNull(Window.select(Kind.SUMMARY, plan, LocalDate.of(2022, 5, 1), "2022", null, null).early(), "a year in progress");
        assertNotNull(Window.select(Kind.FINAL, plan, LocalDate.of(2022, 5, 1), null, null, "2022-Q4").early());
        assertThrows(Window.Unfit.class, () -> Window.select(Kind.FINAL, plan, LocalDate.of(2021, 12, 1), null, null, "2022-Q4"));
    }
}
