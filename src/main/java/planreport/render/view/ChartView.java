package planreport.render.view;

import java.math.BigDecimal;
import java.util.List;

/**
 * A chart of the review as its templates place it and the chart writer draws it: every number is one
 * the review's view already holds (a period's reporting rate, a measure's total and target in a
 * year); nothing is computed to draw it. {@code id} names it in the file's name
 * ({@code file}, a PNG beside the Markdown, inside the PDF and the Word file); {@code place} says
 * where the template puts it ({@code reporting}, {@code measures}); {@code kind} is {@code bar},
 * {@code line} or {@code hbar} (horizontal bars); {@code percent}: the values are percentages
 * (an axis from 0 to 100 or more); {@code widthMm}, {@code heightMm}: its printed size.
 */
public record ChartView(String id, String place, String kind, String title, String axisLabel, boolean percent,
                        List<String> categories, List<SeriesView> series, String file, String caption, double widthMm,
                        double heightMm) {
    public ChartView {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
    }

    /** One series: its name in the legend and a value per category (null: none in that category). */
    public record SeriesView(String name, List<BigDecimal> values) {
        public SeriesView { values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values)); }
    }
}
