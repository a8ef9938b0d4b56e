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
        return widths(table, cells, cols, scale, textWidth, null);
    }

    /**
     * As above; with the layout profile, the header's split gives the issuer's side what its longest line
     * needs in the profile's font and size ("BAN TUYÊN GIÁO VÀ DÂN VẬN" in bold 14 pt is 76 mm, more than 45 %
     * of an A4 text width), so no line of the header wraps in Word, while the other side keeps what its own
     * longest line needs.
     */
    static int[] widths(Element table, List<Cell> cells, int cols, double scale, int textWidth, planreport.model.LayoutProfile layout) {
        if (layout != null && cols == 2 && DocxWriter.has(table, "header") && !given(cells)) {
            int[] fitted = HeaderFit.split(cells, layout, textWidth);
            if (fitted != null) return fitted;
        }
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

    /** Whether a first-row cell gives its width (style="width: 10%"). */
    private static boolean given(List<Cell> cells) {
        for (Cell c : cells) if (c.row() == 0 && c.colspan() == 1 && WIDTH.matcher(c.e().getAttribute("style")).find()) return true;
        return false;
    }

    /**
     * The header's two columns measured: the longest line of each (parent, issuer, number on the left;
     * the national motto, place and date on the right; the trích yếu wraps by design and is not
     * measured) in Liberation Serif, whose widths are Times New Roman's, at the profile's size, bold and
     * italic, upper case where the profile says so.
     */
    static final class HeaderFit {
        private HeaderFit() {}

        /** The default split, in per cent of the text width, kept while both sides fit in it. */
        static final double LEFT = 45;
        /** Room kept beyond a line's measured width, in twips (Word's rounding of glyph widths). */
        static final int SLACK = 120;

        private static final java.awt.font.FontRenderContext FRC = new java.awt.font.FontRenderContext(null, true, true);
        /** Regular, bold, italic, bold italic, each read when a header first needs it; failed: one could not be read. */
        private static final java.awt.Font[] FACES = new java.awt.Font[4];
        private static boolean failed;

        /**
         * The face of index {@code i} (bold 1, italic 2), read once a process (a face no header uses is not read:
         * each is a font file inflated from the jar and copied to a temporary file by {@link java.awt.Font#createFont});
         * null when a face cannot be read, and from then on.
         */
        private static synchronized java.awt.Font face(int i) {
            if (failed) return null;
            if (FACES[i] == null) {
                String name = "liberation/LiberationSerif-" + new String[] {"Regular", "Bold", "Italic", "BoldItalic"}[i] + ".ttf";
                try (var in = DocxColumns.class.getClassLoader().getResourceAsStream(name)) {
                    if (in == null) throw new java.io.IOException("font missing");
                    FACES[i] = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in);
                } catch (java.io.IOException | java.awt.FontFormatException | RuntimeException e) {
                    failed = true;
                    return null;
                }
            }
            return FACES[i];
        }

        /** The profile element whose style a line of the header has, by its class (a line without one is the number). */
        private static String element(Element e) {
            for (String[] x : new String[][] {{"parent", "parent"}, {"issuer", "issuer"}, {"national", "national"}, {"place-date", "place_date"},
                    {"star", "star"}}) {
                if (DocxWriter.has(e, x[0])) return x[1];
            }
            return "number";
        }

        /** The widths of the two columns, or null to keep the default split (no fonts, or both sides fit in it). */
        static int[] split(List<Cell> cells, planreport.model.LayoutProfile layout, int textWidth) {
            double[] need = new double[2];
            for (Cell c : cells) {
                if (c.col() > 1 || c.colspan() != 1) continue;
                for (Element line : lines(c.e())) {
                    if (DocxWriter.has(line, "trich-yeu")) continue;
                    String text = line.getTextContent().strip();
                    if (text.isEmpty()) continue;
                    planreport.model.LayoutProfile.Style st = layout.style(element(line));
                    if (st.uppercase()) text = text.toUpperCase(java.util.Locale.ROOT);
                    java.awt.Font face = face((st.bold() ? 1 : 0) + (st.italic() ? 2 : 0));
                    if (face == null) return null;
                    java.awt.Font font = face.deriveFont((float) st.size());
                    need[c.col()] = Math.max(need[c.col()], font.getStringBounds(text, FRC).getWidth() * 20 + SLACK);
                }
            }
            int left = (int) Math.round(textWidth * LEFT / 100);
            if (need[0] <= left && need[1] <= textWidth - left) return null;
            if (need[0] + need[1] > textWidth) left = (int) Math.round(textWidth * need[0] / (need[0] + need[1]));
            else if (need[0] > left) left = (int) Math.ceil(need[0]);
            else left = textWidth - (int) Math.ceil(need[1]);
            return new int[] {left, textWidth - left};
        }

        /** The lines of a header cell: its block children that hold text, a span's block taking the span's class when it has none. */
        private static List<Element> lines(Element td) {
            List<Element> out = new java.util.ArrayList<>();
            for (Element b : DocxWriter.children(td)) {
                List<Element> inner = DocxWriter.children(b);
                out.add(inner.size() == 1 && b.getAttribute("class").isBlank() && !inner.get(0).getAttribute("class").isBlank() ? inner.get(0) : b);
            }
            return out;
        }
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
