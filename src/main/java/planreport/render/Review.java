package planreport.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import planreport.model.Body;
import planreport.model.Classification;
import planreport.model.Names;
import planreport.model.Notes;
import planreport.model.Period;
import planreport.model.Plan;
import planreport.model.PlanInfo;
import planreport.model.Section;
import planreport.model.Task;
import planreport.report.Kind;
import planreport.report.Report;
import planreport.report.Report.IndicatorResult;
import planreport.report.Report.TaskResult;
import planreport.report.Report.UnitResult;
import planreport.report.Window;

/**
 * The parts of a review (báo cáo sơ kết / tổng kết) that are written rather than counted: the
 * subject naming the window truthfully, the opening citing the plan, the synthesised paragraph of
 * each section, the points the data drafts for the assessment (ưu điểm; hạn chế and nguyên nhân),
 * the directions and the proposals — each merged with the staff's own {@link Notes} — grouped
 * difficulties and proposals, and the closing. Every word comes from the report catalogue.
 */
final class Review {
    /** How a window is named: a period of a year, a milestone inside the term (sơ kết N năm), or the whole term (tổng kết). */
    enum Scope { PERIOD, MILESTONE, FINAL }

    /** Names listed in a group of identical notes before "và N đơn vị khác". */
    static final int GROUP_NAMES = 8;

    private final Report r;
    private final Plan plan;
    private final Messages msg;
    private final Notes notes;
    private final Window w;
    private final Map<String, TaskResult> byId = new LinkedHashMap<>();

    Review(Report r, Messages msg, Notes notes) {
        this.r = r;
        this.plan = r.plan();
        this.msg = msg;
        this.notes = notes == null ? Notes.NONE : notes;
        this.w = r.window();
        for (TaskResult tr : r.tasks()) byId.put(tr.task().id(), tr);
    }

    static Scope scope(Window w, Plan plan) {
        boolean whole = w.from().equals(plan.reporting().termStart()) && w.to().equals(plan.reporting().termEnd());
        if (whole || (w.kind() == Kind.FINAL && w.to().equals(plan.reporting().termEnd()))) return Scope.FINAL;
        if (w.periods().size() >= 4 && w.from().year() != w.to().year()) return Scope.MILESTONE;
        return Scope.PERIOD;
    }

    /** Whole years of a milestone, rounded half up: 7 quarters are "2 năm". */
    static int years(Window w) { return Math.max(1, (w.periods().size() + 2) / 4); }

    Map<String, Object> build() {
        Map<String, Object> m = new LinkedHashMap<>();
        Scope scope = scope(w, plan);
        PlanInfo info = plan.info();
        String issuer = plan.body(info.issuer()).map(Body::name).orElse(info.issuer());
        String window = msg.window(w.from(), w.to());
        String years = String.valueOf(years(w));
        String resolution = msg.resolution(info);
        String shortRes = info.resolutionShort() != null ? info.resolutionShort() : msg.fill("resolution.number", "number", info.resolutionNumber());
        m.put("scope", scope.name().toLowerCase(java.util.Locale.ROOT));
        m.put("years", years(w));
        m.put("subject", msg.fill("subject." + scope.name().toLowerCase(java.util.Locale.ROOT), "window", window, "years", years, "resolution", resolution));
        String planRef = msg.fill("opening.plan", "number", info.number() == null ? "…" : info.number(),
                "date", info.date() == null ? "…" : msg.plainDate(info.date()), "issuer", issuer,
                "plan_subject", info.subject() == null ? "" : lowerFirst(info.subject()));
        m.put("opening", msg.fill("opening." + scope.name().toLowerCase(java.util.Locale.ROOT), "plan", planRef, "issuer", issuer,
                "window", window, "years", years, "as_of", msg.longDate(w.asOf())));
        m.put("closing", msg.fill("closing." + scope.name().toLowerCase(java.util.Locale.ROOT), "resolution", shortRes, "window", window,
                "years", years, "issuer", issuer));
        m.put("appendix_ref", msg.fill("appendix.ref", "number", "\u00a0".repeat(6) + "-" + suffix(), "date", msg.plainDate(w.asOf()), "issuer", issuer));

        m.put("leadership", part(Notes.Part.LEADERSHIP, leadership(), null));
        m.put("results_notes", blocks(notes.of(Notes.Part.RESULTS)));
        m.put("sections", sections());
        m.put("overall", overall());
        m.put("strengths", part(Notes.Part.STRENGTHS, strengths(), msg.get("eval.none")));
        m.put("weaknesses", part(Notes.Part.WEAKNESSES, weaknesses(), msg.get("weak.none")));
        List<Object> difficulties = grouped(r.difficulties());
        Map<String, Object> causes = part(Notes.Part.CAUSES, List.of(), msg.get("cause.none"));
        causes.put("intro", difficulties.isEmpty() ? null : msg.get("cause.intro"));
        causes.put("groups", difficulties);
        if (!difficulties.isEmpty()) causes.put("empty", null);
        m.put("causes", causes);
        m.put("lessons", part(Notes.Part.LESSONS, List.of(), msg.get("lessons.none")));
        m.put("directions", part(Notes.Part.DIRECTIONS, directions(), msg.get("dir.none")));
        List<Object> proposals = grouped(r.proposals());
        Map<String, Object> prop = part(Notes.Part.PROPOSALS, List.of(), msg.get("prop.none"));
        prop.put("intro", proposals.isEmpty() ? null : msg.get("prop.intro"));
        prop.put("groups", proposals);
        if (!proposals.isEmpty()) prop.put("empty", null);
        m.put("proposals", prop);
        return m;
    }

    private String suffix() { return plan.reporting().numberSuffix(); }

    /** One part: the staff's notes, then the data's points; {@code empty} (one line) only when it has neither. */
    private Map<String, Object> part(Notes.Part p, List<String> points, String empty) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Object> b = blocks(notes.of(p));
        m.put("notes", b);
        m.put("points", new ArrayList<Object>(points));
        m.put("empty", b.isEmpty() && points.isEmpty() ? empty : null);
        return m;
    }

    /** Notes as blocks for the templates: a paragraph {@code {list: false, text}}, or consecutive items {@code {list: true, items[]}}. */
    static List<Object> blocks(List<Notes.Block> in) {
        List<Object> out = new ArrayList<>();
        List<Object> items = null;
        for (Notes.Block b : in) {
            if (b.item()) {
                if (items == null) {
                    items = new ArrayList<>();
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("list", true);
                    m.put("items", items);
                    out.add(m);
                }
                items.add(b.text());
            } else {
                items = null;
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("list", false);
                m.put("text", b.text());
                out.add(m);
            }
        }
        return out;
    }

    // ---- I. leadership: the duties of section III and the reporting ----

    private List<String> leadership() {
        List<String> out = new ArrayList<>();
        List<TaskResult> duties = r.tasks().stream().filter(t -> t.task().duty()).toList();
        if (!duties.isEmpty()) {
            String s = msg.fill("synth.duties", "n", String.valueOf(duties.size())) + " " + states(duties);
            String units = units(duties);
            out.add(units == null ? s : s + " " + units);
        }
        var t = r.reportingTotal();
        if (t.expected() > 0) {
            String key = t.expected() == t.received() ? "synth.reporting_complete" : "synth.reporting";
            out.add(msg.fill(key, "expected", msg.number(t.expected()), "received", msg.number(t.received()),
                    "rate", msg.percentText(ReportModel.percent(t.received(), t.expected())), "on_time", msg.number(t.onTime()),
                    "on_time_rate", msg.percentText(ReportModel.percent(t.onTime(), t.expected())),
                    "missing", msg.number(t.expected() - t.received())));
        }
        // a quarter whose reports are not yet due owes nothing yet: said so, not counted as missing
        for (var pt : r.reportingByPeriod()) {
            if (pt.reportsDue()) continue;
            String key = pt.tally().received() > 0 ? "synth.not_due" : "synth.not_due_none";
            out.add(msg.fill(key, "period", msg.periodWords(pt.period()), "due", msg.shortDate(pt.due()),
                    "received", msg.number(pt.tally().received())));
        }
        return out;
    }

    // ---- II. results, section by section ----

    private List<Object> sections() {
        List<Object> out = new ArrayList<>();
        for (Section s : plan.sections()) {
            List<TaskResult> trs = new ArrayList<>();
            for (Task t : s.tasks()) if (byId.containsKey(t.id())) trs.add(byId.get(t.id()));
            if (trs.isEmpty()) continue;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.id());
            m.put("title", s.title());
            StringBuilder p = new StringBuilder();
            if (trs.size() > 1) p.append(msg.fill("synth.section_count", "n", String.valueOf(trs.size()))).append(' ');
            p.append(states(trs));
            String units = units(trs);
            if (units != null) p.append(' ').append(units);
            m.put("text", p.toString());
            List<Object> inds = new ArrayList<>();
            for (IndicatorResult ir : r.indicators()) {
                if (trs.stream().noneMatch(tr -> tr.task().id().equals(ir.indicator().taskId()))) continue;
                inds.add(indicatorSentence(ir));
            }
            m.put("indicators", inds);
            out.add(m);
        }
        return out;
    }

    private String indicatorSentence(IndicatorResult ir) {
        var ind = ir.indicator();
        String span = msg.get("synth.in_window." + scope(w, plan).name().toLowerCase(java.util.Locale.ROOT));
        if (ir.target() == null) {
            return msg.fill("synth.indicator_no_target", "name", ind.name(), "span", span, "value", msg.number(ir.value()), "unit", ind.unit(),
                    "year", String.valueOf(ir.year()), "ytd", msg.number(ir.yearToDate()));
        }
        return msg.fill("synth.indicator", "name", ind.name(), "span", span, "value", msg.number(ir.value()), "unit", ind.unit(),
                "year", String.valueOf(ir.year()), "ytd", msg.number(ir.yearToDate()), "target", msg.number(ir.target()),
                "rate", msg.percentText(ReportModel.percent(ir.yearToDate(), ir.target())));
    }

    /** The overall sentence under the classification table. */
    private String overall() {
        Report.DeadlineTotals t = r.deadlineTotals();
        List<String> parts = new ArrayList<>();
        if (t.tasks() > 0) {
            List<String> d = new ArrayList<>();
            int[] n = {t.doneOnTime(), t.doneLate(), t.overdue(), t.notYetDue()};
            String[] k = {"done_on_time", "done_late", "overdue", "not_yet_due"};
            for (int i = 0; i < n.length; i++) if (n[i] > 0) d.add(msg.fill("synth.overall." + k[i], "n", String.valueOf(n[i])));
            parts.add(msg.fill("synth.overall.deadline", "n", String.valueOf(t.tasks()), "parts", String.join(", ", d)));
        }
        int ongoing = r.counts().getOrDefault(Classification.ONGOING, 0);
        if (ongoing > 0) parts.add(msg.fill("synth.overall.ongoing", "n", String.valueOf(ongoing)));
        int noReport = r.counts().getOrDefault(Classification.NO_REPORT, 0);
        if (noReport > 0) parts.add(msg.fill("synth.overall.no_report", "n", String.valueOf(noReport)));
        return msg.fill("synth.overall", "n", String.valueOf(r.tasks().size()), "parts", String.join("; ", parts));
    }

    /** "Nhiệm vụ 1.1 (…) đã hoàn thành quá hạn (…); các nhiệm vụ 1.2 (…), 2.2 (…) được triển khai thường xuyên." */
    private String states(List<TaskResult> trs) {
        Map<Classification, List<TaskResult>> by = new EnumMap<>(Classification.class);
        for (TaskResult tr : trs) by.computeIfAbsent(tr.classification(), k -> new ArrayList<>()).add(tr);
        List<String> parts = new ArrayList<>();
        for (var e : by.entrySet()) {
            List<TaskResult> list = e.getValue();
            String s = tasks(list.stream().map(TaskResult::task).toList()) + " "
                    + msg.get("synth.state." + e.getKey().id() + (list.size() > 1 ? ".many" : ""));
            if (list.size() == 1) {
                String d = detail(list.get(0));
                if (!d.isEmpty()) s += " " + d;
            }
            parts.add(s);
        }
        return upperFirst(String.join("; ", parts)) + ".";
    }

    private String detail(TaskResult tr) {
        var due = tr.task().timeframe().due();
        return switch (tr.classification()) {
            case DONE_ON_TIME, DONE_LATE -> tr.completedOn() == null ? "" :
                    msg.fill("synth.done_dates", "done", msg.shortDate(tr.completedOn()), "due", msg.shortDate(due));
            case IN_PROGRESS, OVERDUE, NOT_STARTED, NO_REPORT -> due == null ? "" : msg.fill("synth.due_date", "due", msg.shortDate(due));
            default -> "";
        };
    }

    /** How many of the units responsible for these tasks reported in the window; null when none was listed. */
    private String units(List<TaskResult> trs) {
        Set<String> all = new LinkedHashSet<>(), reported = new LinkedHashSet<>();
        for (TaskResult tr : trs) {
            for (UnitResult u : tr.results()) {
                all.add(u.unitId());
                if (u.entry() != null) reported.add(u.unitId());
            }
        }
        if (all.isEmpty()) return null;
        String key = reported.size() < all.size() ? "synth.units" : all.size() == 1 ? "synth.units_one" : "synth.units_all";
        return msg.fill(key, "reported", String.valueOf(reported.size()), "total", String.valueOf(all.size()));
    }

    /** "nhiệm vụ 1.1 (tuyên truyền, …)", "các nhiệm vụ 1.2 (…), 2.2 (…)". */
    String tasks(List<Task> ts) {
        List<String> refs = new ArrayList<>();
        for (Task t : ts) refs.add(msg.fill("synth.ref", "id", t.id(), "title", lowerFirst(t.shortTitle())));
        return msg.fill(ts.size() == 1 ? "synth.task_one" : "synth.task_many", "refs", String.join(", ", refs));
    }

    private List<Task> classed(Classification... ks) {
        Set<Classification> want = Set.of(ks);
        List<Task> out = new ArrayList<>();
        for (TaskResult tr : r.tasks()) if (want.contains(tr.classification())) out.add(tr.task());
        return out;
    }

    // ---- III. assessment ----

    /** The share of the last year of the window elapsed at its end, as the pace an indicator's target is measured against: 2 of 4 quarters → 50. */
    private int pace(IndicatorResult ir) {
        return w.to().year() == ir.year() ? w.to().quarter() * 25 : 100;
    }

    private List<String> strengths() {
        List<String> out = new ArrayList<>();
        Report.DeadlineTotals t = r.deadlineTotals();
        int done = t.doneOnTime() + t.doneLate();
        if (done > 0) out.add(msg.fill("eval.done", "done", String.valueOf(done), "deadline", String.valueOf(t.tasks()), "on_time", String.valueOf(t.doneOnTime())));
        int ongoing = r.counts().getOrDefault(Classification.ONGOING, 0);
        if (ongoing > 0) out.add(msg.fill("eval.ongoing", "n", String.valueOf(ongoing)));
        var rt = r.reportingTotal();
        BigDecimal rate = ReportModel.percent(rt.received(), rt.expected());
        if (rate != null && rate.compareTo(BigDecimal.valueOf(90)) >= 0) out.add(msg.fill("eval.reporting", "rate", msg.percentText(rate)));
        for (IndicatorResult ir : r.indicators()) {
            if (ir.target() == null || ir.target() <= 0) continue;
            if (ir.yearToDate() * 100 >= (long) pace(ir) * ir.target()) {
                out.add(msg.fill("eval.indicator", "name", ir.indicator().name(), "year", String.valueOf(ir.year()),
                        "rate", msg.percentText(ReportModel.percent(ir.yearToDate(), ir.target()))));
            }
        }
        return out;
    }

    private List<String> weaknesses() {
        List<String> out = new ArrayList<>();
        List<Task> overdue = classed(Classification.OVERDUE);
        if (!overdue.isEmpty()) out.add(msg.fill("weak.overdue", "n", String.valueOf(overdue.size()), "tasks", tasks(overdue)));
        List<Task> late = classed(Classification.DONE_LATE);
        if (!late.isEmpty()) out.add(msg.fill("weak.late", "n", String.valueOf(late.size()), "tasks", tasks(late)));
        List<Task> notStarted = classed(Classification.NOT_STARTED);
        if (!notStarted.isEmpty()) out.add(msg.fill("weak.not_started", "tasks", upperFirst(tasks(notStarted))));
        List<Task> noReport = classed(Classification.NO_REPORT);
        if (!noReport.isEmpty()) out.add(msg.fill("weak.no_report", "tasks", tasks(noReport)));
        int missingUnits = 0, lateUnits = 0, lateReports = 0, undatedUnits = 0, undated = 0;
        for (var b : r.reporting()) {
            if (b.tally().missing() > 0) missingUnits++;
            int l = b.tally().late();
            if (l > 0) { lateUnits++; lateReports += l; }
            if (b.tally().undated() > 0) { undatedUnits++; undated += b.tally().undated(); }
        }
        var rt = r.reportingTotal();
        int missing = rt.missing();
        if (missing > 0 || lateReports > 0 || undated > 0) {
            String s = msg.get("weak.reporting");
            List<String> bits = new ArrayList<>();
            if (missing > 0) bits.add(msg.fill("weak.missing", "n", msg.number(missing), "units", String.valueOf(missingUnits)));
            if (lateReports > 0) bits.add(msg.fill("weak.late_reports", "n", msg.number(lateReports), "units", String.valueOf(lateUnits)));
            if (undated > 0) bits.add(msg.fill("weak.undated", "n", msg.number(undated), "units", String.valueOf(undatedUnits)));
            out.add(s + " " + String.join(", ", bits) + ".");
        }
        // a task reported done, then not done: the report is contradictory, to be settled with the unit
        if (!r.regressions().isEmpty()) {
            List<String> cases = new ArrayList<>();
            for (Report.Regression g : r.regressions()) {
                cases.add(msg.fill("weak.regression_case", "name", plan.name(g.unitId()), "task", g.taskId(),
                        "done_period", msg.periodWords(g.donePeriod()), "period", msg.periodWords(g.period())));
            }
            Set<String> units = new LinkedHashSet<>();
            for (Report.Regression g : r.regressions()) units.add(g.unitId());
            out.add(msg.fill(cases.size() == 1 ? "weak.regression_one" : "weak.regressions", "n", String.valueOf(cases.size()),
                    "units", String.valueOf(units.size()), "cases", String.join("; ", cases)));
        }
        for (IndicatorResult ir : r.indicators()) {
            if (ir.target() == null || ir.target() <= 0) continue;
            int pace = pace(ir);
            if (ir.yearToDate() * 100 < (long) pace * ir.target()) {
                out.add(msg.fill("weak.indicator", "name", ir.indicator().name(), "year", String.valueOf(ir.year()),
                        "rate", msg.percentText(ReportModel.percent(ir.yearToDate(), ir.target())), "pace", pace + "%"));
            }
        }
        return out;
    }

    // ---- IV. directions ----

    private List<String> directions() {
        List<String> out = new ArrayList<>();
        List<Task> overdue = classed(Classification.OVERDUE, Classification.NO_REPORT, Classification.NOT_STARTED).stream()
                .filter(t -> t.timeframe().deadlinePassedBy(w.to().end())).toList();
        if (!overdue.isEmpty()) out.add(msg.fill("dir.overdue", "tasks", tasks(overdue)));
        Period next = w.to().next();
        List<Task> dueNext = new ArrayList<>(), later = new ArrayList<>();
        for (TaskResult tr : r.tasks()) {
            Classification k = tr.classification();
            if (k != Classification.IN_PROGRESS && k != Classification.NOT_STARTED && k != Classification.NO_REPORT) continue;
            var due = tr.task().timeframe().due();
            if (due == null || tr.task().timeframe().deadlinePassedBy(w.to().end())) continue;
            if (tr.task().timeframe().deadlinePassedBy(next.end())) dueNext.add(tr.task());
            else later.add(tr.task());
        }
        if (!dueNext.isEmpty()) out.add(msg.fill("dir.next", "tasks", tasks(dueNext), "next", msg.periodWords(next)));
        if (!later.isEmpty()) out.add(msg.fill("dir.in_progress", "tasks", tasks(later)));
        int ongoing = (int) r.tasks().stream().filter(tr -> tr.task().timeframe().ongoing()).count();
        if (ongoing > 0) out.add(msg.fill("dir.ongoing", "n", String.valueOf(ongoing)));
        for (IndicatorResult ir : r.indicators()) {
            if (ir.target() == null || ir.target() <= 0 || ir.yearToDate() * 100 >= (long) pace(ir) * ir.target()) continue;
            out.add(msg.fill("dir.indicator", "name", lowerFirst(ir.indicator().name()), "year", String.valueOf(ir.year()),
                    "target", msg.number(ir.target()), "unit", ir.indicator().unit()));
        }
        int chase = 0, undatedUnits = 0;
        for (var b : r.reporting()) {
            if (b.tally().missing() > 0 || b.tally().late() > 0) chase++;
            if (b.tally().undated() > 0) undatedUnits++;
        }
        if (chase > 0) out.add(msg.fill("dir.chase", "n", String.valueOf(chase), "days", String.valueOf(plan.reporting().dueDays())));
        if (undatedUnits > 0) out.add(msg.fill("dir.undated", "n", String.valueOf(undatedUnits)));
        if (!r.regressions().isEmpty()) {
            Set<String> units = new LinkedHashSet<>();
            for (Report.Regression g : r.regressions()) units.add(g.unitId());
            out.add(msg.fill("dir.regressions", "n", String.valueOf(units.size())));
        }
        return out;
    }

    // ---- grouping identical difficulties and proposals ----

    /** Identical texts (case, spacing and NFC ignored) once, with the units and tasks that wrote them: most often first, then first seen. */
    List<Object> grouped(List<Report.Note> in) {
        record G(String text, Set<String> units, Set<String> tasks, int first) {}
        Map<String, G> groups = new LinkedHashMap<>();
        int i = 0;
        for (Report.Note n : in) {
            String key = Names.key(n.text());
            G g = groups.get(key);
            if (g == null) groups.put(key, g = new G(n.text().strip(), new LinkedHashSet<>(), new LinkedHashSet<>(), i));
            g.units().add(n.unitId());
            g.tasks().add(n.taskId());
            i++;
        }
        List<G> sorted = new ArrayList<>(groups.values());
        sorted.sort((a, b) -> a.units().size() != b.units().size() ? Integer.compare(b.units().size(), a.units().size()) : Integer.compare(a.first(), b.first()));
        List<Object> out = new ArrayList<>();
        for (G g : sorted) {
            List<String> names = g.units().stream().map(plan::name).toList();
            String shown = String.join(", ", names.subList(0, Math.min(GROUP_NAMES, names.size())));
            if (names.size() > GROUP_NAMES) shown += " " + msg.fill("group.more", "n", String.valueOf(names.size() - GROUP_NAMES));
            String tasks = String.join(", ", g.tasks());
            String by = names.size() == 1 ? msg.fill("group.one", "units", shown, "tasks", tasks)
                    : msg.fill("group.many", "n", String.valueOf(names.size()), "units", shown, "tasks", tasks);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("text", g.text().replaceAll("[.;,\\s]+$", ""));
            m.put("count", names.size());
            m.put("bodies", new ArrayList<Object>(g.units()));
            m.put("tasks", new ArrayList<Object>(g.tasks()));
            m.put("by_text", by);
            out.add(m);
        }
        return out;
    }

    static String lowerFirst(String s) { return Names.lowerFirst(s); }

    static String upperFirst(String s) { return Names.upperFirst(s); }
}
