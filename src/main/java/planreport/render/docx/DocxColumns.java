package planreport.render.docx;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * The column widths of a Word table that {@link DocxWriter} writes: as the template gives them, as
 * the header and footer split their two columns, or as a browser's automatic layout would share them.
 */
final class DocxColumns {
    private DocxColumns() {}

    private static final Pattern WIDTH = Pattern.compile("width\\s*:\\s*([0-9.]+)\\s*%");

    /** One cell as placed on the grid. */
    record Cell(Element e, int row, int col, int colspan, int rowspan, boolean header) {}

    /**
     * Column widths in twips: a width given as a percentage on a first-row cell (style="width: 10%"), the
     * header's and footer's own split (45/55, 48/52), else in proportion to the longest text in each column.
     */
    static int[] widths(Element table, List<Cell> cells, int cols, double scale, int textWidth) {
        double[] share = new double[cols];
        boolean given = false;
        for (Cell c : cells) {
            if (c.row() != 0 || c.colspan() != 1) continue;
            Matcher m = WIDTH.matcher(c.e().getAttribute("style"));
            if (m.find()) {
                share[c.col()] = Double.parseDouble(m.group(1));
                given = true;
            }
        }
        if (!given && cols == 2 && DocxWriter.has(table, "header")) share = new double[] {45, 55};
        else if (!given && cols == 2 && DocxWriter.has(table, "footer")) share = new double[] {48, 52};
        else if (!given) return natural(cells, cols, scale, textWidth);
        double sum = 0;
        int unknown = 0;
        for (double x : share) {
            sum += x;
            if (x == 0) unknown++;
        }
        if (unknown > 0) {
            double rest = Math.max(100 - sum, unknown * 5) / unknown;
            for (int i = 0; i < cols; i++) if (share[i] == 0) share[i] = rest;
            sum = Arrays.stream(share).sum();
        }
        int[] out = new int[cols];
        for (int i = 0; i < cols; i++) out[i] = (int) Math.round(textWidth * share[i] / sum);
        return out;
    }

    /**
     * Widths from the text, as a browser's automatic table layout does: every column at least as wide as
     * its longest word, the room left shared in proportion to how much more each column's longest text
     * wants (lengths in characters of about half an em at the table's size, 12 pt: 120 twips).
     */
    private static int[] natural(List<Cell> cells, int cols, double scale, int textWidth) {
        double[] min = new double[cols], want = new double[cols];
        for (Cell c : cells) {
            if (c.colspan() != 1) continue;
            String text = c.e().getTextContent().strip();
            int word = 0;
            for (String w : text.split("\\s+")) word = Math.max(word, w.length());
            double perChar = (c.header() ? 132 : 120) * scale;
            min[c.col()] = Math.max(min[c.col()], Math.max(word, 2) * perChar + 140);
            want[c.col()] = Math.max(want[c.col()], Math.min(text.length(), 50) * perChar + 140);
        }
        double minSum = 0, wantSum = 0;
        for (int i = 0; i < cols; i++) {
            want[i] = Math.max(want[i], min[i]);
            minSum += min[i];
            wantSum += want[i];
        }
        int[] out = new int[cols];
        for (int i = 0; i < cols; i++) {
            double w;
            if (minSum >= textWidth) w = textWidth * min[i] / minSum;
            else if (wantSum <= textWidth) w = textWidth * want[i] / wantSum;
            else w = min[i] + (textWidth - minSum) * (want[i] - min[i]) / (wantSum - minSum);
            out[i] = (int) Math.round(w);
        }
        return out;
    }
}
