package planreport.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import planreport.model.Classification;
import planreport.model.Names;
import planreport.model.Period;
import planreport.model.Plan;
import planreport.model.Section;
import planreport.model.Task;
import planreport.report.Report.IndicatorResult;
import planreport.report.Report.TaskResult;
import planreport.report.Report.UnitResult;

/**
 * What a review says about a {@link Report}, decided once here and tested without rendering: the
 * scope of its window, the points the data drafts for each part (leadership, strengths, weaknesses,
 * directions), each section's synopsis, and the identical difficulties and proposals grouped. A
 * renderer only words it. Every threshold of the review is a constant of this class.
 */
public record Assessment(Plan plan, Window window, Scope scope, int years, List<Point> leadership, List<SectionResult> sections,
                         Overall overall, List<Point> strengths, List<Point> weaknesses, List<Point> directions,
                         List<NoteGroup> difficulties, List<NoteGroup> proposals) {

    /**
     * The reporting rate (received ÷ expected, as {@link Percent} rounds it) from which the units
     * "basically comply with the reporting regime": below it the gaps are a weakness, not a strength.
     */
    public static final int STRONG_REPORTING_RATE = 90;

    /** An indicator's yearly target is spread evenly over the year: each quarter elapsed asks for a quarter of it. */
    public static final int PACE_PER_QUARTER = 25;

    /** The pace of a year already over: the whole target. */
    public static final int FULL_PACE = 100;

    /** A window of at least a year's quarters that spans two calendar years is a milestone (sơ kết N năm), not a period. */
    public static final int MILESTONE_QUARTERS = 4;

    /** Units named in a group of identical notes before "và N đơn vị khác": a sentence, not a list of every unit. */
    public static final int GROUP_NAMES = 8;

    public Assessment {
        leadership = List.copyOf(leadership);
        sections = List.copyOf(sections);
        strengths = List.copyOf(strengths);
        weaknesses = List.copyOf(weaknesses);
        directions = List.copyOf(directions);
        difficulties = List.copyOf(difficulties);
        proposals = List.copyOf(proposals);
    }

    /** The assessment of a report. */
    public static Assessment of(Report r) {
        Window w = r.window();
        return new Assessment(r.plan(), w, scope(w, r.plan()), years(w), leadership(r), sections(r), overall(r),
                strengths(r), weaknesses(r), directions(r), grouped(r.difficulties()), grouped(r.proposals()));
    }

    // ---- the types of an assessment ----

    /** A section of the plan with tasks in the report: its synopsis and its indicators. */
    public record SectionResult(Section section, Synopsis synopsis, List<IndicatorValue> indicators) {
        public SectionResult { indicators = List.copyOf(indicators); }
    }

    /** An indicator with its year to date as a share of the yearly target ({@code rate} null when it has no target). */
    public record IndicatorValue(IndicatorResult indicator, BigDecimal rate) {}

    /** The overall figures under the classification table: all tasks, the deadline tasks, ongoing ones reported, and those with no report. */
    public record Overall(int tasks, Report.DeadlineTotals deadline, int ongoingReported, int noReport) {}

    /**
     * What a group of tasks came to: their states in the order of the classifications, and how many
     * of the units responsible reported ({@code units} null when none was listed).
     */
    public record Synopsis(int tasks, List<State> states, Units units) {
        public Synopsis { states = List.copyOf(states); }
    }

    /** Tasks sharing a classification; {@code dates} for a lone task whose sentence gives them, else null. */
    public record State(Classification classification, List<Task> tasks, Dates dates) {
        public State { tasks = List.copyOf(tasks); }
    }

    /** A lone task's dates: when it was completed (null when its sentence gives only the deadline) and its deadline. */
    public record Dates(LocalDate completedOn, LocalDate due) {}

    /** Units responsible for some tasks, and how many of them reported in the window. */
    public record Units(int reported, int total) {
        /** Every responsible unit reported. */
        public boolean all() { return reported == total; }
    }

    /**
     * Identical notes (case, spacing and NFC ignored) once: the text as first written, and the units
     * and tasks that wrote it, in first-seen order.
     */
    public record NoteGroup(String text, List<String> units, List<String> tasks) {
        public NoteGroup {
            units = List.copyOf(units);
            tasks = List.copyOf(tasks);
        }

        /** How many units wrote it. */
        public int count() { return units.size(); }

        /** The units a sentence names: the first {@link #GROUP_NAMES}. */
        public List<String> named() { return units.subList(0, Math.min(GROUP_NAMES, units.size())); }

        /** The units left unnamed ("và N đơn vị khác"); 0 when all are named. */
        public int unnamed() { return Math.max(0, units.size() - GROUP_NAMES); }
    }

    // ---- the window ----

    /** The whole term (or the final review up to the term's end) is a final review; a year or more across years a milestone; else a period. */
    public static Scope scope(Window w, Plan plan) {
        boolean whole = w.from().equals(plan.reporting().termStart()) && w.to().equals(plan.reporting().termEnd());
        if (whole || (w.kind() == Kind.FINAL && w.to().equals(plan.reporting().termEnd()))) return Scope.FINAL;
        if (w.periods().size() >= MILESTONE_QUARTERS && w.from().year() != w.to().year()) return Scope.MILESTONE;
        return Scope.PERIOD;
    }

    /** Whole years of a milestone, rounded half up: 7 quarters are "2 năm"; never fewer than 1. */
    public static int years(Window w) {
        int q = w.periods().size();
        return Math.max(1, (q + MILESTONE_QUARTERS / 2) / MILESTONE_QUARTERS);
    }

    /** The share of {@code year} elapsed at the window's end, the pace a yearly target is measured against: 2 of 4 quarters → 50. */
    public static int pace(Window w, int year) {
        return w.to().year() == year ? w.to().quarter() * PACE_PER_QUARTER : FULL_PACE;
    }

    /** Whether an indicator is judged against its target at all: it has one, above zero. */
    static boolean judged(IndicatorResult ir) { return ir.target() != null && ir.target() > 0; }

    /** A judged indicator's year to date reaches its pace (exactly: no rounding of the rate). */
    static boolean onPace(IndicatorResult ir, Window w) {
        return ir.yearToDate() * 100 >= (long) pace(w, ir.year()) * ir.target();
    }

    /** The year to date as a share of the target. */
    static BigDecimal rate(IndicatorResult ir) { return Percent.of(ir.yearToDate(), ir.target()); }

    // ---- I. leadership ----

    private static List<Point> leadership(Report r) {
        List<Point> out = new ArrayList<>();
        List<TaskResult> duties = r.tasks().stream().filter(t -> t.task().duty()).toList();
        if (!duties.isEmpty()) out.add(new Point.Duties(synopsis(duties)));
        Report.Tally t = r.reportingTotal();
        if (t.expected() > 0) out.add(new Point.Reporting(t, Percent.of(t.received(), t.expected()), Percent.of(t.onTime(), t.expected())));
        // a quarter whose reports are not yet due owes nothing yet: said so, not counted as missing
        for (Report.PeriodTally pt : r.reportingByPeriod()) {
            if (!pt.reportsDue()) out.add(new Point.NotYetDue(pt.period(), pt.due(), pt.tally().received()));
        }
        return out;
    }

    // ---- II. results, section by section ----

    private static List<SectionResult> sections(Report r) {
        Map<String, TaskResult> byId = new LinkedHashMap<>();
        for (TaskResult tr : r.tasks()) byId.put(tr.task().id(), tr);
        List<SectionResult> out = new ArrayList<>();
        for (Section s : r.plan().sections()) {
            List<TaskResult> trs = new ArrayList<>();
            for (Task t : s.tasks()) if (byId.containsKey(t.id())) trs.add(byId.get(t.id()));
            if (trs.isEmpty()) continue;
            Set<String> ids = new LinkedHashSet<>();
            for (TaskResult tr : trs) ids.add(tr.task().id());
            List<IndicatorValue> inds = new ArrayList<>();
            for (IndicatorResult ir : r.indicators()) {
                if (ids.contains(ir.indicator().taskId())) inds.add(new IndicatorValue(ir, ir.target() == null ? null : rate(ir)));
            }
            out.add(new SectionResult(s, synopsis(trs), inds));
        }
        return out;
    }

    private static Overall overall(Report r) {
        return new Overall(r.tasks().size(), r.deadlineTotals(), r.counts().getOrDefault(Classification.ONGOING, 0),
                r.counts().getOrDefault(Classification.NO_REPORT, 0));
    }

    /** Tasks grouped by classification, the dates of a lone task, and how many responsible units reported. */
    static Synopsis synopsis(List<TaskResult> trs) {
        Map<Classification, List<TaskResult>> by = new EnumMap<>(Classification.class);
        for (TaskResult tr : trs) by.computeIfAbsent(tr.classification(), k -> new ArrayList<>()).add(tr);
        List<State> states = new ArrayList<>();
        for (var e : by.entrySet()) {
            List<TaskResult> list = e.getValue();
            states.add(new State(e.getKey(), list.stream().map(TaskResult::task).toList(), list.size() == 1 ? dates(list.get(0)) : null));
        }
        Set<String> all = new LinkedHashSet<>(), reported = new LinkedHashSet<>();
        for (TaskResult tr : trs) {
            for (UnitResult u : tr.results()) {
                all.add(u.unitId());
                if (u.entry() != null) reported.add(u.unitId());
            }
        }
        return new Synopsis(trs.size(), states, all.isEmpty() ? null : new Units(reported.size(), all.size()));
    }

    /** A done task gives its completion day and deadline; one not done its deadline; an ongoing one nothing. */
    private static Dates dates(TaskResult tr) {
        LocalDate due = tr.task().timeframe().due();
        return switch (tr.classification()) {
            case DONE_ON_TIME, DONE_LATE -> tr.completedOn() == null ? null : new Dates(tr.completedOn(), due);
            case IN_PROGRESS, OVERDUE, NOT_STARTED, NO_REPORT -> due == null ? null : new Dates(null, due);
            default -> null;
        };
    }

    // ---- III. strengths and weaknesses ----

    private static List<Point> strengths(Report r) {
        List<Point> out = new ArrayList<>();
        Report.DeadlineTotals t = r.deadlineTotals();
        int done = t.doneOnTime() + t.doneLate();
        if (done > 0) out.add(new Point.DoneTasks(done, t.tasks(), t.doneOnTime()));
        int ongoing = r.counts().getOrDefault(Classification.ONGOING, 0);
        if (ongoing > 0) out.add(new Point.OngoingReported(ongoing));
        Report.Tally rt = r.reportingTotal();
        BigDecimal rate = Percent.of(rt.received(), rt.expected());
        if (rate != null && rate.compareTo(BigDecimal.valueOf(STRONG_REPORTING_RATE)) >= 0) out.add(new Point.ReportingRate(rate));
        for (IndicatorResult ir : r.indicators()) {
            if (judged(ir) && onPace(ir, r.window())) out.add(new Point.IndicatorOnPace(ir, rate(ir)));
        }
        return out;
    }

    private static List<Point> weaknesses(Report r) {
        List<Point> out = new ArrayList<>();
        List<Task> overdue = classed(r, Classification.OVERDUE);
        if (!overdue.isEmpty()) out.add(new Point.OverdueTasks(overdue));
        List<Task> late = classed(r, Classification.DONE_LATE);
        if (!late.isEmpty()) out.add(new Point.LateTasks(late));
        List<Task> notStarted = classed(r, Classification.NOT_STARTED);
        if (!notStarted.isEmpty()) out.add(new Point.NotStartedTasks(notStarted));
        List<Task> noReport = classed(r, Classification.NO_REPORT);
        if (!noReport.isEmpty()) out.add(new Point.UnreportedTasks(noReport));
        int missing = r.reportingTotal().missing();
        int lateReports = r.unitsLate().stream().mapToInt(b -> b.tally().late()).sum();
        int undated = r.unitsUndated().stream().mapToInt(b -> b.tally().undated()).sum();
        if (missing > 0 || lateReports > 0 || undated > 0) {
            out.add(new Point.ReportingGaps(missing, r.unitsMissing().size(), lateReports, r.unitsLate().size(), undated,
                    r.unitsUndated().size()));
        }
        // a task reported done, then not done: the report is contradictory, to be settled with the unit
        if (!r.regressions().isEmpty()) out.add(new Point.Regressions(r.regressions(), regressionUnits(r)));
        for (IndicatorResult ir : r.indicators()) {
            if (judged(ir) && !onPace(ir, r.window())) out.add(new Point.IndicatorBelowPace(ir, rate(ir), pace(r.window(), ir.year())));
        }
        return out;
    }

    // ---- IV. directions ----

    private static List<Point> directions(Report r) {
        List<Point> out = new ArrayList<>();
        LocalDate end = r.window().to().end();
        List<Task> overdue = classed(r, Classification.OVERDUE, Classification.NO_REPORT, Classification.NOT_STARTED).stream()
                .filter(t -> t.timeframe().deadlinePassedBy(end)).toList();
        if (!overdue.isEmpty()) out.add(new Point.FinishOverdue(overdue));
        Period next = r.window().to().next();
        List<Task> dueNext = new ArrayList<>(), later = new ArrayList<>();
        for (Task t : classed(r, Classification.IN_PROGRESS, Classification.NOT_STARTED, Classification.NO_REPORT)) {
            if (t.timeframe().due() == null || t.timeframe().deadlinePassedBy(end)) continue;
            if (t.timeframe().deadlinePassedBy(next.end())) dueNext.add(t);
            else later.add(t);
        }
        if (!dueNext.isEmpty()) out.add(new Point.DueNext(dueNext, next));
        if (!later.isEmpty()) out.add(new Point.DueLater(later));
        int ongoing = (int) r.tasks().stream().filter(tr -> tr.task().timeframe().ongoing()).count();
        if (ongoing > 0) out.add(new Point.KeepOngoing(ongoing));
        for (IndicatorResult ir : r.indicators()) {
            if (judged(ir) && !onPace(ir, r.window())) out.add(new Point.RaiseIndicator(ir));
        }
        int chase = r.unitsToChase().size();
        if (chase > 0) out.add(new Point.ChaseUnits(chase, r.plan().reporting().dueDays()));
        int undatedUnits = r.unitsUndated().size();
        if (undatedUnits > 0) out.add(new Point.DateReports(undatedUnits));
        if (!r.regressions().isEmpty()) out.add(new Point.SettleRegressions(regressionUnits(r)));
        return out;
    }

    /** The report's tasks of these classifications, in the report's order. */
    private static List<Task> classed(Report r, Classification... ks) {
        Set<Classification> want = Set.of(ks);
        List<Task> out = new ArrayList<>();
        for (TaskResult tr : r.tasks()) if (want.contains(tr.classification())) out.add(tr.task());
        return out;
    }

    /** The units that sent contradictory reports. */
    private static int regressionUnits(Report r) {
        Set<String> units = new LinkedHashSet<>();
        for (Report.Regression g : r.regressions()) units.add(g.unitId());
        return units.size();
    }

    // ---- grouping identical difficulties and proposals ----

    /** Identical texts (case, spacing and NFC ignored) once, with the units and tasks that wrote them: most units first, then first seen. */
    public static List<NoteGroup> grouped(List<Report.Note> in) {
        record G(String text, Set<String> units, Set<String> tasks, int first) {}
        Map<String, G> groups = new LinkedHashMap<>();
        for (Report.Note n : in) {
            G g = groups.computeIfAbsent(Names.key(n.text()), k -> new G(n.text().strip(), new LinkedHashSet<>(), new LinkedHashSet<>(), groups.size()));
            g.units().add(n.unitId());
            g.tasks().add(n.taskId());
        }
        List<G> sorted = new ArrayList<>(groups.values());
        sorted.sort((a, b) -> a.units().size() != b.units().size() ? Integer.compare(b.units().size(), a.units().size())
                : Integer.compare(a.first(), b.first()));
        List<NoteGroup> out = new ArrayList<>();
        for (G g : sorted) out.add(new NoteGroup(g.text(), List.copyOf(g.units()), List.copyOf(g.tasks())));
        return out;
    }
}
