package planreport.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import planreport.model.Plan;
import planreport.render.view.ReportView.BarView;
import planreport.render.view.ReportView.ComplianceView;
import planreport.render.view.ReportView.FollowUpView;
import planreport.render.view.ReportView.LateReportView;
import planreport.render.view.ReportView.ReportTraceView;
import planreport.render.view.ReportView.LateUnitView;
import planreport.render.view.ReportView.MissingUnitView;
import planreport.render.view.ReportView.OverdueView;
import planreport.render.view.ReportView.PeriodTallyView;
import planreport.render.view.ReportView.TallyView;
import planreport.render.view.ReportView.TaskPeriodView;
import planreport.render.view.ReportView.UndatedUnitView;
import planreport.report.Report.BodyCompliance;
import planreport.report.Report.Tally;
import planreport.report.Report;

/**
 * The reporting parts of a {@link planreport.render.view.ReportView}, worded: the tallies, the chart,
 * each period and each unit, and the internal follow-up. Apart from {@link ReportModel} so that each
 * builder stays one screenful of parts.
 */
final class ReportingViews {
    private final Report r;
    private final Plan plan;
    private final Messages msg;
    private final List<ComplianceView> reporting;

    ReportingViews(Report r, Messages msg) {
        this.r = r;
        this.plan = r.plan();
        this.msg = msg;
        List<ComplianceView> out = new ArrayList<>();
        for (BodyCompliance b : r.reporting()) out.add(compliance(b));
        this.reporting = List.copyOf(out);
    }

    /** Each unit's reporting over the window. */
    List<ComplianceView> reporting() { return reporting; }

    TallyView tally(Tally t) {
        BigDecimal rr = ReportModel.percent(t.received(), t.expected()), ot = ReportModel.percent(t.onTime(), t.expected());
        return new TallyView(t.expected(), t.received(), t.onTime(), t.late(), t.undated(), t.missing(), rr, ot,
                msg.percentText(rr), msg.percentText(ot));
    }

    List<BarView> chart() {
        Tally t = r.reportingTotal();
        return List.of(bar("on_time", t.onTime(), t.expected()), bar("late", t.late(), t.expected()),
                bar("undated", t.undated(), t.expected()), bar("missing", t.expected() - t.received(), t.expected()));
    }

    private BarView bar(String id, int n, int whole) {
        BigDecimal pct = ReportModel.percent(n, whole);
        return new BarView(id, msg.get("chart." + id), n, pct, msg.percentText(pct));
    }

    List<PeriodTallyView> byPeriod() {
        List<PeriodTallyView> out = new ArrayList<>();
        for (var pt : r.reportingByPeriod()) {
            out.add(new PeriodTallyView(pt.period(), msg.period(pt.period()), pt.due(), msg.shortDate(pt.due()), pt.reportsDue(),
                    tally(pt.tally()), pt.reports().stream().map(x -> new ReportTraceView(x.unitId(),
                            x.state().name().toLowerCase(java.util.Locale.ROOT), x.submittedOn(), x.file(), x.line())).toList()));
        }
        return out;
    }

    private ComplianceView compliance(BodyCompliance b) {
        List<TaskPeriodView> missing = b.missing().stream().map(x -> new TaskPeriodView(x.taskId(), x.period())).toList();
        List<LateReportView> late = b.late().stream().map(l -> new LateReportView(l.taskId(), l.period(), l.submittedOn(), l.due())).toList();
        List<String[]> lateText = new ArrayList<>();
        for (var l : b.late()) {
            lateText.add(new String[] {l.taskId(), msg.periodInline(l.period()) + ", "
                    + msg.fill("late.dates", "submitted", msg.shortDate(l.submittedOn()), "due", msg.shortDate(l.due()))});
        }
        List<TaskPeriodView> undated = b.undated().stream().map(x -> new TaskPeriodView(x.taskId(), x.period())).toList();
        return new ComplianceView(b.unitId(), plan.name(b.unitId()), tally(b.tally()), missing, inline(b.missing()), late,
                taskPeriods(lateText), undated, inline(b.undated()));
    }

    private String inline(List<Report.TaskPeriod> items) {
        return taskPeriods(items.stream().map(x -> new String[] {x.taskId(), msg.periodInline(x.period())}).toList());
    }

    /** "1.1, 6.1 (Quý II/2023); III.1 (Quý I/2023)": tasks grouped by what follows them, in first-seen order. */
    private String taskPeriods(List<String[]> items) {
        Map<String, List<String>> byPeriod = new LinkedHashMap<>();
        for (String[] it : items) byPeriod.computeIfAbsent(it[1], k -> new ArrayList<>()).add(it[0]);
        List<String> parts = new ArrayList<>();
        for (var e : byPeriod.entrySet()) {
            parts.add(msg.fill(e.getValue().size() == 1 ? "tasks.one" : "tasks.many", "tasks", String.join(", ", e.getValue())) + " (" + e.getKey() + ")");
        }
        return String.join("; ", parts);
    }

    /** "Quý III/2023: đã gửi nhưng tệp không đọc được (2023-Q3_so-tu-phap.pdf)", "Quý III/2023: đã trả lại để sửa ngày 20/10/2023 (thiếu số liệu)". */
    private String held(planreport.model.Held h) {
        String file = h.detail() == null ? "" : java.nio.file.Path.of(h.detail()).getFileName().toString();
        return h.reason() == planreport.model.Held.Reason.UNREADABLE
                ? msg.fill("held.unreadable", "period", msg.periodInline(h.period()), "file", file)
                : msg.fill(h.detail() == null ? "held.returned" : "held.returned_note", "period", msg.periodInline(h.period()),
                        "date", msg.shortDate(h.date()), "note", h.detail() == null ? "" : h.detail());
    }

    /** The internal appendix: the overdue tasks, and the units that owe reports, sent them late or undated. */
    FollowUpView followUp() {
        List<OverdueView> overdue = new ArrayList<>();
        for (Report.Overdue o : r.overdue()) {
            overdue.add(new OverdueView(o.taskId(), o.due(), msg.shortDate(o.due()), o.pendingUnits(),
                    String.join("; ", o.pendingUnits().stream().map(plan::name).toList())));
        }
        List<MissingUnitView> missing = new ArrayList<>();
        List<LateUnitView> late = new ArrayList<>();
        List<UndatedUnitView> undated = new ArrayList<>();
        java.util.Map<String, ComplianceView> view = new java.util.HashMap<>();
        for (ComplianceView b : reporting) view.put(b.body(), b);
        for (Report.BodyCompliance u : r.unitsWithUnreportedTasks()) {
            ComplianceView b = view.get(u.unitId());
            List<String> held = new ArrayList<>();
            for (planreport.model.Held h : r.held()) if (h.unitId().equals(u.unitId())) held.add(held(h));
            String text = held.isEmpty() ? b.missingText() : b.missingText() + "; " + String.join("; ", held);
            missing.add(new MissingUnitView(b.body(), b.name(), b.tally().missingCount(), text));
        }
        for (Report.BodyCompliance u : r.unitsLate()) {
            ComplianceView b = view.get(u.unitId());
            late.add(new LateUnitView(b.body(), b.name(), b.tally().late(), b.lateText()));
        }
        for (Report.BodyCompliance u : r.unitsUndated()) {
            ComplianceView b = view.get(u.unitId());
            undated.add(new UndatedUnitView(b.body(), b.name(), b.tally().undated(), b.undatedText()));
        }
        return new FollowUpView(overdue, missing, late, undated);
    }
}
