package planreport.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import planreport.model.Period;
import planreport.model.Task;
import planreport.report.Report.IndicatorResult;
import planreport.report.Report.Regression;

/**
 * One point the data drafts for a review, with its facts as typed values: the assessment decides
 * which points hold, a renderer only words them (one sentence per point, one case per kind).
 */
public sealed interface Point {

    /** Calls the visitor's method for this kind of point. */
    <R> R accept(Visitor<R> v);

    /**
     * One method per kind of point: a renderer that words points implements it, so that a new kind
     * does not compile until every renderer words it (Java 17 has no switch over sealed types).
     */
    interface Visitor<R> {
        R duties(Duties p);
        R reporting(Reporting p);
        R notYetDue(NotYetDue p);
        R doneTasks(DoneTasks p);
        R ongoingReported(OngoingReported p);
        R reportingRate(ReportingRate p);
        R indicatorOnPace(IndicatorOnPace p);
        R overdueTasks(OverdueTasks p);
        R lateTasks(LateTasks p);
        R notStartedTasks(NotStartedTasks p);
        R unreportedTasks(UnreportedTasks p);
        R reportingGaps(ReportingGaps p);
        R regressions(Regressions p);
        R indicatorBelowPace(IndicatorBelowPace p);
        R finishOverdue(FinishOverdue p);
        R dueNext(DueNext p);
        R dueLater(DueLater p);
        R keepOngoing(KeepOngoing p);
        R raiseIndicator(RaiseIndicator p);
        R chaseUnits(ChaseUnits p);
        R dateReports(DateReports p);
        R settleRegressions(SettleRegressions p);
    }

    // ---- I. leadership ----

    /** The duties of the plan's section III (tổ chức thực hiện), summed up like a section. */
    record Duties(Assessment.Synopsis synopsis) implements Point {
        public <R> R accept(Visitor<R> v) { return v.duties(this); }
    }

    /** The reporting over the window; {@code rate} and {@code onTimeRate} of the expected reports. */
    record Reporting(Report.Tally tally, BigDecimal rate, BigDecimal onTimeRate) implements Point {
        public <R> R accept(Visitor<R> v) { return v.reporting(this); }

        /** Every expected report was received: nothing to call missing. */
        public boolean complete() { return tally.expected() == tally.received(); }
    }

    /** A quarter whose reports are not yet due on the report's date: it owes nothing yet, and is not counted as missing. */
    record NotYetDue(Period period, LocalDate due, int received) implements Point {
        public <R> R accept(Visitor<R> v) { return v.notYetDue(this); }
    }

    // ---- III. strengths ----

    /** Deadline tasks done in the window, of those with a deadline, and how many on time. */
    record DoneTasks(int done, int withDeadline, int onTime) implements Point {
        public <R> R accept(Visitor<R> v) { return v.doneTasks(this); }
    }

    /** Ongoing tasks whose leads reported results. */
    record OngoingReported(int tasks) implements Point {
        public <R> R accept(Visitor<R> v) { return v.ongoingReported(this); }
    }

    /** Reporting strong enough to count as a strength (at least {@link Assessment#STRONG_REPORTING_RATE}). */
    record ReportingRate(BigDecimal rate) implements Point {
        public <R> R accept(Visitor<R> v) { return v.reportingRate(this); }
    }

    /** An indicator whose year to date keeps pace with its yearly target. */
    record IndicatorOnPace(IndicatorResult indicator, BigDecimal rate) implements Point {
        public <R> R accept(Visitor<R> v) { return v.indicatorOnPace(this); }
    }

    // ---- III. weaknesses ----

    /** Deadline tasks past their deadline and not done. */
    record OverdueTasks(List<Task> tasks) implements Point {
        public <R> R accept(Visitor<R> v) { return v.overdueTasks(this); }

        public OverdueTasks { tasks = List.copyOf(tasks); }
    }

    /** Deadline tasks done after their deadline. */
    record LateTasks(List<Task> tasks) implements Point {
        public <R> R accept(Visitor<R> v) { return v.lateTasks(this); }

        public LateTasks { tasks = List.copyOf(tasks); }
    }

    /** Tasks not started. */
    record NotStartedTasks(List<Task> tasks) implements Point {
        public <R> R accept(Visitor<R> v) { return v.notStartedTasks(this); }

        public NotStartedTasks { tasks = List.copyOf(tasks); }
    }

    /** Tasks no lead has reported on. */
    record UnreportedTasks(List<Task> tasks) implements Point {
        public <R> R accept(Visitor<R> v) { return v.unreportedTasks(this); }

        public UnreportedTasks { tasks = List.copyOf(tasks); }
    }

    /** Reports not sent, sent late or sent undated, each with the number of units concerned; zero counts are not said. */
    record ReportingGaps(int missing, int missingUnits, int lateReports, int lateUnits, int undated, int undatedUnits) implements Point {
        public <R> R accept(Visitor<R> v) { return v.reportingGaps(this); }
    }

    /** Reports that set a task done earlier back to not done, and how many units sent them. */
    record Regressions(List<Regression> cases, int units) implements Point {
        public <R> R accept(Visitor<R> v) { return v.regressions(this); }

        public Regressions { cases = List.copyOf(cases); }
    }

    /** An indicator whose year to date falls behind the pace its yearly target asks for ({@code pace} %). */
    record IndicatorBelowPace(IndicatorResult indicator, BigDecimal rate, int pace) implements Point {
        public <R> R accept(Visitor<R> v) { return v.indicatorBelowPace(this); }
    }

    // ---- IV. directions ----

    /** Tasks past their deadline at the window's end, not done: to be finished. */
    record FinishOverdue(List<Task> tasks) implements Point {
        public <R> R accept(Visitor<R> v) { return v.finishOverdue(this); }

        public FinishOverdue { tasks = List.copyOf(tasks); }
    }

    /** Tasks not done whose deadline falls in the next quarter. */
    record DueNext(List<Task> tasks, Period next) implements Point {
        public <R> R accept(Visitor<R> v) { return v.dueNext(this); }

        public DueNext { tasks = List.copyOf(tasks); }
    }

    /** Tasks not done whose deadline falls after the next quarter. */
    record DueLater(List<Task> tasks) implements Point {
        public <R> R accept(Visitor<R> v) { return v.dueLater(this); }

        public DueLater { tasks = List.copyOf(tasks); }
    }

    /** Ongoing tasks (by their timeframe) to keep doing. */
    record KeepOngoing(int tasks) implements Point {
        public <R> R accept(Visitor<R> v) { return v.keepOngoing(this); }
    }

    /** An indicator below pace, to be pushed toward its yearly target. */
    record RaiseIndicator(IndicatorResult indicator) implements Point {
        public <R> R accept(Visitor<R> v) { return v.raiseIndicator(this); }
    }

    /** Units with missing or late reports, to be chased; {@code days}: the plan's reporting deadline after a quarter. */
    record ChaseUnits(int units, int days) implements Point {
        public <R> R accept(Visitor<R> v) { return v.chaseUnits(this); }
    }

    /** Units that sent undated reports, to be asked to date them. */
    record DateReports(int units) implements Point {
        public <R> R accept(Visitor<R> v) { return v.dateReports(this); }
    }

    /** Units with contradictory reports, to settle the results with. */
    record SettleRegressions(int units) implements Point {
        public <R> R accept(Visitor<R> v) { return v.settleRegressions(this); }
    }
}
