package planreport.io;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ImplicitTuple;
import org.yaml.snakeyaml.events.MappingEndEvent;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceEndEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * A root key's block list read line by line instead of by SnakeYAML's scanner: a country's plan is
 * almost all its {@code bodies:} list (17,000 items of three or four lines), and SnakeYAML's scanner
 * and parser were most of its reading. The list is taken this way only when it is written as plan
 * files write it ({@link #find}): the key alone on its line at the margin, its items {@code "  - "}
 * at two spaces, their lines at four or more, no tab, no character YAML reads as a line break other
 * than {@code \n}, nothing SnakeYAML's reader refuses. SnakeYAML then parses the rest of the file with
 * the list's lines left empty and an empty flow list {@code []} where its first item was, so that
 * every other line and column is where it was.
 *
 * <p>Each item gives the events SnakeYAML's parser gives for it ({@link #item}): an item whose every
 * line is a key and a value written simply (a plain word, a quoted text without escapes, a flow list
 * of those) is read here; any other is parsed by SnakeYAML alone, as the text of its own lines (an
 * item of a block list at two spaces is parsed the same alone as in the list), its lines moved to
 * where they are in the file. What SnakeYAML cannot parse there, or anything else unexpected
 * ({@link Bail}), sends the whole file back to SnakeYAML as it is written.
 */
final class YamlList {
    /** Thrown where the list cannot be read this way: the file is then read by SnakeYAML whole. */
    static final class Bail extends RuntimeException {
        Bail() { super(null, null, false, false); }
    }

    private static final ImplicitTuple PLAIN = new ImplicitTuple(true, false), QUOTED = new ImplicitTuple(false, true);
    private static final int[] NO_TEXT = {};
    /** The name SnakeYAML's reader gives its marks. */
    private static final String NAME = new StreamReader(new StringReader("")).getMark().getName();

    private final String text;
    /** The line (from 0) of the key; of the list's first item. */
    final int keyLine, firstLine;
    /** The file with the list's lines emptied and {@code "  []"} on its first item's line. */
    final String rest;
    /** Each item's first character and its line, and where the list ends. */
    private final int[] starts, lines;
    private final int end;

    private YamlList(String text, int keyLine, int firstLine, String rest, int[] starts, int[] lines, int end) {
        this.text = text;
        this.keyLine = keyLine;
        this.firstLine = firstLine;
        this.rest = rest;
        this.starts = starts;
        this.lines = lines;
        this.end = end;
    }

    /** The block list under the root key {@code key} written on a line of its own at the margin (its first such line), or null when it is not written so. */
    static YamlList find(String text, String key) {
        String head = key + ":\n";
        int at = text.startsWith(head) ? 0 : text.indexOf("\n" + head);
        if (at < 0) return null;
        if (at > 0) at++;
        // the list's lines are counted from the key's, by line feeds: a line break of another kind before it
        // (a carriage return, NEL, U+2028, U+2029), which SnakeYAML counts too, leaves the whole file to SnakeYAML
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') return null;
        }
        int keyLine = 0;
        for (int i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) keyLine++;
        List<Integer> starts = new ArrayList<>(), lines = new ArrayList<>();
        int p = at + head.length(), line = keyLine + 1, end = text.length();
        while (p < text.length()) {
            int eol = text.indexOf('\n', p);
            if (eol < 0) eol = text.length();
            int kind = kind(text, p, eol);
            if (kind == MARGIN) {
                end = p;
                break;
            }
            if (kind == OTHER || (kind == INSIDE && starts.isEmpty())) return null;
            if (kind == ITEM) {
                starts.add(p);
                lines.add(line);
            }
            p = eol + 1;
            line++;
        }
        if (starts.isEmpty() || !plain(text, at + head.length(), end)) return null;
        int firstLine = lines.get(0);
        // the rest: the list's lines emptied, "  []" on its first item's line
        StringBuilder rest = new StringBuilder(text.length() - (end - at) + (line - keyLine) + 8);
        rest.append(text, 0, at + head.length());
        int l = keyLine + 1;
        if (l == firstLine) rest.append("  []");
        for (int i = at + head.length(); i < end; i++) {
            if (text.charAt(i) != '\n') continue;
            rest.append('\n');
            if (++l == firstLine) rest.append("  []");
        }
        rest.append(text, end, text.length());
        return new YamlList(text, keyLine, firstLine, rest.toString(), starts.stream().mapToInt(Integer::intValue).toArray(),
                lines.stream().mapToInt(Integer::intValue).toArray(), end);
    }

    private static final int BLANK = 0, ITEM = 1, INSIDE = 2, MARGIN = 3, OTHER = 4;

    /** What the line [from, eol) is in the list: blank or a comment, an item's first line, one of its next lines, the margin (the list ended), or other. */
    private static int kind(String text, int from, int eol) {
        int i = from;
        while (i < eol && text.charAt(i) == ' ') i++;
        if (i == eol || text.charAt(i) == '#') return BLANK;
        int indent = i - from;
        if (indent == 0) return text.charAt(i) == '\t' ? OTHER : MARGIN;
        if (indent == 2 && text.charAt(i) == '-' && (i + 1 == eol || text.charAt(i + 1) == ' ')) return ITEM;
        return indent >= 4 ? INSIDE : OTHER;
    }

    /**
     * Whether the text from {@code from} to {@code to} has only characters SnakeYAML's reader takes, each one column: no tab, no
     * surrogate, no line break but {@code \n} (no {@code \r}, U+0085, U+2028, U+2029), no U+FEFF.
     */
    private static boolean plain(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!((c >= 0x20 && c <= 0x7E) || c == '\n' || (c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029) || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF))) {
                return false;
            }
        }
        return true;
    }

    int items() { return starts.length; }

    /** The events of item {@code i}, as SnakeYAML's parser gives them for it in the file (marks with their line and column only). */
    List<Event> item(int i) {
        int from = starts[i], to = i + 1 < starts.length ? starts[i + 1] : end;
        List<Event> events = simple(from, to, lines[i]);
        return events != null ? events : parsed(from, to, lines[i]);
    }

    private static Mark mark(int line, int column) { return new Mark(NAME, 0, line, column, NO_TEXT, 0); }

    /** The events of an item whose every line is blank, a comment, or {@code key: value} written simply; null for any other. */
    private List<Event> simple(int from, int to, int line) {
        List<Event> events = new ArrayList<>();
        Mark start = mark(line, 4);
        events.add(new MappingStartEvent(null, null, true, start, start, DumperOptions.FlowStyle.BLOCK));
        int p = from;
        boolean first = true;
        while (p < to) {
            int eol = text.indexOf('\n', p);
            if (eol < 0 || eol > to) eol = to;
            if (kind(text, p, eol) != BLANK && !entry(p + 4, eol, line, first, events)) return null;
            first = false;
            p = eol + 1;
            line++;
        }
        events.add(new MappingEndEvent(start, start));
        return events;
    }

    /** One {@code key: value} at [at, eol) (its line's first four characters "  - " or spaces), its events added; false if not written simply. */
    private boolean entry(int at, int eol, int line, boolean first, List<Event> events) {
        if (!first && !text.startsWith("    ", at - 4)) return false;
        if (first && !text.startsWith("  - ", at - 4)) return false;
        int k = at;
        while (k < eol && ((text.charAt(k) >= 'a' && text.charAt(k) <= 'z') || text.charAt(k) == '_')) k++;
        if (k == at || k + 2 >= eol || text.charAt(k) != ':' || text.charAt(k + 1) != ' ') return false;
        events.add(scalar(text.substring(at, k), line, 4, PLAIN, DumperOptions.ScalarStyle.PLAIN));
        int v = k + 2, column = v - (at - 4);
        char c = text.charAt(v);
        if (c == '[') {
            Mark open = mark(line, column);
            events.add(new SequenceStartEvent(null, null, true, open, open, DumperOptions.FlowStyle.FLOW));
            int p = v + 1;
            if (p < eol && text.charAt(p) == ']') {
                p++;
            } else {
                while (true) {
                    int e = value(p, eol, true);
                    if (e < 0) return false;
                    events.add(valueEvent(p, e, line, p - (at - 4)));
                    if (e < eol && text.charAt(e) == ']') {
                        p = e + 1;
                        break;
                    }
                    if (e + 2 > eol || text.charAt(e) != ',' || text.charAt(e + 1) != ' ') return false;
                    p = e + 2;
                }
            }
            if (p != eol) return false;
            Mark close = mark(line, p - 1 - (at - 4));
            events.add(new SequenceEndEvent(close, close));
            return true;
        }
        int e = value(v, eol, false);
        if (e != eol) return false;
        events.add(valueEvent(v, e, line, column));
        return true;
    }

    /**
     * The end of a value written simply from {@code p}: a quoted text without escapes or its quote
     * inside (to just after its closing quote), or a plain word of letters, digits and {@code _ . -}
     * starting with a letter or digit; -1 for anything else. In a flow list a plain word ends at
     * {@code ,} or {@code ]}; in a block it runs to the line's end.
     */
    private int value(int p, int eol, boolean flow) {
        if (p >= eol) return -1;
        char q = text.charAt(p);
        if (q == '"' || q == '\'') {
            for (int i = p + 1; i < eol; i++) {
                char c = text.charAt(i);
                if (c == '\\' && q == '"') return -1;
                if (c == q) return i + 1;
            }
            return -1;
        }
        if (!letterOrDigit(q)) return -1;
        int i = p + 1;
        while (i < eol && (letterOrDigit(text.charAt(i)) || text.charAt(i) == '-' || text.charAt(i) == '_' || text.charAt(i) == '.')) i++;
        if (flow) return i < eol && (text.charAt(i) == ',' || text.charAt(i) == ']') ? i : -1;
        return i;
    }

    private static boolean letterOrDigit(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

    private Event valueEvent(int from, int to, int line, int column) {
        char q = text.charAt(from);
        if (q == '"') return scalar(text.substring(from + 1, to - 1), line, column, QUOTED, DumperOptions.ScalarStyle.DOUBLE_QUOTED);
        if (q == '\'') return scalar(text.substring(from + 1, to - 1), line, column, QUOTED, DumperOptions.ScalarStyle.SINGLE_QUOTED);
        return scalar(text.substring(from, to), line, column, PLAIN, DumperOptions.ScalarStyle.PLAIN);
    }

    private static ScalarEvent scalar(String value, int line, int column, ImplicitTuple implicit, DumperOptions.ScalarStyle style) {
        Mark at = mark(line, column);
        return new ScalarEvent(null, null, implicit, value, at, at, style);
    }

    /**
     * The events of an item as SnakeYAML parses the text of its lines alone, moved to its line; a
     * {@link Bail} when it does not parse, or holds what the guard refuses (an anchor, an alias, deep nesting).
     */
    private List<Event> parsed(int from, int to, int line, LoaderOptions options) {
        List<Event> all = new ArrayList<>();
        try {
            ParserImpl parser = new ParserImpl(new StreamReader(new StringReader(text.substring(from, to))), options);
            for (Event e = parser.getEvent(); !e.is(Event.ID.StreamEnd); e = parser.getEvent()) all.add(e);
        } catch (RuntimeException e) {
            throw new Bail();
        }
        // StreamStart, DocumentStart, the list's start, the item (one node), the list's end, DocumentEnd
        if (all.size() < 6 || !(all.get(2) instanceof SequenceStartEvent) || !(all.get(all.size() - 2) instanceof SequenceEndEvent)) throw new Bail();
        List<Event> item = new ArrayList<>();
        int depth = 0, nodes = 0;
        for (Event e : all.subList(3, all.size() - 2)) {
            if ((e instanceof NodeEvent n && n.getAnchor() != null) || !(e instanceof NodeEvent || e instanceof MappingEndEvent || e instanceof SequenceEndEvent)) throw new Bail();
            if (depth == 0) nodes++;
            if (e instanceof CollectionStartEvent && ++depth > YamlGuard.MAX_DEPTH - 2) throw new Bail();
            if (e instanceof MappingEndEvent || e instanceof SequenceEndEvent) depth--;
            item.add(moved(e, line));
        }
        if (nodes != 1 || depth != 0) throw new Bail();
        return item;
    }

    private List<Event> parsed(int from, int to, int line) { return parsed(from, to, line, YamlGuard.options()); }

    /** {@code e} with its mark moved down {@code lines} lines (its line and column only). */
    private static Event moved(Event e, int lines) {
        Mark at = mark(e.getStartMark().getLine() + lines, e.getStartMark().getColumn());
        if (e instanceof ScalarEvent s) return new ScalarEvent(null, s.getTag(), s.getImplicit(), s.getValue(), at, at, s.getScalarStyle());
        if (e instanceof MappingStartEvent m) return new MappingStartEvent(null, m.getTag(), m.getImplicit(), at, at, m.getFlowStyle());
        if (e instanceof SequenceStartEvent q) return new SequenceStartEvent(null, q.getTag(), q.getImplicit(), at, at, q.getFlowStyle());
        if (e instanceof MappingEndEvent) return new MappingEndEvent(at, at);
        if (e instanceof SequenceEndEvent) return new SequenceEndEvent(at, at);
        throw new Bail(); // an alias: refused by the guard, which reading the file whole reports
    }
}
