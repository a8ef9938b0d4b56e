package planreport.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import planreport.io.LayoutProblem;
import planreport.io.LayoutReader;
import planreport.model.LayoutProfile;
import planreport.model.LayoutProfile.Page;
import planreport.model.LayoutProfile.Style;

/**
 * The layout profile as the renderers use it: the page, margins, font, and the size and styles of each
 * element of a Party document ({@code templates/layout.yaml}, read by {@link LayoutReader}), turned
 * into the PDF's CSS rules here and into Word's styles by the .docx writer, so that a corrected rule
 * is changed in one place.
 */
public record Layout(LayoutProfile profile) {
    public static final String FILE = LayoutReader.FILE;

    /** The element names of {@code styles:}: every renderer finds each of these. */
    public static final List<String> ELEMENTS = LayoutProfile.ELEMENTS;

    public Layout {
        java.util.Objects.requireNonNull(profile, "profile");
    }

    public Page page() { return profile.page(); }

    public String font() { return profile.font().family(); }

    public double lineSpacing() { return profile.text().lineSpacing(); }

    public double indentMm() { return profile.text().indentMm(); }

    public double spaceAfterPt() { return profile.text().spaceAfterPt(); }

    public Style style(String element) { return profile.style(element); }

    /** The text language for a report in {@code lang} ("vi", "en"), as a BCP 47 tag. */
    public String languageFor(String lang) { return profile.languageFor(lang); }

    private static volatile Layout packaged;

    /** The packaged profile (the jar's copy of templates/layout.yaml). */
    public static Layout packaged() {
        Layout l = packaged;
        if (l == null) {
            try {
                packaged = l = load(null);
            } catch (RenderFailure e) {
                throw new IllegalStateException("the packaged layout profile is broken: " + e.diagnostic().key(), e);
            }
        }
        return l;
    }

    /**
     * The profile: {@code userDir/layout.yaml} over the packaged one when that file exists, else the
     * packaged one; a file that cannot be used fails the render with the reader's diagnostic.
     */
    public static Layout load(Path userDir) throws RenderFailure {
        byte[] base;
        try {
            base = Templates.packaged(FILE);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        try {
            return new Layout(LayoutReader.read(base, userDir));
        } catch (LayoutProblem e) {
            throw new RenderFailure(e.diagnostic(), null);
        }
    }

    // ---- the PDF's share

    /**
     * The CSS rules this profile sets, for the PDF: placed before the template's own style sheet, so
     * report.css can still refine what the profile leaves open (and a user's report.css override wins).
     */
    public String css() {
        Page page = page();
        StringBuilder b = new StringBuilder();
        b.append("/* generated from layout.yaml */\n");
        b.append("@page {\n  size: ").append(page.size()).append(";\n  margin: ").append(mm(page.top())).append(' ').append(mm(page.right()))
                .append(' ').append(mm(page.bottom())).append(' ').append(mm(page.left())).append(";\n");
        if (page.pageNumber()) {
            b.append("  @top-center { content: counter(page); font-family: \"Liberation Serif\"; font-size: ").append(pt(page.pageNumberSizePt()))
                    .append("; vertical-align: top; padding-top: ").append(mm(page.pageNumberFromTopMm())).append("; }\n");
        }
        b.append("}\n");
        if (page.pageNumber() && !page.pageNumberFirstPage()) b.append("@page :first {\n  @top-center { content: none; }\n}\n");
        // margin 0: the page's margins are the profile's alone (the renderer's default body margin added 8px ≈ 2 mm on every side)
        b.append("body { margin: 0; font-family: \"Liberation Serif\"; line-height: ").append(fmt(lineSpacing())).append("; }\n");
        b.append("p { text-indent: ").append(mm(indentMm())).append("; margin: 0 0 ").append(pt(spaceAfterPt())).append(" 0; }\n");
        rule(b, "body", "body");
        rule(b, ".parent", "parent");
        rule(b, ".issuer", "issuer");
        rule(b, ".star", "star");
        rule(b, ".number", "number");
        rule(b, ".trich-yeu", "trich_yeu");
        rule(b, ".national", "national");
        rule(b, ".place-date", "place_date");
        rule(b, ".doc-title", "title");
        rule(b, ".doc-subject", "subject");
        rule(b, ".doc-rule", "rule");
        rule(b, ".kinh-gui", "kinh_gui");
        rule(b, "h2", "heading1");
        rule(b, "h3", "heading2");
        rule(b, "h4", "heading3");
        rule(b, "li", "list");
        rule(b, "table.data", "table");
        rule(b, "table.data th", "table_header");
        b.append("table.grid { font-size: ").append(pt(style("table_small").size())).append("; }\n");
        rule(b, ".legend, .note, .internal", "note");
        rule(b, ".recipients-title", "recipients_label");
        rule(b, "td.recipients", "recipients");
        rule(b, ".authority", "authority");
        rule(b, ".sign-title", "sign_title");
        rule(b, ".sign-name", "sign_name");
        rule(b, ".appendix-title", "appendix_title");
        rule(b, ".appendix-ref", "appendix_ref");
        return b.toString();
    }

    private void rule(StringBuilder b, String selector, String element) {
        Style s = style(element);
        b.append(selector).append(" { font-size: ").append(pt(s.size())).append("; font-weight: ").append(s.bold() ? "bold" : "normal")
                .append("; font-style: ").append(s.italic() ? "italic" : "normal").append("; text-transform: ").append(s.uppercase() ? "uppercase" : "none");
        // the national line's underline is a rule as long as the words (a border under its span), not a text underline
        if (element.equals("national")) b.append("; text-decoration: none; border-bottom: ").append(s.underline() ? "1px solid black" : "none");
        else b.append("; text-decoration: ").append(s.underline() ? "underline" : "none");
        b.append("; }\n");
    }

    private static String mm(double v) { return fmt(v) + "mm"; }

    private static String pt(double v) { return fmt(v) + "pt"; }

    static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.valueOf(v);
    }
}
