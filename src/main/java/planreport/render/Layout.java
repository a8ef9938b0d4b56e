package planreport.render;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;
import planreport.check.Code;
import planreport.check.Diagnostic;
import planreport.model.Names;

/**
 * The layout profile ({@code templates/layout.yaml}): page, margins, font, and the size and styles of
 * each element of a Party document, read by every renderer so that a corrected rule is changed in
 * one place. A user's {@code layout.yaml} in the --templates folder is read over the packaged one:
 * it may leave keys out (they keep the packaged value) but may not add any, and each value must have
 * the packaged value's type; every problem is a diagnostic at its line and column.
 */
public record Layout(Page page, String font, String language, String languageEn, double lineSpacing, double indentMm,
                     double spaceAfterPt, Map<String, Style> styles) {
    public static final String FILE = "layout.yaml";

    /** A4 or A5, the margins, where the page number goes (top-center or none), its size and distance from the top edge. */
    public record Page(String size, double widthMm, double heightMm, double top, double bottom, double left, double right,
                       boolean pageNumber, boolean pageNumberFirstPage, double pageNumberFromTopMm, double pageNumberSizePt) {}

    /** One element's look: size in pt, bold, italic, underline, shown in capitals. */
    public record Style(double size, boolean bold, boolean italic, boolean underline, boolean uppercase) {}

    /** The element names of {@code styles:}: every renderer finds each of these. */
    public static final List<String> ELEMENTS = List.of("parent", "issuer", "star", "number", "trich_yeu", "national", "place_date",
            "title", "subject", "rule", "kinh_gui", "body", "heading1", "heading2", "heading3", "list", "table", "table_header", "table_small",
            "note", "recipients_label", "recipients", "authority", "sign_title", "sign_name", "appendix_title", "appendix_ref");

    public Style style(String element) {
        Style s = styles.get(element);
        if (s == null) throw new IllegalArgumentException("no style " + element + " in the layout profile");
        return s;
    }

    /** The text language for a report in {@code lang} ("vi", "en"), as a BCP 47 tag. */
    public String languageFor(String lang) {
        return lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en") ? languageEn : language;
    }

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

    /** The profile: {@code userDir/layout.yaml} over the packaged one when that file exists, else the packaged one. */
    public static Layout load(Path userDir) throws RenderFailure {
        MappingNode base;
        try {
            base = parse(new String(Templates.packaged(FILE), StandardCharsets.UTF_8), "templates/" + FILE);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Object> merged = values(base);
        Path user = userDir == null ? null : userDir.resolve(FILE);
        if (user != null && Files.isRegularFile(user)) {
            String name = user.toString();
            String text;
            try {
                byte[] bytes = Files.readAllBytes(user);
                if (bytes.length > 256 * 1024) throw failure(Diagnostic.of(Code.INPUT, "layout-too-large").in(name).with("limit", 256 * 1024));
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                throw failure(Diagnostic.of(Code.INPUT, "layout-not-utf8").in(name));
            } catch (IOException e) {
                throw failure(Diagnostic.of(Code.INPUT, "read-failed").in(name).with("detail", String.valueOf(e.getMessage())));
            }
            MappingNode over = parse(Names.nfc(text.startsWith("\uFEFF") ? text.substring(1) : text), name);
            overlay(base, over, merged, name, "");
        }
        return build(merged);
    }

    // ---- reading

    private static MappingNode parse(String text, String name) throws RenderFailure {
        LoaderOptions o = new LoaderOptions();
        o.setMaxAliasesForCollections(0);
        o.setNestingDepthLimit(8);
        o.setAllowDuplicateKeys(false);
        Node root;
        try {
            root = new Composer(new ParserImpl(new StreamReader(new StringReader(text)), o), new Resolver(), o).getSingleNode();
        } catch (MarkedYAMLException e) {
            var m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String detail = e.getProblem() == null ? String.valueOf(e.getMessage()) : e.getProblem();
            throw failure(Diagnostic.of(Code.INPUT, "layout-syntax").at(name, m == null ? null : m.getLine() + 1, m == null ? null : m.getColumn() + 1)
                    .with("detail", detail));
        } catch (YAMLException e) {
            throw failure(Diagnostic.of(Code.INPUT, "layout-syntax").in(name).with("detail", String.valueOf(e.getMessage())));
        }
        if (root == null) return new MappingNode(Tag.MAP, List.of(), org.yaml.snakeyaml.DumperOptions.FlowStyle.BLOCK);
        if (!(root instanceof MappingNode m)) throw failure(at(Diagnostic.of(Code.INPUT, "layout-not-mapping").with("key", "/"), name, root));
        return m;
    }

    /** The packaged tree as nested maps of typed values (Double, Boolean, String). */
    private static Map<String, Object> values(MappingNode node) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (NodeTuple t : node.getValue()) {
            String key = ((ScalarNode) t.getKeyNode()).getValue();
            Node v = t.getValueNode();
            m.put(key, v instanceof MappingNode vm ? values(vm) : typed((ScalarNode) v));
        }
        return m;
    }

    private static Object typed(ScalarNode s) {
        Tag tag = s.getTag();
        if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) return Double.parseDouble(s.getValue().replace("_", ""));
        if (tag.equals(Tag.BOOL)) return Boolean.parseBoolean(s.getValue().toLowerCase(Locale.ROOT));
        return s.getValue();
    }

    /** Lays the user's mapping over the packaged one, checking every key and type against it. */
    @SuppressWarnings("unchecked")
    private static void overlay(MappingNode base, MappingNode over, Map<String, Object> into, String file, String path) throws RenderFailure {
        Map<String, Node> known = new LinkedHashMap<>();
        for (NodeTuple t : base.getValue()) known.put(((ScalarNode) t.getKeyNode()).getValue(), t.getValueNode());
        Map<String, Node> seen = new LinkedHashMap<>();
        for (NodeTuple t : over.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) throw failure(at(Diagnostic.of(Code.INPUT, "layout-key").value("?")
                    .with("in", path.isEmpty() ? FILE : path).with("allowed", String.join(", ", known.keySet())), file, t.getKeyNode()));
            String key = k.getValue();
            String full = path.isEmpty() ? key : path + "." + key;
            if (seen.containsKey(key)) {
                throw failure(at(Diagnostic.of(Code.INPUT, "layout-duplicate").with("key", full)
                        .with("first", seen.get(key).getStartMark().getLine() + 1), file, k));
            }
            seen.put(key, k);
            Node want = known.get(key);
            if (want == null) {
                throw failure(at(Diagnostic.of(Code.INPUT, "layout-key").value(key).with("in", path.isEmpty() ? FILE : path)
                        .suggest(Names.closest(key, known.keySet()).orElse(null)).with("allowed", String.join(", ", known.keySet())), file, k));
            }
            Node got = t.getValueNode();
            if (want instanceof MappingNode wm) {
                if (!(got instanceof MappingNode gm)) throw failure(at(Diagnostic.of(Code.INPUT, "layout-not-mapping").with("key", full), file, got));
                overlay(wm, gm, (Map<String, Object>) into.get(key), file, full);
                continue;
            }
            Object expected = typed((ScalarNode) want);
            String kind = expected instanceof Double ? "number" : expected instanceof Boolean ? "boolean" : "text";
            if (!(got instanceof ScalarNode gs)) throw failure(at(Diagnostic.of(Code.INPUT, "layout-not-" + kind).with("key", full), file, got));
            Object value = typed(gs);
            if (expected instanceof String) value = gs.getValue();
            if (expected.getClass() != value.getClass()) {
                throw failure(at(Diagnostic.of(Code.INPUT, "layout-not-" + kind).with("key", full).value(gs.getValue()), file, got));
            }
            String problem = check(full, value);
            if (problem != null) throw failure(at(Diagnostic.of(Code.INPUT, "layout-value").with("key", full).value(gs.getValue()).with("allowed", problem), file, got));
            into.put(key, value);
        }
    }

    /** The values a key accepts, when {@code value} is outside them; else null. */
    static String check(String key, Object value) {
        if (key.equals("page.size")) return List.of("A4", "A5").contains(value) ? null : "A4, A5";
        if (key.equals("page.page_number")) return List.of("top-center", "none").contains(value) ? null : "top-center, none";
        if (value instanceof Double d) {
            if (key.endsWith("_mm")) return d >= 0 && d <= 80 ? null : "0–80";
            if (key.endsWith(".size") || key.endsWith("_pt")) return d >= (key.endsWith("space_after_pt") ? 0 : 4) && d <= 72 ? null : (key.endsWith("space_after_pt") ? "0–72" : "4–72");
            if (key.equals("text.line_spacing")) return d >= 0.8 && d <= 3 ? null : "0.8–3";
        }
        if (key.startsWith("font.") && value instanceof String s && (s.isBlank() || s.length() > 64)) return "1–64";
        return null;
    }

    private static Diagnostic at(Diagnostic d, String file, Node n) {
        return d.at(file, (Integer) (n.getStartMark().getLine() + 1), (Object) (n.getStartMark().getColumn() + 1));
    }

    private static RenderFailure failure(Diagnostic d) { return new RenderFailure(d, null); }

    @SuppressWarnings("unchecked")
    private static Layout build(Map<String, Object> m) {
        Map<String, Object> page = (Map<String, Object>) m.get("page"), font = (Map<String, Object>) m.get("font"),
                text = (Map<String, Object>) m.get("text"), styles = (Map<String, Object>) m.get("styles");
        String size = (String) page.get("size");
        boolean a5 = size.equals("A5");
        Page p = new Page(size, a5 ? 148 : 210, a5 ? 210 : 297, num(page, "margin_top_mm"), num(page, "margin_bottom_mm"),
                num(page, "margin_left_mm"), num(page, "margin_right_mm"), !"none".equals(page.get("page_number")),
                (Boolean) page.get("page_number_first_page"), num(page, "page_number_from_top_mm"), num(page, "page_number_size_pt"));
        Map<String, Style> st = new LinkedHashMap<>();
        for (String e : ELEMENTS) {
            Map<String, Object> s = (Map<String, Object>) styles.get(e);
            if (s == null) throw new IllegalStateException("the packaged layout profile has no style " + e);
            st.put(e, new Style(num(s, "size"), (Boolean) s.get("bold"), (Boolean) s.get("italic"), (Boolean) s.get("underline"),
                    (Boolean) s.get("uppercase")));
        }
        return new Layout(p, (String) font.get("family"), (String) font.get("language"), (String) font.get("language_en"),
                num(text, "line_spacing"), num(text, "first_line_indent_mm"), num(text, "space_after_pt"), Map.copyOf(st));
    }

    private static double num(Map<String, Object> m, String key) { return (Double) m.get(key); }

    // ---- the PDF's share

    /**
     * The CSS rules this profile sets, for the PDF: placed before the template's own style sheet, so
     * report.css can still refine what the profile leaves open (and a user's report.css override wins).
     */
    public String css() {
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
        b.append("body { font-family: \"Liberation Serif\"; line-height: ").append(fmt(lineSpacing)).append("; }\n");
        b.append("p { text-indent: ").append(mm(indentMm)).append("; margin: 0 0 ").append(pt(spaceAfterPt)).append(" 0; }\n");
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
