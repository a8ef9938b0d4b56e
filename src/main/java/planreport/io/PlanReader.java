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
import planreport.model.Indicator;
import planreport.model.Names;
import planreport.model.Period;
import planreport.model.Plan;
import planreport.model.PlanInfo;
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
    public record Result(Plan plan, List<Diagnostic> diagnostics) {
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
            r.out.add(Code.PLAN_SYNTAX, displayName, null, null, "the plan is " + size + " bytes; the limit is " + MAX_BYTES + " bytes");
            return new Result(null, r.out.sorted());
        }
        byte[] bytes = Files.readAllBytes(path);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            r.out.add(Code.PLAN_SYNTAX, displayName, null, null, "the plan is not valid UTF-8; save it as UTF-8");
            return new Result(null, r.out.sorted());
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
            out.add(Code.PLAN_SYNTAX, file, null, null, "the plan is too large; the limit is " + MAX_BYTES + " characters");
            return new Result(null, out.sorted());
        }
        Node root;
        try {
            root = new Composer(new Guarded(parser(text)), new Resolver(), options()).getSingleNode();
        } catch (Refused e) {
            at(Code.PLAN_SYNTAX, e.mark, e.getMessage());
            return new Result(null, out.sorted());
        } catch (MarkedYAMLException e) {
            syntax(e);
            return new Result(null, out.sorted());
        } catch (YAMLException e) {
            out.add(Code.PLAN_SYNTAX, file, null, null, clean(e.getMessage()));
            return new Result(null, out.sorted());
        }
        if (root == null) {
            out.add(Code.PLAN_SCHEMA, file, null, null, "the plan is empty");
            return new Result(null, out.sorted());
        }
        if (!(root instanceof MappingNode m)) {
            out.add(Code.PLAN_SCHEMA, file, 1, 1, "the plan must be a YAML mapping with keys version, plan, reporting, sections, duties, bodies, indicators");
            return new Result(null, out.sorted());
        }
        Plan plan = build(m);
        return new Result(out.errors() == 0 ? plan : null, out.sorted());
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
            if (e instanceof AliasEvent) throw new Refused(e, "YAML aliases (*name) are not supported: write the value out in full");
            if (e instanceof NodeEvent ne && ne.getAnchor() != null) {
                throw new Refused(e, "YAML anchors (&" + ne.getAnchor() + ") are not supported: write each value out in full");
            }
            if (e instanceof CollectionStartEvent && ++depth > MAX_DEPTH) throw new Refused(e, "the plan nests deeper than " + MAX_DEPTH + " levels");
            if (e instanceof DocumentStartEvent && ++documents > 1) {
                throw new Refused(e, "the plan holds more than one YAML document (a second '---'); keep one");
            }
        }
    }

    /** A construct the plan format refuses, where it starts. */
    private static final class Refused extends RuntimeException {
        final transient Mark mark;

        Refused(Event at, String message) {
            super(message, null, false, false);
            this.mark = at.getStartMark();
        }
    }

    private void syntax(MarkedYAMLException e) {
        Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        String what = e.getProblem() != null ? e.getProblem() : clean(e.getMessage());
        if (e.getContext() != null) what = e.getContext() + ": " + what;
        if (what.contains("\\t") || what.toLowerCase().contains("tab")) what += " (indent with spaces, not tabs)";
        at(Code.PLAN_SYNTAX, m, clean(what));
    }

    private static String clean(String s) {
        if (s == null) return "invalid YAML";
        return s.replaceAll("\\s+", " ").strip();
    }

    private void at(Code code, Mark m, String message) {
        if (m == null) out.add(code, file, null, null, message);
        else out.add(code, file, m.getLine() + 1, m.getColumn() + 1, message);
    }

    // ---- building the model ----

    private static final Set<String> ROOT_KEYS = Set.of("version", "plan", "purposes", "reporting", "sections", "duties", "bodies", "indicators");
    private static final Set<String> PLAN_KEYS = Set.of("title", "subject", "number", "date", "parent", "issuer", "place", "implements", "preamble", "signature", "recipients", "monitoring_body");
    private static final Set<String> IMPLEMENTS_KEYS = Set.of("number", "date", "body", "title", "short");
    private static final Set<String> SIGNATURE_KEYS = Set.of("authority", "title", "name");
    private static final Set<String> REPORTING_KEYS = Set.of("period", "due_days", "cutoff", "term", "document");
    private static final Set<String> TERM_KEYS = Set.of("start", "end", "end_assumed");
    private static final Set<String> DOCUMENT_KEYS = Set.of("parent", "issuer", "number_suffix", "signature", "recipients");
    private static final Set<String> SECTION_KEYS = Set.of("id", "title", "tasks");
    private static final Set<String> TASK_KEYS = Set.of("id", "content", "directing", "implementing", "leads", "coordinators", "timeframe");
    private static final Set<String> TIMEFRAME_KEYS = Set.of("text", "due", "from");
    private static final Set<String> BODY_KEYS = Set.of("id", "name", "aliases", "kind", "members");
    private static final Set<String> INDICATOR_KEYS = Set.of("id", "name", "unit", "task", "targets");

    /** A reference to a body, kept with its position until the registry is complete. */
    private record Ref(String text, Node node) {}

    private final Map<String, Node> bodyIds = new LinkedHashMap<>();
    private Plan provisional;

    private Plan build(MappingNode rootNode) {
        YamlObject root = new YamlObject(rootNode, file, out, "the plan file", ROOT_KEYS);
        Integer version = root.integer("version", true);
        if (version != null && version != 1) root.error(Code.PLAN_SCHEMA, root.get("version"), "version " + version + " is not supported; this tool reads version 1");

        // bodies first: every other part refers to them
        List<Body> bodies = new ArrayList<>();
        Map<String, List<Ref>> memberRefs = new LinkedHashMap<>();
        Map<String, Node> names = new HashMap<>();
        for (MappingNode bn : root.mappings("bodies", true)) {
            YamlObject b = new YamlObject(bn, file, out, "a body", BODY_KEYS);
            String id = b.text("id", true);
            String name = b.text("name", true);
            String kindText = b.text("kind", true);
            BodyKind kind = kindText == null ? null : BodyKind.byId(kindText);
            if (kindText != null && kind == null) {
                List<String> kinds = java.util.Arrays.stream(BodyKind.values()).map(BodyKind::id).toList();
                b.error(Code.PLAN_SCHEMA, b.get("kind"), "unknown body kind \"" + kindText + "\""
                        + Names.closest(kindText, kinds).map(s -> "; did you mean \"" + s + "\"?").orElse("; use one of " + String.join(", ", kinds)));
            }
            List<YamlObject.Scalar> aliases = b.texts("aliases", false);
            List<YamlObject.Scalar> members = b.texts("members", false);
            if (id == null || name == null || kind == null) continue;
            if (bodyIds.containsKey(id)) {
                b.error(Code.DUPLICATE_ID, b.get("id"), "body id \"" + id + "\" is used twice (first at line " + YamlObject.line(bodyIds.get(id)) + ")");
                continue;
            }
            bodyIds.put(id, b.get("id"));
            if (kind == BodyKind.GROUP && members.isEmpty()) b.error(Code.PLAN_SCHEMA, bn, "group \"" + id + "\" lists no members");
            if (kind != BodyKind.GROUP && !members.isEmpty()) b.error(Code.PLAN_SCHEMA, b.get("members"), "only bodies of kind group have members; \"" + id + "\" is " + kind.id());
            List<String> aliasTexts = new ArrayList<>();
            checkName(id, b.get("id"), names, id);
            checkName(name, b.get("name"), names, id);
            for (YamlObject.Scalar a : aliases) {
                if (checkName(a.value(), a.node(), names, id)) aliasTexts.add(a.value());
            }
            List<Ref> refs = new ArrayList<>();
            for (YamlObject.Scalar m : members) refs.add(new Ref(m.value(), m.node()));
            memberRefs.put(id, refs);
            bodies.add(new Body(id, name, aliasTexts, kind, List.of()));
        }
        // a lookup of names before members are resolved
        provisional = new Plan(null, List.of(), null, List.of(), List.of(), bodies, List.of());
        List<Body> resolved = new ArrayList<>();
        for (Body b : bodies) {
            List<String> members = new ArrayList<>();
            for (Ref r : memberRefs.getOrDefault(b.id(), List.of())) {
                String m = resolve(r, "group \"" + b.id() + "\"");
                if (m != null && !members.contains(m)) members.add(m);
            }
            resolved.add(new Body(b.id(), b.name(), b.aliases(), b.kind(), members));
        }
        checkCycles(resolved);
        provisional = new Plan(null, List.of(), null, List.of(), List.of(), resolved, List.of());

        Reporting reporting = reporting(root);
        LocalDate termStart = reporting == null ? LocalDate.of(2000, 1, 1) : reporting.termStart().start();
        PlanInfo info = info(root);

        List<String> purposes = root.texts("purposes", false).stream().map(YamlObject.Scalar::value).toList();

        Map<String, Node> taskIds = new LinkedHashMap<>();
        Map<String, Node> sectionIds = new LinkedHashMap<>();
        List<Section> sections = new ArrayList<>();
        for (MappingNode sn : root.mappings("sections", true)) {
            YamlObject s = new YamlObject(sn, file, out, "a section", SECTION_KEYS);
            String id = s.text("id", true);
            String title = s.text("title", true);
            if (id != null && sectionIds.containsKey(id)) {
                s.error(Code.DUPLICATE_ID, s.get("id"), "section id \"" + id + "\" is used twice (first at line " + YamlObject.line(sectionIds.get(id)) + ")");
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
        if (info == null || reporting == null) return null;
        return new Plan(info, purposes, reporting, sections, duties, resolved, indicators);
    }

    /** Registers a name or alias; false (and duplicate-id) when another body already uses it. */
    private boolean checkName(String name, Node at, Map<String, Node> names, String owner) {
        String k = Names.key(name);
        Node prev = names.get(k);
        if (prev != null) {
            if (!owner.equals(prevOwner.get(k))) {
                out.add(Code.DUPLICATE_ID, file, YamlObject.line(at), YamlObject.column(at),
                        "\"" + name + "\" already names body \"" + prevOwner.get(k) + "\" (line " + YamlObject.line(prev) + "); a name or alias must point to one body");
            }
            return false;
        }
        names.put(k, at);
        prevOwner.put(k, owner);
        return true;
    }

    private final Map<String, String> prevOwner = new HashMap<>();

    private String resolve(Ref r, String where) {
        var b = provisional.findBody(r.text());
        if (b.isPresent()) return b.get().id();
        String hint = Names.closest(r.text(), allBodyNames()).map(s -> "; did you mean \"" + s + "\"?").orElse("; add it to bodies");
        out.add(Code.UNKNOWN_BODY, file, YamlObject.line(r.node()), YamlObject.column(r.node()),
                "\"" + r.text() + "\" (in " + where + ") is not a body of this plan" + hint);
        return null;
    }

    private List<String> allBodyNames() {
        List<String> all = new ArrayList<>(provisional.bodyNames());
        provisional.bodies().forEach(b -> all.add(b.id()));
        return all;
    }

    private void checkCycles(List<Body> bodies) {
        Map<String, Body> byId = new HashMap<>();
        for (Body b : bodies) byId.put(b.id(), b);
        for (Body b : bodies) {
            if (reaches(b.id(), b.id(), byId, new HashSet<>())) {
                Node at = bodyIds.get(b.id());
                out.add(Code.PLAN_SCHEMA, file, YamlObject.line(at), YamlObject.column(at), "group \"" + b.id() + "\" contains itself through its members");
            }
        }
    }

    private boolean reaches(String from, String target, Map<String, Body> byId, Set<String> seen) {
        Body b = byId.get(from);
        if (b == null) return false;
        for (String m : b.members()) {
            if (m.equals(target)) return true;
            if (seen.add(m) && reaches(m, target, byId, seen)) return true;
        }
        return false;
    }

    private List<String> refs(YamlObject o, String key, boolean required, String where) {
        List<String> ids = new ArrayList<>();
        for (YamlObject.Scalar s : o.texts(key, required)) {
            String id = resolve(new Ref(s.value(), s.node()), where);
            if (id != null && !ids.contains(id)) ids.add(id);
        }
        return ids;
    }

    private Task task(MappingNode tn, String sectionId, boolean duty, Map<String, Node> taskIds, Reporting reporting, LocalDate termStart) {
        YamlObject t = new YamlObject(tn, file, out, duty ? "a duty" : "a task", TASK_KEYS);
        String id = t.text("id", true);
        String where = (duty ? "duty " : "task ") + (id == null ? "?" : id);
        String content = t.text("content", true);
        List<String> directing = refs(t, "directing", !duty, where);
        String implementing = t.text("implementing", false);
        List<String> leads = refs(t, "leads", true, where);
        List<String> coordinators = refs(t, "coordinators", false, where);
        if (t.has("leads") && leads.isEmpty() && t.get("leads") instanceof org.yaml.snakeyaml.nodes.SequenceNode sq && sq.getValue().isEmpty()) {
            t.error(Code.PLAN_SCHEMA, t.get("leads"), where + " has no lead body");
        }
        Timeframe tf = timeframe(t, where, reporting, termStart);
        if (id == null) return null;
        if (taskIds.containsKey(id)) {
            t.error(Code.DUPLICATE_ID, t.get("id"), "task id \"" + id + "\" is used twice (first at line " + YamlObject.line(taskIds.get(id)) + ")");
            return null;
        }
        taskIds.put(id, t.get("id"));
        if (content == null || tf == null) return null;
        return new Task(id, sectionId, content, directing, implementing, leads, coordinators, tf, duty);
    }

    private Timeframe timeframe(YamlObject t, String where, Reporting reporting, LocalDate termStart) {
        Node n = t.get("timeframe");
        if (n == null || YamlObject.isNull(n)) {
            t.missing("timeframe");
            return null;
        }
        Timeframe tf;
        if (n instanceof MappingNode m) {
            YamlObject o = new YamlObject(m, file, out, "the timeframe of " + where, TIMEFRAME_KEYS);
            String text = o.text("text", false);
            LocalDate due = date(o, "due");
            LocalDate from = date(o, "from");
            if (!o.has("due") && !o.has("from")) {
                o.error(Code.BAD_TIMEFRAME, m, "a structured timeframe needs \"due\" (a deadline) or \"from\" (ongoing from a date)");
                return null;
            }
            if ((o.has("due") && due == null) || (o.has("from") && from == null)) return null;
            String label = text != null ? text : due != null ? "Trước ngày " + due : "Từ ngày " + from;
            if (due != null) {
                LocalDate start = from != null ? from : (termStart.isAfter(due) ? Period.of(due).start() : termStart);
                if (start.isAfter(due)) {
                    o.error(Code.BAD_TIMEFRAME, m, "the timeframe of " + where + " starts after its deadline");
                    return null;
                }
                tf = new Timeframe(Timeframe.Kind.DEADLINE, start, due, label);
            } else {
                tf = new Timeframe(Timeframe.Kind.ONGOING, from, null, label);
            }
        } else if (n instanceof ScalarNode s) {
            String text = Names.nfc(s.getValue());
            tf = Timeframe.parse(text, termStart).orElse(null);
            if (tf == null) {
                t.error(Code.BAD_TIMEFRAME, n, "the timeframe \"" + text + "\" of " + where + " is not understood; write e.g. \"Trong quý I/2022\", \"Thường xuyên\", "
                        + "\"Năm 2022 và những năm tiếp theo\", \"Trước ngày 30/6/2022\", or a mapping with due: or from: dates");
                return null;
            }
        } else {
            t.error(Code.PLAN_SCHEMA, n, "the timeframe of " + where + " must be text or a mapping");
            return null;
        }
        if (reporting != null) {
            LocalDate first = reporting.termStart().start();
            LocalDate last = reporting.termEnd().end();
            boolean outside = tf.start().isAfter(last) || (tf.due() != null && tf.due().isBefore(first));
            if (outside) {
                t.error(Code.BAD_TIMEFRAME, n, "the timeframe \"" + tf.text() + "\" of " + where + " falls outside the plan term "
                        + reporting.termStart() + " to " + reporting.termEnd());
                return null;
            }
            if (tf.start().isBefore(first)) tf = new Timeframe(tf.kind(), first, tf.due(), tf.text());
        }
        return tf;
    }

    private LocalDate date(YamlObject o, String key) {
        String t = o.text(key, false);
        if (t == null) return null;
        try {
            return LocalDate.parse(t.strip());
        } catch (DateTimeException e) {
            o.error(Code.PLAN_SCHEMA, o.get(key), "\"" + key + "\" must be a date written YYYY-MM-DD, not \"" + t + "\"");
            return null;
        }
    }

    private Signature signature(YamlObject parent, String key) {
        MappingNode m = parent.mapping(key, true);
        if (m == null) return null;
        YamlObject s = new YamlObject(m, file, out, "the signature", SIGNATURE_KEYS);
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
                rShort == null ? rNumber : rShort, preamble, sig, recipients, monitoring);
    }

    private String bodyRef(YamlObject o, String key, boolean required) {
        String t = o.text(key, required);
        if (t == null) return null;
        return resolve(new Ref(t, o.get(key)), key);
    }

    private Reporting reporting(YamlObject root) {
        MappingNode rn = root.mapping("reporting", true);
        if (rn == null) return null;
        YamlObject r = new YamlObject(rn, file, out, "reporting", REPORTING_KEYS);
        String period = r.text("period", false);
        if (period != null && !period.equals("quarter")) r.error(Code.PLAN_SCHEMA, r.get("period"), "reporting period \"" + period + "\" is not supported; use quarter");
        Integer due = r.integer("due_days", false);
        if (due != null && (due < 0 || due > 366)) {
            r.error(Code.PLAN_SCHEMA, r.get("due_days"), "due_days must be between 0 and 366");
            due = null;
        }
        String cutoffText = r.text("cutoff", false);
        Reporting.Cutoff cutoff = cutoffText == null ? Reporting.Cutoff.CALENDAR : Reporting.Cutoff.byId(cutoffText);
        if (cutoff == null) {
            r.error(Code.PLAN_SCHEMA, r.get("cutoff"), "cutoff \"" + cutoffText + "\" is not known; use calendar or decree-09-2019");
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
                t.error(Code.PLAN_SCHEMA, t.get("end"), "the term ends (" + end + ") before it starts (" + start + ")");
                return null;
            }
        }
        Reporting.DocumentHeader doc = null;
        MappingNode dn = r.mapping("document", false);
        if (dn != null) {
            YamlObject d = new YamlObject(dn, file, out, "reporting.document", DOCUMENT_KEYS);
            doc = new Reporting.DocumentHeader(d.text("parent", true), d.text("issuer", true), d.text("number_suffix", true),
                    signature(d, "signature"), d.texts("recipients", false).stream().map(YamlObject.Scalar::value).toList());
        }
        if (start == null || end == null) return null;
        return new Reporting(due == null ? 15 : due, cutoff, start, end, assumed, doc);
    }

    private Period period(YamlObject o, String key) {
        String t = o.text(key, true);
        if (t == null) return null;
        var p = Period.parse(t);
        if (p.isEmpty()) o.error(Code.PLAN_SCHEMA, o.get(key), "\"" + key + "\" must be a quarter like 2021-Q4, not \"" + t + "\"");
        return p.orElse(null);
    }

    private List<Indicator> indicators(YamlObject root, Map<String, Node> taskIds) {
        List<Indicator> list = new ArrayList<>();
        Map<String, Node> ids = new HashMap<>();
        for (MappingNode in : root.mappings("indicators", false)) {
            YamlObject i = new YamlObject(in, file, out, "an indicator", INDICATOR_KEYS);
            String id = i.text("id", true);
            String name = i.text("name", true);
            String unit = i.text("unit", false);
            String task = i.text("task", true);
            if (task != null && !taskIds.containsKey(task)) {
                i.error(Code.PLAN_SCHEMA, i.get("task"), "indicator task \"" + task + "\" is not a task of this plan"
                        + Names.closest(task, taskIds.keySet()).map(s -> "; did you mean \"" + s + "\"?").orElse(""));
            }
            Map<Integer, Long> targets = new TreeMap<>();
            MappingNode tm = i.mapping("targets", false);
            if (tm != null) {
                for (var tuple : tm.getValue()) {
                    Node k = tuple.getKeyNode(), v = tuple.getValueNode();
                    try {
                        int year = Integer.parseInt(((ScalarNode) k).getValue().strip());
                        long value = Long.parseLong(((ScalarNode) v).getValue().strip());
                        if (value < 0) throw new NumberFormatException();
                        if (targets.put(year, value) != null) {
                            out.add(Code.DUPLICATE_ID, file, YamlObject.line(k), YamlObject.column(k), "target year " + year + " is given twice");
                        }
                    } catch (RuntimeException e) {
                        out.add(Code.PLAN_SCHEMA, file, YamlObject.line(k), YamlObject.column(k), "targets map a year (2022) to a whole number not below 0");
                    }
                }
            }
            if (id == null || name == null || task == null) continue;
            if (ids.containsKey(id)) {
                i.error(Code.DUPLICATE_ID, i.get("id"), "indicator id \"" + id + "\" is used twice (first at line " + YamlObject.line(ids.get(id)) + ")");
                continue;
            }
            ids.put(id, i.get("id"));
            list.add(new Indicator(id, name, unit == null ? "" : unit, task, targets));
        }
        return list;
    }
}
