package planreport.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import planreport.render.view.ChartView;
import planreport.render.view.ChartView.SeriesView;
import planreport.render.view.ReportView;
import planreport.render.view.ReportView.IndicatorView;
import planreport.render.view.ReportView.PeriodTallyView;
import planreport.render.view.ReportView.YearView;

/**
 * The review's charts, chosen from its view: the numbers are the view's own (the periods' reporting
 * rates, each targeted measure's totals and targets by year), placed for drawing; none is computed
 * here. Which charts a review has: the reporting rate by quarter when the window has two quarters or
 * more (a line over the quarters of a term review, bars otherwise); each targeted measure by year
 * against its target when the window spans two years or more; in a review within one year, one chart
 * of the share of each year target reached so far.
 */
public final class ChartViews {
    private ChartViews() {}

    /** A chart's printed width, in mm: the text's width on the layout profile's A4 page, less a little. */
    static final double WIDTH_MM = 160;

    /** The charts of {@code view}; their files are named after {@code base} (the output files' name without extension). */
    public static List<ChartView> of(ReportView view, Messages msg, String base) {
        List<ChartView> out = new ArrayList<>();
        List<PeriodTallyView> due = view.reportingByPeriod().stream().filter(PeriodTallyView::reportsDue).toList();
        if (due.size() >= 2) {
            boolean trend = view.isFinal() || due.size() > 8;
            List<String> labels = due.stream().map(p -> shortPeriod(p.periodLabel())).toList();
            List<BigDecimal> received = due.stream().map(p -> p.tally().reportingRate()).toList();
            List<BigDecimal> onTime = due.stream().map(p -> p.tally().onTimeRate()).toList();
            String title = msg.get(trend ? "chart.reporting.trend.title" : "chart.reporting.title");
            out.add(chart(out.size(), "reporting", "reporting", trend ? "line" : "bar", title, msg.get("chart.axis.percent"), true, labels,
                    List.of(new SeriesView(msg.get("chart.series.received"), received), new SeriesView(msg.get("chart.series.on_time"), onTime)),
                    base, msg));
        }
        List<IndicatorView> targeted = view.indicators().stream().filter(i -> i.byYear().stream().anyMatch(y -> y.target() != null)).toList();
        boolean oneYear = targeted.stream().allMatch(i -> i.byYear().size() <= 1);
        if (oneYear && !targeted.isEmpty()) {
            List<String> names = targeted.stream().map(IndicatorView::name).toList();
            List<BigDecimal> rates = targeted.stream().map(IndicatorView::targetRate).toList();
            out.add(chart(out.size(), "targets", "measures", "hbar", msg.fill("chart.targets.title", "year", Integer.toString(targeted.get(0).year())),
                    msg.get("chart.axis.percent"), true, names, List.of(new SeriesView(msg.get("chart.series.target_rate"), rates)), base, msg));
        } else {
            for (IndicatorView i : targeted) {
                List<String> years = i.byYear().stream().map(y -> Integer.toString(y.year())).toList();
                List<BigDecimal> achieved = i.byYear().stream().map(y -> BigDecimal.valueOf(y.value())).toList();
                List<BigDecimal> target = i.byYear().stream().map(ChartViews::target).toList();
                out.add(chart(out.size(), "target-" + i.id().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"), "measures", "bar", msg.fill("chart.target.title", "name", i.name(), "unit", i.unit()),
                        i.unit(), false, years, List.of(new SeriesView(msg.get("chart.series.achieved"), achieved),
                                new SeriesView(msg.get("chart.series.target"), target)), base, msg));
            }
        }
        return out;
    }

    private static BigDecimal target(YearView y) { return y.target() == null ? null : BigDecimal.valueOf(y.target()); }

    /** "Quý II/2023" → "II/2023": the axis of sixteen quarters has room for the short form only. */
    private static String shortPeriod(String label) {
        int space = label.indexOf(' ');
        return space > 0 && label.indexOf('/') > space ? label.substring(space + 1) : label;
    }

    private static ChartView chart(int index, String id, String place, String kind, String title, String axis, boolean percent,
                                   List<String> categories, List<SeriesView> series, String base, Messages msg) {
        String number = Integer.toString(index + 1);
        double height = kind.equals("hbar") ? Math.max(35, 20 + 9 * categories.size()) : 60;
        return new ChartView(id, place, kind, title, axis, percent, categories, series, base + ".chart-" + id + ".png",
                msg.fill("chart.caption", "number", number, "title", title), WIDTH_MM, height);
    }
}
