package planreport.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import planreport.model.Entry;
import planreport.model.Indicator;
import planreport.render.view.ReportView;
import planreport.render.view.ReportView.IndicatorView;
import planreport.render.view.ReportView.YearView;
import planreport.render.xlsx.Sheets;
import planreport.report.Report;

/**
 * compile --format xlsx: the review's data for the office's own Excel work. Sheet one: every unit's
 * report on every task in the window, one row each, as the unit sent it (unit, period, task, its role,
 * status, progress, dates, result, difficulties, proposals, each measure of the plan, and the file and
 * line it came from). Sheet two: the measures summed for the window, the year to date against the
 * year's target, and each year against its target — the numbers of the review's own table. Nothing is
 * computed here: the rows are the reports as read, the sums are the view's.
 */
final class ReviewWorkbook {
    private ReviewWorkbook() {}

    static byte[] write(Report report, ReportView view, Messages msg) throws IOException {
        List<Indicator> measures = report.plan().indicators();
        List<String> header = new ArrayList<>(Arrays.asList(msg.get("col_body"), msg.get("xlsx.col_unit_id"), msg.get("col_period"),
                msg.get("col_task"), msg.get("col_role"), msg.get("col_status"), msg.get("xlsx.col_progress"), msg.get("col_completed_on"),
                msg.get("xlsx.col_submitted_on"), msg.get("col_result"), msg.get("xlsx.col_difficulties"), msg.get("xlsx.col_proposals")));
        List<Integer> widths = new ArrayList<>(List.of(30, 14, 12, 9, 12, 16, 9, 12, 12, 60, 40, 40));
        for (Indicator m : measures) {
            header.add(m.name() + " (" + m.unit() + ")");
            widths.add(16);
        }
        header.add(msg.get("xlsx.col_file"));
        header.add(msg.get("xlsx.col_line"));
        widths.add(30);
        widths.add(8);
        List<List<Object>> rows = new ArrayList<>();
        for (Report.TaskResult t : report.tasks()) {
            for (Report.UnitResult u : t.results()) {
                Entry e = u.entry();
                if (e == null) continue;
                List<Object> row = new ArrayList<>(Arrays.asList(report.plan().name(e.unitId()), e.unitId(), msg.period(e.period()), e.taskId(),
                        msg.get(u.lead() ? "role.lead" : "role.coordinator"), e.status() == null ? null : msg.get("status." + e.status().id()),
                        e.progress(), e.completedOn(), e.submittedOn(), e.result(), e.difficulties(), e.proposals()));
                for (int i = 0; i < measures.size(); i++) row.add(e.indicator(i));
                row.add(e.file());
                row.add(e.line());
                rows.add(row);
            }
        }
        List<String> sumHeader = List.of(msg.get("col_indicator"), msg.get("col_unit"), msg.get("col_task"), msg.get("col_in_period"),
                msg.get("col_year"), msg.get("col_year_to_date"), msg.get("col_year_target"), msg.get("xlsx.col_target_rate"));
        List<List<Object>> sums = new ArrayList<>();
        for (IndicatorView i : view.indicators()) {
            sums.add(Arrays.asList(i.name(), i.unit(), i.task(), i.value(), i.year(), i.yearToDate(), i.target(), i.targetRate()));
        }
        List<String> yearHeader = List.of(msg.get("col_indicator"), msg.get("col_unit"), msg.get("col_year"), msg.get("col_achieved"),
                msg.get("col_target"), msg.get("xlsx.col_target_rate"));
        List<List<Object>> years = new ArrayList<>();
        for (IndicatorView i : view.indicators()) {
            for (YearView y : i.byYear()) years.add(Arrays.asList(i.name(), i.unit(), y.year(), y.value(), y.target(), y.rate()));
        }
        return Sheets.write(List.of(new Sheets.Table(msg.get("xlsx.sheet_rows"), header, widths, rows),
                new Sheets.Table(msg.get("xlsx.sheet_sums"), sumHeader, List.of(36, 12, 10, 12, 8, 14, 14, 16), sums),
                new Sheets.Table(msg.get("xlsx.sheet_years"), yearHeader, List.of(36, 12, 8, 14, 14, 16), years)), report.window().asOf());
    }
}
