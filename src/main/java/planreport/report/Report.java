package planreport.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import planreport.check.Diagnostic;
import planreport.model.Classification;
import planreport.model.Entry;
import planreport.model.Indicator;
import planreport.model.Period;
import planreport.model.Plan;
import planreport.model.Status;
import planreport.model.Task;

/**
 * The aggregated content of one consolidated report: plain values, counted once here so that every
 * renderer (Markdown, PDF, JSON) says the same thing. No formatting, no template types.
 */
public record Report(Plan plan, Window window, List<TaskResult> tasks, Map<Classification, Integer> counts,
                     DeadlineTotals deadlineTotals, List<BodyCompliance> reporting, Tally reportingTotal,
                     List<PeriodTally> reportingByPeriod, List<IndicatorResult> indicators, List<Note> difficulties,
                     List<Note> proposals, List<Overdue> overdue, List<Diagnostic> problems, List<Regression> regressions,
                     List<Silence> silent, List<Activity> activities, List<Measures.Result> measures, List<planreport.model.Held> held) {

    /** A report without the reports held back (returned for correction, or files that could not be read). */
    public Report(Plan plan, Window window, List<TaskResult> tasks, Map<Classification, Integer> counts,
                  DeadlineTotals deadlineTotals, List<BodyCompliance> reporting, Tally reportingTotal,
                  List<PeriodTally> reportingByPeriod, List<IndicatorResult> indicators, List<Note> difficulties,
                  List<Note> proposals, List<Overdue> overdue, List<Diagnostic> problems, List<Regression> regressions,
                  List<Silence> silent, List<Activity> activities, List<Measures.Result> measures) {
        this(plan, window, tasks, counts, deadlineTotals, reporting, reportingTotal, reportingByPeriod, indicators, difficulties,
                proposals, overdue, problems, regressions, silent, activities, measures, List.of());
    }

    /** A report without the measures' traced figures (made by hand in tests). */
    public Report(Plan plan, Window window, List<TaskResult> tasks, Map<Classification, Integer> counts,
                  DeadlineTotals deadlineTotals, List<BodyCompliance> reporting, Tally reportingTotal,
                  List<PeriodTally> reportingByPeriod, List<IndicatorResult> indicators, List<Note> difficulties,
                  List<Note> proposals, List<Overdue> overdue, List<Diagnostic> problems, List<Regression> regressions,
                  List<Silence> silent, List<Activity> activities) {
        this(plan, window, tasks, counts, deadlineTotals, reporting, reportingTotal, reportingByPeriod, indicators, difficulties,
                proposals, overdue, problems, regressions, silent, activities, List.of());
    }

    public Report {
        held = List.copyOf(held);
        measures = List.copyOf(measures);
        tasks = List.copyOf(tasks);
        counts = Map.copyOf(counts);
        reporting = List.copyOf(reporting);
        reportingByPeriod = List.copyOf(reportingByPeriod);
        indicators = List.copyOf(indicators);
        difficulties = List.copyOf(difficulties);
        proposals = List.copyOf(proposals);
        overdue = List.copyOf(overdue);
        problems = List.copyOf(problems);
        regressions = List.copyOf(regressions);
        silent = List.copyOf(silent);
        activities = List.copyOf(activities);
    }

    /** A report without the units' runs of silence and the activities of section III (hand-made reports in tests). */
    public Report(Plan plan, Window window, List<TaskResult> tasks, Map<Classification, Integer> counts,
                  DeadlineTotals deadlineTotals, List<BodyCompliance> reporting, Tally reportingTotal,
                  List<PeriodTally> reportingByPeriod, List<IndicatorResult> indicators, List<Note> difficulties,
                  List<Note> proposals, List<Overdue> overdue, List<Diagnostic> problems, List<Regression> regressions) {
        this(plan, window, tasks, counts, deadlineTotals, reporting, reportingTotal, reportingByPeriod, indicators, difficulties,
                proposals, overdue, problems, regressions, List.of(), List.of(), List.of());
    }

    /** The units that still owe reports in the window, in the order of {@link #reporting()}. */
    public List<BodyCompliance> unitsMissing() { return reporting.stream().filter(b -> b.tally().missing() > 0).toList(); }

    /** The units with a task unreported in the window: those owing a report, and those whose report left out a task's row (the follow-up list names them). */
    public List<BodyCompliance> unitsWithUnreportedTasks() { return reporting.stream().filter(b -> !b.missing().isEmpty()).toList(); }

    /** The units that sent reports late in the window. */
    public List<BodyCompliance> unitsLate() { return reporting.stream().filter(b -> !b.late().isEmpty()).toList(); }

    /** The units that sent reports without a submission date. */
    public List<BodyCompliance> unitsUndated() { return reporting.stream().filter(b -> !b.undated().isEmpty()).toList(); }

    /** The units to chase: those that still owe reports (or rows of them) or sent them late. */
    public List<BodyCompliance> unitsToChase() {
        return reporting.stream().filter(b -> !b.missing().isEmpty() || !b.late().isEmpty()).toList();
    }

    /** The handovers of bodies (plan.yaml's until/successors) on a day inside the window, which change who owes reports. */
    public List<Plan.Handover> handoversInWindow() {
        LocalDate first = window.from().start(), last = window.to().end();
        return plan.handovers().stream().filter(h -> !h.day().isBefore(first) && !h.day().isAfter(last)).toList();
    }

    /**
     * One task in the window: its classification over the window, per period ({@code history}, from
     * the task's first period), when it was completed, and what each responsible unit reported.
     */
    public record TaskResult(Task task, Classification classification, LocalDate completedOn, List<PeriodClass> history,
                             List<UnitResult> results) {
        public TaskResult {
            history = List.copyOf(history);
            results = List.copyOf(results);
        }
    }

    /** A task's classification in one period. */
    public record PeriodClass(Period period, Classification classification) {}

    /**
     * What a responsible unit reported on a task: its entry for one period; or, for a lead that sent
     * nothing in the window, {@code entry} null — or {@code doneBefore}, when it had reported the
     * task done before the window — which the report says in words.
     */
    public record UnitResult(String unitId, boolean lead, Entry entry, Collector.Done doneBefore) {
        /**
         * Where the unit stands on the task: its report in the window, else — when it reported the task
         * done in an earlier period — done then, at 100 %; null when it has reported neither.
         */
        public Standing standing() {
            if (entry != null) return new Standing(entry.period(), entry.status(), entry.completedOn(), entry.progress());
            if (doneBefore != null) return new Standing(doneBefore.period(), Status.DONE, doneBefore.completedOn(), 100);
            return null;
        }
    }

    /** A unit's standing on a task: the period it is from, the status, the completion date (done only) and progress. */
    public record Standing(Period period, Status status, LocalDate completedOn, Integer progress) {}

    /**
     * Deadline tasks over the window, each counted once by its classification (the same numbers as
     * {@link Report#counts()} restricted to deadline tasks): done on time, done late, overdue, not
     * yet due (in progress or not started, deadline later) and with no report from any lead.
     */
    public record DeadlineTotals(int tasks, int doneOnTime, int doneLate, int overdue, int notYetDue, int noReport) {}

    /**
     * Expected, received and on-time reports, after DHIS2's reporting-rate summary — one report is one
     * unit's report for one quarter; {@code undated} are received reports that give no submission date
     * (neither on time nor late).
     */
    public record Tally(int expected, int received, int onTime, int undated) {
        public Tally plus(Tally o) {
            return new Tally(expected + o.expected, received + o.received, onTime + o.onTime, undated + o.undated);
        }

        /** Received after the due date (dated rows only). */
        public int late() { return received - onTime - undated; }

        /** Expected and not received. */
        public int missing() { return expected - received; }

        public static final Tally ZERO = new Tally(0, 0, 0, 0);
    }

    /**
     * One period's reporting over all units. {@code reportsDue}: the period's due date has passed
     * as of the report's date; when it has not, only the reports already received are expected.
     */
    public record PeriodTally(Period period, LocalDate due, boolean reportsDue, Tally tally, List<Received> reports) {
        public PeriodTally { reports = List.copyOf(reports); }

        public PeriodTally(Period period, LocalDate due, boolean reportsDue, Tally tally) { this(period, due, reportsDue, tally, List.of()); }
    }

    /** How a report owed for a period stands: sent by its due date, after it, without a date, or not sent. */
    public enum ReportState { ON_TIME, LATE, UNDATED, MISSING }

    /**
     * One unit's report for one period, as the tallies count it, with the row that decides its state: the
     * latest dated row (its date is the report's), or the first row of an undated report; none when missing.
     */
    public record Received(String unitId, Period period, ReportState state, LocalDate submittedOn, String file, long line) {}

    /**
     * One unit's reporting over the window, with the reports it still owes, the ones it sent late
     * and the ones it sent without a submission date.
     */
    public record BodyCompliance(String unitId, Tally tally, List<TaskPeriod> missing, List<Late> late, List<TaskPeriod> undated) {
        public BodyCompliance {
            missing = List.copyOf(missing);
            late = List.copyOf(late);
            undated = List.copyOf(undated);
        }
    }

    /** A task in a period. */
    public record TaskPeriod(String taskId, Period period) {}

    /** A report received after its due date. */
    public record Late(String taskId, Period period, LocalDate submittedOn, LocalDate due) {}

    /** A measure's result (its traced figures, with comparisons), or null when the report has none for it. */
    public Measures.Result measure(String id) {
        for (Measures.Result m : measures) if (m.measure().id().equals(id)) return m;
        return null;
    }

    /** An indicator: its value over the window, the year to date of the window's last year, and the yearly target. */
    public record IndicatorResult(Indicator indicator, long value, int year, long yearToDate, Long target,
                                  List<YearValue> byYear) {
        public IndicatorResult { byYear = List.copyOf(byYear); }
    }

    /** An indicator's total in one year (up to the window's end) against that year's target. */
    public record YearValue(int year, long value, Long target) {}

    /** A difficulty or proposal, attributed to its unit, task and period. */
    public record Note(String unitId, String taskId, Period period, String text) {}

    /** A deadline task not done when its deadline passed, and the lead units that have not reported it done. */
    public record Overdue(String taskId, LocalDate due, List<String> pendingUnits) {
        public Overdue { pendingUnits = List.copyOf(pendingUnits); }
    }

    /**
     * A unit that reported a deadline task done in {@code donePeriod} and, in a later period of the
     * window, reported it again as not done ({@code status}, {@code progress}). The task stays done
     * (the first report of done counts); the report shows the contradiction.
     */
    public record Regression(String taskId, String unitId, Period donePeriod, LocalDate completedOn, Period period,
                             planreport.model.Status status, Integer progress) {}

    /**
     * A unit that still owes reports at the window's end and has sent nothing for {@code quarters}
     * quarters in a row, {@code from} to {@code to} (the last quarter due in the window), counted back
     * over the whole term while it owed reports: "từ quý IV/2021 đến nay (16 quý)".
     */
    public record Silence(String unitId, int quarters, Period from, Period to) {}

    /**
     * What the units' rows on the duties of the plan's section III say was done in the window, one kind
     * of activity (documents issued, inspections, …; report/Activities): the figures summed over the
     * rows ({@code total}; 0 for a kind counted by units), and how many units reported it.
     */
    public record Activity(String kind, long total, long second, int units) {}
}
