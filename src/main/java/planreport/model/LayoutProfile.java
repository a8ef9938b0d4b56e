package planreport.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The layout profile's values as {@code templates/layout.yaml} sets them (a user's file already laid
 * over the packaged one), typed, so that the renderers build CSS and Word styles without knowing YAML.
 */
public record LayoutProfile(Page page, Font font, Text text, Map<String, Style> styles) {
    /** The element names of {@code styles:}: the profile has a style for each of these. */
    public static final List<String> ELEMENTS = List.of("parent", "issuer", "star", "number", "trich_yeu", "national", "place_date",
            "title", "subject", "rule", "kinh_gui", "body", "heading1", "heading2", "heading3", "list", "table", "table_header", "table_small",
            "note", "recipients_label", "recipients", "authority", "sign_title", "sign_name", "appendix_title", "appendix_ref");

    public LayoutProfile {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(font, "font");
        Objects.requireNonNull(text, "text");
        styles = Map.copyOf(styles);
        for (String e : ELEMENTS) {
            if (!styles.containsKey(e)) throw new IllegalArgumentException("the layout profile has no style " + e);
        }
    }

    /** A4 or A5, the margins, where the page number goes (top-center or none), its size and distance from the top edge. */
    public record Page(String size, double widthMm, double heightMm, double top, double bottom, double left, double right,
                       boolean pageNumber, boolean pageNumberFirstPage, double pageNumberFromTopMm, double pageNumberSizePt) {}

    /** The font family and the text's language tags (BCP 47) for reports in Vietnamese and in English. */
    public record Font(String family, String language, String languageEn) {}

    /** The body text's spacing: line spacing as a multiple of the size, first-line indent in mm, space after a paragraph in pt. */
    public record Text(double lineSpacing, double indentMm, double spaceAfterPt) {}

    /** One element's look: size in pt, bold, italic, underline, shown in capitals. */
    public record Style(double size, boolean bold, boolean italic, boolean underline, boolean uppercase) {}

    /** The style of {@code element}, one of {@link #ELEMENTS}. */
    public String languageFor(String lang) {
        return lang != null && lang.toLowerCase(java.util.Locale.ROOT).startsWith("en") ? font.languageEn() : font.language();
    }

    /** An element's style (one of {@link #ELEMENTS}). */
    public Style style(String element) {
        Style s = styles.get(element);
        if (s == null) throw new IllegalArgumentException("no style " + element + " in the layout profile");
        return s;
    }
}
