package planreport.render.docx;

import planreport.model.LayoutProfile;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The paragraph and table styles of the .docx, each defined once from the layout profile, so that a
 * user restyles every heading, list item or "Nơi nhận" of the document in one place; and the "-"
 * list numbering that style "List Dash" uses. Written as the XML of styles.xml and numbering.xml.
 */
final class DocxStyles {
    private DocxStyles() {}

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /** Style ids by what they are for; the names Word shows are in {@link #NAMES}. */
    static final String NORMAL = "Normal", BODY = "BodyText", FLUSH = "BodyTextFlush", H1 = "Heading1", H2 = "Heading2", H3 = "Heading3",
            LIST = "ListDash", TITLE = "Title", SUBJECT = "Subtitle", RULE = "DocRule", PARENT = "PartyParent", ISSUER = "PartyIssuer",
            STAR = "PartyStar", NUMBER = "PartyNumber", TRICH_YEU = "TrichYeu", NATIONAL = "PartyNational", PLACE_DATE = "PlaceDate",
            KINH_GUI = "KinhGui", RECIPIENTS_TITLE = "RecipientsTitle", RECIPIENTS = "Recipients", AUTHORITY = "SignatureAuthority",
            SIGN_TITLE = "SignatureTitle", SIGN_SPACE = "SignatureSpace", SIGN_NAME = "SignatureName", NOTE = "Note", WARNING = "Warning",
            APPENDIX_TITLE = "AppendixTitle", APPENDIX_REF = "AppendixRef", TABLE_TEXT = "TableText", TABLE_NUMBER = "TableNumber",
            TABLE_CENTRE = "TableCentre", TABLE_HEADER = "TableHeader", TABLE_GAP = "TableGap", HEADER = "Header", GRID = "TableGrid",
            PLAIN = "TablePlain";

    /** The suffix of the table styles of wide grids (table.grid): "TableTextSmall". */
    static final String SMALL = "Small";

    /** Word's names: built-in ones where Word has one (so its navigation pane and contents tables find the headings), else ours. */
    static final Map<String, String> NAMES = new LinkedHashMap<>();
    static {
        String[][] n = {{NORMAL, "Normal"}, {BODY, "Body Text"}, {FLUSH, "Body Text Flush"}, {H1, "heading 1"}, {H2, "heading 2"},
            {H3, "heading 3"}, {LIST, "List Dash"}, {TITLE, "Title"}, {SUBJECT, "Subtitle"}, {RULE, "Doc Rule"}, {PARENT, "Party Parent"},
            {ISSUER, "Party Issuer"}, {STAR, "Party Star"}, {NUMBER, "Party Number"}, {TRICH_YEU, "Trích yếu"}, {NATIONAL, "Party National"},
            {PLACE_DATE, "Place Date"}, {KINH_GUI, "Kính gửi"}, {RECIPIENTS_TITLE, "Nơi nhận"}, {RECIPIENTS, "Recipients"},
            {AUTHORITY, "Signature Authority"}, {SIGN_TITLE, "Signature Title"}, {SIGN_SPACE, "Signature Space"}, {SIGN_NAME, "Signature Name"},
            {NOTE, "Note"}, {WARNING, "Warning"}, {APPENDIX_TITLE, "Appendix Title"}, {APPENDIX_REF, "Appendix Ref"}, {TABLE_TEXT, "Table Text"},
            {TABLE_NUMBER, "Table Number"}, {TABLE_CENTRE, "Table Centre"}, {TABLE_HEADER, "Table Header"}, {TABLE_GAP, "Table Gap"},
            {HEADER, "header"}, {GRID, "Table Grid"}, {PLAIN, "Table Plain"}};
        for (String[] x : n) NAMES.put(x[0], x[1]);
        for (String id : new String[] {TABLE_TEXT, TABLE_NUMBER, TABLE_CENTRE, TABLE_HEADER}) NAMES.put(id + SMALL, NAMES.get(id) + " Small");
    }

    /** The abstract and concrete numbering id of the "-" list. */
    static final int DASH_LIST = 1;

    static int twips(double mm) { return (int) Math.round(mm * 1440 / 25.4); }

    /**
     * Space before and after (pt) and the line height: the profile's line spacing is, as in CSS, a
     * multiple of the font size (Word's "multiple" is one of the font's own line, which differs
     * between programs), so it is written as "at least" that many points: the PDF's lines exactly.
     */
    static String sp(double beforePt, double afterPt, double lineSpacing, LayoutProfile.Style s) {
        return "<w:spacing w:before=\"" + Math.round(beforePt * 20) + "\" w:after=\"" + Math.round(afterPt * 20) + "\" w:line=\""
                + Math.round(lineSpacing * s.size() * 20) + "\" w:lineRule=\"atLeast\"/>";
    }

    static String styles(LayoutProfile l, String lang) {
        StringBuilder b = new StringBuilder();
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:styles xmlns:w=\"").append(W).append("\">");
        String font = esc(l.font().family());
        b.append("<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"").append(font).append("\" w:hAnsi=\"").append(font)
                .append("\" w:eastAsia=\"").append(font).append("\" w:cs=\"").append(font).append("\"/>");
        size(b, l.style("body").size());
        b.append("<w:lang w:val=\"").append(esc(lang)).append("\" w:eastAsia=\"").append(esc(lang)).append("\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>");
        b.append("<w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>");

        double after = l.text().spaceAfterPt(), ls = l.text().lineSpacing();
        int ind = twips(l.text().indentMm());
        String centre = "<w:jc w:val=\"center\"/>", both = "<w:jc w:val=\"both\"/>", left = "<w:jc w:val=\"left\"/>";
        LayoutProfile.Style body = l.style("body");

        style(b, NORMAL, null, null, sp(0, after, ls, body) + both, body, lang, true);
        style(b, BODY, NORMAL, BODY, sp(0, after, ls, body) + "<w:ind w:firstLine=\"" + ind + "\"/>" + both, body, lang, false);
        style(b, FLUSH, BODY, FLUSH, "<w:ind w:firstLine=\"0\"/>", null, lang, false);
        String[][] headings = {{H1, "heading1", "12", "6", "0"}, {H2, "heading2", "10", "6", "1"}, {H3, "heading3", "8", "4", "2"}};
        for (String[] h : headings) {
            LayoutProfile.Style hs = l.style(h[1]);
            style(b, h[0], NORMAL, BODY, "<w:keepNext/><w:keepLines/>" + sp(Double.parseDouble(h[2]), Double.parseDouble(h[3]), ls, hs) + both
                    + "<w:outlineLvl w:val=\"" + h[4] + "\"/>", hs, lang, false);
        }
        style(b, LIST, NORMAL, LIST, "<w:numPr><w:numId w:val=\"" + DASH_LIST + "\"/></w:numPr>" + sp(0, 3, ls, l.style("list"))
                + "<w:ind w:left=\"0\" w:firstLine=\"" + ind + "\"/>" + both, l.style("list"), lang, false);
        style(b, TITLE, NORMAL, SUBJECT, "<w:keepNext/>" + sp(14, 4, ls, l.style("title")) + centre, l.style("title"), lang, false);
        style(b, SUBJECT, NORMAL, RULE, "<w:keepNext/>" + sp(0, 4, ls, l.style("subject")) + "<w:ind w:left=\"" + twips(10) + "\" w:right=\""
                + twips(10) + "\"/>" + centre, l.style("subject"), lang, false);
        style(b, RULE, NORMAL, BODY, sp(0, 12, ls, l.style("rule")) + centre, l.style("rule"), lang, false);
        for (String[] h : new String[][] {{PARENT, "parent"}, {ISSUER, "issuer"}, {STAR, "star"}, {NUMBER, "number"}, {NATIONAL, "national"}}) {
            style(b, h[0], NORMAL, null, sp(0, 0, ls, l.style(h[1])) + centre, l.style(h[1]), lang, false);
        }
        style(b, TRICH_YEU, NORMAL, null, sp(3, 0, ls, l.style("trich_yeu")) + centre, l.style("trich_yeu"), lang, false);
        style(b, PLACE_DATE, NORMAL, null, sp(10, 0, ls, l.style("place_date")) + centre, l.style("place_date"), lang, false);
        style(b, KINH_GUI, NORMAL, BODY, sp(6, after, ls, l.style("kinh_gui")) + centre, l.style("kinh_gui"), lang, false);
        style(b, RECIPIENTS_TITLE, NORMAL, RECIPIENTS, sp(0, 0, ls, l.style("recipients_label")) + left, l.style("recipients_label"), lang, false);
        style(b, RECIPIENTS, NORMAL, null, sp(0, 0, ls, l.style("recipients")) + left, l.style("recipients"), lang, false);
        style(b, AUTHORITY, NORMAL, null, sp(0, 0, ls, l.style("authority")) + centre, l.style("authority"), lang, false);
        style(b, SIGN_TITLE, NORMAL, null, sp(0, 0, ls, l.style("sign_title")) + centre, l.style("sign_title"), lang, false);
        style(b, SIGN_SPACE, NORMAL, null, "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"1200\" w:lineRule=\"exact\"/>" + centre, l.style("sign_title"), lang, false);
        style(b, SIGN_NAME, NORMAL, null, sp(0, 0, ls, l.style("sign_name")) + centre, l.style("sign_name"), lang, false);
        style(b, NOTE, NORMAL, null, sp(0, after, ls, l.style("note")) + both, l.style("note"), lang, false);
        style(b, WARNING, BODY, null, "<w:pBdr><w:top w:val=\"single\" w:sz=\"4\" w:space=\"4\" w:color=\"000000\"/><w:left w:val=\"single\" w:sz=\"4\" w:space=\"4\" w:color=\"000000\"/>"
                + "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"4\" w:color=\"000000\"/><w:right w:val=\"single\" w:sz=\"4\" w:space=\"4\" w:color=\"000000\"/></w:pBdr>"
                + sp(8, 8, ls, body) + "<w:ind w:firstLine=\"0\"/>", italic(body), lang, false);
        style(b, APPENDIX_TITLE, NORMAL, APPENDIX_REF, "<w:keepNext/>" + sp(0, 0, ls, l.style("appendix_title")) + centre, l.style("appendix_title"), lang, false);
        style(b, APPENDIX_REF, NORMAL, BODY, sp(0, 12, ls, l.style("appendix_ref")) + centre, l.style("appendix_ref"), lang, false);
        style(b, TABLE_TEXT, NORMAL, null, sp(0, 0, ls, l.style("table")) + left, l.style("table"), lang, false);
        style(b, TABLE_NUMBER, TABLE_TEXT, null, "<w:jc w:val=\"right\"/>", null, lang, false);
        style(b, TABLE_CENTRE, TABLE_TEXT, null, centre, null, lang, false);
        style(b, TABLE_HEADER, TABLE_TEXT, null, "<w:keepNext/>" + centre, l.style("table_header"), lang, false);
        // the same four for wide grids (table.grid), at the profile's small table size
        LayoutProfile.Style small = l.style("table_small");
        LayoutProfile.Style smallHeader = new LayoutProfile.Style(small.size(), l.style("table_header").bold(), l.style("table_header").italic(),
                l.style("table_header").underline(), l.style("table_header").uppercase());
        style(b, TABLE_TEXT + SMALL, NORMAL, null, sp(0, 0, ls, small) + left, small, lang, false);
        style(b, TABLE_NUMBER + SMALL, TABLE_TEXT + SMALL, null, "<w:jc w:val=\"right\"/>", null, lang, false);
        style(b, TABLE_CENTRE + SMALL, TABLE_TEXT + SMALL, null, centre, null, lang, false);
        style(b, TABLE_HEADER + SMALL, TABLE_TEXT + SMALL, null, "<w:keepNext/>" + centre, smallHeader, lang, false);
        style(b, TABLE_GAP, NORMAL, null, "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"200\" w:lineRule=\"exact\"/>", null, lang, false);
        LayoutProfile.Style number = new LayoutProfile.Style(l.page().pageNumberSizePt(), false, false, false, false);
        style(b, HEADER, NORMAL, null, sp(0, 0, ls, number) + centre, number, lang, false);

        String cellMargins = "<w:tblCellMar><w:top w:w=\"40\" w:type=\"dxa\"/><w:left w:w=\"60\" w:type=\"dxa\"/><w:bottom w:w=\"40\" w:type=\"dxa\"/>"
                + "<w:right w:w=\"60\" w:type=\"dxa\"/></w:tblCellMar>";
        String tight = "<w:spacing w:before=\"0\" w:after=\"0\"/>";
        String border = " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>";
        b.append("<w:style w:type=\"table\" w:styleId=\"").append(GRID).append("\"><w:name w:val=\"Table Grid\"/><w:uiPriority w:val=\"59\"/><w:pPr>")
                .append(tight).append("</w:pPr><w:tblPr><w:tblBorders><w:top").append(border).append("<w:left").append(border)
                .append("<w:bottom").append(border).append("<w:right").append(border).append("<w:insideH").append(border)
                .append("<w:insideV").append(border).append("</w:tblBorders>").append(cellMargins).append("</w:tblPr></w:style>");
        b.append("<w:style w:type=\"table\" w:styleId=\"").append(PLAIN).append("\"><w:name w:val=\"Table Plain\"/><w:pPr>").append(tight)
                .append("</w:pPr><w:tblPr><w:tblBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom w:val=\"nil\"/><w:right w:val=\"nil\"/>")
                .append("<w:insideH w:val=\"nil\"/><w:insideV w:val=\"nil\"/></w:tblBorders><w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\"/>")
                .append("<w:right w:w=\"0\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>");
        b.append("</w:styles>");
        return b.toString();
    }

    private static LayoutProfile.Style italic(LayoutProfile.Style s) { return new LayoutProfile.Style(s.size(), s.bold(), true, s.underline(), s.uppercase()); }

    private static void style(StringBuilder b, String id, String basedOn, String next, String pPr, LayoutProfile.Style rs, String lang, boolean isDefault) {
        b.append("<w:style w:type=\"paragraph\" w:styleId=\"").append(id).append('"');
        if (isDefault) b.append(" w:default=\"1\"");
        b.append("><w:name w:val=\"").append(esc(NAMES.get(id))).append("\"/>");
        if (basedOn != null) b.append("<w:basedOn w:val=\"").append(basedOn).append("\"/>");
        if (next != null) b.append("<w:next w:val=\"").append(next).append("\"/>");
        b.append("<w:qFormat/>");
        if (pPr != null && !pPr.isEmpty()) b.append("<w:pPr>").append(pPr).append("</w:pPr>");
        b.append("<w:rPr>");
        if (rs != null) {
            b.append(rs.bold() ? "<w:b/><w:bCs/>" : "<w:b w:val=\"0\"/><w:bCs w:val=\"0\"/>");
            b.append(rs.italic() ? "<w:i/><w:iCs/>" : "<w:i w:val=\"0\"/><w:iCs w:val=\"0\"/>");
            b.append(rs.uppercase() ? "<w:caps/>" : "<w:caps w:val=\"0\"/>");
            size(b, rs.size());
            b.append(rs.underline() ? "<w:u w:val=\"single\"/>" : "<w:u w:val=\"none\"/>");
        }
        b.append("<w:lang w:val=\"").append(esc(lang)).append("\"/></w:rPr></w:style>");
    }

    private static void size(StringBuilder b, double pt) {
        long half = Math.round(pt * 2);
        b.append("<w:sz w:val=\"").append(half).append("\"/><w:szCs w:val=\"").append(half).append("\"/>");
    }

    /** numbering.xml: one list whose items begin with "-" and a space, at the body's first-line indent. */
    static String numbering(LayoutProfile l) {
        String font = esc(l.font().family());
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:numbering xmlns:w=\"" + W + "\">"
                + "<w:abstractNum w:abstractNumId=\"" + DASH_LIST + "\"><w:multiLevelType w:val=\"singleLevel\"/>"
                + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:suff w:val=\"space\"/><w:lvlText w:val=\"-\"/>"
                + "<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"0\" w:firstLine=\"" + twips(l.text().indentMm()) + "\"/></w:pPr>"
                + "<w:rPr><w:rFonts w:ascii=\"" + font + "\" w:hAnsi=\"" + font + "\" w:cs=\"" + font + "\"/><w:b w:val=\"0\"/><w:i w:val=\"0\"/></w:rPr></w:lvl>"
                + "</w:abstractNum><w:num w:numId=\"" + DASH_LIST + "\"><w:abstractNumId w:val=\"" + DASH_LIST + "\"/></w:num></w:numbering>";
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
