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
        R tasksDone(TasksDone p);
        R activitiesDone(ActivitiesDone p);
        R indicatorOnPace(IndicatorOnPace p);
        R overdueTasks(OverdueTasks p);
        R lateTasks(LateTasks p);
        R notStartedTasks(NotStartedTasks p);
        R unreportedTasks(UnreportedTasks p);
        R reportingGaps(ReportingGaps p);
        R silent(Silent p);
        R heldReports(HeldReports p);
        R regressions(Regressions p);
        R indicatorBelowPace(IndicatorBelowPace p);
        R termTarget(TermTarget p);
        R yearsBelowTarget(YearsBelowTarget p);
        R causeTasks(CauseTasks p);
        R causeReporting(CauseReporting p);
        R causeIndicators(CauseIndicators p);
        R causeRegressions(CauseRegressions p);
        R finishOverdue(FinishOverdue p);
        R dueNext(DueNext p);
        R dueLater(DueLater p);
        R focus(Focus p);
        R raiseIndicator(RaiseIndicator p);
        R reportsDue(ReportsDue p);
        R chaseUnits(ChaseUnits p);
        R dateReports(DateReports p);
        R settleRegressions(SettleRegressions p);
        R assign(Assign p);
        R nextPhase(NextPhase p);
        R carryOver(CarryOver p);
    }

    // ---- I. leadership ----

    /**
     * The duties of the plan's section III (tổ chức thực hiện): what the committees did under them,
     * summed from the units' rows ({@code activities}, report/Activities), and how many of the units
     * responsible reported; with no activity recognised, the duties summed up like a section.
     */
    record Duties(Assessment.Synopsis synopsis, List<Report.Activity> activities) implements Point {
        public <R> R accept(Visitor<R> v) { return v.duties(this); }

        public Duties { activities = List.copyOf(activities); }
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

    /** Deadline tasks completed inside the window (a task done in an earlier period is not this period's result), and those on time. */
    record TasksDone(List<Task> tasks, List<Task> onTime) implements Point {
        public <R> R accept(Visitor<R> v) { return v.tasksDone(this); }

        public TasksDone {
            tasks = List.copyOf(tasks);
            onTime = List.copyOf(onTime);
        }
    }

    /** The work of section III the committees did in the window, as a strength: its first kinds of activity. */
    record ActivitiesDone(List<Report.Activity> activities) implements Point {
        public <R> R accept(Visitor<R> v) { return v.activitiesDone(this); }

        public ActivitiesDone { activities = List.copyOf(activities); }
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

    /** Deadline tasks completed inside the window after their deadline. */
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

    /**
     * Units that still owe reports and have sent nothing for two quarters in a row or more: how many,
     * the longest run ({@code quarters}) and where it began ({@code from}) to the last quarter due ({@code to}).
     */
    record Silent(int units, int quarters, Period from, Period to) implements Point {
        public <R> R accept(Visitor<R> v) { return v.silent(this); }
    }

    /**
     * Reports that came but do not count as received: files that could not be read ("đã gửi nhưng tệp
     * không đọc được") and reports returned for correction, each named by its unit and quarter; they
     * are not said as "chưa gửi".
     */
    record HeldReports(List<planreport.model.Held> unreadable, List<planreport.model.Held> returned) implements Point {
        public <R> R accept(Visitor<R> v) { return v.heldReports(this); }

        public HeldReports {
            unreadable = List.copyOf(unreadable);
            returned = List.copyOf(returned);
        }
    }

    /** Reports that set a task done earlier back to not done, and how many units sent them. */
    record Regressions(List<Regression> cases, int units) implements Point {
        public <R> R accept(Visitor<R> v) { return v.regressions(this); }

        public Regressions { cases = List.copyOf(cases); }
    }

    /** An indicator whose year to date falls behind the pace its yearly target asks for ({@code pace} %). */
    /**
     * In the term review, a measure's total over the term against the term's target: a strength when
     * {@code met}, a shortcoming when not (the year-to-date pace says nothing of a term).
     */
    record TermTarget(IndicatorResult indicator, long value, long target, BigDecimal rate, boolean met) implements Point {
        @Override public <R> R accept(Visitor<R> v) { return v.termTarget(this); }
    }

    /** In the term review, the whole years a measure fell short of its yearly target, each with the share reached. */
    record YearsBelowTarget(IndicatorResult indicator, List<Measures.YearFigure> years) implements Point {
        public YearsBelowTarget { years = List.copyOf(years); }
        @Override public <R> R accept(Visitor<R> v) { return v.yearsBelowTarget(this); }
    }

    record IndicatorBelowPace(IndicatorResult indicator, BigDecimal rate, int pace) implements Point {
        public <R> R accept(Visitor<R> v) { return v.indicatorBelowPace(this); }
    }

    // ---- III. causes: the subjective ones, one for each kind of shortcoming the data shows ----

    /** Tasks late, overdue, not started or unreported: the leads' direction was not resolute enough. */
    record CauseTasks(List<Task> tasks) implements Point {
        public <R> R accept(Visitor<R> v) { return v.causeTasks(this); }

        public CauseTasks { tasks = List.copyOf(tasks); }
    }

    /** Reports missing, late or undated: the heads of some units did not see to them, the follow-up was not regular; {@code silent}: some units sent nothing for quarters. */
    record CauseReporting(boolean silent) implements Point {
        public <R> R accept(Visitor<R> v) { return v.causeReporting(this); }
    }

    /** Indicators behind pace: the measures behind them were not carried out resolutely. */
    record CauseIndicators(List<IndicatorResult> indicators) implements Point {
        public <R> R accept(Visitor<R> v) { return v.causeIndicators(this); }

        public CauseIndicators { indicators = List.copyOf(indicators); }
    }

    /** Contradictory reports: results not followed and recorded closely. */
    record CauseRegressions(int units) implements Point {
        public <R> R accept(Visitor<R> v) { return v.causeRegressions(this); }
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

    /** The ongoing tasks the next period focuses on: those the units' difficulties or a lagging indicator point to. */
    record Focus(List<Task> tasks) implements Point {
        public <R> R accept(Visitor<R> v) { return v.focus(this); }

        public Focus { tasks = List.copyOf(tasks); }
    }

    /**
     * An indicator below pace, to be pushed toward a yearly target: its own year's, with the figure
     * still {@code needed} by the year's end, while that year runs on after the window; once the year
     * is over, the next year's ({@code year}, {@code target}; {@code needed} 0).
     */
    record RaiseIndicator(IndicatorResult indicator, int year, long target, long needed) implements Point {
        public <R> R accept(Visitor<R> v) { return v.raiseIndicator(this); }
    }

    /** The reports of the next quarter and the day they are due. */
    record ReportsDue(Period period, LocalDate due) implements Point {
        public <R> R accept(Visitor<R> v) { return v.reportsDue(this); }
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

    /**
     * A request the units made of a body of the province, turned into the standing committee's
     * direction: "Giao {organ} lãnh đạo, chỉ đạo {addressee} {action}". {@code organ}: the body the
     * committee directs, as it exists on the report's day; {@code addressee} as the plan names it, or
     * as the units wrote it (null: none named); {@code action}: the request without its verb and addressee.
     */
    record Assign(String organ, String addressee, String action, Assessment.NoteGroup group) implements Point {
        public <R> R accept(Visitor<R> v) { return v.assign(this); }
    }

    /** A final review's direction: the resolution carried on in the phase after the term, from {@code year}. */
    record NextPhase(int year) implements Point {
        public <R> R accept(Visitor<R> v) { return v.nextPhase(this); }
    }

    /** A final review's direction: tasks or indicators not achieved in the term, carried into the next phase. */
    record CarryOver(List<Task> tasks, List<IndicatorResult> indicators) implements Point {
        public <R> R accept(Visitor<R> v) { return v.carryOver(this); }

        public CarryOver {
            tasks = List.copyOf(tasks);
            indicators = List.copyOf(indicators);
        }
    }
}
