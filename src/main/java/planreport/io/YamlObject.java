package planreport.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
import planreport.check.Diagnostic;
import planreport.check.Diagnostics;
import planreport.model.Names;
import planreport.model.Period;

/**
 * A YAML mapping read against a schema: reports unknown keys (with "did you mean"), keys given
 * twice, missing fields and wrong types, each at its line and column. Values come back as NFC text.
 *
 * <p>Each diagnostic names the mapping it is about in the arg {@code in}: its path of keys in the
 * plan ("reporting.term", "sections.tasks"; list items by the list's path), or the file's name for
 * the top level — words that read the same in every language.
 */
final class YamlObject {
    private final MappingNode node;
    private final String file;
    private final Diagnostics out;
    private final String in;
    /** Each key's value node and key node (where a key written twice was first written), by key. */
    private final Map<String, NodeTuple> values = new HashMap<>();

    /** {@code in}: the mapping's path of keys in the plan, or the file's name at the top level. */
    YamlObject(MappingNode node, String file, Diagnostics out, String in, Set<String> allowed) {
        this.node = node;
        this.file = file;
        this.out = out;
        this.in = in;
        for (NodeTuple t : node.getValue()) {
            Node k = t.getKeyNode();
            if (!(k instanceof ScalarNode sk)) {
                error(k, Code.PLAN_SCHEMA, "key-not-text");
                continue;
            }
            String key = sk.getValue();
            NodeTuple first = values.get(key);
            if (first != null) {
                report(k, about(Code.DUPLICATE_ID, "key").value(key).with("first", line(first.getKeyNode())));
                continue;
            }
            if (!allowed.contains(key)) {
                report(k, about(Code.PLAN_SCHEMA, "unknown-key").value(key).suggest(Names.closest(key, allowed).orElse(null))
                        .with("allowed", String.join(", ", allowed.stream().sorted().toList())));
                continue;
            }
            values.put(key, t);
        }
    }

    static int line(Node n) { return n.getStartMark().getLine() + 1; }

    static int column(Node n) { return n.getStartMark().getColumn() + 1; }

    /** The path of this mapping (or the file's name), as diagnostics name it. */
    String in() { return in; }

    /** A diagnostic about this mapping, not yet placed: its {@code in} is set. */
    Diagnostic about(Code code, String variant) { return Diagnostic.of(code, variant).with("in", in); }

    /** Adds {@code d} at the start of {@code at}. */
    void report(Node at, Diagnostic d) { out.add(d.at(file, (Integer) line(at), (Object) column(at))); }

    /** Adds a diagnostic about this mapping at the start of {@code at}. */
    void error(Node at, Code code, String variant) { report(at, about(code, variant)); }

    /** A value of the wrong type: variant "not-WANT.FOUND" ("not-text.list": should be text, is a list). */
    private void wrongType(Node at, String key, String want) {
        report(at, about(Code.PLAN_SCHEMA, "not-" + want + "." + kind(at)).with("key", key));
    }

    Node node() { return node; }

    Node get(String key) {
        NodeTuple t = values.get(key);
        return t == null ? null : t.getValueNode();
    }

    boolean has(String key) {
        Node n = get(key);
        return n != null && !isNull(n);
    }

    static boolean isNull(Node n) {
        return n instanceof ScalarNode s && s.getTag().equals(Tag.NULL) && s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
    }

    /** A required (or optional, returning null) text value. */
    String text(String key, boolean required) {
        Node n = get(key);
        if (n == null || isNull(n)) {
            if (required) missing(key);
            return null;
        }
        if (!(n instanceof ScalarNode s)) {
            wrongType(n, key, "text");
            return null;
        }
        return clean(s, key);
    }

    /**
     * A scalar's text, NFC, without the characters no text may carry: a double-quoted YAML string
     * can spell them ("\x1A"); each such text gets a control-character warning at its position.
     */
    String clean(ScalarNode s, String key) {
        String v = Names.nfc(s.getValue());
        int at = planreport.model.ControlChars.firstBad(v);
        if (at < 0) return v;
        String stripped = planreport.model.ControlChars.strip(v);
        report(s, about(Code.CONTROL_CHARACTER, "plan").with("key", key).with("char", planreport.model.ControlChars.name(v.charAt(at)))
                .with("position", at + 1).with("count", v.length() - stripped.length()));
        return stripped;
    }

    void missing(String key) {
        report(node, about(Code.PLAN_SCHEMA, "missing-key").with("key", key));
    }

    /** A list of text values; a missing optional list is empty. */
    List<Scalar> texts(String key, boolean required) {
        Node n = get(key);
        List<Scalar> list = new ArrayList<>();
        if (n == null || isNull(n)) {
            if (required) missing(key);
            return list;
        }
        if (!(n instanceof SequenceNode seq)) {
            wrongType(n, key, "list");
            return list;
        }
        for (Node item : seq.getValue()) {
            if (item instanceof ScalarNode s && !isNull(s)) list.add(new Scalar(clean(s, key), item));
            else report(item, about(Code.PLAN_SCHEMA, "item-not-text").with("key", key));
        }
        return list;
    }

    /** A list whose items are each a text ({@link Scalar}) or a mapping ({@link MappingNode}), in order. */
    List<Object> textsOrMappings(String key) {
        Node n = get(key);
        List<Object> list = new ArrayList<>();
        if (n == null || isNull(n)) return list;
        if (!(n instanceof SequenceNode seq)) {
            wrongType(n, key, "list");
            return list;
        }
        for (Node item : seq.getValue()) {
            if (item instanceof ScalarNode sc && !isNull(sc)) list.add(new Scalar(clean(sc, key), item));
            else if (item instanceof MappingNode m) list.add(m);
            else report(item, about(Code.PLAN_SCHEMA, "item-not-text").with("key", key));
        }
        return list;
    }

    /** A list of mappings. */
    List<MappingNode> mappings(String key, boolean required) {
        Node n = get(key);
        List<MappingNode> list = new ArrayList<>();
        if (n == null || isNull(n)) {
            if (required) missing(key);
            return list;
        }
        if (!(n instanceof SequenceNode seq)) {
            wrongType(n, key, "list");
            return list;
        }
        for (Node item : seq.getValue()) {
            if (item instanceof MappingNode m) list.add(m);
            else report(item, about(Code.PLAN_SCHEMA, "item-not-mapping").with("key", key));
        }
        return list;
    }

    /** A nested mapping, or null. */
    MappingNode mapping(String key, boolean required) {
        Node n = get(key);
        if (n == null || isNull(n)) {
            if (required) missing(key);
            return null;
        }
        if (!(n instanceof MappingNode m)) {
            wrongType(n, key, "mapping");
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
            report(get(key), about(Code.PLAN_SCHEMA, "not-integer").with("key", key).value(t));
            return null;
        }
    }

    /** An ISO date within the years a period may have, or null (reported when it is given but is not one). */
    LocalDate date(String key) {
        String t = text(key, false);
        if (t == null) return null;
        try {
            LocalDate d = LocalDate.parse(t.strip());
            if (!Period.inRange(d)) {
                report(get(key), about(Code.PLAN_SCHEMA, "date-year").with("key", key).value(t).with("min", Period.MIN_YEAR).with("max", Period.MAX_YEAR));
                return null;
            }
            return d;
        } catch (DateTimeException e) {
            report(get(key), about(Code.PLAN_SCHEMA, "date").with("key", key).value(t));
            return null;
        }
    }

    /** "mapping", "list" or "text": what a node is, as the variants of a wrong type name it. */
    static String kind(Node n) {
        if (n instanceof MappingNode) return "mapping";
        if (n instanceof SequenceNode) return "list";
        return "text";
    }

    /** A text value with the node it came from, for positions. */
    record Scalar(String value, Node node) {}
}
