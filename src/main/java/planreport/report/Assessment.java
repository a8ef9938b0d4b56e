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
                         List<NoteGroup> difficulties, List<NoteGroup> proposals, List<Point> causes, List<NoteGroup> upward,
                         List<Point> requests, List<String> proposalsTo) {

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
        causes = List.copyOf(causes);
        upward = List.copyOf(upward);
        requests = List.copyOf(requests);
        proposalsTo = List.copyOf(proposalsTo);
    }

    /** The assessment of a report. */
    public static Assessment of(Report r) {
        Window w = r.window();
        Scope scope = scope(w, r.plan());
        List<NoteGroup> proposals = grouped(r.proposals());
        List<Point> weaknesses = weaknesses(r);
        Proposals.Routed routed = Proposals.route(r.plan(), w.asOf(), proposals);
        List<Point> directions = scope == Scope.FINAL ? finalDirections(r) : directions(r);
        int at = 0;
        while (at < directions.size() && !(directions.get(at) instanceof Point.ReportsDue || directions.get(at) instanceof Point.ChaseUnits
                || directions.get(at) instanceof Point.DateReports || directions.get(at) instanceof Point.SettleRegressions)) at++;
        // the standing committee directs the province's bodies ("Giao …", part IV); a board's review puts
        // the same requests to its superiors (part V: "Đề nghị Thường trực Tỉnh ủy chỉ đạo …"), when the
        // plan says who they are (reporting.reviews.<kind>.proposals_to)
        planreport.model.ReviewKind kind = w.reviewKind(r.plan());
        List<String> to = r.plan().proposalsTo(kind, w.asOf());
        boolean directs = r.plan().issuedByPlan(kind) || to.isEmpty();
        if (directs) directions.addAll(at, routed.assigned());
        return new Assessment(r.plan(), w, scope, years(w), leadership(r), sections(r), overall(r),
                strengths(r), weaknesses, directions, grouped(r.difficulties()), proposals, causes(weaknesses), routed.upward(),
                directs ? List.of() : routed.assigned(), to);
    }

    /**
     * Whether the review is a board's, which advises its superiors ({@link #proposalsTo}) rather than directing
     * the province's bodies: its focal tasks are "Tham mưu Thường trực Tỉnh ủy …", not the standing committee's voice.
     */
    public boolean advises() { return !proposalsTo.isEmpty() && !plan.issuedByPlan(window.reviewKind(plan)); }

    /** Lessons (bài học kinh nghiệm) belong to a sơ kết or tổng kết, not to a quarter's or a year's report. */
    public boolean drawsLessons() { return scope != Scope.PERIOD; }

    /**
     * The parts the office must write itself, given its notes: the lessons of a sơ kết or tổng kết, and
     * the proposals upward when no unit made one; the run warns of each (review-to-fill).
     */
    public List<planreport.model.Notes.Part> toFill(planreport.model.Notes notes) {
        List<planreport.model.Notes.Part> out = new ArrayList<>();
        if (drawsLessons() && notes.of(planreport.model.Notes.Part.LESSONS).isEmpty()) out.add(planreport.model.Notes.Part.LESSONS);
        if (upward.isEmpty() && requests.isEmpty() && notes.of(planreport.model.Notes.Part.PROPOSALS).isEmpty()) out.add(planreport.model.Notes.Part.PROPOSALS);
        return out;
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
    public static BigDecimal rate(IndicatorResult ir) { return Percent.of(ir.yearToDate(), ir.target()); }

    // ---- I. leadership ----

    private static List<Point> leadership(Report r) {
        List<Point> out = new ArrayList<>();
        List<TaskResult> duties = r.tasks().stream().filter(t -> t.task().duty()).toList();
        if (!duties.isEmpty()) out.add(new Point.Duties(synopsis(duties), r.activities()));
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

    /**
     * Strengths of the work, not of the reporting: the deadline tasks completed inside the window, what
     * the committees did under section III, and the indicators on pace. A task done in an earlier period
     * is no result of this one; how many reports arrived is no strength of the work.
     */
    private static List<Point> strengths(Report r) {
        List<Point> out = new ArrayList<>();
        List<Task> done = new ArrayList<>(), onTime = new ArrayList<>();
        for (TaskResult tr : completedInWindow(r)) {
            done.add(tr.task());
            if (tr.classification() == Classification.DONE_ON_TIME) onTime.add(tr.task());
        }
        if (!done.isEmpty()) out.add(new Point.TasksDone(done, onTime));
        if (!r.activities().isEmpty()) out.add(new Point.ActivitiesDone(r.activities().subList(0, Math.min(STRENGTH_ACTIVITIES, r.activities().size()))));
        if (scope(r.window(), r.plan()) == Scope.FINAL) {
            for (Point.TermTarget t : termTargets(r)) if (t.met()) out.add(t);
            return out;
        }
        for (IndicatorResult ir : r.indicators()) {
            if (judged(ir) && onPace(ir, r.window())) out.add(new Point.IndicatorOnPace(ir, rate(ir)));
        }
        return out;
    }

    /**
     * The term review's measures against the term's targets: each measure with a term target and its
     * indicator in the report, its total over the term (the stock's latest) and the share reached.
     */
    static List<Point.TermTarget> termTargets(Report r) {
        List<Point.TermTarget> out = new ArrayList<>();
        for (Measures.Result m : r.measures()) {
            if (m.termTarget() == null || m.termTarget() <= 0) continue;
            IndicatorResult ir = indicatorOf(r, m);
            if (ir == null) continue;
            long value = m.termToDate() == null ? 0 : m.termToDate().value();
            out.add(new Point.TermTarget(ir, value, m.termTarget(), Percent.of(value, m.termTarget()), value >= m.termTarget()));
        }
        return out;
    }

    /** The report's indicator of a measure (null: the report lists none for it). */
    private static IndicatorResult indicatorOf(Report r, Measures.Result m) {
        for (IndicatorResult ir : r.indicators()) if (ir.indicator().id().equals(m.measure().id())) return ir;
        return null;
    }

    /** Kinds of activity a strength names: the first few, the rest are in part I. */
    public static final int STRENGTH_ACTIVITIES = 3;

    /** The deadline tasks done whose completion falls inside the window (the day given, else the period it was reported done in). */
    static List<TaskResult> completedInWindow(Report r) {
        LocalDate first = r.window().from().start(), last = r.window().to().end();
        List<TaskResult> out = new ArrayList<>();
        for (TaskResult tr : r.tasks()) {
            if (tr.classification() != Classification.DONE_ON_TIME && tr.classification() != Classification.DONE_LATE) continue;
            LocalDate on = tr.completedOn();
            if (on != null && !on.isBefore(first) && !on.isAfter(last)) out.add(tr);
        }
        return out;
    }

    private static List<Point> weaknesses(Report r) {
        List<Point> out = new ArrayList<>();
        List<Task> overdue = classed(r, Classification.OVERDUE);
        if (!overdue.isEmpty()) out.add(new Point.OverdueTasks(overdue));
        List<Task> late = completedInWindow(r).stream().filter(tr -> tr.classification() == Classification.DONE_LATE)
                .map(TaskResult::task).toList();
        if (!late.isEmpty()) out.add(new Point.LateTasks(late));
        List<Task> notStarted = classed(r, Classification.NOT_STARTED);
        if (!notStarted.isEmpty()) out.add(new Point.NotStartedTasks(notStarted));
        List<Task> noReport = classed(r, Classification.NO_REPORT);
        if (!noReport.isEmpty()) out.add(new Point.UnreportedTasks(noReport));
        Set<String> silent = new LinkedHashSet<>();
        for (Report.Silence x : r.silent()) silent.add(x.unitId());
        if (!silent.isEmpty()) {
            Report.Silence longest = r.silent().stream().max(java.util.Comparator.comparingInt(Report.Silence::quarters)).orElseThrow();
            out.add(new Point.Silent(silent.size(), longest.quarters(), longest.from(), longest.to()));
        }
        // the silent units' reports are said by the point above, not counted again; nor are the reports
        // held back (a file that could not be read, a report returned for correction), which are said as such
        Map<String, Integer> heldBy = new java.util.HashMap<>();
        for (planreport.model.Held h : r.held()) heldBy.merge(h.unitId(), 1, Integer::sum);
        int missing = 0, missingUnits = 0;
        for (Report.BodyCompliance b : r.unitsMissing()) {
            if (silent.contains(b.unitId())) continue;
            int n = b.tally().missing() - heldBy.getOrDefault(b.unitId(), 0);
            if (n <= 0) continue;
            missing += n;
            missingUnits++;
        }
        if (!r.held().isEmpty()) {
            out.add(new Point.HeldReports(r.held().stream().filter(h -> h.reason() == planreport.model.Held.Reason.UNREADABLE).toList(),
                    r.held().stream().filter(h -> h.reason() == planreport.model.Held.Reason.RETURNED).toList()));
        }
        int lateReports = r.unitsLate().stream().mapToInt(b -> b.tally().late()).sum();
        int undated = r.unitsUndated().stream().mapToInt(b -> b.tally().undated()).sum();
        if (missing > 0 || lateReports > 0 || undated > 0) {
            out.add(new Point.ReportingGaps(missing, missingUnits, lateReports, r.unitsLate().size(), undated,
                    r.unitsUndated().size()));
        }
        // a task reported done, then not done: the report is contradictory, to be settled with the unit
        if (!r.regressions().isEmpty()) out.add(new Point.Regressions(r.regressions(), regressionUnits(r)));
        if (scope(r.window(), r.plan()) == Scope.FINAL) {
            // the term against its targets: a term target missed, then the whole years below their targets
            for (Point.TermTarget t : termTargets(r)) if (!t.met()) out.add(t);
            for (Measures.Result m : r.measures()) {
                IndicatorResult ir = indicatorOf(r, m);
                if (ir != null && !m.yearsBelowTarget().isEmpty()) out.add(new Point.YearsBelowTarget(ir, m.yearsBelowTarget()));
            }
            return out;
        }
        for (IndicatorResult ir : r.indicators()) {
            if (judged(ir) && !onPace(ir, r.window())) out.add(new Point.IndicatorBelowPace(ir, rate(ir), pace(r.window(), ir.year())));
        }
        return out;
    }

    // ---- III. causes ----

    /**
     * The subjective causes (nguyên nhân chủ quan), one for each kind of shortcoming the data shows, in
     * the order of the shortcomings; the objective ones are the units' difficulties ({@link #difficulties}).
     */
    static List<Point> causes(List<Point> weaknesses) {
        List<Task> tasks = new ArrayList<>();
        boolean reporting = false, silent = false;
        List<IndicatorResult> behind = new ArrayList<>();
        int regressions = 0;
        for (Point p : weaknesses) {
            if (p instanceof Point.OverdueTasks o) tasks.addAll(o.tasks());
            else if (p instanceof Point.LateTasks l) tasks.addAll(l.tasks());
            else if (p instanceof Point.NotStartedTasks n) tasks.addAll(n.tasks());
            else if (p instanceof Point.UnreportedTasks u) tasks.addAll(u.tasks());
            else if (p instanceof Point.ReportingGaps) reporting = true;
            else if (p instanceof Point.Silent) reporting = silent = true;
            else if (p instanceof Point.IndicatorBelowPace i) behind.add(i.indicator());
            else if (p instanceof Point.TermTarget t && !behind.contains(t.indicator())) behind.add(t.indicator());
            else if (p instanceof Point.YearsBelowTarget y && !behind.contains(y.indicator())) behind.add(y.indicator());
            else if (p instanceof Point.Regressions g) regressions = g.units();
        }
        List<Point> out = new ArrayList<>();
        List<Task> distinct = new ArrayList<>(new LinkedHashSet<>(tasks));
        if (!distinct.isEmpty()) out.add(new Point.CauseTasks(distinct));
        if (!behind.isEmpty()) out.add(new Point.CauseIndicators(behind));
        if (reporting) out.add(new Point.CauseReporting(silent));
        if (regressions > 0) out.add(new Point.CauseRegressions(regressions));
        return out;
    }

    // ---- IV. directions ----

    /**
     * The next period's focal tasks: overdue tasks to finish, tasks falling due next and later, the
     * ongoing tasks the difficulties and lagging indicators point to, each indicator behind pace with
     * the figure it still needs (or, its year over, the next year's target), the next reports and
     * their day, and the units to chase (named in the internal list). A report is dated after its
     * window, so everything looks to the period after the window.
     */
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
        List<Task> focus = focus(r);
        if (!focus.isEmpty()) out.add(new Point.Focus(focus));
        for (IndicatorResult ir : r.indicators()) {
            if (!judged(ir) || onPace(ir, r.window())) continue;
            Point.RaiseIndicator raise = raise(ir, r.window());
            if (raise != null) out.add(raise);
        }
        if (r.plan().reporting().inTerm(next)) out.add(new Point.ReportsDue(next, r.plan().reporting().dueDate(next)));
        int chase = r.unitsToChase().size();
        if (chase > 0) out.add(new Point.ChaseUnits(chase, r.plan().reporting().dueDays()));
        int undatedUnits = r.unitsUndated().size();
        if (undatedUnits > 0) out.add(new Point.DateReports(undatedUnits));
        if (!r.regressions().isEmpty()) out.add(new Point.SettleRegressions(regressionUnits(r)));
        return out;
    }

    /**
     * A final review looks past the term: the resolution carried on in the next phase, with what the
     * term left undone (tasks not done, indicators short of the last year's target) carried into it;
     * no quarterly report is chased once the plan has ended.
     */
    private static List<Point> finalDirections(Report r) {
        List<Point> out = new ArrayList<>();
        out.add(new Point.NextPhase(r.plan().reporting().termEnd().year() + 1));
        List<Task> undone = classed(r, Classification.OVERDUE, Classification.NO_REPORT, Classification.NOT_STARTED, Classification.IN_PROGRESS)
                .stream().filter(t -> !t.timeframe().ongoing()).toList();
        List<IndicatorResult> short_ = r.indicators().stream().filter(ir -> judged(ir) && !onPace(ir, r.window())).toList();
        if (!undone.isEmpty() || !short_.isEmpty()) out.add(new Point.CarryOver(undone, short_));
        List<Task> focus = focus(r);
        if (!focus.isEmpty()) out.add(new Point.Focus(focus));
        return out;
    }

    /** Ongoing tasks a review names as focal: at most this many. */
    public static final int FOCAL_TASKS = 3;

    /**
     * The ongoing tasks to focus on next: those carrying an indicator behind pace first, then those the
     * most units wrote difficulties under (at least two units), in the plan's order on ties; at most {@link #FOCAL_TASKS}.
     */
    static List<Task> focus(Report r) {
        Map<String, TaskResult> byId = new LinkedHashMap<>();
        for (TaskResult tr : r.tasks()) if (tr.task().timeframe().ongoing() && !tr.task().duty()) byId.put(tr.task().id(), tr);
        Set<String> lagging = new LinkedHashSet<>();
        for (IndicatorResult ir : r.indicators()) {
            if (judged(ir) && !onPace(ir, r.window()) && byId.containsKey(ir.indicator().taskId())) lagging.add(ir.indicator().taskId());
        }
        Map<String, Set<String>> noted = new LinkedHashMap<>();
        for (Report.Note n : r.difficulties()) if (byId.containsKey(n.taskId())) noted.computeIfAbsent(n.taskId(), k -> new LinkedHashSet<>()).add(n.unitId());
        List<String> order = new ArrayList<>(byId.keySet());
        List<String> picked = new ArrayList<>(lagging);
        List<String> rest = new ArrayList<>();
        for (String id : order) if (!picked.contains(id) && noted.getOrDefault(id, Set.of()).size() >= 2) rest.add(id);
        rest.sort((a, b) -> Integer.compare(noted.get(b).size(), noted.get(a).size()));
        picked.addAll(rest);
        List<Task> out = new ArrayList<>();
        for (String id : picked.subList(0, Math.min(FOCAL_TASKS, picked.size()))) out.add(byId.get(id).task());
        return out;
    }

    /**
     * The push an indicator behind pace needs: while its year runs on after the window, the figure
     * still needed to reach the year's target; once the year is over (a year's review, dated in the
     * next one), the next year's target; null when that year has none.
     */
    static Point.RaiseIndicator raise(IndicatorResult ir, Window w) {
        boolean yearRunsOn = w.to().year() == ir.year() && w.to().quarter() < 4;
        if (yearRunsOn) return new Point.RaiseIndicator(ir, ir.year(), ir.target(), Math.max(0, ir.target() - ir.yearToDate()));
        Long next = ir.indicator().targets().get(ir.year() + 1);
        return next == null || next <= 0 ? null : new Point.RaiseIndicator(ir, ir.year() + 1, next, 0);
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
