package planreport.io;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
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
import planreport.model.LayoutProfile;
import planreport.model.Names;

/**
 * Reads the layout profile ({@code templates/layout.yaml}): the packaged file, and a user's
 * {@code layout.yaml} in the --templates folder over it. The user's file may leave keys out (they keep
 * the packaged value) but may not add any, and each value must have the packaged value's type and lie
 * in its range; every problem is a {@link LayoutProblem} at its line and column. The packaged file is
 * the schema: its keys are the keys allowed, its values' types the types wanted.
 */
public final class LayoutReader {
    /** The profile's file name, in the packaged templates and in a user's templates folder. */
    public static final String FILE = "layout.yaml";
    static final int MAX_BYTES = 256 * 1024;

    private LayoutReader() {}

    /**
     * The profile: {@code userDir/layout.yaml} over {@code packaged} (the packaged file's bytes) when that
     * file exists, else the packaged one alone.
     */
    public static LayoutProfile read(byte[] packaged, Path userDir) throws LayoutProblem {
        MappingNode base = parse(new String(packaged, StandardCharsets.UTF_8), "templates/" + FILE);
        Map<String, Object> merged = new LinkedHashMap<>();
        values(base, "", merged);
        Path user = userDir == null ? null : userDir.resolve(FILE);
        if (user != null && Files.isRegularFile(user)) {
            String name = user.toString();
            String text;
            try {
                byte[] bytes = Files.readAllBytes(user);
                if (bytes.length > MAX_BYTES) throw new LayoutProblem(Diagnostic.of(Code.INPUT, "layout-too-large").in(name).with("limit", MAX_BYTES));
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                throw new LayoutProblem(Diagnostic.of(Code.INPUT, "layout-not-utf8").in(name));
            } catch (IOException e) {
                throw new LayoutProblem(Diagnostic.of(Code.INPUT, "read-failed").in(name).with("detail", String.valueOf(e.getMessage())));
            }
            MappingNode over = parse(Names.nfc(text.startsWith("\uFEFF") ? text.substring(1) : text), name);
            overlay(base, over, merged, name, "");
        }
        return build(new Values(merged));
    }

    private static MappingNode parse(String text, String name) throws LayoutProblem {
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
            throw new LayoutProblem(Diagnostic.of(Code.INPUT, "layout-syntax").at(name, m == null ? null : m.getLine() + 1, m == null ? null : m.getColumn() + 1)
                    .with("detail", detail));
        } catch (YAMLException e) {
            throw new LayoutProblem(Diagnostic.of(Code.INPUT, "layout-syntax").in(name).with("detail", String.valueOf(e.getMessage())));
        }
        if (root == null) return new MappingNode(Tag.MAP, List.of(), DumperOptions.FlowStyle.BLOCK);
        if (!(root instanceof MappingNode m)) throw new LayoutProblem(at(Diagnostic.of(Code.INPUT, "layout-not-mapping").with("key", "/"), name, root));
        return m;
    }

    /** The packaged tree's scalars as typed values (Double, Boolean, String), by dotted path ("page.margin_top_mm"). */
    private static void values(MappingNode node, String path, Map<String, Object> into) {
        for (NodeTuple t : node.getValue()) {
            String key = ((ScalarNode) t.getKeyNode()).getValue();
            String full = path.isEmpty() ? key : path + "." + key;
            Node v = t.getValueNode();
            if (v instanceof MappingNode vm) values(vm, full, into);
            else into.put(full, typed((ScalarNode) v));
        }
    }

    private static Object typed(ScalarNode s) {
        Tag tag = s.getTag();
        if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) return Double.parseDouble(s.getValue().replace("_", ""));
        if (tag.equals(Tag.BOOL)) return Boolean.parseBoolean(s.getValue().toLowerCase(Locale.ROOT));
        return s.getValue();
    }

    /** Lays the user's mapping over the packaged one, checking every key and type against it. */
    private static void overlay(MappingNode base, MappingNode over, Map<String, Object> into, String file, String path) throws LayoutProblem {
        Map<String, Node> known = new LinkedHashMap<>();
        for (NodeTuple t : base.getValue()) known.put(((ScalarNode) t.getKeyNode()).getValue(), t.getValueNode());
        Map<String, Node> seen = new LinkedHashMap<>();
        for (NodeTuple t : over.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) throw new LayoutProblem(at(Diagnostic.of(Code.INPUT, "layout-key").value("?")
                    .with("in", path.isEmpty() ? FILE : path).with("allowed", String.join(", ", known.keySet())), file, t.getKeyNode()));
            String key = k.getValue();
            String full = path.isEmpty() ? key : path + "." + key;
            if (seen.containsKey(key)) {
                throw new LayoutProblem(at(Diagnostic.of(Code.INPUT, "layout-duplicate").with("key", full)
                        .with("first", seen.get(key).getStartMark().getLine() + 1), file, k));
            }
            seen.put(key, k);
            Node want = known.get(key);
            if (want == null) {
                throw new LayoutProblem(at(Diagnostic.of(Code.INPUT, "layout-key").value(key).with("in", path.isEmpty() ? FILE : path)
                        .suggest(Names.closest(key, known.keySet()).orElse(null)).with("allowed", String.join(", ", known.keySet())), file, k));
            }
            Node got = t.getValueNode();
            if (want instanceof MappingNode wm) {
                if (!(got instanceof MappingNode gm)) throw new LayoutProblem(at(Diagnostic.of(Code.INPUT, "layout-not-mapping").with("key", full), file, got));
                overlay(wm, gm, into, file, full);
                continue;
            }
            Object expected = typed((ScalarNode) want);
            String kind = expected instanceof Double ? "number" : expected instanceof Boolean ? "boolean" : "text";
            String variant = switch (kind) {
                case "number" -> "layout-not-number";
                case "boolean" -> "layout-not-boolean";
                default -> "layout-not-text";
            };
            if (!(got instanceof ScalarNode gs)) throw new LayoutProblem(at(Diagnostic.of(Code.INPUT, variant).with("key", full), file, got));
            Object value = typed(gs);
            if (expected instanceof String) value = gs.getValue();
            if (expected.getClass() != value.getClass()) {
                throw new LayoutProblem(at(Diagnostic.of(Code.INPUT, variant).with("key", full).value(gs.getValue()), file, got));
            }
            String problem = check(full, value);
            if (problem != null) throw new LayoutProblem(at(Diagnostic.of(Code.INPUT, "layout-value").with("key", full).value(gs.getValue()).with("allowed", problem), file, got));
            into.put(full, value);
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

    private static LayoutProfile build(Values v) {
        String size = v.text("page.size");
        boolean a5 = size.equals("A5");
        LayoutProfile.Page page = new LayoutProfile.Page(size, a5 ? 148 : 210, a5 ? 210 : 297, v.num("page.margin_top_mm"),
                v.num("page.margin_bottom_mm"), v.num("page.margin_left_mm"), v.num("page.margin_right_mm"),
                !"none".equals(v.text("page.page_number")), v.flag("page.page_number_first_page"), v.num("page.page_number_from_top_mm"),
                v.num("page.page_number_size_pt"));
        Map<String, LayoutProfile.Style> styles = new LinkedHashMap<>();
        for (String e : LayoutProfile.ELEMENTS) {
            String s = "styles." + e + ".";
            if (!v.has(s + "size")) throw new IllegalStateException("the packaged layout profile has no style " + e);
            styles.put(e, new LayoutProfile.Style(v.num(s + "size"), v.flag(s + "bold"), v.flag(s + "italic"), v.flag(s + "underline"),
                    v.flag(s + "uppercase")));
        }
        return new LayoutProfile(page, new LayoutProfile.Font(v.text("font.family"), v.text("font.language"), v.text("font.language_en")),
                new LayoutProfile.Text(v.num("text.line_spacing"), v.num("text.first_line_indent_mm"), v.num("text.space_after_pt")), styles);
    }

    /** The merged scalars by dotted path, each taken as the type the packaged file gives it. */
    private record Values(Map<String, Object> byPath) {
        Values { byPath = Map.copyOf(byPath); }

        boolean has(String path) { return byPath.containsKey(path); }

        double num(String path) { return (Double) get(path); }

        boolean flag(String path) { return (Boolean) get(path); }

        String text(String path) { return (String) get(path); }

        private Object get(String path) {
            Object o = byPath.get(path);
            if (o == null) throw new IllegalStateException("the packaged layout profile has no " + path);
            return o;
        }
    }
}
