package planreport.render.docx;

import planreport.model.LayoutProfile;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import planreport.render.docx.DocxColumns.Cell;
import planreport.render.docx.DocxRuns.Fmt;
import planreport.render.docx.DocxRuns.Piece;

/**
 * Walks the XHTML body and writes Word paragraphs and tables. The vocabulary (shared with the PDF
 * templates; anything else is a body paragraph):
 * <ul>
 * <li>{@code table.header}: the Party header, a borderless two-column table ({@code td.left}: .parent,
 *     .issuer, .star, the number line, p.trich-yeu; {@code td.right}: .national, .place-date);
 * <li>{@code p.doc-title}, {@code p.doc-subject}, {@code p.doc-rule}, {@code p.kinh-gui};
 * <li>{@code h2}/{@code h3}/{@code h4}: headings I. / 1. / a); {@code p}: body text; {@code p.flush}:
 *     without first-line indent; {@code ul > li}: "-" items; {@code p.note}, {@code .internal},
 *     {@code .legend}: small notes; {@code p.warning}: a boxed warning; {@code .pre}: line breaks kept;
 * <li>{@code table.data} (any other table too): a Word table, its {@code thead} rows repeated on
 *     every page, {@code td.n} right-aligned, {@code td.c} centred, {@code tr.total} bold, colspan
 *     and rowspan kept;
 * <li>{@code table.footer}: "Nơi nhận" ({@code td.recipients}: .recipients-title, one div per
 *     recipient) beside the signature ({@code td.signature}: .authority, .sign-title, .sign-space,
 *     .sign-name), borderless;
 * <li>{@code div.appendix} (or any element of class appendix): a page break before it;
 *     {@code p.appendix-title}, {@code p.appendix-ref};
 * <li>{@code p.lead} (a line leading into a list or table), {@code p.closing} (the sentence before the
 *     closing block), {@code p.task-head}: kept on the page of what follows.
 * </ul>
 */
final class PoiDocxWriter {
    private static final String TAB_WIDTH = "5000";
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "dl", "dt",
            "dd", "blockquote", "pre", "section", "article", "header", "footer", "main", "nav", "aside", "figure", "figcaption", "hr",
            "address", "center", "form", "fieldset", "thead", "tbody", "tfoot", "tr", "td", "th", "caption");
    private static final Set<String> SKIP = Set.of("head", "script", "style", "title", "meta", "link", "img", "svg", "object", "iframe");
    private static final Map<String, String> BY_CLASS = new HashMap<>();
    static {
        String[][] m = {{"parent", DocxStyles.PARENT}, {"issuer", DocxStyles.ISSUER}, {"star", DocxStyles.STAR}, {"number", DocxStyles.NUMBER},
            {"trich-yeu", DocxStyles.TRICH_YEU}, {"national", DocxStyles.NATIONAL}, {"place-date", DocxStyles.PLACE_DATE},
            {"doc-title", DocxStyles.TITLE}, {"doc-subject", DocxStyles.SUBJECT}, {"doc-rule", DocxStyles.RULE}, {"kinh-gui", DocxStyles.KINH_GUI},
            {"flush", DocxStyles.FLUSH}, {"note", DocxStyles.NOTE}, {"internal", DocxStyles.NOTE}, {"legend", DocxStyles.NOTE},
            {"warning", DocxStyles.WARNING}, {"chart-caption", DocxStyles.NOTE}, {"recipients-title", DocxStyles.RECIPIENTS_TITLE}, {"authority", DocxStyles.AUTHORITY},
            {"sign-title", DocxStyles.SIGN_TITLE}, {"sign-space", DocxStyles.SIGN_SPACE}, {"sign-name", DocxStyles.SIGN_NAME},
            {"appendix-title", DocxStyles.APPENDIX_TITLE}, {"appendix-ref", DocxStyles.APPENDIX_REF}};
        for (String[] x : m) BY_CLASS.put(x[0], x[1]);
    }

    private final XWPFDocument doc;
    /** The width of the text between the margins, in twips: the tables' width. */
    private final int textWidth;
    /** The layout profile: the header's split is measured in its fonts and sizes. */
    private final LayoutProfile layout;
    /** How much narrower the text of a wide grid (table.grid) is than that of other tables. */
    private final double smallScale;
    /** A page break waits for the next paragraph. */
    private boolean breakBefore;
    /** The paragraphs being written keep with the next (p.lead, p.closing, p.task-head: a line never left alone at a page's foot). */
    private boolean keepNext;

    /** Pictures the document shows by name ({@code <img src="name">}); any other img is left out. */
    private final Map<String, byte[]> images;

    PoiDocxWriter(XWPFDocument doc, LayoutProfile layout) { this(doc, layout, Map.of()); }

    PoiDocxWriter(XWPFDocument doc, LayoutProfile layout, Map<String, byte[]> images) {
        this.doc = doc;
        this.images = images == null ? Map.of() : images;
        LayoutProfile.Page p = layout.page();
        this.textWidth = DocxStyles.twips(p.widthMm() - p.left() - p.right());
        this.layout = layout;
        this.smallScale = layout.style("table_small").size() / layout.style("table").size();
    }

    void write(Element body) {
        flow(body, new DocSink(doc), DocxStyles.BODY, Fmt.NONE, false);
    }

    // ---- where paragraphs go: the document body or a table cell

    private interface Sink {
        XWPFParagraph paragraph();

        /** A new table, or null where tables cannot go (inside a cell: a nested table is written as lines). */
        XWPFTable table();
    }

    private record DocSink(XWPFDocument doc) implements Sink {
        @Override public XWPFParagraph paragraph() { return doc.createParagraph(); }

        @Override public XWPFTable table() {
            XWPFTable t = doc.createTable();
            t.removeRow(0);
            return t;
        }
    }

    private static final class CellSink implements Sink {
        private final XWPFTableCell cell;
        private boolean used;

        CellSink(XWPFTableCell cell) { this.cell = cell; }

        @Override public XWPFParagraph paragraph() {
            if (!used) {
                used = true;
                return cell.getParagraphs().get(0);
            }
            return cell.addParagraph();
        }

        @Override public XWPFTable table() { return null; }
    }

    /**
     * Writes the children of {@code e}: runs of inline content become paragraphs of {@code style};
     * block children are written each by its kind.
     */
    private void flow(Element e, Sink sink, String style, Fmt fmt, boolean keepEmpty) {
        List<Piece> line = new ArrayList<>();
        boolean wroteAny = false;
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                line.add(new Piece(n.getNodeValue(), fmt));
            } else if (n instanceof Element c) {
                String tag = tag(c);
                if (tag.equals("img") && images.containsKey(c.getAttribute("src"))) {
                    wroteAny |= emit(line, sink, style);
                    line.clear();
                    picture(c, sink);
                    wroteAny = true;
                    continue;
                }
                if (SKIP.contains(tag)) continue;
                if (BLOCKS.contains(tag)) {
                    wroteAny |= emit(line, sink, style);
                    line.clear();
                    block(c, sink, style, fmt);
                    wroteAny = true;
                } else {
                    inline(c, fmt, line);
                }
            }
        }
        wroteAny |= emit(line, sink, style);
        if (!wroteAny && keepEmpty) paragraph(sink, style);
    }

    private static final java.util.regex.Pattern MM = java.util.regex.Pattern.compile("(width|height)\\s*:\\s*([0-9.]+)\\s*mm");

    /** A picture held in memory (a chart), centred in a paragraph of its own, at the size its style gives in mm. */
    private void picture(Element img, Sink sink) {
        double w = 0, h = 0;
        for (java.util.regex.Matcher m = MM.matcher(img.getAttribute("style")); m.find(); ) {
            if (m.group(1).equals("width")) w = Double.parseDouble(m.group(2)); else h = Double.parseDouble(m.group(2));
        }
        XWPFParagraph p = paragraph(sink, DocxStyles.FLUSH);
        p.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
        p.setKeepNext(true);
        try {
            p.createRun().addPicture(new java.io.ByteArrayInputStream(images.get(img.getAttribute("src"))), org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG,
                    img.getAttribute("src"), org.apache.poi.util.Units.toEMU(w / 25.4 * 72), org.apache.poi.util.Units.toEMU(h / 25.4 * 72));
        } catch (java.io.IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException("picture " + img.getAttribute("src") + ": " + e.getMessage(), e);
        }
    }

    private void inline(Element e, Fmt fmt, List<Piece> out) {
        String tag = tag(e);
        if (SKIP.contains(tag)) return;
        if (tag.equals("br")) {
            out.add(new Piece(null, fmt));
            return;
        }
        Fmt f = fmt;
        if (tag.equals("b") || tag.equals("strong") || has(e, "bold")) f = f.withBold();
        if (tag.equals("i") || tag.equals("em") || tag.equals("cite") || has(e, "label") || has(e, "italic")) f = f.withItalic();
        if (tag.equals("u") || has(e, "underline")) f = f.withUnderline();
        if (has(e, "pre")) f = f.withPre();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) out.add(new Piece(n.getNodeValue(), f));
            else if (n instanceof Element c) inline(c, f, out); // a block inside an inline element: its text, inline
        }
    }

    private void block(Element e, Sink sink, String style, Fmt fmt) {
        String tag = tag(e);
        if (has(e, "appendix")) breakBefore = true;
        Fmt f = has(e, "pre") || tag.equals("pre") ? fmt.withPre() : fmt;
        if (tag.equals("table")) {
            table(e, sink, f);
            return;
        }
        if (tag.equals("hr")) {
            paragraph(sink, DocxStyles.RULE).createRun().setText("-----");
            return;
        }
        String own = styleOf(e, style);
        boolean keepEmpty = has(e, "sign-space") || tag.equals("p");
        if (tag.equals("ul") || tag.equals("ol")) {
            for (Element li : children(e)) {
                if (tag(li).equals("li")) flow(li, sink, DocxStyles.LIST, f, true);
                else block(li, sink, style, f);
            }
            return;
        }
        boolean keep = keepNext;
        if (has(e, "lead") || has(e, "closing") || has(e, "task-head")) keepNext = true;
        flow(e, sink, own, f, keepEmpty);
        keepNext = keep;
    }

    /** The paragraph style for a block element: by class first, then by tag, else what it is inside. */
    private static String styleOf(Element e, String inherited) {
        if (tag(e).matches("h[1-6]") && has(e, "appendix")) return DocxStyles.APPENDIX_TITLE;
        for (String c : classes(e)) {
            String s = BY_CLASS.get(c);
            if (s != null) return s;
        }
        // the national line: a div holding span.national
        for (Element c : children(e)) if (has(c, "national")) return DocxStyles.NATIONAL;
        return switch (tag(e)) {
            case "h1" -> DocxStyles.TITLE;
            case "h2" -> DocxStyles.H1;
            case "h3" -> DocxStyles.H2;
            case "h4", "h5", "h6" -> DocxStyles.H3;
            case "li" -> DocxStyles.LIST;
            case "p", "dd", "dt", "blockquote", "pre", "address" ->
                    inherited.equals(DocxStyles.BODY) || inherited.equals(DocxStyles.FLUSH) ? (tag(e).equals("p") ? DocxStyles.BODY : DocxStyles.FLUSH) : inherited;
            default -> inherited;
        };
    }

    // ---- paragraphs and runs

    private XWPFParagraph paragraph(Sink sink, String style) {
        XWPFParagraph p = sink.paragraph();
        p.setStyle(style);
        if (keepNext) p.setKeepNext(true);
        if (breakBefore) {
            p.setPageBreak(true);
            breakBefore = false;
        }
        return p;
    }

    /** Writes the pieces as one paragraph, whitespace collapsed as a browser would; false when they hold no text. */
    private boolean emit(List<Piece> pieces, Sink sink, String style) {
        List<Piece> runs = DocxRuns.collapse(pieces);
        if (runs.isEmpty()) return false;
        XWPFParagraph p = paragraph(sink, style);
        for (Piece r : runs) {
            XWPFRun run = p.createRun();
            if (r.fmt().bold()) run.setBold(true);
            if (r.fmt().italic()) run.setItalic(true);
            if (r.fmt().underline()) run.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
            if (r.text() == null) run.addBreak();
            else run.setText(r.text());
        }
        return true;
    }

    // ---- tables

    private void table(Element e, Sink sink, Fmt fmt) {
        boolean layout = has(e, "header") || has(e, "footer") || has(e, "layout");
        List<Element> rows = new ArrayList<>();
        List<Boolean> headRows = new ArrayList<>();
        for (Element c : children(e)) {
            String t = tag(c);
            if (t.equals("tr")) { rows.add(c); headRows.add(false); }
            else if (t.equals("thead") || t.equals("tbody") || t.equals("tfoot")) {
                for (Element r : children(c)) if (tag(r).equals("tr")) { rows.add(r); headRows.add(t.equals("thead")); }
            }
        }
        if (rows.isEmpty()) return;
        // a page break cannot sit on a table: an empty paragraph before it carries it (and the closing block keeps its distance)
        if ((breakBefore || has(e, "footer")) && sink instanceof DocSink) {
            XWPFParagraph gap = paragraph(sink, DocxStyles.TABLE_GAP);
            if (has(e, "footer")) gap.setKeepNext(true); // the closing sentence, this gap and the closing block on one page
        }
        XWPFTable t = sink.table();
        if (t == null) {
            // a table inside a table cell: each row as one line, its cells apart by tabs
            for (Element r : rows) {
                List<Piece> line = new ArrayList<>();
                for (Element c : children(r)) {
                    if (!line.isEmpty()) line.add(new Piece(" \t ", fmt));
                    inline(c, fmt, line);
                }
                emit(line, sink, DocxStyles.TABLE_TEXT);
            }
            return;
        }
        // place the cells on a grid, rowspans and colspans taken into account
        List<Cell> cells = new ArrayList<>();
        Map<Long, Cell> taken = new HashMap<>();
        int cols = 0;
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            for (Element td : children(rows.get(r))) {
                String tt = tag(td);
                if (!tt.equals("td") && !tt.equals("th")) continue;
                while (taken.containsKey(key(r, c))) c += taken.get(key(r, c)).colspan();
                int cs = span(td, "colspan"), rs = Math.min(span(td, "rowspan"), rows.size() - r);
                Cell cell = new Cell(td, r, c, cs, rs, tt.equals("th") || headRows.get(r));
                cells.add(cell);
                for (int i = 0; i < rs; i++) taken.put(key(r + i, c), cell);
                c += cs;
            }
            while (taken.containsKey(key(r, c))) c += taken.get(key(r, c)).colspan();
            cols = Math.max(cols, c);
        }
        if (cols == 0) return;
        String small = has(e, "grid") ? DocxStyles.SMALL : "";
        int[] widths = DocxColumns.widths(e, cells, cols, small.isEmpty() ? 1 : smallScale, textWidth, this.layout);

        CTTbl ct = t.getCTTbl();
        CTTblPr pr = ct.getTblPr() != null ? ct.getTblPr() : ct.addNewTblPr();
        pr.addNewTblStyle().setVal(layout ? DocxStyles.PLAIN : DocxStyles.GRID);
        var w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        w.setType(STTblWidth.PCT);
        w.setW(new BigInteger(TAB_WIDTH));
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        if (pr.isSetTblBorders()) pr.unsetTblBorders();
        var grid = ct.getTblGrid() != null ? ct.getTblGrid() : ct.addNewTblGrid();
        for (int wd : widths) grid.addNewGridCol().setW(BigInteger.valueOf(wd));

        Map<Long, Cell> starts = new HashMap<>();
        for (Cell c : cells) starts.put(key(c.row(), c.col()), c);
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = t.insertNewTableRow(r);
            CTTrPr trPr = row.getCtRow().isSetTrPr() ? row.getCtRow().getTrPr() : row.getCtRow().addNewTrPr();
            trPr.addNewCantSplit();
            if (!layout && headRows.get(r)) trPr.addNewTblHeader();
            boolean total = has(rows.get(r), "total");
            for (int c = 0; c < cols; ) {
                Cell at = taken.get(key(r, c));
                XWPFTableCell cell = row.addNewTableCell();
                CTTcPr tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                if (at == null) {
                    // a short row: an empty cell fills the grid
                    tcPr.addNewTcW().setW(BigInteger.valueOf(widths[c]));
                    cell.getParagraphs().get(0).setStyle(layout ? DocxStyles.NUMBER : DocxStyles.TABLE_TEXT);
                    c++;
                    continue;
                }
                int span = Math.min(at.colspan(), cols - c), width = 0;
                for (int i = c; i < c + span; i++) width += widths[i];
                var tcW = tcPr.addNewTcW();
                tcW.setType(STTblWidth.DXA);
                tcW.setW(BigInteger.valueOf(width));
                if (span > 1) tcPr.addNewGridSpan().setVal(BigInteger.valueOf(span));
                tcPr.addNewVAlign().setVal(at.header() && !layout ? STVerticalJc.CENTER : STVerticalJc.TOP);
                if (at.rowspan() > 1) tcPr.addNewVMerge().setVal(at.row() == r ? STMerge.RESTART : STMerge.CONTINUE);
                if (at.row() == r && at.col() == c) {
                    Fmt f = total ? fmt.withBold() : fmt;
                    String style = layout ? layoutStyle(e, at.e()) : (at.header() ? DocxStyles.TABLE_HEADER
                            : has(at.e(), "n") ? DocxStyles.TABLE_NUMBER : has(at.e(), "c") ? DocxStyles.TABLE_CENTRE : DocxStyles.TABLE_TEXT) + small;
                    CellSink s = new CellSink(cell);
                    flow(at.e(), s, style, has(at.e(), "pre") ? f.withPre() : f, false);
                    if (!s.used) cell.getParagraphs().get(0).setStyle(style);
                } else {
                    cell.getParagraphs().get(0).setStyle(layout ? DocxStyles.NUMBER : DocxStyles.TABLE_TEXT);
                }
                c += span;
            }
        }
        // a little room after the table, and two tables never run into one
        paragraph(new DocSink(doc), DocxStyles.TABLE_GAP);
    }

    /** The default style of a cell of the header or footer table, for lines without a class of their own. */
    private static String layoutStyle(Element table, Element td) {
        if (has(td, "recipients")) return DocxStyles.RECIPIENTS;
        if (has(td, "signature")) return DocxStyles.SIGN_TITLE;
        return DocxStyles.NUMBER;
    }

    // ---- DOM helpers

    private static long key(int r, int c) { return ((long) r << 32) | c; }

    private static int span(Element e, String attr) {
        try {
            int v = Integer.parseInt(e.getAttribute(attr).strip());
            return Math.max(1, Math.min(v, 64));
        } catch (NumberFormatException x) {
            return 1;
        }
    }

    static String tag(Element e) {
        String n = e.getLocalName() != null ? e.getLocalName() : e.getTagName();
        return n.toLowerCase(Locale.ROOT);
    }

    static boolean has(Element e, String cls) {
        for (String c : classes(e)) if (c.equals(cls)) return true;
        return false;
    }

    private static List<String> classes(Element e) {
        String c = e.getAttribute("class").strip();
        return c.isEmpty() ? List.of() : Arrays.asList(c.split("\\s+"));
    }

    static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) if (n instanceof Element c) out.add(c);
        return out;
    }

    static Element child(Element e, String tag) {
        for (Element c : children(e)) if (tag(c).equals(tag)) return c;
        return null;
    }
}
