package planreport.render.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import planreport.render.view.ChartView;

/**
 * A chart of the review drawn with JFreeChart into a PNG at print resolution (200 dots per inch at
 * its printed size), in Liberation Serif (the PDF's font, from the same jar), black and greys that
 * print on any office printer. The drawing depends on the chart's data only: the same data gives the
 * same bytes (no time, no random, no system font). Its title is not in the picture: the documents
 * write it as text under it, where it can be searched and copied.
 */
public final class ChartImage {
    private ChartImage() {}

    /** Dots per inch of the picture at its printed width. */
    public static final int DPI = 200;

    private static final Color[] INK = {new Color(0x1F, 0x3A, 0x5F), new Color(0x9A, 0x9A, 0x9A), new Color(0x5B, 0x7F, 0xA8)};
    private static volatile Font regular;

    /** The PNG of {@code c}; {@code vietnamese}: numbers as Vietnamese writes them (1.234; 98,9). */
    public static byte[] png(ChartView c, boolean vietnamese) throws IOException {
        return draw(c, vietnamese).png();
    }

    /** A chart drawn: its PNG, and the pixels the PNG holds (the PDF shows those without decoding the PNG again). */
    public record Drawing(byte[] png, BufferedImage pixels) {}

    /** {@link #png} with the pixels it was encoded from. */
    public static Drawing draw(ChartView c, boolean vietnamese) throws IOException {
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
        JFreeChart chart = chart(c, vietnamese);
        double wPt = c.widthMm() / 25.4 * 72, hPt = c.heightMm() / 25.4 * 72;
        int w = (int) Math.round(c.widthMm() / 25.4 * DPI), h = (int) Math.round(c.heightMm() / 25.4 * DPI);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.scale(DPI / 72.0, DPI / 72.0);
            chart.draw(g, new Rectangle2D.Double(0, 0, wPt, hPt));
        } finally {
            g.dispose();
        }
        return new Drawing(png(img), img);
    }

    /**
     * The PNG of {@code img}: what {@code ImageIO.write(img, "png", out)} writes, through a stream held in memory.
     * ImageIO's own stream caches to a temporary file by default ({@link ImageIO#getUseCache}): a file
     * made, written, read back and deleted in the system's temporary folder for every chart.
     */
    static byte[] png(BufferedImage img) throws IOException {
        java.util.Iterator<javax.imageio.ImageWriter> writers = ImageIO.getImageWriters(javax.imageio.ImageTypeSpecifier.createFromRenderedImage(img), "png");
        if (!writers.hasNext()) throw new IOException("no PNG writer");
        javax.imageio.ImageWriter writer = writers.next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (javax.imageio.stream.ImageOutputStream stream = new javax.imageio.stream.MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(img);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static JFreeChart chart(ChartView c, boolean vietnamese) throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (ChartView.SeriesView s : c.series()) {
            for (int i = 0; i < c.categories().size(); i++) {
                BigDecimal v = i < s.values().size() ? s.values().get(i) : null;
                data.addValue(v, s.name(), c.categories().get(i));
            }
        }
        boolean line = c.kind().equals("line");
        CategoryAxis categories = new CategoryAxis(null);
        NumberAxis values = new NumberAxis(c.percent() ? null : c.axisLabel());
        DecimalFormat number = format(vietnamese);
        values.setNumberFormatOverride(number);
        if (c.percent()) values.setRange(0, Math.max(100, max(c) * 1.1));
        else values.setUpperMargin(0.15);
        CategoryPlot plot;
        if (line) {
            LineAndShapeRenderer r = new LineAndShapeRenderer(true, true);
            plot = new CategoryPlot(data, categories, values, r);
            for (int i = 0; i < c.series().size(); i++) {
                r.setSeriesPaint(i, INK[i % INK.length]);
                r.setSeriesStroke(i, new BasicStroke(1.2f));
            }
            categories.setCategoryLabelPositions(c.categories().size() > 8 ? CategoryLabelPositions.UP_45 : CategoryLabelPositions.STANDARD);
        } else {
            BarRenderer r = new BarRenderer();
            r.setBarPainter(new StandardBarPainter());
            r.setShadowVisible(false);
            r.setItemMargin(0.05);
            r.setMaximumBarWidth(0.12);
            for (int i = 0; i < c.series().size(); i++) r.setSeriesPaint(i, INK[i % INK.length]);
            r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", number));
            r.setDefaultItemLabelsVisible(true);
            plot = new CategoryPlot(data, categories, values, r);
            if (c.kind().equals("hbar")) plot.setOrientation(PlotOrientation.HORIZONTAL);
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xC8, 0xC8, 0xC8));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setInsets(new RectangleInsets(4, 4, 4, 12));
        JFreeChart chart = new JFreeChart(null, font(), plot, c.series().size() > 1);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        StandardChartTheme theme = new StandardChartTheme("plan-report");
        Font f = font();
        theme.setExtraLargeFont(f.deriveFont(Font.BOLD, 12f));
        theme.setLargeFont(f.deriveFont(Font.BOLD, 10f));
        theme.setRegularFont(f.deriveFont(9.5f));
        theme.setSmallFont(f.deriveFont(9f));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(new Color(0xC8, 0xC8, 0xC8));
        theme.setAxisLabelPaint(Color.BLACK);
        theme.setTickLabelPaint(Color.BLACK);
        theme.setItemLabelPaint(Color.BLACK);
        theme.setLegendItemPaint(Color.BLACK);
        theme.apply(chart);
        // the theme sets the series colours of its own: ours again
        if (plot.getRenderer() instanceof BarRenderer r) {
            for (int i = 0; i < c.series().size(); i++) r.setSeriesPaint(i, INK[i % INK.length]);
            r.setDefaultItemLabelFont(f.deriveFont(8.5f));
        } else {
            for (int i = 0; i < c.series().size(); i++) plot.getRenderer().setSeriesPaint(i, INK[i % INK.length]);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        categories.setMaximumCategoryLabelLines(3);
        return chart;
    }

    private static double max(ChartView c) {
        double m = 0;
        for (ChartView.SeriesView s : c.series()) for (BigDecimal v : s.values()) if (v != null) m = Math.max(m, v.doubleValue());
        return m;
    }

    private static DecimalFormat format(boolean vietnamese) {
        DecimalFormatSymbols s = new DecimalFormatSymbols(java.util.Locale.ROOT);
        s.setGroupingSeparator(vietnamese ? '.' : ',');
        s.setDecimalSeparator(vietnamese ? ',' : '.');
        DecimalFormat f = new DecimalFormat("#,##0.#", s);
        f.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return f;
    }

    /** Liberation Serif, read once from the font jar the PDF uses. */
    private static Font font() throws IOException {
        Font f = regular;
        if (f == null) {
            try (InputStream in = ChartImage.class.getClassLoader().getResourceAsStream("liberation/LiberationSerif-Regular.ttf")) {
                if (in == null) throw new IOException("font liberation/LiberationSerif-Regular.ttf is missing from the class path");
                regular = f = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(10f);
            } catch (FontFormatException e) {
                throw new IOException("font: " + e.getMessage(), e);
            }
        }
        return f;
    }

    /** The files of {@code charts}: name → PNG. */
    public static java.util.Map<String, byte[]> files(List<ChartView> charts, boolean vietnamese) throws IOException {
        java.util.Map<String, byte[]> out = new java.util.LinkedHashMap<>();
        for (ChartView c : charts) out.put(c.file(), png(c, vietnamese));
        return out;
    }
}
