package planreport.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import planreport.model.Classification;
import planreport.model.Indicator;
import planreport.model.Period;
import planreport.model.Plan;
import planreport.model.Status;
import planreport.model.Timeframe;
import planreport.model.TinyPlan;
import planreport.model.Entry;

/**
 * The classification and compliance rules on a tiny hand-made plan: units A and B form group G,
 * which leads deadline task T1 (due 30/06/2022, from 2022-Q1); A leads ongoing task T2.
 */
class ClassifyTest {
    static final Period Q1 = TinyPlan.Q1, Q2 = TinyPlan.Q2, Q3 = TinyPlan.Q3, Q4 = TinyPlan.Q4;

    static Plan plan() {
        return TinyPlan.of(new Timeframe(Timeframe.Kind.DEADLINE, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 6, 30), "Trong 6 tháng đầu năm 2022"),
                List.of(new Indicator("n", "Số", "người", "T2", Map.of(2022, 100L))));
    }

    static Entry row(String unit, String task, Period p, Status s, String completed, String submitted) {
        return new Entry("f.csv", 2, unit, task, p, s, null, completed == null ? null : LocalDate.parse(completed),
                submitted == null ? null : LocalDate.parse(submitted), "kết quả", null, null, java.util.Collections.singletonList((Long) null), true);
    }

    static Collector collect(Entry... rows) {
        Collector c = new Collector(Q1, Q4);
        for (Entry r : rows) c.accept(r);
        return c;
    }

    static Classification at(Plan plan, Collector c, String task, Period... ps) {
        return Classify.of(plan, c, plan.task(task).orElseThrow(), List.of(ps));
    }

    @Test
    void deadlineTaskIsDoneOnlyWhenEveryLeadUnitOfTheGroupIsDone() {
        Plan plan = plan();
        Collector c = collect(row("a", "T1", Q1, Status.DONE, "2022-03-10", "2022-04-05"),
                row("b", "T1", Q1, Status.IN_PROGRESS, null, "2022-04-05"),
                row("b", "T1", Q2, Status.DONE, "2022-06-20", "2022-07-05"));
        assertEquals(Classification.IN_PROGRESS, at(plan, c, "T1", Q1));
        assertEquals(Classification.DONE_ON_TIME, at(plan, c, "T1", Q2));
        assertEquals(LocalDate.of(2022, 6, 20), Classify.completedOn(plan, c, plan.task("T1").get(), Q2), "the latest of the leads' dates");
        assertEquals(Classification.DONE_ON_TIME, at(plan, c, "T1", Q3), "once done, stays done with no further reports");
        assertEquals(Classification.DONE_ON_TIME, at(plan, c, "T1", Q1, Q2), "a window is judged at its end");
    }

    @Test
    void deadlineTaskCompletedAfterItsDeadlineIsDoneLateAndOverdueBefore() {
        Plan plan = plan();
        Collector c = collect(row("a", "T1", Q1, Status.DONE, "2022-03-10", null),
                row("b", "T1", Q2, Status.IN_PROGRESS, null, null),
                row("b", "T1", Q3, Status.DONE, "2022-07-05", null));
        assertEquals(Classification.OVERDUE, at(plan, c, "T1", Q2), "the deadline 30/06 is on or before the end of Q2");
        assertEquals(Classification.DONE_LATE, at(plan, c, "T1", Q3));
        assertEquals(Classification.DONE_LATE, at(plan, c, "T1", Q4));
    }

    @Test
    void deadlineTaskWithoutAnyReportIsNoReportAndWithOnlyNotStartedIsNotStarted() {
        Plan plan = plan();
        assertEquals(Classification.NO_REPORT, at(plan, collect(), "T1", Q1));
        Collector c = collect(row("a", "T1", Q1, Status.NOT_STARTED, null, null), row("b", "T1", Q1, Status.NOT_STARTED, null, null));
        assertEquals(Classification.NOT_STARTED, at(plan, c, "T1", Q1));
        // one lead done earlier, the other silent after the deadline: overdue, not "no report"
        Collector d = collect(row("a", "T1", Q1, Status.DONE, "2022-03-01", null));
        assertEquals(Classification.OVERDUE, at(plan, d, "T1", Q2));
    }

    @Test
    void ongoingTaskFollowsWhatItsLeadsReported() {
        Plan plan = plan();
        assertEquals(Classification.ONGOING, at(plan, collect(row("a", "T2", Q1, Status.IN_PROGRESS, null, null)), "T2", Q1));
        assertEquals(Classification.NOT_STARTED, at(plan, collect(row("a", "T2", Q1, Status.NOT_STARTED, null, null)), "T2", Q1));
        assertEquals(Classification.NO_REPORT, at(plan, collect(row("b", "T2", Q1, Status.IN_PROGRESS, null, null)), "T2", Q1),
                "a coordinator's report does not stand for the lead's");
        assertNull(Classify.of(plan, collect(), plan.task("T2").get(), List.of(new Period(2021, 4))), "not active before it starts");
    }

    @Test
    void complianceStopsExpectingADeadlineTaskOnceTheUnitReportedItDoneAndCountsMissingSubmissionDatesApart() {
        Plan plan = plan();
        Collector c = collect(row("a", "T1", Q1, Status.DONE, "2022-03-10", "2022-04-15"),
                row("a", "T2", Q1, Status.IN_PROGRESS, null, "2022-04-16"),
                row("a", "T2", Q2, Status.IN_PROGRESS, null, null),
                row("b", "T1", Q1, Status.IN_PROGRESS, null, "2022-04-01"));
        Report r = Aggregator.aggregate(plan, Window.range(Q1, Q2, LocalDate.of(2022, 8, 1)), c, List.of());
        Report.BodyCompliance a = r.reporting().stream().filter(x -> x.unitId().equals("a")).findFirst().orElseThrow();
        // one report is one unit's report for one quarter: Q1 (T1, T2; its last row 16/04, late) and Q2 (only T2,
        // undated; T1 was done in Q1)
        assertEquals(new Report.Tally(2, 2, 0, 1), a.tally());
        assertEquals(List.of(), a.missing());
        assertEquals(List.of(new Report.Late("T2", Q1, LocalDate.of(2022, 4, 16), LocalDate.of(2022, 4, 15))), a.late(),
                "submitted 16/04 after the due date 15/04");
        assertEquals(List.of(new Report.TaskPeriod("T2", Q2)), a.undated(), "a row with no submission date is neither on time nor late");
        assertEquals(1, a.tally().late());
        Report.BodyCompliance b = r.reporting().stream().filter(x -> x.unitId().equals("b")).findFirst().orElseThrow();
        assertEquals(new Report.Tally(2, 1, 1, 0), b.tally());
        assertEquals(List.of(new Report.TaskPeriod("T1", Q2)), b.missing());
        assertEquals(new Report.Tally(4, 3, 1, 1), r.reportingTotal());
    }

    @Test
    void indicatorsAddUpThePeriodTheYearToDateAndCompareWithTheTarget() {
        Plan plan = plan();
        Entry q1 = new Entry("f", 2, "a", "T2", Q1, Status.IN_PROGRESS, null, null, null, null, null, null, java.util.Arrays.asList(30L), true);
        Entry q2 = new Entry("f", 3, "a", "T2", Q2, Status.IN_PROGRESS, null, null, null, null, null, null, java.util.Arrays.asList(25L), true);
        Entry dup = new Entry("g", 9, "a", "T2", Q2, Status.IN_PROGRESS, null, null, null, null, null, null, java.util.Arrays.asList(999L), false);
        Collector c = Collector.forWindow(Window.quarter(Q2, LocalDate.of(2022, 8, 1)));
        c.accept(q1);
        c.accept(q2);
        c.accept(dup);
        Report r = Aggregator.aggregate(plan, Window.quarter(Q2, LocalDate.of(2022, 8, 1)), c, List.of());
        Report.IndicatorResult n = r.indicators().get(0);
        assertEquals(25, n.value(), "the first row of a duplicate wins");
        assertEquals(55, n.yearToDate());
        assertEquals(100L, n.target());
    }
}
