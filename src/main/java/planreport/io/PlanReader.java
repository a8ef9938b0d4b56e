package planreport.io;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingEndEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.SequenceEndEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import planreport.check.Code;
import planreport.check.Diagnostic;
import planreport.check.Diagnostics;
import planreport.model.Body;
import planreport.model.BodyKind;
import planreport.model.Contact;
import planreport.model.Indicator;
import planreport.model.Names;
import planreport.model.Period;
import planreport.model.Plan;
import planreport.model.PlanInfo;
import planreport.model.ReminderSettings;
import planreport.model.Reporting;
import planreport.model.Section;
import planreport.model.Signature;
import planreport.model.Task;
import planreport.model.Timeframe;

/**
 * Reads plan.yaml into a {@link Plan}, reporting every problem as a diagnostic with its position.
 * It uses SnakeYAML's node tree (what Jackson's YAML module parses with) because its marks are right
 * where Jackson's locations are not, and refuses anchors and aliases, which would otherwise be
 * expanded silently (and exponentially: "billion laughs").
 */
public final class PlanReader {
    public static final int MAX_BYTES = 4 * 1024 * 1024;
    public static final int MAX_DEPTH = 32;

    /** The plan, or null when any error was found; and what was found. */
    public record Result(Plan plan, List<Diagnostic> diagnostics, Diagnostics found) {
        /** {@code found}: every diagnostic counted, of which {@code diagnostics} are the ones kept (null: just these). */
        public Result(Plan plan, List<Diagnostic> diagnostics) { this(plan, diagnostics, null); }

        public boolean ok() { return plan != null; }
    }

    private final String file;
    private final Diagnostics out = new Diagnostics();

    private PlanReader(String file) { this.file = file; }

    /** Reads a plan file; an IOException means it cannot be read at all. */
    public static Result read(Path path, String displayName) throws IOException {
        long size = Files.size(path);
        PlanReader r = new PlanReader(displayName);
        if (size > MAX_BYTES) {
            r.out.add(Diagnostic.of(Code.PLAN_SYNTAX, "too-large").in(displayName).with("size", size).with("limit", MAX_BYTES));
            return new Result(null, r.out.sorted(), r.out);
        }
        byte[] bytes = Files.readAllBytes(path);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            r.out.add(Diagnostic.of(Code.PLAN_SYNTAX, "not-utf8").in(displayName));
            return new Result(null, r.out.sorted(), r.out);
        }
        return r.parse(text);
    }

    /** Parses plan text (for tests and stdin). */
    public static Result parse(String text, String displayName) {
        return new PlanReader(displayName).parse(text);
    }

    private Result parse(String raw) {
        String text = Names.nfc(raw.startsWith("\uFEFF") ? raw.substring(1) : raw);
        if (text.length() > MAX_BYTES) {
            out.add(Diagnostic.of(Code.PLAN_SYNTAX, "too-long").in(file).with("limit", MAX_BYTES));
            return new Result(null, out.sorted(), out);
        }
        Node root;
        try {
            root = new Composer(new Guarded(parser(text)), new Resolver(), options()).getSingleNode();
        } catch (Refused e) {
            at(e.diagnostic, e.mark);
            return new Result(null, out.sorted(), out);
        } catch (MarkedYAMLException e) {
            syntax(e);
            return new Result(null, out.sorted(), out);
        } catch (ReaderException e) {
            // a character YAML does not allow: SnakeYAML gives its offset, not its line
            int line = 1, column = 1;
            for (int i = 0; i < Math.min(e.getPosition(), text.length()); i++) {
                if (text.charAt(i) == '\n') { line++; column = 1; } else column++;
            }
            out.add(Diagnostic.of(Code.PLAN_SYNTAX, "character").at(file, Integer.valueOf(line), Integer.valueOf(column))
                    .value(String.format("U+%04X", e.getCodePoint())));
            return new Result(null, out.sorted(), out);
        } catch (YAMLException e) {
            out.add(Diagnostic.of(Code.PLAN_SYNTAX, "yaml").in(file).with("detail", clean(e.getMessage())));
            return new Result(null, out.sorted(), out);
        }
        if (root == null) {
            out.add(Diagnostic.of(Code.PLAN_SCHEMA, "empty").in(file));
            return new Result(null, out.sorted(), out);
        }
        if (!(root instanceof MappingNode m)) {
            at(Diagnostic.of(Code.PLAN_SCHEMA, "root-not-mapping"), 1, 1);
            return new Result(null, out.sorted(), out);
        }
        Plan plan = build(m);
        return new Result(out.errors() == 0 ? plan : null, out.sorted(), out);
    }

    /**
     * SnakeYAML's parser and composer used directly: the {@code Yaml} facade also builds a constructor
     * and a representer we never use, which costs start-up time on every run.
     */
    private static ParserImpl parser(String text) {
        return new ParserImpl(new StreamReader(new StringReader(text)), options());
    }

    private static LoaderOptions options() {
        LoaderOptions o = new LoaderOptions();
        o.setAllowDuplicateKeys(true); // we report duplicates ourselves, with both positions
        o.setMaxAliasesForCollections(0);
        o.setNestingDepthLimit(MAX_DEPTH + 8);
        o.setCodePointLimit(MAX_BYTES + 1);
        o.setAllowRecursiveKeys(false);
        return o;
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

        @Override public Event getEvent() {
            look();
            Event e = in.getEvent();
            if (e instanceof MappingEndEvent || e instanceof SequenceEndEvent) depth--;
            return e;
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
    private void syntax(MarkedYAMLException e) {
        Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        String what = e.getProblem() != null ? e.getProblem() : clean(e.getMessage());
        if (e.getContext() != null) what = e.getContext() + ": " + what;
        boolean tab = what.contains("\\t") || what.toLowerCase().contains("tab");
        at(Diagnostic.of(Code.PLAN_SYNTAX, tab ? "yaml-tab" : "yaml").with("detail", clean(what)), m);
    }

    private static String clean(String s) {
        if (s == null) return "invalid YAML";
        return s.replaceAll("\\s+", " ").strip();
    }

    /** Adds {@code d} at a mark, or for the whole file without one. */
    private void at(Diagnostic d, Mark m) {
        if (m == null) out.add(d.in(file));
        else at(d, m.getLine() + 1, m.getColumn() + 1);
    }

    /** Adds {@code d} at the start of {@code n}. */
    private void at(Diagnostic d, Node n) { at(d, YamlObject.line(n), YamlObject.column(n)); }

    /** Adds {@code d} at a 1-based line and column. */
    private void at(Diagnostic d, int line, int column) { out.add(d.at(file, (Integer) line, (Object) column)); }

    /** The variant for a task, or its ".duty" form for a duty (English names them apart; Vietnamese calls both nhiệm vụ). */
    private static String forTask(String variant, boolean duty) { return duty ? variant + ".duty" : variant; }

    // ---- building the model ----

    private static final Set<String> ROOT_KEYS = Set.of("version", "plan", "purposes", "reporting", "sections", "duties", "bodies", "indicators", "reminders");
    private static final Set<String> PLAN_KEYS = Set.of("title", "subject", "number", "date", "parent", "issuer", "place", "implements", "preamble", "signature", "recipients", "monitoring_body");
    private static final Set<String> IMPLEMENTS_KEYS = Set.of("number", "date", "body", "title", "short");
    private static final Set<String> SIGNATURE_KEYS = Set.of("authority", "title", "name");
    private static final Set<String> REPORTING_KEYS = Set.of("period", "due_days", "cutoff", "term", "document");
    private static final Set<String> TERM_KEYS = Set.of("start", "end", "end_assumed");
    private static final Set<String> DOCUMENT_KEYS = Set.of("parent", "issuer", "number_suffix", "signature", "recipients");
    private static final Set<String> SECTION_KEYS = Set.of("id", "title", "tasks");
    private static final Set<String> TASK_KEYS = Set.of("id", "title", "content", "directing", "implementing", "leads", "coordinators", "timeframe");
    private static final Set<String> TIMEFRAME_KEYS = Set.of("text", "due", "from");
    private static final Set<String> BODY_KEYS = Set.of("id", "name", "aliases", "kind", "members", "from", "until", "successors", "contact");
    private static final Set<String> CONTACT_KEYS = Set.of("email", "phone");
    private static final Set<String> REMINDERS_KEYS = Set.of("send_within_days", "parent", "issuer", "letter_number", "notice_number",
            "signature", "recipients", "notice_recipients", "issuers");
    /** One entry of {@code reminders.issuers}: a body that may write the letters after a handover, and what differs for it. */
    private static final Set<String> ISSUER_KEYS = Set.of("body", "parent", "issuer", "letter_number", "notice_number",
            "signature", "recipients", "notice_recipients");
    private static final Set<String> REMINDER_SIGNATURE_KEYS = Set.of("authority", "title", "name");
    private static final Set<String> INDICATOR_KEYS = Set.of("id", "name", "unit", "task", "targets");

    /** A reference to a body, kept with its position until the registry is complete. */
    private record Ref(String text, Node node) {}

    private final Map<String, Node> bodyIds = new LinkedHashMap<>();
    /** The bodies read so far, looked up by id, name or alias as a report would name them (before the plan is built). */
    private final Map<String, Body> bodyByKey = new HashMap<>();
    private final List<String> bodyNames = new ArrayList<>();

    /** The "did you mean" index of {@link #bodyNames}, made when first asked (most plans never ask). */
    private Names.Index bodyIndex;

    private void register(List<Body> bodies) {
        bodyByKey.clear();
        bodyNames.clear();
        bodyIndex = null;
        for (Body b : bodies) {
            for (String n : b.names()) bodyByKey.putIfAbsent(Names.key(n), b);
            bodyNames.add(b.name());
            bodyNames.addAll(b.aliases());
        }
        for (Body b : bodies) bodyNames.add(b.id());
    }

    private Plan build(MappingNode rootNode) {
        YamlObject root = new YamlObject(rootNode, file, out, file, ROOT_KEYS);
        Integer version = root.integer("version", true);
        if (version != null && version != 1) at(Diagnostic.of(Code.PLAN_SCHEMA, "version").value(version), root.get("version"));

        // bodies first: every other part refers to them
        List<Body> bodies = new ArrayList<>();
        Map<String, List<Ref>> memberRefs = new LinkedHashMap<>();
        Map<String, Node> names = new HashMap<>();
        for (MappingNode bn : root.mappings("bodies", true)) {
            YamlObject b = new YamlObject(bn, file, out, "bodies", BODY_KEYS);
            String id = b.text("id", true);
            String name = b.text("name", true);
            String kindText = b.text("kind", true);
            BodyKind kind = kindText == null ? null : BodyKind.byId(kindText);
            if (kindText != null && kind == null) {
                List<String> kinds = java.util.Arrays.stream(BodyKind.values()).map(BodyKind::id).toList();
                at(Diagnostic.of(Code.PLAN_SCHEMA, "body-kind").value(kindText).suggest(Names.closest(kindText, kinds).orElse(null))
                        .with("kinds", String.join(", ", kinds)), b.get("kind"));
            }
            List<YamlObject.Scalar> aliases = b.texts("aliases", false);
            List<YamlObject.Scalar> members = b.texts("members", false);
            LocalDate from = date(b, "from");
            LocalDate until = date(b, "until");
            List<YamlObject.Scalar> successors = b.texts("successors", false);
            if (id == null || name == null || kind == null) continue;
            if (from != null && until != null && until.isBefore(from)) {
                at(Diagnostic.of(Code.BODY_DATES, "until-before-from").with("body", id).with("from", from).with("until", until), b.get("until"));
                until = null;
            }
            if (!successors.isEmpty() && until == null && !b.has("until")) {
                at(Diagnostic.of(Code.BODY_DATES, "successors-without-until").with("body", id), b.get("successors"));
            }
            if (bodyIds.containsKey(id)) {
                at(Diagnostic.of(Code.DUPLICATE_ID, "body-id").value(id).with("first", YamlObject.line(bodyIds.get(id))), b.get("id"));
                continue;
            }
            bodyIds.put(id, b.get("id"));
            if (kind == BodyKind.GROUP && members.isEmpty()) at(Diagnostic.of(Code.PLAN_SCHEMA, "group-empty").with("group", id), bn);
            if (kind != BodyKind.GROUP && !members.isEmpty()) {
                at(Diagnostic.of(Code.PLAN_SCHEMA, "members-not-group").with("body", id).with("kind", kind.id()), b.get("members"));
            }
            List<String> aliasTexts = new ArrayList<>();
            checkName(id, b.get("id"), names, id);
            checkName(name, b.get("name"), names, id);
            for (YamlObject.Scalar a : aliases) {
                if (checkName(a.value(), a.node(), names, id)) aliasTexts.add(a.value());
            }
            List<Ref> refs = new ArrayList<>();
            for (YamlObject.Scalar m : members) refs.add(new Ref(m.value(), m.node()));
            memberRefs.put(id, refs);
            List<Ref> next = new ArrayList<>();
            for (YamlObject.Scalar m : successors) next.add(new Ref(m.value(), m.node()));
            successorRefs.put(id, next);
            bodies.add(new Body(id, name, aliasTexts, kind, List.of(), from, until, List.of(), contact(b)));
        }
        // a lookup of names before members are resolved
        register(bodies);
        List<Body> resolved = new ArrayList<>();
        for (Body b : bodies) {
            List<String> members = new ArrayList<>();
            for (Ref r : memberRefs.getOrDefault(b.id(), List.of())) {
                String m = resolve(r, Diagnostic.of(Code.UNKNOWN_BODY, "in-group").with("group", b.id()));
                if (m != null && !members.contains(m)) members.add(m);
            }
            List<String> successors = new ArrayList<>();
            for (Ref r : successorRefs.getOrDefault(b.id(), List.of())) {
                String m = resolve(r, Diagnostic.of(Code.UNKNOWN_BODY, "successor").with("body", b.id()));
                if (m != null && !successors.contains(m)) successors.add(m);
            }
            resolved.add(new Body(b.id(), b.name(), b.aliases(), b.kind(), members, b.from(), b.until(), successors, b.contact()));
        }
        checkCycles(resolved);
        checkSuccessions(resolved);
        register(resolved);

        Reporting reporting = reporting(root);
        LocalDate termStart = reporting == null ? LocalDate.of(2000, 1, 1) : reporting.termStart().start();
        PlanInfo info = info(root);

        List<String> purposes = root.texts("purposes", false).stream().map(YamlObject.Scalar::value).toList();

        Map<String, Node> taskIds = new LinkedHashMap<>();
        Map<String, Node> sectionIds = new LinkedHashMap<>();
        List<Section> sections = new ArrayList<>();
        for (MappingNode sn : root.mappings("sections", true)) {
            YamlObject s = new YamlObject(sn, file, out, "sections", SECTION_KEYS);
            String id = s.text("id", true);
            String title = s.text("title", true);
            if (id != null && sectionIds.containsKey(id)) {
                at(Diagnostic.of(Code.DUPLICATE_ID, "section-id").value(id).with("first", YamlObject.line(sectionIds.get(id))), s.get("id"));
            } else if (id != null) {
                sectionIds.put(id, s.get("id"));
            }
            List<Task> tasks = new ArrayList<>();
            for (MappingNode tn : s.mappings("tasks", true)) {
                Task t = task(tn, id, false, taskIds, reporting, termStart);
                if (t != null) tasks.add(t);
            }
            if (id != null && title != null) sections.add(new Section(id, title, tasks));
        }
        List<Task> duties = new ArrayList<>();
        for (MappingNode tn : root.mappings("duties", false)) {
            Task t = task(tn, "III", true, taskIds, reporting, termStart);
            if (t != null) duties.add(t);
        }
        List<Indicator> indicators = indicators(root, taskIds);
        if (info == null || reporting == null || tooDeep) return null; // a Plan expands its groups and follows successions: not when they nest or run too deep
        Plan plan = new Plan(info, purposes, reporting, sections, duties, resolved, indicators);
        if (out.errors() == 0) checkOwed(plan);
        return plan;
    }

    /** Where each body's successors and each task's leads are written: for the checks on successions. */
    private final Map<String, List<Ref>> successorRefs = new LinkedHashMap<>();
    private final Map<String, Node> leadNodes = new HashMap<>();

    /**
     * Successions: no body succeeds itself through others (a cycle), and each successor exists on
     * the day it takes over (the day after its predecessor's {@code until}).
     */
    private void checkSuccessions(List<Body> bodies) {
        Map<String, Body> byId = new HashMap<>();
        for (Body b : bodies) byId.put(b.id(), b);
        Set<String> onCycles = mayBeOnCycles(bodies, byId);
        Set<String> inCycle = new HashSet<>();
        for (Body b : bodies) {
            if (!onCycles.contains(b.id()) || inCycle.contains(b.id())) continue;
            List<String> path = cycle(b.id(), byId, onCycles);
            if (path != null) {
                // one diagnostic per cycle, at its first body in the plan's order; a long one named by its ends
                inCycle.addAll(path);
                path.add(0, b.id());
                String chain = path.size() <= 12 ? String.join(" → ", path)
                        : String.join(" → ", path.subList(0, 8)) + " → … → " + String.join(" → ", path.subList(path.size() - 3, path.size()));
                at(Diagnostic.of(Code.BAD_SUCCESSION, "cycle").with("body", b.id()).with("chain", chain),
                        successorRefs.get(b.id()).get(0).node());
            }
        }
        if (inCycle.isEmpty()) {
            String deep = tooLongChain(bodies, byId);
            if (deep != null) {
                at(Diagnostic.of(Code.BAD_SUCCESSION, "too-long").with("body", deep).with("limit", MAX_SUCCESSION_DEPTH), bodyIds.get(deep));
                tooDeep = true; // a Plan follows successions to find who stands for a body: not when they run this long
                return;
            }
        }
        for (Body b : bodies) {
            if (b.until() == null || inCycle.contains(b.id())) continue;
            LocalDate day = b.until().plusDays(1);
            List<Ref> refs = successorRefs.getOrDefault(b.id(), List.of());
            for (String s : b.successors()) {
                Body next = byId.get(s);
                if (next == null || next.existsOn(day)) continue;
                Node at = refs.stream().filter(r -> s.equals(java.util.Optional.ofNullable(bodyByKey.get(Names.key(r.text()))).map(Body::id).orElse(null)))
                        .map(Ref::node).findFirst().orElse(bodyIds.get(b.id()));
                Diagnostic d = Diagnostic.of(Code.BAD_SUCCESSION, next.ceasedBy(day) ? "ceased" : "not-yet").with("body", b.id())
                        .value(s).with("day", day);
                if (next.from() != null) d = d.with("from", next.from());
                if (next.until() != null) d = d.with("until", next.until());
                at(d, at);
            }
        }
    }

    /**
     * The bodies that may lie on a cycle of successions: what is left once the bodies no succession
     * leads to, or that lead to none, are taken away, again and again (a chain of ten thousand
     * successions goes in one pass over it, with no recursion).
     */
    private static Set<String> mayBeOnCycles(List<Body> bodies, Map<String, Body> byId) {
        Map<String, Integer> in = new HashMap<>(), out = new HashMap<>();
        Map<String, List<String>> preds = new HashMap<>();
        for (Body b : bodies) {
            in.putIfAbsent(b.id(), 0);
            out.putIfAbsent(b.id(), 0);
        }
        for (Body b : bodies) {
            for (String s : new java.util.LinkedHashSet<>(b.successors())) {
                if (!byId.containsKey(s)) continue;
                out.merge(b.id(), 1, Integer::sum);
                in.merge(s, 1, Integer::sum);
                preds.computeIfAbsent(s, x -> new ArrayList<>()).add(b.id());
            }
        }
        Set<String> left = new java.util.LinkedHashSet<>(in.keySet());
        java.util.ArrayDeque<String> gone = new java.util.ArrayDeque<>();
        for (String id : left) if (in.get(id) == 0 || out.get(id) == 0) gone.add(id);
        while (!gone.isEmpty()) {
            String id = gone.poll();
            if (!left.remove(id)) continue;
            for (String s : new java.util.LinkedHashSet<>(byId.get(id).successors())) {
                if (left.contains(s) && in.merge(s, -1, Integer::sum) == 0) gone.add(s);
            }
            for (String p : preds.getOrDefault(id, List.of())) {
                if (left.contains(p) && out.merge(p, -1, Integer::sum) == 0) gone.add(p);
            }
        }
        return left;
    }

    /** How many successions may follow one another (a body, its successor, theirs, …): beyond, the plan is not built. */
    public static final int MAX_SUCCESSION_DEPTH = 32;

    /**
     * The first body (in the plan's order) reached by more than {@link #MAX_SUCCESSION_DEPTH}
     * successions in a row, or null: the chains are measured in one pass in the order of
     * succession (no recursion), so later reading (who stands for a ceased body on a day) stays
     * shallow.
     */
    private static String tooLongChain(List<Body> bodies, Map<String, Body> byId) {
        Map<String, Integer> in = new HashMap<>();
        for (Body b : bodies) in.putIfAbsent(b.id(), 0);
        for (Body b : bodies) for (String s : new java.util.LinkedHashSet<>(b.successors())) if (byId.containsKey(s)) in.merge(s, 1, Integer::sum);
        Map<String, Integer> depth = new HashMap<>();
        java.util.ArrayDeque<String> ready = new java.util.ArrayDeque<>();
        for (Body b : bodies) if (in.get(b.id()) == 0) { ready.add(b.id()); depth.put(b.id(), 0); }
        String deep = null;
        int deepIndex = Integer.MAX_VALUE;
        Map<String, Integer> order = new HashMap<>();
        for (Body b : bodies) order.putIfAbsent(b.id(), order.size());
        while (!ready.isEmpty()) {
            String id = ready.poll();
            int d = depth.get(id);
            if (d > MAX_SUCCESSION_DEPTH && order.get(id) < deepIndex) { deep = id; deepIndex = order.get(id); }
            for (String s : new java.util.LinkedHashSet<>(byId.get(id).successors())) {
                if (!byId.containsKey(s)) continue;
                depth.merge(s, d + 1, Math::max);
                if (in.merge(s, -1, Integer::sum) == 0) ready.add(s);
            }
        }
        return deep;
    }

    /**
     * The successions from {@code target} back to itself, depth first in the order they are written
     * (the chain the diagnostic names), among {@code among}; null when there is none. Iterative:
     * the stack holds, for each body on the path, the index of its next successor to try.
     */
    private static List<String> cycle(String target, Map<String, Body> byId, Set<String> among) {
        List<String> path = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        java.util.ArrayDeque<int[]> next = new java.util.ArrayDeque<>();
        java.util.ArrayDeque<String> at = new java.util.ArrayDeque<>();
        at.push(target);
        next.push(new int[] {0});
        while (!at.isEmpty()) {
            List<String> succ = byId.get(at.peek()).successors();
            int[] i = next.peek();
            if (i[0] >= succ.size()) {
                at.pop();
                next.pop();
                if (!path.isEmpty() && !at.isEmpty()) path.remove(path.size() - 1);
                continue;
            }
            String s = succ.get(i[0]++);
            if (s.equals(target)) {
                path.add(s);
                return path;
            }
            if (among.contains(s) && seen.add(s)) {
                path.add(s);
                at.push(s);
                next.push(new int[] {0});
            }
        }
        return null;
    }

    /**
     * A task still active after its leads have ceased with no successor: nobody owes it from then on
     * (a warning, once per task, at its leads).
     */
    private void checkOwed(Plan plan) {
        if (!plan.dated()) return;
        for (Task t : plan.tasks()) {
            Set<String> before = null;
            for (Period p : plan.termPeriods()) {
                if (!planreport.model.Obligations.active(plan, t, p)) continue;
                Set<String> now = plan.leadUnits(t.id(), p);
                if (now.isEmpty() && before != null && !before.isEmpty()) {
                    LocalDate last = null;
                    List<String> gone = new ArrayList<>();
                    for (String u : before) {
                        Body b = plan.body(u).orElse(null);
                        if (b == null || b.until() == null) continue;
                        gone.add(b.name());
                        if (last == null || b.until().isAfter(last)) last = b.until();
                    }
                    Node at = leadNodes.get(t.id());
                    Diagnostic d = Diagnostic.of(Code.TASK_UNOWNED).task(t.id()).period(p)
                            .with("date", last == null ? planreport.model.Obligations.judgedOn(plan, p) : last)
                            .with("bodies", String.join(", ", gone));
                    if (at != null) at(d, at); else out.add(d.in(file));
                    break;
                }
                before = now;
            }
        }
    }

    /** Registers a name or alias; false (and duplicate-id) when another body already uses it. */
    private boolean checkName(String name, Node at, Map<String, Node> names, String owner) {
        String k = Names.key(name);
        Node prev = names.get(k);
        if (prev != null) {
            if (!owner.equals(prevOwner.get(k))) {
                at(Diagnostic.of(Code.DUPLICATE_ID, "name").value(name).with("body", prevOwner.get(k)).with("first", YamlObject.line(prev)), at);
            }
            return false;
        }
        names.put(k, at);
        prevOwner.put(k, owner);
        return true;
    }

    private final Map<String, String> prevOwner = new HashMap<>();

    /** The id of the body {@code r} names; or null, and {@code unknown} (an unknown-body saying where) reported at it. */
    private String resolve(Ref r, Diagnostic unknown) {
        var b = java.util.Optional.ofNullable(bodyByKey.get(Names.key(r.text())));
        if (b.isPresent()) return b.get().id();
        at(unknown.value(r.text()).suggest(bodyIndex().closest(r.text()).orElse(null)), r.node());
        return null;
    }

    /** Every name, alias and id: the candidates for "did you mean". */
    private Names.Index bodyIndex() {
        if (bodyIndex == null) bodyIndex = new Names.Index(bodyNames);
        return bodyIndex;
    }

    /** Groups may hold groups, this many levels deep at most (as the YAML itself nests at most {@link #MAX_DEPTH}). */
    public static final int MAX_GROUP_DEPTH = 32;
    /** A group nests deeper than {@link #MAX_GROUP_DEPTH}: the plan is not built. */
    private boolean tooDeep;

    /**
     * group-cycle for every group that contains itself, and group-too-deep for a group whose members
     * nest deeper than {@link #MAX_GROUP_DEPTH}: one pass over the groups (Tarjan's strongly connected
     * components, with an explicit stack, so a chain of ten thousand groups costs no Java stack).
     */
    private void checkCycles(List<Body> bodies) {
        Map<String, Body> byId = new HashMap<>();
        for (Body b : bodies) byId.put(b.id(), b);
        Map<String, Integer> index = new HashMap<>(), low = new HashMap<>(), depth = new HashMap<>();
        Set<String> cyclic = new HashSet<>(), onStack = new HashSet<>();
        java.util.ArrayDeque<String> stack = new java.util.ArrayDeque<>();
        int next = 0;
        for (Body root : bodies) {
            if (root.members().isEmpty() || index.containsKey(root.id())) continue;
            // frames: a body and how many of its members have been looked at
            java.util.ArrayDeque<Object[]> frames = new java.util.ArrayDeque<>();
            frames.push(new Object[] {root.id(), 0});
            index.put(root.id(), next); low.put(root.id(), next++); stack.push(root.id()); onStack.add(root.id());
            while (!frames.isEmpty()) {
                Object[] f = frames.peek();
                String v = (String) f[0];
                List<String> ms = byId.get(v).members();
                int i = (Integer) f[1];
                if (i < ms.size()) {
                    f[1] = i + 1;
                    String w = ms.get(i);
                    Body wb = byId.get(w);
                    if (wb == null || wb.members().isEmpty()) continue;
                    if (!index.containsKey(w)) {
                        index.put(w, next); low.put(w, next++); stack.push(w); onStack.add(w);
                        frames.push(new Object[] {w, 0});
                    } else if (onStack.contains(w)) {
                        low.put(v, Math.min(low.get(v), index.get(w)));
                    }
                    continue;
                }
                frames.pop();
                if (!frames.isEmpty()) {
                    String parent = (String) frames.peek()[0];
                    low.put(parent, Math.min(low.get(parent), low.get(v)));
                }
                if (low.get(v).equals(index.get(v))) {
                    List<String> scc = new ArrayList<>();
                    String w;
                    do { w = stack.pop(); onStack.remove(w); scc.add(w); } while (!w.equals(v));
                    if (scc.size() > 1 || ms.contains(v)) {
                        cyclic.addAll(scc);
                    } else {
                        // every member's component came out before this one: their depths are known
                        int d = 1;
                        for (String m : ms) {
                            if (cyclic.contains(m)) { d = -1; break; }
                            Integer md = depth.get(m);
                            if (md != null) {
                                if (md < 0) { d = -1; break; }
                                d = Math.max(d, md + 1);
                            }
                        }
                        depth.put(v, d);
                        if (d > MAX_GROUP_DEPTH) tooDeep = true;
                        if (d == MAX_GROUP_DEPTH + 1) {
                            at(Diagnostic.of(Code.PLAN_SCHEMA, "group-too-deep").with("group", v).with("limit", MAX_GROUP_DEPTH), bodyIds.get(v));
                        }
                    }
                }
            }
        }
        for (Body b : bodies) {
            if (cyclic.contains(b.id())) at(Diagnostic.of(Code.PLAN_SCHEMA, "group-cycle").with("group", b.id()), bodyIds.get(b.id()));
        }
    }

    private List<String> refs(YamlObject o, String key, boolean required, Diagnostic unknown) {
        List<String> ids = new ArrayList<>();
        for (YamlObject.Scalar s : o.texts(key, required)) {
            String id = resolve(new Ref(s.value(), s.node()), unknown);
            if (id != null && !ids.contains(id)) ids.add(id);
        }
        return ids;
    }

    private Task task(MappingNode tn, String sectionId, boolean duty, Map<String, Node> taskIds, Reporting reporting, LocalDate termStart) {
        YamlObject t = new YamlObject(tn, file, out, duty ? "duties" : "sections.tasks", TASK_KEYS);
        String id = t.text("id", true);
        String task = id == null ? "?" : id;
        String content = t.text("content", true);
        String title = t.text("title", false);
        Diagnostic unknown = Diagnostic.of(Code.UNKNOWN_BODY, duty ? "in-duty" : "in-task").task(task);
        List<String> directing = refs(t, "directing", !duty, unknown);
        String implementing = t.text("implementing", false);
        List<String> leads = refs(t, "leads", true, unknown);
        List<String> coordinators = refs(t, "coordinators", false, unknown);
        if (t.has("leads") && leads.isEmpty() && t.get("leads") instanceof org.yaml.snakeyaml.nodes.SequenceNode sq && sq.getValue().isEmpty()) {
            at(Diagnostic.of(Code.PLAN_SCHEMA, forTask("no-lead", duty)).task(task), t.get("leads"));
        }
        Timeframe tf = timeframe(t, task, duty, reporting, termStart);
        if (id == null) return null;
        if (t.get("leads") != null) leadNodes.putIfAbsent(id, t.get("leads"));
        if (taskIds.containsKey(id)) {
            at(Diagnostic.of(Code.DUPLICATE_ID, "task-id").task(id).with("first", YamlObject.line(taskIds.get(id))), t.get("id"));
            return null;
        }
        taskIds.put(id, t.get("id"));
        if (content == null || tf == null) return null;
        return new Task(id, sectionId, content, directing, implementing, leads, coordinators, tf, duty, title);
    }

    private Timeframe timeframe(YamlObject t, String task, boolean duty, Reporting reporting, LocalDate termStart) {
        Node n = t.get("timeframe");
        if (n == null || YamlObject.isNull(n)) {
            t.missing("timeframe");
            return null;
        }
        Timeframe tf;
        if (n instanceof MappingNode m) {
            YamlObject o = new YamlObject(m, file, out, t.in() + ".timeframe", TIMEFRAME_KEYS);
            String text = o.text("text", false);
            LocalDate due = date(o, "due");
            LocalDate from = date(o, "from");
            if (!o.has("due") && !o.has("from")) {
                at(Diagnostic.of(Code.BAD_TIMEFRAME, "no-date").task(task), m);
                return null;
            }
            if ((o.has("due") && due == null) || (o.has("from") && from == null)) return null;
            String label = text != null ? text : due != null ? "Trước ngày " + due : "Từ ngày " + from;
            if (due != null) {
                LocalDate start = from != null ? from : (termStart.isAfter(due) ? Period.of(due).start() : termStart);
                if (start.isAfter(due)) {
                    at(Diagnostic.of(Code.BAD_TIMEFRAME, forTask("starts-after-due", duty)).task(task), m);
                    return null;
                }
                tf = new Timeframe(Timeframe.Kind.DEADLINE, start, due, label);
            } else {
                tf = new Timeframe(Timeframe.Kind.ONGOING, from, null, label);
            }
        } else if (n instanceof ScalarNode s) {
            String text = t.clean(s, "timeframe");
            tf = Timeframe.parse(text, termStart).orElse(null);
            if (tf == null) {
                at(Diagnostic.of(Code.BAD_TIMEFRAME, forTask("not-understood", duty)).task(task).value(text), n);
                return null;
            }
        } else {
            at(Diagnostic.of(Code.PLAN_SCHEMA, forTask("timeframe-type", duty)).task(task), n);
            return null;
        }
        if (reporting != null) {
            LocalDate first = reporting.termStart().start();
            LocalDate last = reporting.termEnd().end();
            boolean outside = tf.start().isAfter(last) || (tf.due() != null && tf.due().isBefore(first));
            if (outside) {
                at(Diagnostic.of(Code.BAD_TIMEFRAME, forTask("outside-term", duty)).task(task).value(tf.text())
                        .with("start", reporting.termStart()).with("end", reporting.termEnd()), n);
                return null;
            }
            if (tf.start().isBefore(first)) tf = new Timeframe(tf.kind(), first, tf.due(), tf.text());
        }
        return tf;
    }

    private static final Set<String> RECIPIENT_KEYS = Set.of("text", "from", "until");

    /**
     * reporting.document.recipients: each a line of text, or {@code {text, from, until}} for a
     * recipient that holds for part of the term (a body created or merged away on those days).
     */
    private List<Reporting.Recipient> recipients(YamlObject d) {
        List<Reporting.Recipient> out = new ArrayList<>();
        for (Object item : d.textsOrMappings("recipients")) {
            if (item instanceof YamlObject.Scalar x) {
                out.add(new Reporting.Recipient(x.value(), null, null));
                continue;
            }
            YamlObject r = new YamlObject((MappingNode) item, file, this.out, "reporting.document.recipients", RECIPIENT_KEYS);
            String text = r.text("text", true);
            LocalDate from = date(r, "from"), until = date(r, "until");
            if (from != null && until != null && until.isBefore(from)) {
                at(r.about(Code.PLAN_SCHEMA, "recipient-dates").with("from", from).with("until", until), r.get("until"));
                continue;
            }
            if (text != null) out.add(new Reporting.Recipient(text, from, until));
        }
        return out;
    }

    private LocalDate date(YamlObject o, String key) {
        String t = o.text(key, false);
        if (t == null) return null;
        try {
            LocalDate d = LocalDate.parse(t.strip());
            if (!Period.inRange(d)) {
                at(o.about(Code.PLAN_SCHEMA, "date-year").with("key", key).value(t).with("min", Period.MIN_YEAR).with("max", Period.MAX_YEAR), o.get(key));
                return null;
            }
            return d;
        } catch (DateTimeException e) {
            at(o.about(Code.PLAN_SCHEMA, "date").with("key", key).value(t), o.get(key));
            return null;
        }
    }

    private Signature signature(YamlObject parent, String key) {
        MappingNode m = parent.mapping(key, true);
        if (m == null) return null;
        YamlObject s = new YamlObject(m, file, out, parent.in() + "." + key, SIGNATURE_KEYS);
        return new Signature(s.text("authority", true), s.text("title", true), s.text("name", true));
    }

    private PlanInfo info(YamlObject root) {
        MappingNode pn = root.mapping("plan", true);
        if (pn == null) return null;
        YamlObject p = new YamlObject(pn, file, out, "plan", PLAN_KEYS);
        String title = p.text("title", true);
        String subject = p.text("subject", true);
        String number = p.text("number", false);
        LocalDate date = date(p, "date");
        String parent = p.text("parent", true);
        String issuer = bodyRef(p, "issuer", true);
        String place = p.text("place", true);
        MappingNode im = p.mapping("implements", true);
        String rNumber = null, rBody = null, rTitle = null, rShort = null;
        LocalDate rDate = null;
        if (im != null) {
            YamlObject i = new YamlObject(im, file, out, "plan.implements", IMPLEMENTS_KEYS);
            rNumber = i.text("number", true);
            rDate = date(i, "date");
            rBody = i.text("body", true);
            rTitle = i.text("title", true);
            rShort = i.text("short", false);
        }
        String preamble = p.text("preamble", false);
        Signature sig = signature(p, "signature");
        List<String> recipients = p.texts("recipients", false).stream().map(YamlObject.Scalar::value).toList();
        String monitoring = bodyRef(p, "monitoring_body", true);
        return new PlanInfo(title, subject, number, date, parent, issuer, place, rNumber, rDate, rBody, rTitle,
                rShort == null ? rNumber : rShort, preamble, sig, recipients, monitoring, reminders(root));
    }

    /** {@code reminders:}, the monitoring body's reminder letters: every key optional (null: the defaults). */
    private ReminderSettings reminders(YamlObject root) {
        MappingNode rn = root.mapping("reminders", false);
        if (rn == null) return null;
        YamlObject r = new YamlObject(rn, file, out, "reminders", REMINDERS_KEYS);
        Integer days = r.integer("send_within_days", false);
        if (days != null && (days < 1 || days > 366)) {
            at(Diagnostic.of(Code.PLAN_SCHEMA, "send-within-days").value(days).with("min", 1).with("max", 366), r.get("send_within_days"));
            days = null;
        }
        Map<String, ReminderSettings> issuers = new LinkedHashMap<>();
        for (MappingNode in : r.mappings("issuers", false)) {
            YamlObject i = new YamlObject(in, file, out, "reminders.issuers", ISSUER_KEYS);
            String body = bodyRef(i, "body", true);
            ReminderSettings s = letterParts(i, days, Map.of(), "reminders.issuers.signature");
            if (body != null) issuers.putIfAbsent(body, s);
        }
        return letterParts(r, days, issuers, "reminders.signature");
    }

    /** The parts of {@code reminders:} (or of one of its {@code issuers}) that say how a body writes its letters. */
    private ReminderSettings letterParts(YamlObject r, Integer days, Map<String, ReminderSettings> issuers, String signatureIn) {
        List<String> authority = List.of();
        String title = null, name = null;
        MappingNode sn = r.mapping("signature", false);
        if (sn != null) {
            YamlObject s = new YamlObject(sn, file, out, signatureIn, REMINDER_SIGNATURE_KEYS);
            authority = s.texts("authority", false).stream().map(YamlObject.Scalar::value).toList();
            title = s.text("title", false);
            name = s.text("name", false);
        }
        return new ReminderSettings(days == null ? ReminderSettings.DEFAULT_DAYS : days, r.text("parent", false), r.text("issuer", false),
                r.text("letter_number", false), r.text("notice_number", false), authority, title, name,
                r.texts("recipients", false).stream().map(YamlObject.Scalar::value).toList(),
                r.texts("notice_recipients", false).stream().map(YamlObject.Scalar::value).toList(), issuers);
    }

    /** A body's {@code contact: {email, phone}}, or null. */
    private Contact contact(YamlObject body) {
        MappingNode cn = body.mapping("contact", false);
        if (cn == null) return null;
        YamlObject c = new YamlObject(cn, file, out, "bodies.contact", CONTACT_KEYS);
        String email = c.text("email", false), phone = c.text("phone", false);
        return email == null && phone == null ? null : new Contact(email, phone);
    }

    private String bodyRef(YamlObject o, String key, boolean required) {
        String t = o.text(key, required);
        if (t == null) return null;
        return resolve(new Ref(t, o.get(key)), Diagnostic.of(Code.UNKNOWN_BODY, "in-key").with("key", o.in() + "." + key));
    }

    private Reporting reporting(YamlObject root) {
        MappingNode rn = root.mapping("reporting", true);
        if (rn == null) return null;
        YamlObject r = new YamlObject(rn, file, out, "reporting", REPORTING_KEYS);
        String period = r.text("period", false);
        if (period != null && !period.equals("quarter")) at(Diagnostic.of(Code.PLAN_SCHEMA, "reporting-period").value(period), r.get("period"));
        Integer due = r.integer("due_days", false);
        if (due != null && (due < 0 || due > 366)) {
            at(Diagnostic.of(Code.PLAN_SCHEMA, "due-days").value(due).with("min", 0).with("max", 366), r.get("due_days"));
            due = null;
        }
        String cutoffText = r.text("cutoff", false);
        Reporting.Cutoff cutoff = cutoffText == null ? Reporting.Cutoff.CALENDAR : Reporting.Cutoff.byId(cutoffText);
        if (cutoff == null) {
            at(Diagnostic.of(Code.PLAN_SCHEMA, "cutoff").value(cutoffText), r.get("cutoff"));
            cutoff = Reporting.Cutoff.CALENDAR;
        }
        MappingNode tn = r.mapping("term", true);
        Period start = null, end = null;
        boolean assumed = false;
        if (tn != null) {
            YamlObject t = new YamlObject(tn, file, out, "reporting.term", TERM_KEYS);
            start = period(t, "start");
            end = period(t, "end");
            assumed = "true".equalsIgnoreCase(t.text("end_assumed", false));
            if (start != null && end != null && end.compareTo(start) < 0) {
                at(Diagnostic.of(Code.PLAN_SCHEMA, "term-reversed").with("start", start).with("end", end), t.get("end"));
                return null;
            }
        }
        Reporting.DocumentHeader doc = null;
        MappingNode dn = r.mapping("document", false);
        if (dn != null) {
            YamlObject d = new YamlObject(dn, file, out, "reporting.document", DOCUMENT_KEYS);
            doc = new Reporting.DocumentHeader(d.text("parent", true), d.text("issuer", true), d.text("number_suffix", true),
                    signature(d, "signature"), recipients(d));
        }
        if (start == null || end == null) return null;
        return new Reporting(due == null ? 15 : due, cutoff, start, end, assumed, doc);
    }

    private Period period(YamlObject o, String key) {
        String t = o.text(key, true);
        if (t == null) return null;
        var p = Period.parse(t);
        if (p.isEmpty()) at(o.about(Code.PLAN_SCHEMA, "quarter").with("key", key).value(t), o.get(key));
        return p.orElse(null);
    }

    private List<Indicator> indicators(YamlObject root, Map<String, Node> taskIds) {
        List<Indicator> list = new ArrayList<>();
        Map<String, Node> ids = new HashMap<>();
        for (MappingNode in : root.mappings("indicators", false)) {
            YamlObject i = new YamlObject(in, file, out, "indicators", INDICATOR_KEYS);
            String id = i.text("id", true);
            String name = i.text("name", true);
            String unit = i.text("unit", false);
            String task = i.text("task", true);
            if (task != null && !taskIds.containsKey(task)) {
                at(Diagnostic.of(Code.PLAN_SCHEMA, "indicator-task").value(task).suggest(Names.closest(task, taskIds.keySet()).orElse(null)), i.get("task"));
            }
            Map<Integer, Long> targets = new TreeMap<>();
            MappingNode tm = i.mapping("targets", false);
            if (tm != null) {
                for (var tuple : tm.getValue()) {
                    Node k = tuple.getKeyNode(), v = tuple.getValueNode();
                    try {
                        int year = Integer.parseInt(((ScalarNode) k).getValue().strip());
                        long value = Long.parseLong(((ScalarNode) v).getValue().strip());
                        if (value < 0 || value > Indicator.MAX_COUNT) throw new NumberFormatException();
                        if (targets.put(year, value) != null) {
                            at(Diagnostic.of(Code.DUPLICATE_ID, "target-year").value(year), k);
                        }
                    } catch (RuntimeException e) {
                        at(Diagnostic.of(Code.PLAN_SCHEMA, "targets"), k);
                    }
                }
            }
            if (id == null || name == null || task == null) continue;
            if (ids.containsKey(id)) {
                at(Diagnostic.of(Code.DUPLICATE_ID, "indicator-id").value(id).with("first", YamlObject.line(ids.get(id))), i.get("id"));
                continue;
            }
            ids.put(id, i.get("id"));
            list.add(new Indicator(id, name, unit == null ? "" : unit, task, targets));
        }
        return list;
    }
}
