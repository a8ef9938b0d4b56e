package planreport.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import planreport.check.Code;
import planreport.check.Diagnostics;
import planreport.model.Names;

/**
 * A YAML mapping read against a schema: reports unknown keys (with "did you mean"), keys given
 * twice, missing fields and wrong types, each at its line and column. Values come back as NFC text.
 */
final class YamlObject {
    private final MappingNode node;
    private final String file;
    private final Diagnostics out;
    private final String where;
    private final Map<String, Node> values = new LinkedHashMap<>();
    private final Map<String, Node> keys = new LinkedHashMap<>();

    YamlObject(MappingNode node, String file, Diagnostics out, String where, Set<String> allowed) {
        this.node = node;
        this.file = file;
        this.out = out;
        this.where = where;
        for (NodeTuple t : node.getValue()) {
            Node k = t.getKeyNode();
            if (!(k instanceof ScalarNode sk)) {
                error(Code.PLAN_SCHEMA, k, "a key in " + where + " must be plain text");
                continue;
            }
            String key = sk.getValue();
            if (values.containsKey(key)) {
                Node first = keys.get(key);
                error(Code.DUPLICATE_ID, k, "key \"" + key + "\" is given twice in " + where
                        + " (first at line " + line(first) + "); remove one");
                continue;
            }
            if (!allowed.contains(key)) {
                String hint = Names.closest(key, allowed).map(s -> "; did you mean \"" + s + "\"?").orElse("; allowed keys: " + String.join(", ", allowed.stream().sorted().toList()));
                error(Code.PLAN_SCHEMA, k, "unknown key \"" + key + "\" in " + where + hint);
                continue;
            }
            values.put(key, t.getValueNode());
            keys.put(key, k);
        }
    }

    static int line(Node n) { return n.getStartMark().getLine() + 1; }

    static int column(Node n) { return n.getStartMark().getColumn() + 1; }

    void error(Code code, Node at, String message) {
        out.add(code, file, line(at), column(at), message);
    }

    Node node() { return node; }

    Node get(String key) { return values.get(key); }

    boolean has(String key) { return values.containsKey(key) && !isNull(values.get(key)); }

    static boolean isNull(Node n) {
        return n instanceof ScalarNode s && s.getTag().equals(Tag.NULL) && s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
    }

    /** A required (or optional, returning null) text value. */
    String text(String key, boolean required) {
        Node n = values.get(key);
        if (n == null || isNull(n)) {
            if (required) missing(key);
            return null;
        }
        if (!(n instanceof ScalarNode s)) {
            error(Code.PLAN_SCHEMA, n, "\"" + key + "\" in " + where + " must be text, not a " + kind(n));
            return null;
        }
        return Names.nfc(s.getValue());
    }

    void missing(String key) {
        error(Code.PLAN_SCHEMA, node, where + " lacks the required key \"" + key + "\"");
    }

    /** A list of text values; a missing optional list is empty. */
    List<Scalar> texts(String key, boolean required) {
        Node n = values.get(key);
        List<Scalar> list = new ArrayList<>();
        if (n == null || isNull(n)) {
            if (required) missing(key);
            return list;
        }
        if (!(n instanceof SequenceNode seq)) {
            error(Code.PLAN_SCHEMA, n, "\"" + key + "\" in " + where + " must be a list, not a " + kind(n));
            return list;
        }
        for (Node item : seq.getValue()) {
            if (item instanceof ScalarNode s && !isNull(s)) list.add(new Scalar(Names.nfc(s.getValue()), item));
            else error(Code.PLAN_SCHEMA, item, "each item of \"" + key + "\" in " + where + " must be text");
        }
        return list;
    }

    /** A list of mappings. */
    List<MappingNode> mappings(String key, boolean required) {
        Node n = values.get(key);
        List<MappingNode> list = new ArrayList<>();
        if (n == null || isNull(n)) {
            if (required) missing(key);
            return list;
        }
        if (!(n instanceof SequenceNode seq)) {
            error(Code.PLAN_SCHEMA, n, "\"" + key + "\" in " + where + " must be a list, not a " + kind(n));
            return list;
        }
        for (Node item : seq.getValue()) {
            if (item instanceof MappingNode m) list.add(m);
            else error(Code.PLAN_SCHEMA, item, "each item of \"" + key + "\" in " + where + " must be a mapping (key: value lines)");
        }
        return list;
    }

    /** A nested mapping, or null. */
    MappingNode mapping(String key, boolean required) {
        Node n = values.get(key);
        if (n == null || isNull(n)) {
            if (required) missing(key);
            return null;
        }
        if (!(n instanceof MappingNode m)) {
            error(Code.PLAN_SCHEMA, n, "\"" + key + "\" in " + where + " must be a mapping, not a " + kind(n));
            return null;
        }
        return m;
    }

    /** A whole number, or null. */
    Integer integer(String key, boolean required) {
        String t = text(key, required);
        if (t == null) return null;
        try {
            return Integer.parseInt(t.strip());
        } catch (NumberFormatException e) {
            error(Code.PLAN_SCHEMA, values.get(key), "\"" + key + "\" in " + where + " must be a whole number, not \"" + t + "\"");
            return null;
        }
    }

    static String kind(Node n) {
        if (n instanceof MappingNode) return "mapping";
        if (n instanceof SequenceNode) return "list";
        return "text";
    }

    /** A text value with the node it came from, for positions. */
    record Scalar(String value, Node node) {}
}
