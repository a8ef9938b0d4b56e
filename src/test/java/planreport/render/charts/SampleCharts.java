package planreport.render.charts;

import java.math.BigDecimal;
import java.util.List;
import planreport.render.view.ChartView;

/** Two small charts as a review draws them, a bar chart of percentages and a line chart of counts: what the chart tests draw. */
public final class SampleCharts {
    private SampleCharts() {}

    /** A bar chart of reporting rates, "c.png". */
    public static final ChartView BARS = new ChartView("c", "reporting", "bar", "Tỷ lệ báo cáo", "%", true, List.of("Quý I", "Quý II", "Quý III"),
            List.of(new ChartView.SeriesView("Đã báo cáo", List.of(new BigDecimal("98.9"), new BigDecimal("100"), new BigDecimal("87.5")))),
            "c.png", "", 160, 80);

    /** A line chart of a target's figures, "d.png". */
    public static final ChartView LINE = new ChartView("d", "targets", "line", "Chỉ tiêu", "người", false, List.of("2021", "2022", "2023"),
            List.of(new ChartView.SeriesView("Kết nạp", List.of(new BigDecimal("1234"), new BigDecimal("1500"), new BigDecimal("1720")))),
            "d.png", "", 120, 60);
}
