package planreport.render;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import planreport.check.Diagnostic;
import planreport.model.Body;
import planreport.model.Classification;
import planreport.model.Entry;
import planreport.report.Collector;
import planreport.model.Indicator;
import planreport.model.Period;
import planreport.model.Plan;
import planreport.model.PlanInfo;
import planreport.model.Reporting;
import planreport.model.Section;
import planreport.model.Status;
import planreport.model.Task;
import planreport.report.Kind;
import planreport.report.Report;
import planreport.report.Report.BodyCompliance;
import planreport.report.Report.IndicatorResult;
import planreport.report.Report.Tally;
import planreport.report.Report.TaskResult;
import planreport.report.Report.UnitResult;

/**
 * A {@link Report} as the tree of maps, lists, strings, numbers and booleans that the templates see
 * and that the JSON output is: stable snake_case keys (docs/compile.md), raw values for programs
 * ({@code classification}, {@code as_of}, counts) beside the formatted text the templates place
 * ({@code *_label}, {@code *_text}) in the language of its {@link Messages}. Every string is NFC.
 */
public final class ReportModel {
    private final Report r;
    private final Plan plan;
    private final Messages msg;
    private final planreport.model.Notes notes;
    private final boolean internal;

    private ReportModel(Report r, Messages msg, planreport.model.Notes notes, boolean internal) {
        this.r = r;
        this.plan = r.plan();
        this.msg = msg;
        this.notes = notes;
        this.internal = internal;
    }

    public static Map<String, Object> of(Report r, Messages msg) { return of(r, msg, planreport.model.Notes.NONE, true); }

    /** With the staff's notes merged into the review's parts; {@code internal}: whether the internal follow-up appendix is included. */
    public static Map<String, Object> of(Report r, Messages msg, planreport.model.Notes notes, boolean internal) {
        return new ReportModel(r, msg, notes, internal).build();
    }

    private String label(Classification k) { return msg.get("classification." + k.id()); }

    /** Short codes for the task × period grid, explained by a legend under it. */
    private String shortCode(Classification k) { return msg.get("short." + k.id()); }

    @SuppressWarnings("unchecked")
    private Map<String, Object> build() {
        Map<String, Object> m = new LinkedHashMap<>();
        Kind kind = r.window().kind();
        m.put("kind", kind.id());
        m.put("kind_label", msg.get("kind." + kind.id()));
        m.put("final", kind == Kind.FINAL);
        List<Object> periods = new ArrayList<>(), labels = new ArrayList<>();
        for (Period p : r.window().periods()) {
            periods.add(p.toString());
            labels.add(msg.period(p));
        }
        m.put("periods", periods);
        m.put("period_labels", labels);
        m.put("from", r.window().from().toString());
        m.put("to", r.window().to().toString());
        m.put("window_text", msg.window(r.window().from(), r.window().to()));
        m.put("as_of", r.window().asOf().toString());
        m.put("as_of_text", msg.longDate(r.window().asOf()));
        m.put("document", document(kind));
        m.put("forced", !r.problems().isEmpty());
        m.put("problems", problems());
        m.put("task_total", r.tasks().size());
        m.put("counts", counts());
        m.put("deadline_totals", deadlineTotals());
        m.put("tasks", tasks());
        m.put("reporting_total", tally(r.reportingTotal(), new LinkedHashMap<>()));
        m.put("reporting_chart", reportingChart());
        m.put("reporting_by_period", byPeriod());
        m.put("reporting", reporting());
        m.put("handovers", handovers());
        m.put("indicators", indicators());
        m.put("difficulties", notes(r.difficulties()));
        m.put("proposals", notes(r.proposals()));
        m.put("follow_up", followUp());
        m.put("regressions", regressions(null));
        m.put("internal", internal);
        Map<String, Object> review = new Review(planreport.report.Assessment.of(r), msg, notes).build();
        ((Map<String, Object>) m.get("document")).put("subject", review.get("subject"));
        m.put("review", review);
        return m;
    }

    /**
     * The handovers of bodies inside the window (plan.yaml's until/successors), each introduced once:
     * "Từ ngày 01/7/2025, nhiệm vụ của … do … đảm nhiệm." Who owes which period follows them
     * ({@link planreport.model.Obligations}), so these sentences explain the changing denominators.
     */
    private List<Object> handovers() {
        List<Object> out = new ArrayList<>();
        java.time.LocalDate first = r.window().from().start(), last = r.window().to().end();
        for (Plan.Handover h : plan.handovers()) {
            if (h.day().isBefore(first) || h.day().isAfter(last)) continue;
            java.time.LocalDate d = h.day();
            String day = msg.fill("handover.date", "dd", (d.getDayOfMonth() < 10 ? "0" : "") + d.getDayOfMonth(), "d", String.valueOf(d.getDayOfMonth()),
                    "m", String.valueOf(d.getMonthValue()), "month", msg.get("month." + d.getMonthValue()), "year", String.valueOf(d.getYear()));
            out.add(msg.fill("handover", "date", day, "predecessors", String.join(", ", h.predecessors().stream().map(plan::name).toList()),
                    "successors", String.join(", ", h.successors().stream().map(plan::name).toList())));
        }
        return out;
    }

    private Map<String, Object> document(Kind kind) {
        PlanInfo info = plan.info();
        Reporting.DocumentHeader d = plan.reporting().document();
        Map<String, Object> m = new LinkedHashMap<>();
        String parent = d != null && d.parent() != null ? d.parent() : info.parent();
        String issuer = d != null && d.issuer() != null ? d.issuer() : plan.body(info.issuer()).map(Body::name).orElse(info.issuer());
        String suffix = plan.reporting().numberSuffix();
        m.put("parent", parent);
        m.put("issuer", issuer);
        m.put("number", msg.get("doc.number") + " \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0-" + suffix);
        m.put("place_date", msg.fill("doc.place_date", "place", info.place(), "date", msg.longDate(r.window().asOf())));
        m.put("title", msg.get("doc.title"));
        // the resolution's number, body and title are the plan's own text, kept as written in every language
        String subject = msg.fill("doc.subject." + kind.id(), "window", msg.window(r.window().from(), r.window().to()),
                "resolution", msg.resolution(info));
        m.put("subject", subject);
        // the monitoring body as it stands at the window's end: a successor in place of a ceased one
        String monitoring = plan.monitoringBodyOn(planreport.model.Obligations.judgedOn(plan, r.window().to()));
        m.put("monitoring_body", plan.body(monitoring).map(Body::name).orElse(null));
        var sig = d != null && d.signature() != null ? d.signature() : info.signature();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("authority", sig == null ? null : sig.authority());
        s.put("title", sig == null ? null : sig.title());
        s.put("name", sig == null ? null : sig.name());
        m.put("signature", s);
        List<Object> rec = new ArrayList<>();
        for (String x : d != null ? d.recipientsOn(r.window().asOf()) : info.recipients()) rec.add(x);
        m.put("recipients", rec);
        return m;
    }

    private List<Object> problems() {
        List<Object> out = new ArrayList<>();
        planreport.check.Catalogue catalogue = planreport.check.Catalogue.of(msg.lang());
        for (Diagnostic d : r.problems()) {
            Map<String, Object> m = catalogue.json(d);
            m.put("column", d.column() == null ? null : d.column().toString()); // a header name or a number, as text for the templates
            m.put("text", catalogue.format(d));
            out.add(m);
        }
        return out;
    }

    private List<Object> counts() {
        List<Object> out = new ArrayList<>();
        int total = r.tasks().size();
        for (Classification k : Classification.values()) {
            int n = r.counts().getOrDefault(k, 0);
            BigDecimal pct = percent(n, total);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("classification", k.id());
            m.put("label", label(k));
            m.put("short", shortCode(k));
            m.put("count", n);
            m.put("percent", pct);
            m.put("percent_text", msg.percentText(pct));
            out.add(m);
        }
        return out;
    }

    private Map<String, Object> deadlineTotals() {
        Report.DeadlineTotals t = r.deadlineTotals();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tasks", t.tasks());
        m.put("done_on_time", t.doneOnTime());
        m.put("done_late", t.doneLate());
        m.put("overdue", t.overdue());
        m.put("not_yet_due", t.notYetDue());
        m.put("no_report", t.noReport());
        m.put("done_on_time_text", msg.percentText(percent(t.doneOnTime(), t.tasks())));
        m.put("done_late_text", msg.percentText(percent(t.doneLate(), t.tasks())));
        m.put("overdue_text", msg.percentText(percent(t.overdue(), t.tasks())));
        m.put("not_yet_due_text", msg.percentText(percent(t.notYetDue(), t.tasks())));
        m.put("no_report_text", msg.percentText(percent(t.noReport(), t.tasks())));
        return m;
    }

    private List<Object> tasks() {
        List<Object> out = new ArrayList<>();
        String lastSection = null;
        for (TaskResult tr : r.tasks()) {
            Task t = tr.task();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", t.id());
            // the duties of the plan's section III follow the numbered headings of section II, so
            // that "III." stays the report's own heading (difficulties and proposals)
            String sectionId = t.duty() ? String.valueOf(plan.sections().size() + 1) : t.sectionId();
            String sectionTitle = t.duty() ? msg.get("section.duties") : sectionTitle(t.sectionId());
            m.put("section_id", sectionId);
            m.put("section_title", sectionTitle);
            m.put("first_in_section", !sectionId.equals(lastSection));
            lastSection = sectionId;
            m.put("duty", t.duty());
            m.put("title", t.shortTitle());
            m.put("content", t.content());
            m.put("timeframe", t.timeframe().text());
            m.put("ongoing", t.timeframe().ongoing());
            m.put("due", iso(t.timeframe().due()));
            m.put("due_text", msg.shortDate(t.timeframe().due()));
            m.put("classification", tr.classification().id());
            m.put("classification_label", label(tr.classification()));
            m.put("completed_on", iso(tr.completedOn()));
            m.put("completed_on_text", msg.shortDate(tr.completedOn()));
            m.put("leads", names(t.leads()));
            m.put("leads_text", String.join("; ", names(t.leads())));
            m.put("coordinators", names(t.coordinators()));
            m.put("coordinators_text", t.coordinators().isEmpty() ? "—" : String.join("; ", names(t.coordinators())));
            List<Object> history = new ArrayList<>();
            for (var h : tr.history()) {
                Map<String, Object> hm = new LinkedHashMap<>();
                hm.put("period", h.period().toString());
                hm.put("period_label", msg.period(h.period()));
                hm.put("classification", h.classification().id());
                hm.put("label", label(h.classification()));
                history.add(hm);
            }
            m.put("history", history);
            m.put("history_cells", historyCells(tr));
            List<Object> results = new ArrayList<>();
            for (UnitResult u : tr.results()) results.add(result(u));
            m.put("results", results);
            List<Object> inds = new ArrayList<>();
            for (Object o : indicators()) if (t.id().equals(((Map<?, ?>) o).get("task"))) inds.add(o);
            m.put("indicators", inds);
            m.put("regressions", regressions(t.id()));
            out.add(m);
        }
        return out;
    }

    /** One cell per period of the window, "—" before the task starts: the final review's task × period grid. */
    private List<Object> historyCells(TaskResult tr) {
        List<Object> cells = new ArrayList<>();
        for (Period p : r.window().periods()) {
            String cell = "—";
            for (var h : tr.history()) if (h.period().equals(p)) cell = shortCode(h.classification());
            cells.add(cell);
        }
        return cells;
    }

    private String sectionTitle(String id) {
        for (Section s : plan.sections()) if (s.id().equals(id)) return s.title();
        return "";
    }

    private Map<String, Object> result(UnitResult u) {
        Entry e = u.entry();
        Collector.Done before = u.doneBefore();
        Period period = e != null ? e.period() : before != null ? before.period() : null;
        Status st = e != null ? e.status() : before != null ? Status.DONE : null;
        LocalDate completed = e != null ? e.completedOn() : before != null ? before.completedOn() : null;
        Integer progress = e != null ? e.progress() : before != null ? Integer.valueOf(100) : null;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("body", u.unitId());
        m.put("name", name(u.unitId()));
        m.put("role", u.lead() ? "lead" : "coordinator");
        m.put("role_label", msg.get(u.lead() ? "role.lead" : "role.coordinator"));
        m.put("reported", st != null);
        m.put("period", period == null ? null : period.toString());
        m.put("period_label", period == null ? null : msg.period(period));
        m.put("status", st == null ? null : st.id());
        m.put("progress", progress);
        m.put("completed_on", iso(completed));
        m.put("submitted_on", iso(e == null ? null : e.submittedOn()));
        String status;
        if (st == null) status = label(Classification.NO_REPORT);
        else if (st == Status.DONE) status = completed != null ? msg.fill("status.done_on", "date", msg.shortDate(completed)) : msg.get("status.done");
        else status = msg.get("status." + st.id()) + (progress != null ? " (" + progress + "%)" : "");
        m.put("status_text", status);
        m.put("result", e == null ? null : e.result());
        return m;
    }

    private Map<String, Object> tally(Tally t, Map<String, Object> m) {
        m.put("expected", t.expected());
        m.put("received", t.received());
        m.put("on_time", t.onTime());
        m.put("late", t.late());
        m.put("undated", t.undated());
        m.put("missing_count", t.missing());
        BigDecimal rr = percent(t.received(), t.expected()), ot = percent(t.onTime(), t.expected());
        m.put("reporting_rate", rr);
        m.put("on_time_rate", ot);
        m.put("reporting_rate_text", msg.percentText(rr));
        m.put("on_time_rate_text", msg.percentText(ot));
        return m;
    }

    private List<Object> reportingChart() {
        Tally t = r.reportingTotal();
        List<Object> out = new ArrayList<>();
        out.add(bar("on_time", t.onTime(), t.expected()));
        out.add(bar("late", t.late(), t.expected()));
        out.add(bar("undated", t.undated(), t.expected()));
        out.add(bar("missing", t.expected() - t.received(), t.expected()));
        return out;
    }

    private Map<String, Object> bar(String id, int n, int whole) {
        BigDecimal pct = percent(n, whole);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("label", msg.get("chart." + id));
        m.put("count", n);
        m.put("percent", pct);
        m.put("percent_text", msg.percentText(pct));
        return m;
    }

    private List<Object> byPeriod() {
        List<Object> out = new ArrayList<>();
        for (var pt : r.reportingByPeriod()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("period", pt.period().toString());
            m.put("period_label", msg.period(pt.period()));
            m.put("due", iso(pt.due()));
            m.put("due_text", msg.shortDate(pt.due()));
            m.put("reports_due", pt.reportsDue());
            tally(pt.tally(), m);
            out.add(m);
        }
        return out;
    }

    private List<Object> reporting() {
        List<Object> out = new ArrayList<>();
        for (BodyCompliance b : r.reporting()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("body", b.unitId());
            m.put("name", name(b.unitId()));
            tally(b.tally(), m);
            List<Object> missing = new ArrayList<>();
            for (var tp : b.missing()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("task", tp.taskId());
                x.put("period", tp.period().toString());
                missing.add(x);
            }
            m.put("missing", missing);
            m.put("missing_text", taskPeriods(b.missing().stream().map(x -> new String[] {x.taskId(), msg.periodInline(x.period())}).toList()));
            List<Object> late = new ArrayList<>();
            for (var l : b.late()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("task", l.taskId());
                x.put("period", l.period().toString());
                x.put("submitted_on", iso(l.submittedOn()));
                x.put("due", iso(l.due()));
                late.add(x);
            }
            m.put("late_reports", late);
            List<String[]> lateText = new ArrayList<>();
            for (var l : b.late()) {
                lateText.add(new String[] {l.taskId(), msg.periodInline(l.period()) + ", "
                        + msg.fill("late.dates", "submitted", msg.shortDate(l.submittedOn()), "due", msg.shortDate(l.due()))});
            }
            m.put("late_text", taskPeriods(lateText));
            List<Object> undated = new ArrayList<>();
            for (var tp : b.undated()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("task", tp.taskId());
                x.put("period", tp.period().toString());
                undated.add(x);
            }
            m.put("undated_reports", undated);
            m.put("undated_text", taskPeriods(b.undated().stream().map(x -> new String[] {x.taskId(), msg.periodInline(x.period())}).toList()));
            out.add(m);
        }
        return out;
    }

    /** "1.1, 6.1 (Quý II/2023); III.1 (Quý I/2023)": tasks grouped by what follows them, in first-seen order. */
    private String taskPeriods(List<String[]> items) {
        Map<String, List<String>> byPeriod = new LinkedHashMap<>();
        for (String[] it : items) byPeriod.computeIfAbsent(it[1], k -> new ArrayList<>()).add(it[0]);
        List<String> parts = new ArrayList<>();
        for (var e : byPeriod.entrySet()) parts.add(msg.fill(e.getValue().size() == 1 ? "tasks.one" : "tasks.many", "tasks", String.join(", ", e.getValue())) + " (" + e.getKey() + ")");
        return String.join("; ", parts);
    }

    private List<Object> indicatorsCache;

    private List<Object> indicators() {
        if (indicatorsCache != null) return indicatorsCache;
        List<Object> out = new ArrayList<>();
        for (IndicatorResult ir : r.indicators()) {
            Indicator ind = ir.indicator();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", ind.id());
            m.put("name", ind.name());
            m.put("unit", ind.unit());
            m.put("task", ind.taskId());
            m.put("value", ir.value());
            m.put("value_text", msg.number(ir.value()));
            m.put("year", ir.year());
            m.put("year_to_date", ir.yearToDate());
            m.put("year_to_date_text", msg.number(ir.yearToDate()));
            m.put("target", ir.target());
            m.put("target_text", ir.target() == null ? msg.get("indicator.no_target") : msg.number(ir.target()));
            BigDecimal rate = ir.target() == null ? null : percent(ir.yearToDate(), ir.target());
            m.put("target_rate", rate);
            m.put("target_rate_text", msg.percentText(rate));
            List<Object> years = new ArrayList<>();
            for (var y : ir.byYear()) {
                Map<String, Object> ym = new LinkedHashMap<>();
                ym.put("year", y.year());
                ym.put("value", y.value());
                ym.put("value_text", msg.number(y.value()));
                ym.put("target", y.target());
                ym.put("target_text", y.target() == null ? msg.get("indicator.no_target") : msg.number(y.target()));
                BigDecimal yr = y.target() == null ? null : percent(y.value(), y.target());
                ym.put("rate", yr);
                ym.put("rate_text", msg.percentText(yr));
                years.add(ym);
            }
            m.put("by_year", years);
            out.add(m);
        }
        indicatorsCache = out;
        return out;
    }

    private List<Object> notes(List<Report.Note> notes) {
        List<Object> out = new ArrayList<>();
        for (Report.Note n : notes) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("body", n.unitId());
            m.put("name", name(n.unitId()));
            m.put("task", n.taskId());
            m.put("period", n.period().toString());
            m.put("period_label", msg.period(n.period()));
            m.put("text", n.text());
            out.add(m);
        }
        return out;
    }

    private Map<String, Object> followUp() {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Object> overdue = new ArrayList<>();
        for (Report.Overdue o : r.overdue()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("task", o.taskId());
            x.put("due", iso(o.due()));
            x.put("due_text", msg.shortDate(o.due()));
            List<String> pending = o.pendingUnits().stream().map(this::name).toList();
            x.put("pending", o.pendingUnits());
            x.put("pending_text", String.join("; ", pending));
            overdue.add(x);
        }
        m.put("overdue", overdue);
        List<Object> missing = new ArrayList<>(), late = new ArrayList<>(), undated = new ArrayList<>();
        List<Object> rep = reporting();
        for (Object o : rep) {
            Map<?, ?> b = (Map<?, ?>) o;
            if (((Integer) b.get("missing_count")) > 0) missing.add(pick(b, "body", "name", "missing_count", "missing_text"));
            if (((Integer) b.get("late")) > 0) late.add(pick(b, "body", "name", "late", "late_text"));
            if (((Integer) b.get("undated")) > 0) undated.add(pick(b, "body", "name", "undated", "undated_text"));
        }
        m.put("missing", missing);
        m.put("late", late);
        m.put("undated", undated);
        return m;
    }

    /**
     * The reports in the window that set a task done earlier back to not done (validate's
     * status-regressed), of one task or ({@code taskId} null) of all: the task stays done.
     */
    private List<Object> regressions(String taskId) {
        List<Object> out = new ArrayList<>();
        for (Report.Regression g : r.regressions()) {
            if (taskId != null && !taskId.equals(g.taskId())) continue;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("task", g.taskId());
            m.put("body", g.unitId());
            m.put("name", name(g.unitId()));
            m.put("done_period", g.donePeriod().toString());
            m.put("done_period_label", msg.period(g.donePeriod()));
            m.put("completed_on", iso(g.completedOn()));
            m.put("period", g.period().toString());
            m.put("period_label", msg.period(g.period()));
            m.put("status", g.status().id());
            m.put("progress", g.progress());
            String status = msg.get("status." + g.status().id()) + (g.progress() != null ? " (" + g.progress() + "%)" : "");
            m.put("text", msg.fill("regression.text", "name", name(g.unitId()), "task", g.taskId(),
                    "done_period", msg.periodWords(g.donePeriod()), "period", msg.periodWords(g.period()), "status", status));
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> pick(Map<?, ?> from, String... keys) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String k : keys) m.put(k, from.get(k));
        return m;
    }

    private List<String> names(List<String> ids) { return ids.stream().map(this::name).toList(); }

    private String name(String id) { return plan.name(id); }

    /** part ÷ whole as a percentage: the one rule, {@link planreport.report.Percent#of}. */
    static BigDecimal percent(long part, long whole) { return planreport.report.Percent.of(part, whole); }

    private static String iso(LocalDate d) { return d == null ? null : d.toString(); }

}
