package planreport.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import planreport.check.Diagnostic;
import planreport.model.Body;
import planreport.model.Classification;
import planreport.model.Entry;
import planreport.model.Obligations;
import planreport.model.Period;
import planreport.model.Plan;
import planreport.model.Task;
import planreport.report.Report.BodyCompliance;
import planreport.report.Report.DeadlineTotals;
import planreport.report.Report.IndicatorResult;
import planreport.report.Report.Late;
import planreport.report.Report.Note;
import planreport.report.Report.Overdue;
import planreport.report.Report.PeriodClass;
import planreport.report.Report.PeriodTally;
import planreport.report.Report.Regression;
import planreport.report.Report.Tally;
import planreport.report.Report.TaskPeriod;
import planreport.report.Report.TaskResult;
import planreport.report.Report.UnitResult;
import planreport.report.Report.YearValue;

/** The aggregate step of the pipeline: the plan, a window and the kept rows become one {@link Report}. */
public final class Aggregator {
    private final Plan plan;
    private final Window window;
    private final Collector c;
    private final List<Period> periods;
    private final Map<String, Integer> unitOrder = new HashMap<>();
    private final Map<String, Integer> taskOrder = new HashMap<>();

    private Aggregator(Plan plan, Window window, Collector c) {
        this.plan = plan;
        this.window = window;
        this.c = c;
        this.periods = window.periods();
        List<Body> bodies = plan.bodies();
        for (int i = 0; i < bodies.size(); i++) unitOrder.put(bodies.get(i).id(), i);
        List<Task> tasks = plan.tasks();
        for (int i = 0; i < tasks.size(); i++) taskOrder.put(tasks.get(i).id(), i);
    }

    /** Aggregates; {@code problems} are the errors a --force run is compiled despite. */
    public static Report aggregate(Plan plan, Window window, Collector collector, List<Diagnostic> problems) {
        return aggregate(plan, window, collector, problems, List.of());
    }

    /**
     * Aggregates, knowing the reports that came but do not count ({@code held}: returned for
     * correction, or files that could not be read): they are still not received, but a unit that sent
     * one is not silent for that quarter, and the review says what became of them.
     */
    public static Report aggregate(Plan plan, Window window, Collector collector, List<Diagnostic> problems, List<planreport.model.Held> held) {
        Aggregator a = new Aggregator(plan, window, collector);
        for (planreport.model.Held h : held) {
            if (a.periods.contains(h.period()) || h.period().compareTo(window.to()) <= 0) a.held.putIfAbsent(h.unitId() + "\u0000" + h.period(), h);
        }
        return a.build(problems);
    }

    /** The reports held back up to the window's end, by unit and period. */
    private final Map<String, planreport.model.Held> held = new java.util.LinkedHashMap<>();

    private boolean held(String unitId, Period p) { return held.containsKey(unitId + "\u0000" + p); }

    private Report build(List<Diagnostic> problems) {
        List<TaskResult> tasks = new ArrayList<>();
        Map<Classification, Integer> counts = new EnumMap<>(Classification.class);
        for (Classification k : Classification.values()) counts.put(k, 0);
        int dlTasks = 0, onTime = 0, late = 0, overdue = 0, notYetDue = 0, noReport = 0;
        List<Overdue> overdueList = new ArrayList<>();
        List<Regression> regressions = new ArrayList<>();
        Period last = window.to();
        for (Task t : plan.tasks()) {
            Classification k = Classify.of(plan, c, t, periods);
            if (k == null) continue;
            counts.merge(k, 1, Integer::sum);
            List<PeriodClass> history = new ArrayList<>();
            for (Period p : periods) {
                Classification pk = Classify.of(plan, c, t, List.of(p));
                if (pk != null) history.add(new PeriodClass(p, pk));
            }
            LocalDate completed = Classify.completedOn(plan, c, t, last);
            tasks.add(new TaskResult(t, k, completed, history, results(t)));
            if (!t.timeframe().ongoing()) {
                // the totals are the classification's own counts (docs/compile.md, precedence):
                // one definition for the table of counts and the sentence under it
                dlTasks++;
                switch (k) {
                    case DONE_ON_TIME -> onTime++;
                    case DONE_LATE -> late++;
                    case NO_REPORT -> noReport++;
                    case OVERDUE -> {
                        overdue++;
                        List<String> pending = new ArrayList<>();
                        for (String u : plan.leadUnits(t.id(), Classify.owedBy(t, last))) {
                            Collector.Done d = c.done(u, t.id());
                            if (d == null || d.period().compareTo(last) > 0) pending.add(u);
                        }
                        overdueList.add(new Overdue(t.id(), t.timeframe().due(), pending));
                    }
                    default -> notYetDue++; // in progress or not started: by precedence, the deadline is later
                }
                regressions.addAll(regressions(t));
            }
        }
        DeadlineTotals totals = new DeadlineTotals(dlTasks, onTime, late, overdue, notYetDue, noReport);

        List<BodyCompliance> reporting = new ArrayList<>();
        Map<Period, Tally> byPeriod = new HashMap<>();
        Map<Period, List<Report.Received>> received = new HashMap<>();
        Tally total = Tally.ZERO;
        for (Body b : plan.bodies()) {
            if (b.isGroup()) continue;
            BodyCompliance bc = compliance(b.id(), byPeriod, received);
            if (bc.tally().expected() == 0 && bc.tally().received() == 0) continue;
            reporting.add(bc);
            total = total.plus(bc.tally());
        }
        List<PeriodTally> periodTallies = new ArrayList<>();
        for (Period p : periods) {
            periodTallies.add(new PeriodTally(p, plan.reporting().dueDate(p), Obligations.reportsDue(plan, p, window.asOf()),
                    byPeriod.getOrDefault(p, Tally.ZERO), received.getOrDefault(p, List.of())));
        }

        List<Note> difficulties = new ArrayList<>(), proposals = new ArrayList<>();
        List<Entry> noteEntries = new ArrayList<>();
        for (Entry e : c.all()) {
            if (window.contains(e.period()) && plan.isResponsible(e.unitId(), e.taskId())) noteEntries.add(e);
        }
        noteEntries.sort(Comparator.comparing((Entry e) -> taskOrder.getOrDefault(e.taskId(), Integer.MAX_VALUE))
                .thenComparing(e -> unitOrder.getOrDefault(e.unitId(), Integer.MAX_VALUE)).thenComparing(Entry::period));
        // the difficulties of the whole window (the term review's objective causes are the term's); the
        // requests of the final review only from its last quarter: what the next phase still has to answer
        for (Entry e : noteEntries) {
            if (e.difficulties() != null) difficulties.add(new Note(e.unitId(), e.taskId(), e.period(), e.difficulties()));
            boolean asked = window.kind() != Kind.FINAL || e.period().equals(last);
            if (asked && e.proposals() != null) proposals.add(new Note(e.unitId(), e.taskId(), e.period(), e.proposals()));
        }
        List<Measures.Result> measures = Measures.of(plan, window, c.measured());
        return new Report(plan, window, tasks, counts, totals, reporting, total, periodTallies, indicators(measures),
                difficulties, proposals, overdueList, problems, regressions, silences(reporting), Activities.of(plan, window, c.all()),
                measures, heldInWindow());
    }

    /** The reports held back in the window's quarters, by quarter, then in the plan's order of units. */
    private List<planreport.model.Held> heldInWindow() {
        return held.values().stream().filter(h -> periods.contains(h.period()))
                .sorted(Comparator.comparing(planreport.model.Held::period).thenComparing(h -> unitOrder.getOrDefault(h.unitId(), Integer.MAX_VALUE)))
                .toList();
    }

    /**
     * The units that owe reports at the window's end with the run of quarters they have sent nothing
     * for, counted back from the last quarter due in the window while they owed reports (a unit
     * silent since the term began: the whole run, not only the window's share of it). Runs of one
     * quarter are not silences: a unit late once is chased, not said to be silent.
     */
    private List<Report.Silence> silences(List<BodyCompliance> reporting) {
        Period lastDue = null;
        for (Period p : periods) if (Obligations.reportsDue(plan, p, window.asOf())) lastDue = p;
        List<Report.Silence> out = new ArrayList<>();
        if (lastDue == null) return out;
        Period start = plan.reporting().termStart();
        for (BodyCompliance b : reporting) {
            if (b.tally().missing() == 0) continue;
            int run = 0;
            Period p = lastDue, from = null;
            while (p.compareTo(start) >= 0 && !c.sent(b.unitId(), p) && !held(b.unitId(), p) && owes(b.unitId(), p)) {
                run++;
                from = p;
                p = p.previous();
            }
            if (run >= 2) out.add(new Report.Silence(b.unitId(), run, from, lastDue));
        }
        return out;
    }

    /** Whether a unit owes a report on any task for a period. */
    private boolean owes(String unitId, Period p) {
        for (Task t : plan.tasks()) if (Classify.expected(plan, c, t, unitId, p)) return true;
        return false;
    }

    /**
     * The rows of the window in which a responsible unit reports a deadline task as not done after
     * it had reported it done (validate's status-regressed): the task stays done, the report says so.
     */
    private List<Regression> regressions(Task t) {
        Set<String> units = new LinkedHashSet<>(plan.leadUnits(t.id()));
        units.addAll(plan.coordinatorUnits(t.id()));
        List<Regression> out = new ArrayList<>();
        for (String u : units) {
            Collector.Done d = c.done(u, t.id());
            if (d == null) continue;
            for (Period p : Classify.active(plan, t, periods)) {
                if (p.compareTo(d.period()) <= 0) continue;
                Entry e = c.entry(u, t.id(), p);
                if (e != null && e.status() != planreport.model.Status.DONE) {
                    out.add(new Regression(t.id(), u, d.period(), d.completedOn(), p, e.status(), e.progress()));
                }
            }
        }
        return out;
    }

    /** What each responsible unit reported on a task: per period for a summary, the latest for the final review. */
    private List<UnitResult> results(Task t) {
        List<Period> active = Classify.active(plan, t, periods);
        // who leads and coordinates in the window's periods (bodies change: docs/plan-format.md)
        Set<String> leads = new LinkedHashSet<>();
        Set<String> coordinators = new LinkedHashSet<>();
        for (Period p : active) {
            leads.addAll(plan.leadUnits(t.id(), p));
            coordinators.addAll(plan.coordinatorUnits(t.id(), p));
        }
        Set<String> units = new LinkedHashSet<>(leads);
        units.addAll(coordinators);
        // a deadline task every lead finished before this window: its leads are not listed again
        // (a quarter's summary would otherwise repeat, every quarter, who finished it long ago)
        boolean doneBefore = !t.timeframe().ongoing() && window.from().compareTo(plan.reporting().termStart()) > 0
                && Classify.completedOn(plan, c, t, window.from().previous()) != null;
        List<UnitResult> out = new ArrayList<>();
        for (String u : units) {
            boolean lead = leads.contains(u);
            List<Entry> mine = new ArrayList<>();
            for (Period p : active) {
                Entry e = c.entry(u, t.id(), p);
                if (e != null) mine.add(e);
            }
            if (window.kind() == Kind.FINAL && mine.size() > 1) mine = List.of(mine.get(mine.size() - 1));
            for (Entry e : mine) out.add(new UnitResult(u, lead, e, null));
            if (mine.isEmpty() && lead && !active.isEmpty() && !doneBefore) {
                Collector.Done d = t.timeframe().ongoing() ? null : c.done(u, t.id());
                boolean earlier = d != null && d.period().compareTo(active.get(0)) < 0;
                out.add(new UnitResult(u, true, null, earlier ? d : null));
            }
        }
        return out;
    }

    /**
     * A unit's reporting over the window, counted as the office counts it: one report is one unit's
     * report for one quarter (the notice counts the same way). A report is expected when the unit
     * owes a report on some task that quarter ({@link Classify#expected}) and the quarter's due date
     * has passed as of the report's date ({@link Obligations#reportsDue}, the rule of validate's
     * missing-report); in a quarter not yet due, only a report already received is expected. A report
     * is received when any of its rows arrived; it is late when its last dated row arrived after the
     * due date, undated when no row gives a date. Which tasks (the report's "nội dung") are missing,
     * late or undated is kept task by task for the follow-up list.
     */
    private BodyCompliance compliance(String unitId, Map<Period, Tally> byPeriod, Map<Period, List<Report.Received>> received) {
        Tally sum = Tally.ZERO;
        List<TaskPeriod> missing = new ArrayList<>(), undated = new ArrayList<>();
        List<Late> late = new ArrayList<>();
        for (Period p : periods) {
            LocalDate due = plan.reporting().dueDate(p);
            boolean reportsDue = Obligations.reportsDue(plan, p, window.asOf());
            boolean owes = false, any = false;
            LocalDate last = null;
            Entry decides = null; // the row whose date is the report's (the latest dated), else its first row
            List<TaskPeriod> unsent = new ArrayList<>();
            for (Task t : plan.tasks()) {
                if (!Classify.expected(plan, c, t, unitId, p)) continue;
                owes = true;
                Entry e = c.entry(unitId, t.id(), p);
                if (e == null) {
                    unsent.add(new TaskPeriod(t.id(), p));
                    continue;
                }
                any = true;
                if (decides == null) decides = e;
                if (e.submittedOn() == null) undated.add(new TaskPeriod(t.id(), p));
                else {
                    if (last == null || e.submittedOn().isAfter(last)) {
                        last = e.submittedOn();
                        decides = e;
                    }
                    if (planreport.model.Reporting.late(due, e.submittedOn())) late.add(new Late(t.id(), p, e.submittedOn(), due));
                }
            }
            if (!owes || (!any && !reportsDue)) continue;
            if (reportsDue) missing.addAll(unsent);
            Tally pt = !any ? new Tally(1, 0, 0, 0)
                    : last == null ? new Tally(1, 1, 0, 1)
                    : planreport.model.Reporting.late(due, last) ? new Tally(1, 1, 0, 0) : new Tally(1, 1, 1, 0);
            sum = sum.plus(pt);
            byPeriod.merge(p, pt, Tally::plus);
            Report.ReportState state = !any ? Report.ReportState.MISSING : last == null ? Report.ReportState.UNDATED
                    : pt.onTime() == 1 ? Report.ReportState.ON_TIME : Report.ReportState.LATE;
            received.computeIfAbsent(p, k -> new ArrayList<>()).add(new Report.Received(unitId, p, state, last,
                    decides == null ? null : decides.file(), decides == null ? 0 : decides.line()));
        }
        return new BodyCompliance(unitId, sum, missing, late, undated);
    }

    /**
     * The measures' figures ({@link Measures}) and, from them, the indicators as the tables and the
     * assessment read them: the window's value, the year to date against the year's target, by year.
     */
    private List<IndicatorResult> indicators(List<Measures.Result> measures) {
        List<IndicatorResult> out = new ArrayList<>();
        for (Measures.Result m : measures) {
            List<YearValue> years = new ArrayList<>();
            for (Measures.YearFigure y : m.byYear()) years.add(new YearValue(y.year(), value(y.figure()), y.target()));
            out.add(new IndicatorResult(m.measure(), value(m.window()), m.year(), value(m.yearToDate()), m.yearTarget(), years));
        }
        return out;
    }

    private static long value(Measures.Figure f) { return f == null ? 0 : f.value(); }
}
