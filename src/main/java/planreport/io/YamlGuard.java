package planreport.io;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.comments.CommentLine;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingEndEvent;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.SequenceEndEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;
import planreport.check.Code;
import planreport.check.Diagnostic;
import planreport.model.Names;

/**
 * A plan file comes from anyone: its text is taken only within a size, as UTF-8, and parsed into
 * SnakeYAML's node tree (what Jackson's YAML module parses with, used because its marks are right
 * where Jackson's locations are not) behind limits that refuse anchors and aliases, which would
 * otherwise be expanded silently (and exponentially: "billion laughs"), deep nesting and a second
 * document. Every refusal is a diagnostic at its position.
 */
final class YamlGuard {
    static final int MAX_BYTES = 4 * 1024 * 1024;
    static final int MAX_DEPTH = 32;
    /**
     * From this many characters a plan whose list is not read line by line ({@link YamlList}) is parsed
     * on a second thread ({@link Ahead}): a country's plan (2.7 million) gains; the shipped plan
     * (80,000) would only pay for the thread.
     */
    static final int AHEAD_CHARS = 256 * 1024;

    private YamlGuard() {}

    /** The file's text, or null with the reason (too large, not UTF-8) reported; an IOException means it cannot be read at all. */
    static String text(Path path, PlanOut out) throws IOException {
        long size = Files.size(path);
        if (size > MAX_BYTES) {
            out.file(Diagnostic.of(Code.PLAN_SYNTAX, "too-large").with("size", size).with("limit", MAX_BYTES));
            return null;
        }
        byte[] bytes = Files.readAllBytes(path);
        // the JDK's own decoding (a third faster on a country's plan) is the text when it replaced
        // nothing; with a U+FFFD in it, the strict decoder tells a byte that is not UTF-8 from a
        // U+FFFD written in the file
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) return text;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            out.file(Diagnostic.of(Code.PLAN_SYNTAX, "not-utf8"));
            return null;
        }
    }

    /** The root mapping of the text (a byte-order mark dropped, made NFC), or null with the reason reported. */
    static MappingNode root(String raw, PlanOut out) { return root(raw, out, null, null); }

    /**
     * The root mapping, as {@link #root(String, PlanOut)}, but the list under the root's key
     * {@code listKey} (its first occurrence, when it is a list without a tag or an anchor) is not kept
     * in the tree: each of its items goes to {@code items} as soon as it is parsed (a mapping as its
     * events, when {@code items} reads it so; else, and any other item, composed), and the tree
     * holds that list empty, at its place. A country's plan is mostly its {@code bodies:} list: read
     * item by item, its nodes die young instead of living (and being copied by every collection) until
     * the whole file is read. On a syntax error or a refusal the items already given were read from
     * a file that is then not read at all: the caller drops what it made of them.
     */
    static MappingNode root(String raw, PlanOut out, String listKey, Items items) {
        String bare = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        // A list written as plan files write it is read line by line (YamlList), the rest of the file
        // by SnakeYAML; anything unexpected there, even an error, and the file is read by SnakeYAML whole.
        YamlList list = items != null && bare.length() <= MAX_BYTES ? YamlList.find(bare, listKey) : null;
        if (list != null) {
            String text = Names.nfc(bare);
            if (text != bare) list = text.length() > MAX_BYTES ? null : YamlList.find(text, listKey);
            if (list != null) {
                try {
                    Guarded guarded = new Guarded(parser(list.rest));
                    Lean lean = new Lean(guarded, new Replay(guarded), new NullOnly(), options(), listKey, items, list);
                    Node root = lean.getSingleNode();
                    if (lean.listRead && root instanceof MappingNode m) return m;
                } catch (RuntimeException e) {
                    // read again below, whole: its diagnostic is the one SnakeYAML gives for the file as written
                }
                items.restart();
            }
        }
        // A large plan is parsed on a thread of its own while this one guards, composes and reads it
        // (the guard's checks and its lighter events on this thread: the parser's is the longer work).
        // That parse starts at once on the text as written, almost always NFC already (checking a
        // country's plan takes about 10 ms); a text that is not is parsed again once normalized.
        Ahead ahead = items != null && bare.length() > AHEAD_CHARS && bare.length() <= MAX_BYTES ? new Ahead(parser(bare)) : null;
        String text = Names.nfc(bare);
        if (ahead != null && text != bare) {
            ahead.close();
            ahead = null;
        }
        if (text.length() > MAX_BYTES) {
            if (ahead != null) ahead.close();
            out.file(Diagnostic.of(Code.PLAN_SYNTAX, "too-long").with("limit", MAX_BYTES));
            return null;
        }
        if (ahead == null && items != null && text.length() > AHEAD_CHARS) ahead = new Ahead(parser(text));
        Node root;
        try {
            Guarded guarded = new Guarded(ahead != null ? ahead : parser(text));
            root = new Lean(guarded, new Replay(guarded), new NullOnly(), options(), listKey, items, null).getSingleNode();
        } catch (Refused e) {
            out.at(e.diagnostic, e.mark);
            return null;
        } catch (MarkedYAMLException e) {
            syntax(e, out);
            return null;
        } catch (ReaderException e) {
            // a character YAML does not allow: SnakeYAML gives its offset, not its line
            int line = 1, column = 1;
            for (int i = 0; i < Math.min(e.getPosition(), text.length()); i++) {
                if (text.charAt(i) == '\n') { line++; column = 1; } else column++;
            }
            out.at(Diagnostic.of(Code.PLAN_SYNTAX, "character").value(String.format("U+%04X", e.getCodePoint())), line, column);
            return null;
        } catch (YAMLException e) {
            out.file(Diagnostic.of(Code.PLAN_SYNTAX, "yaml").with("detail", clean(e.getMessage())));
            return null;
        } finally {
            if (ahead != null) ahead.close();
        }
        if (root == null) {
            out.file(Diagnostic.of(Code.PLAN_SCHEMA, "empty"));
            return null;
        }
        if (!(root instanceof MappingNode m)) {
            out.at(Diagnostic.of(Code.PLAN_SCHEMA, "root-not-mapping"), 1, 1);
            return null;
        }
        return m;
    }

    /**
     * SnakeYAML's parser and composer used directly: the {@code Yaml} facade also builds a constructor
     * and a representer we never use, which costs start-up time on every run.
     */
    private static ParserImpl parser(String text) {
        return new ParserImpl(new StreamReader(new StringReader(text)), options());
    }

    static LoaderOptions options() {
        LoaderOptions o = new LoaderOptions();
        o.setAllowDuplicateKeys(true); // we report duplicates ourselves, with both positions
        o.setMaxAliasesForCollections(0);
        o.setNestingDepthLimit(MAX_DEPTH + 8);
        o.setCodePointLimit(MAX_BYTES + 1);
        o.setAllowRecursiveKeys(false);
        return o;
    }

    /** Who reads the items of the list {@link #root} gives one by one. */
    interface Items {
        /** Forget every item given: the list is given again from its start. */
        void restart();

        /**
         * A mapping item as its events, from its start to its end (the guard's checks passed on each),
         * read without nodes: false when it is not read so, and it is then composed for {@link #node}.
         * The list is reused for the next item.
         */
        boolean events(List<Event> item);

        /** An item composed (a mapping {@link #events} did not read, or any other item). */
        void node(Node item);
    }

    /** Whether a plain scalar's text is YAML's null, as the plan reads it ({@link NullOnly}). */
    static boolean isNull(String plain) { return NullOnly.NULLS.contains(plain); }

    /**
     * SnakeYAML's composer, each node kept without what the plan never reads: its lists of comments
     * (empty: comments are not read, yet each node held two or three new empty lists). The tree of a
     * country's plan (tens of thousands of bodies) lives until the plan is built, and every object
     * it holds is copied by each young collection meanwhile.
     */
    private static final class Lean extends Composer {
        private final Resolver resolver;
        /** The guard under the composer's parser ({@link Replay}): what an item's events are taken from. */
        private final Guarded guarded;
        private final Replay replay;
        /** The root's key whose list is given item by item, and to whom (null: none). */
        private final String listKey;
        private final Items items;
        /** The events of the item being read. */
        private final List<Event> item = new ArrayList<>();
        /** The list read line by line, whose place in the text the parser sees is an empty flow list (null: none). */
        private final YamlList list;
        /** Whether {@link #list} was read, where it was written. */
        boolean listRead;
        /** How many collections the node being composed is in: 1 for the root's keys and values. */
        private int depth;
        /** The root's key just composed, while its value is. */
        private Node rootKey;
        /** Whether the root's {@code listKey} was seen: only its first occurrence is the one read. */
        private boolean listSeen;

        Lean(Guarded guarded, Replay parser, Resolver resolver, LoaderOptions options, String listKey, Items items, YamlList list) {
            super(parser, resolver, options);
            this.list = list;
            this.resolver = resolver;
            this.guarded = guarded;
            this.replay = parser;
            this.listKey = listKey;
            this.items = items;
        }

        @Override protected Node composeScalarNode(String anchor, java.util.List<CommentLine> blockComments) {
            return lean(super.composeScalarNode(anchor, blockComments));
        }

        @Override protected Node composeSequenceNode(String anchor) {
            depth++;
            try {
                return lean(super.composeSequenceNode(anchor));
            } finally {
                depth--;
            }
        }

        @Override protected Node composeMappingNode(String anchor) {
            depth++;
            try {
                return lean(super.composeMappingNode(anchor));
            } finally {
                depth--;
            }
        }

        @Override protected Node composeKeyNode(MappingNode parent) {
            Node key = super.composeKeyNode(parent);
            if (depth == 1) rootKey = key;
            return key;
        }

        @Override protected Node composeValueNode(MappingNode parent) {
            if (depth == 1 && listKey != null && !listSeen && rootKey instanceof ScalarNode k && listKey.equals(k.getValue())) {
                listSeen = true;
                if (list != null) return listed(k);
                if (parser.peekEvent() instanceof SequenceStartEvent s && s.getTag() == null && s.getAnchor() == null) return items(s);
            }
            return super.composeValueNode(parent);
        }

        /**
         * The list that starts with {@code start}, each item given to {@link #items}: a mapping as its
         * events first (taken from the guard, as the composer would take them, but without its lighter
         * copies); one it does not read so, and any other item, composed as the composer would (the
         * mapping's events given back to it). What the tree keeps is the list without its items, where
         * it was written. (Its items carry no anchor or alias: the guard refuses them before they are
         * composed or read.)
         */
        private Node items(SequenceStartEvent start) {
            parser.getEvent();
            SequenceNode list = new SequenceNode(resolver.resolve(NodeId.sequence, null, start.getImplicit()), true, java.util.List.of(),
                    start.getStartMark(), start.getEndMark(), start.getFlowStyle());
            depth++;
            while (!parser.checkEvent(Event.ID.SequenceEnd)) {
                if (parser.peekEvent() instanceof MappingStartEvent m && m.getTag() == null) {
                    item.clear();
                    int open = 0;
                    do {
                        Event e = guarded.getEventAsParsed();
                        item.add(e);
                        if (e instanceof CollectionStartEvent) open++;
                        else if (e instanceof MappingEndEvent || e instanceof SequenceEndEvent) open--;
                    } while (open > 0);
                    if (items.events(item)) continue;
                    replay.giveBack(item);
                }
                items.node(composeItem());
            }
            depth--;
            parser.getEvent();
            return lean(list);
        }

        /**
         * The list read line by line, its items given to {@link #items} as {@link #items(SequenceStartEvent)}
         * gives them, where the parser sees the empty flow list that stands for it (under {@code key}, on
         * the line of the list's first item, where the list starts); anywhere else, a {@link YamlList.Bail}.
         */
        private Node listed(ScalarNode key) {
            if (!(parser.peekEvent() instanceof SequenceStartEvent s) || s.getTag() != null || s.getAnchor() != null
                    || s.getFlowStyle() != org.yaml.snakeyaml.DumperOptions.FlowStyle.FLOW || key.getStartMark().getLine() != list.keyLine
                    || key.getStartMark().getColumn() != 0 || s.getStartMark().getLine() != list.firstLine || s.getStartMark().getColumn() != 2) {
                throw new YamlList.Bail();
            }
            parser.getEvent();
            if (!parser.checkEvent(Event.ID.SequenceEnd)) throw new YamlList.Bail();
            depth++;
            for (int i = 0; i < list.items(); i++) give(list.item(i));
            depth--;
            parser.getEvent();
            listRead = true;
            return lean(new SequenceNode(resolver.resolve(NodeId.sequence, null, true), true, java.util.List.of(), s.getStartMark(), s.getStartMark(),
                    org.yaml.snakeyaml.DumperOptions.FlowStyle.BLOCK));
        }

        /** One item of the list as its events: read so, or composed from them. */
        private void give(List<Event> events) {
            if (events.get(0) instanceof MappingStartEvent m && m.getTag() == null && items.events(events)) return;
            replay.giveBack(events);
            items.node(composeItem());
        }

        private Node composeItem() {
            if (parser.checkEvent(Event.ID.Scalar)) return composeScalarNode(null, null);
            if (parser.checkEvent(Event.ID.SequenceStart)) return composeSequenceNode(null);
            return composeMappingNode(null);
        }

        private static Node lean(Node n) {
            n.setBlockComments(null);
            n.setInLineComments(null);
            n.setEndComments(null);
            return n;
        }
    }

    /**
     * The plan reads every scalar as text ({@link YamlObject}): of YAML's implicit types only null is
     * told apart ({@code ~}, {@code null}, an empty value), so a plain scalar is not matched against
     * the number, boolean and timestamp patterns (a tenth of the reading of a country's plan).
     */
    private static final class NullOnly extends Resolver {
        static final java.util.Set<String> NULLS = java.util.Set.of("", "~", "null", "Null", "NULL", " ");

        @Override public Tag resolve(NodeId kind, String value, boolean implicit) {
            if (kind != NodeId.scalar) return super.resolve(kind, value, implicit);
            return implicit && NULLS.contains(value) ? Tag.NULL : Tag.STR;
        }
    }

    /**
     * The parser as the composer sees it, with what we refuse checked on each event as it comes into
     * view, before the composer acts on it: anchors and aliases (which would be expanded silently, and
     * exponentially: "billion laughs"), nesting deeper than {@link #MAX_DEPTH}, a second document. One
     * pass over the text; the first problem stops it.
     */
    private static final class Guarded implements Parser {
        private final Parser in;
        private Event seen;
        private int depth;
        private int documents;

        Guarded(Parser in) { this.in = in; }

        @Override public boolean checkEvent(Event.ID choice) { look(); return in.checkEvent(choice); }

        @Override public Event peekEvent() { look(); return in.peekEvent(); }

        @Override public Event getEvent() { return light(getEventAsParsed()); }

        /** The next event, checked, as the parser made it (its marks with their window of text). */
        Event getEventAsParsed() {
            look();
            Event e = in.getEvent();
            if (e instanceof MappingEndEvent || e instanceof SequenceEndEvent) depth--;
            return e;
        }

        /**
         * The event as the composer keeps it in its nodes: its start's line and column, without the
         * window of text a mark holds on to (the reader's buffer of the moment: a country's plan kept
         * its whole text four bytes a character in them, until the plan was built), and no end of its
         * own: nothing reads where a node ends, so a scalar's and a collection's start event carry
         * their start twice (one mark a node, not two). Nothing reads a node's snippet either; a
         * syntax error's mark comes from the parser itself, text and all.
         */
        static Event light(Event e) {
            if (e instanceof ScalarEvent s) {
                Mark at = light(s.getStartMark());
                return new ScalarEvent(s.getAnchor(), s.getTag(), s.getImplicit(), s.getValue(), at, at, s.getScalarStyle());
            }
            if (e instanceof MappingStartEvent m) {
                Mark at = light(m.getStartMark());
                return new MappingStartEvent(m.getAnchor(), m.getTag(), m.getImplicit(), at, at, m.getFlowStyle());
            }
            if (e instanceof SequenceStartEvent q) {
                Mark at = light(q.getStartMark());
                return new SequenceStartEvent(q.getAnchor(), q.getTag(), q.getImplicit(), at, at, q.getFlowStyle());
            }
            if (e instanceof MappingEndEvent) {
                Mark at = light(e.getStartMark());
                return new MappingEndEvent(at, at);
            }
            if (e instanceof SequenceEndEvent) {
                Mark at = light(e.getStartMark());
                return new SequenceEndEvent(at, at);
            }
            return e;
        }

        private static final int[] NO_TEXT = {};

        private static Mark light(Mark m) {
            return m == null ? null : new Mark(m.getName(), m.getIndex(), m.getLine(), m.getColumn(), NO_TEXT, 0);
        }

        /** Checks the next event once, when it first comes into view. */
        private void look() {
            Event e = in.peekEvent();
            if (e == null || e == seen) return;
            seen = e;
            if (e instanceof AliasEvent a) throw new Refused(e, Diagnostic.of(Code.PLAN_SYNTAX, "alias").value(a.getAnchor()));
            if (e instanceof NodeEvent ne && ne.getAnchor() != null) throw new Refused(e, Diagnostic.of(Code.PLAN_SYNTAX, "anchor").value(ne.getAnchor()));
            if (e instanceof CollectionStartEvent && ++depth > MAX_DEPTH) throw new Refused(e, Diagnostic.of(Code.PLAN_SYNTAX, "too-deep").with("limit", MAX_DEPTH));
            if (e instanceof DocumentStartEvent && ++documents > 1) throw new Refused(e, Diagnostic.of(Code.PLAN_SYNTAX, "documents"));
        }
    }

    /**
     * The composer's parser: the guard's events, after any given back ({@link #giveBack}): those of an
     * item taken to be read without nodes and not read so, which the composer then composes as if they
     * had never been taken (checked once, by the guard, when they were).
     */
    private static final class Replay implements Parser {
        private final Guarded in;
        private final ArrayDeque<Event> back = new ArrayDeque<>();

        Replay(Guarded in) { this.in = in; }

        /** Gives {@code events} back, to come next in their order, lightened as the guard gives its own. */
        void giveBack(List<Event> events) {
            for (Event e : events) back.add(Guarded.light(e));
        }

        @Override public boolean checkEvent(Event.ID choice) { return back.isEmpty() ? in.checkEvent(choice) : back.peek().is(choice); }

        @Override public Event peekEvent() { return back.isEmpty() ? in.peekEvent() : back.peek(); }

        @Override public Event getEvent() { return back.isEmpty() ? in.getEvent() : back.poll(); }
    }

    /**
     * SnakeYAML's parser run on a thread of its own, its events handed over in batches, so that its
     * scanner and parser (about 200 ms of CPU in reading a country's plan) run beside the guard, the
     * composer and the reading of each body instead of before them. They see the same events in the
     * same order; what stopped the parser (a syntax error, anything thrown) comes after the events
     * before it, and is thrown where the next event is asked for, where the parser itself would have
     * thrown it (a refusal of the guard's, on the events before, comes first, as it did). The parser
     * runs ahead of the guard by at most {@link #QUEUED} batches: it keeps no stack of its own, so
     * nesting the guard refuses costs it no more than the text. Closing stops the thread and waits for it.
     */
    private static final class Ahead implements Parser, AutoCloseable {
        /** Events a batch: a handover costs a lock and perhaps a wake-up, so not one an event. */
        private static final int BATCH = 512;
        /** Batches parsed ahead at most: a bound on the events held (16,384, a few MB), whatever the plan's size. */
        private static final int QUEUED = 32;

        /** What the parser threw, in the batch where its next event would have been. */
        private record Thrown(Throwable e) {}

        private final BlockingQueue<Object[]> queue = new ArrayBlockingQueue<>(QUEUED);
        private final Thread thread;
        private Object[] batch;
        private int at;
        private Event next;
        private boolean ended;

        Ahead(Parser in) {
            thread = new Thread(() -> produce(in), "plan-yaml-parser");
            thread.setDaemon(true);
            thread.start();
        }

        private void produce(Parser in) {
            Object[] b = new Object[BATCH];
            int n = 0;
            try {
                while (true) {
                    Event e = in.getEvent();
                    if (e == null) break;
                    b[n++] = e;
                    if (e.is(Event.ID.StreamEnd)) break;
                    if (n == BATCH) {
                        queue.put(b);
                        b = new Object[BATCH];
                        n = 0;
                    }
                }
            } catch (InterruptedException e) {
                return; // closed: nobody reads on
            } catch (RuntimeException | Error e) {
                if (n == BATCH) {
                    if (!put(b)) return;
                    b = new Object[BATCH];
                    n = 0;
                }
                b[n] = new Thrown(e);
            }
            put(b);
        }

        private boolean put(Object[] b) {
            try {
                queue.put(b);
                return true;
            } catch (InterruptedException e) {
                return false;
            }
        }

        /** The next event (null after the stream's end, as SnakeYAML's parser gives), or what the parser threw there. */
        private Event peek() {
            if (next != null || ended) return next;
            if (batch == null || at == batch.length) {
                try {
                    batch = queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new YAMLException("interrupted while reading the plan");
                }
                at = 0;
            }
            Object o = batch[at];
            if (o == null) {
                // the parser's last batch, not full, ends here: it gave no more events
                ended = true;
                return null;
            }
            at++;
            if (o instanceof Thrown t) {
                ended = true;
                if (t.e() instanceof RuntimeException r) throw r;
                throw (Error) t.e();
            }
            next = (Event) o;
            return next;
        }

        @Override public boolean checkEvent(Event.ID choice) {
            Event e = peek();
            return e != null && e.is(choice);
        }

        @Override public Event peekEvent() { return peek(); }

        @Override public Event getEvent() {
            Event e = peek();
            next = null;
            if (e != null && e.is(Event.ID.StreamEnd)) ended = true;
            return e;
        }

        /** Stops the parser's thread, if it is still running, and waits for it. */
        @Override public void close() {
            thread.interrupt();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A construct the plan format refuses, where it starts, and its diagnostic (not yet placed). */
    private static final class Refused extends RuntimeException {
        final transient Mark mark;
        final transient Diagnostic diagnostic;

        Refused(Event at, Diagnostic diagnostic) {
            super(diagnostic.key(), null, false, false);
            this.mark = at.getStartMark();
            this.diagnostic = diagnostic;
        }
    }

    /** A YAML syntax error: SnakeYAML's own words (English) are its {@code detail}; a tab adds the advice to indent with spaces. */
    private static void syntax(MarkedYAMLException e, PlanOut out) {
        Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        String what = e.getProblem() != null ? e.getProblem() : clean(e.getMessage());
        if (e.getContext() != null) what = e.getContext() + ": " + what;
        boolean tab = what.contains("\\t") || what.toLowerCase().contains("tab");
        out.at(Diagnostic.of(Code.PLAN_SYNTAX, tab ? "yaml-tab" : "yaml").with("detail", clean(what)), m);
    }

    private static String clean(String s) {
        if (s == null) return "invalid YAML";
        return s.replaceAll("\\s+", " ").strip();
    }
}
