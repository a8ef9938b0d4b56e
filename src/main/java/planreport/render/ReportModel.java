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
import planreport.model.Indicator;
import planreport.model.Period;
import planreport.model.Plan;
import planreport.model.PlanInfo;
import planreport.model.ReportHeading;
import planreport.model.Section;
import planreport.model.Status;
import planreport.model.Task;
import planreport.render.view.ReportView.CountView;
import planreport.render.view.ReportView.DeadlineTotalsView;
import planreport.render.view.ReportView.DocumentView;
import planreport.render.view.ReportView.HistoryView;
import planreport.render.view.ReportView.FigureView;
import planreport.render.view.ReportView.IndicatorView;
import planreport.render.view.ReportView.PeriodValueView;
import planreport.render.view.ReportView.SourceView;
import planreport.render.view.ReportView.NoteView;
import planreport.render.view.ReportView.RegressionView;
import planreport.render.view.ReportView.SignatureView;
import planreport.render.view.ReportView.TaskView;
import planreport.render.view.ReportView.UnitResultView;
import planreport.render.view.ReportView.YearView;
import planreport.render.view.ReportView;
import planreport.report.Kind;
import planreport.report.Measures;
import planreport.report.Report.IndicatorResult;
import planreport.report.Report.TaskResult;
import planreport.report.Report.UnitResult;
import planreport.report.Report;

/**
 * A {@link Report} as the {@link ReportView} that the templates see and that the JSON output is (made
 * into their plain tree by {@link ViewTree}): raw values for programs ({@code classification},
 * {@code as_of}, counts) beside the formatted text the templates place ({@code *_label},
 * {@code *_text}) in the language of its {@link Messages}. Every string is NFC. The reporting parts are
 * worded by {@link ReportingViews}.
 */
public final class ReportModel {
    private final Report r;
    private final Plan plan;
    private final Messages msg;
    private final planreport.model.Notes notes;
    private final boolean internal;
    /** The number and date the office gives (--number, --date), and who issues the review on that date. */
    private final planreport.model.Issue issue;
    private final ReportHeading heading;
    private final LocalDate date;

    private ReportModel(Report r, Messages msg, planreport.model.Notes notes, boolean internal, planreport.model.Issue issue) {
        this.r = r;
        this.plan = r.plan();
        this.msg = msg;
        this.notes = notes;
        this.internal = internal;
        this.issue = issue == null ? planreport.model.Issue.NONE : issue;
        this.date = this.issue.date() != null ? this.issue.date() : r.window().asOf();
        this.heading = plan.reviewHeading(r.window().reviewKind(plan), date);
    }

    public static ReportView of(Report r, Messages msg) { return of(r, msg, planreport.model.Notes.NONE, true); }

    /** With the staff's notes merged into the review's parts; {@code internal}: whether the internal follow-up appendix is included. */
    public static ReportView of(Report r, Messages msg, planreport.model.Notes notes, boolean internal) {
        return of(r, msg, notes, internal, planreport.model.Issue.NONE);
    }

    /** With the number and date the office gives the review ({@code --number}, {@code --date}). */
    public static ReportView of(Report r, Messages msg, planreport.model.Notes notes, boolean internal, planreport.model.Issue issue) {
        return new ReportModel(r, msg, notes, internal, issue).build();
    }

    private String label(Classification k) { return msg.get("classification." + k.id()); }

    /** Short codes for the task × period grid, explained by a legend under it. */
    private String shortCode(Classification k) { return msg.get("short." + k.id()); }

    private ReportView build() {
        Kind kind = r.window().kind();
        List<String> labels = r.window().periods().stream().map(msg::period).toList();
        ReportingViews reporting = new ReportingViews(r, msg);
        List<IndicatorView> indicators = indicators();
        planreport.render.view.ReviewView review = new Review(planreport.report.Assessment.of(r), msg, notes, r.measures())
                .issuedBy(heading.bodyName(), issue.numberText(heading.numberSuffix(), heading.number()), date).build();
        return new ReportView(kind, msg.get("kind." + kind.id()), kind == Kind.FINAL, r.window().periods(), labels,
                r.window().from(), r.window().to(), msg.window(r.window().from(), r.window().to()), r.window().asOf(),
                msg.longDate(r.window().asOf()), document(review.subject()), !r.problems().isEmpty(), problems(),
                r.tasks().size(), counts(), deadlineTotals(), tasks(indicators), reporting.tally(r.reportingTotal()), reporting.chart(),
                reporting.byPeriod(), reporting.reporting(), handovers(), indicators, notes(r.difficulties()), notes(r.proposals()),
                reporting.followUp(), regressions(null), internal, review, areas());
    }

    /**
     * The per-area appendix: report/Measures' figures of each measure by area, arranged as a table — a
     * column for each measure some area has a figure of, a row for each area and each body that took
     * over from an area's bodies, in the order the figures come. Null when there is none.
     */
    private ReportView.AreaTableView areas() {
        List<Measures.Result> measures = new ArrayList<>();
        java.util.LinkedHashMap<String, Measures.AreaFigure> keys = new java.util.LinkedHashMap<>();
        for (Measures.Result m : r.measures()) {
            if (m.byArea().isEmpty()) continue;
            measures.add(m);
            for (Measures.AreaFigure f : m.byArea()) keys.putIfAbsent(f.area() != null ? "a|" + f.area() : "b|" + f.bodyId(), f);
        }
        if (measures.isEmpty()) return null;
        List<ReportView.AreaColumnView> columns = new ArrayList<>();
        for (Measures.Result m : measures) {
            Indicator ind = m.measure();
            columns.add(new ReportView.AreaColumnView(ind.id(), ind.name(), ind.unit(),
                    ind.unit() == null || ind.unit().isBlank() ? ind.name() : msg.fill("area.column", "name", ind.name(), "unit", ind.unit())));
        }
        // areas first, then the bodies that took over (each list in the order the figures give)
        List<Measures.AreaFigure> order = new ArrayList<>();
        for (Measures.AreaFigure f : keys.values()) if (f.area() != null) order.add(f);
        for (Measures.AreaFigure f : keys.values()) if (f.area() == null) order.add(f);
        List<ReportView.AreaRowView> rows = new ArrayList<>();
        boolean after = false;
        for (Measures.AreaFigure k : order) {
            List<Long> values = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (Measures.Result m : measures) {
                Long v = null;
                for (Measures.AreaFigure f : m.byArea()) {
                    if (java.util.Objects.equals(f.area(), k.area()) && java.util.Objects.equals(f.bodyId(), k.bodyId()) && f.figure() != null) v = f.figure().value();
                }
                values.add(v);
                texts.add(v == null ? "—" : msg.number(v));
            }
            String label = k.area() != null ? k.area() : msg.fill("area.successor", "name", plan.name(k.bodyId()), "since", msg.plainDate(k.since()));
            after |= k.area() == null;
            rows.add(new ReportView.AreaRowView(label, k.area(), k.bodyId(), k.since(), values, texts));
        }
        return new ReportView.AreaTableView(columns, rows, after ? msg.get("area.note_after") : null);
    }

    /**
     * The handovers of bodies inside the window (plan.yaml's until/successors), each introduced once:
     * "Từ ngày 01/7/2025, nhiệm vụ của … do … đảm nhiệm." Who owes which period follows them
     * ({@link planreport.model.Obligations}), so these sentences explain the changing denominators.
     */
    private List<String> handovers() {
        // first what the reports cover on the window's last day (plan.yaml reporting.scope: the province after the merger)
        List<String> out = new ArrayList<>(plan.reporting().scopeOn(planreport.model.Obligations.judgedOn(plan, r.window().to())));
        for (Plan.Handover h : r.handoversInWindow()) {
            LocalDate d = h.day();
            String day = msg.date("handover.date", d);
            out.add(msg.fill("handover", "date", day, "predecessors", bodies(h.predecessors()), "successors", bodies(h.successors())));
        }
        return out;
    }

    /**
     * Bodies inside a sentence: a whole group of the plan by its name ("các huyện ủy, thị ủy, thành ủy"),
     * else each body's name.
     */
    private String bodies(List<String> ids) {
        return plan.groupOf(ids).map(g -> g.name().startsWith("Các ") ? "các " + g.name().substring(4) : g.name())
                .orElseGet(() -> String.join(", ", ids.stream().map(plan::name).toList()));
    }

    /**
     * The header and closing block; {@code subject} is the review's, which names the window
     * truthfully. Who issues, signs and receives it is the plan's rule for its kind on its date
     * ({@link Plan#reviewHeading}); the number and the date line are the office's when given.
     */
    private DocumentView document(String subject) {
        PlanInfo info = plan.info();
        ReportHeading h = heading;
        // the monitoring body as it stands at the window's end: a successor in place of a ceased one
        String monitoring = plan.monitoringBodyOn(planreport.model.Obligations.judgedOn(plan, r.window().to()));
        var sig = h.signer();
        SignatureView signature = sig == null ? new SignatureView(null, null, null, List.of(), true)
                : new SignatureView(sig.authority().isEmpty() ? null : String.join(" ", sig.authority()), sig.title(), sig.name(), sig.authority(),
                        sig.name() == null);
        String dateText = h.blankDate() && issue.date() == null ? msg.fill("doc.blank_date", "year", String.valueOf(date.getYear())) : msg.longDate(date);
        return new DocumentView(h.parent(), h.issuer(), msg.get("doc.number") + " " + issue.numberText(h.numberSuffix(), h.number()),
                msg.fill("doc.place_date", "place", info.place(), "date", dateText), msg.get("doc.title"), subject,
                plan.body(monitoring).map(Body::name).orElse(null), signature,
                h.recipients(), h.body(), r.window().reviewKind(plan).id(), date);
    }

    /** The errors an --ignore-errors run was compiled despite: the diagnostics' own JSON, with the column as text and the message. */
    private List<Map<String, Object>> problems() {
        List<Map<String, Object>> out = new ArrayList<>();
        planreport.check.Catalogue catalogue = planreport.check.Catalogue.of(msg.lang());
        for (Diagnostic d : r.problems()) {
            Map<String, Object> m = new LinkedHashMap<>(catalogue.json(d));
            m.put("column", d.column() == null ? null : d.column().toString()); // a header name or a number, as text for the templates
            m.put("text", catalogue.format(d));
            out.add(m);
        }
        return out;
    }

    private List<CountView> counts() {
        List<CountView> out = new ArrayList<>();
        int total = r.tasks().size();
        for (Classification k : Classification.values()) {
            int n = r.counts().getOrDefault(k, 0);
            BigDecimal pct = percent(n, total);
            List<String> ids = r.tasks().stream().filter(t -> t.classification() == k).map(t -> t.task().id()).toList();
            out.add(new CountView(k, label(k), shortCode(k), n, pct, msg.percentText(pct), ids));
        }
        return out;
    }

    private DeadlineTotalsView deadlineTotals() {
        Report.DeadlineTotals t = r.deadlineTotals();
        return new DeadlineTotalsView(t.tasks(), t.doneOnTime(), t.doneLate(), t.overdue(), t.notYetDue(), t.noReport(),
                share(t.doneOnTime(), t.tasks()), share(t.doneLate(), t.tasks()), share(t.overdue(), t.tasks()),
                share(t.notYetDue(), t.tasks()), share(t.noReport(), t.tasks()));
    }

    private String share(int part, int whole) { return msg.percentText(percent(part, whole)); }

    private List<TaskView> tasks(List<IndicatorView> indicators) {
        List<TaskView> out = new ArrayList<>();
        LocalDate standingDay = planreport.model.Obligations.judgedOn(plan, r.window().to());
        String lastSection = null;
        for (TaskResult tr : r.tasks()) {
            Task t = tr.task();
            // the duties of the plan's section III follow the numbered headings of section II, so
            // that "III." stays the report's own heading (difficulties and proposals)
            String sectionId = t.duty() ? String.valueOf(plan.sections().size() + 1) : t.sectionId();
            String sectionTitle = t.duty() ? msg.get("section.duties") : sectionTitle(t.sectionId());
            boolean firstInSection = !sectionId.equals(lastSection);
            lastSection = sectionId;
            // the leads and partners as they stand at the end of the window: the bodies that exist then
            List<String> leads = plan.standing(t.leads(), standingDay), coordinators = plan.standing(t.coordinators(), standingDay);
            List<HistoryView> history = tr.history().stream()
                    .map(h -> new HistoryView(h.period(), msg.period(h.period()), h.classification(), label(h.classification()))).toList();
            out.add(new TaskView(t.id(), sectionId, sectionTitle, firstInSection, t.duty(), t.shortTitle(), t.content(), t.timeframe().text(),
                    t.timeframe().ongoing(), t.timeframe().due(), msg.shortDate(t.timeframe().due()), tr.classification(),
                    label(tr.classification()), tr.completedOn(), msg.shortDate(tr.completedOn()), names(leads),
                    String.join("; ", names(leads)), names(coordinators),
                    coordinators.isEmpty() ? "—" : String.join("; ", names(coordinators)), history, historyCells(tr),
                    tr.results().stream().map(this::result).toList(),
                    indicators.stream().filter(i -> t.id().equals(i.task())).toList(), regressions(t.id())));
        }
        return out;
    }

    /** One cell per period of the window, "—" before the task starts: the final review's task × period grid. */
    private List<String> historyCells(TaskResult tr) {
        List<String> cells = new ArrayList<>();
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

    private UnitResultView result(UnitResult u) {
        Entry e = u.entry();
        Report.Standing s = u.standing();
        Period period = s == null ? null : s.period();
        Status st = s == null ? null : s.status();
        LocalDate completed = s == null ? null : s.completedOn();
        Integer progress = s == null ? null : s.progress();
        String status;
        if (st == null) status = label(Classification.NO_REPORT);
        else if (st == Status.DONE) status = completed != null ? msg.fill("status.done_on", "date", msg.shortDate(completed)) : msg.get("status.done");
        else status = statusText(st, progress);
        return new UnitResultView(u.unitId(), name(u.unitId()), u.lead() ? "lead" : "coordinator",
                msg.get(u.lead() ? "role.lead" : "role.coordinator"), st != null, period, period == null ? null : msg.period(period), st,
                progress, completed, e == null ? null : e.submittedOn(), status, e == null ? null : e.result(),
                e != null ? e.file() : u.doneBefore() != null ? u.doneBefore().file() : null,
                e != null ? e.line() : u.doneBefore() != null ? u.doneBefore().line() : 0);
    }

    /** "Đang thực hiện (60%)": a status not done, with its progress when given. */
    private String statusText(Status st, Integer progress) {
        return msg.get("status." + st.id()) + (progress != null ? " (" + progress + "%)" : "");
    }

    private List<IndicatorView> indicators() {
        List<IndicatorView> out = new ArrayList<>();
        for (IndicatorResult ir : r.indicators()) {
            Indicator ind = ir.indicator();
            List<YearView> years = new ArrayList<>();
            for (var y : ir.byYear()) {
                BigDecimal yr = y.target() == null ? null : percent(y.value(), y.target());
                years.add(new YearView(y.year(), y.value(), msg.number(y.value()), y.target(), targetText(y.target()), yr, msg.percentText(yr)));
            }
            BigDecimal rate = ir.target() == null ? null : percent(ir.yearToDate(), ir.target());
            Measures.Result m = r.measure(ind.id());
            long term = m == null || m.termToDate() == null ? 0 : m.termToDate().value();
            List<PeriodValueView> byPeriod = new ArrayList<>();
            List<FigureView> figures = new ArrayList<>();
            if (m != null) {
                for (Measures.PeriodFigure pf : m.byPeriod()) {
                    byPeriod.add(new PeriodValueView(pf.period(), msg.period(pf.period()), pf.figure() == null ? null : pf.figure().value()));
                }
                figures = figures(m);
            }
            out.add(new IndicatorView(ind.id(), ind.name(), ind.unit(), ind.taskId(), ir.value(), msg.number(ir.value()), ir.year(),
                    ir.yearToDate(), msg.number(ir.yearToDate()), ir.target(), targetText(ir.target()), rate, msg.percentText(rate), years,
                    ind.kind().id(), m != null && m.window() != null, term, msg.number(term), ind.termTarget(), targetText(ind.termTarget()),
                    m == null ? null : m.termRate(), msg.percentText(m == null ? null : m.termRate()), byPeriod, figures));
        }
        return out;
    }

    /** Every figure the review gives of a measure, with its rows: the window, the comparisons, the year and the term to date, each year. */
    private List<FigureView> figures(Measures.Result m) {
        List<FigureView> out = new ArrayList<>();
        Period from = m.span().from(), to = m.span().to();
        figure(out, "window", from, to, m.window(), null, null);
        if (m.previous() != null) figure(out, "previous", m.previous().span().from(), m.previous().span().to(), m.previous().figure(), "window", m.previous().change());
        if (m.yearAgo() != null) figure(out, "year_ago", m.yearAgo().span().from(), m.yearAgo().span().to(), m.yearAgo().figure(), "window", m.yearAgo().change());
        Period yearStart = new Period(m.year(), 1);
        Period termStart = plan.reporting().termStart();
        figure(out, "year_to_date", yearStart.compareTo(termStart) < 0 ? termStart : yearStart, to, m.yearToDate(), null, null);
        figure(out, "term_to_date", termStart, to, m.termToDate(), null, null);
        for (Measures.YearFigure y : m.byYear()) {
            Period ys = new Period(y.year(), 1), ye = new Period(y.year(), 4);
            figure(out, "year_" + y.year(), ys.compareTo(termStart) < 0 ? termStart : ys, ye.compareTo(to) > 0 ? to : ye, y.figure(), null, null);
        }
        return out;
    }

    private void figure(List<FigureView> out, String name, Period from, Period to, Measures.Figure f, String of, BigDecimal change) {
        if (f == null) return;
        List<SourceView> rows = new ArrayList<>();
        for (Measures.Source s : f.rows()) rows.add(new SourceView(s.file(), s.line(), s.cell(), s.unitId(), s.taskId(), s.period(), s.value()));
        out.add(new FigureView(name, from, to, f.value(), msg.number(f.value()), of, change, rows));
    }

    private String targetText(Long target) { return target == null ? msg.get("indicator.no_target") : msg.number(target); }

    private List<NoteView> notes(List<Report.Note> notes) {
        return notes.stream().map(n -> new NoteView(n.unitId(), name(n.unitId()), n.taskId(), n.period(), msg.period(n.period()), n.text())).toList();
    }

    /**
     * The reports in the window that set a task done earlier back to not done (validate's
     * status-regressed), of one task or ({@code taskId} null) of all: the task stays done.
     */
    private List<RegressionView> regressions(String taskId) {
        List<RegressionView> out = new ArrayList<>();
        for (Report.Regression g : r.regressions()) {
            if (taskId != null && !taskId.equals(g.taskId())) continue;
            String text = msg.fill("regression.text", "name", name(g.unitId()), "task", g.taskId(), "done_period", msg.periodWords(g.donePeriod()),
                    "period", msg.periodWords(g.period()), "status", statusText(g.status(), g.progress()));
            out.add(new RegressionView(g.taskId(), g.unitId(), name(g.unitId()), g.donePeriod(), msg.period(g.donePeriod()), g.completedOn(),
                    g.period(), msg.period(g.period()), g.status(), g.progress(), text));
        }
        return out;
    }

    private List<String> names(List<String> ids) { return ids.stream().map(this::name).toList(); }

    private String name(String id) { return plan.name(id); }

    /** part ÷ whole as a percentage: the one rule, {@link planreport.report.Percent#of}. */
    static BigDecimal percent(long part, long whole) { return planreport.report.Percent.of(part, whole); }
}
