package planreport.io;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import planreport.check.Code;
import planreport.check.Diagnostic;
import planreport.check.Diagnostics;
import planreport.check.PlanCheck;
import planreport.check.PlanPositions;
import planreport.model.Body;
import planreport.model.Indicator;
import planreport.model.Names;
import planreport.model.Period;
import planreport.model.Plan;
import planreport.model.PlanInfo;
import planreport.model.Reporting;
import planreport.model.Section;
import planreport.model.Task;
import planreport.model.Timeframe;

/**
 * Reads plan.yaml into a {@link Plan}, reporting every problem as a diagnostic with its position.
 * The text comes through {@link YamlGuard}'s limits; the reader holds the schema (bodies in
 * {@link PlanBodies}, the header parts in {@link PlanHeader}, sections, tasks and indicators here)
 * and hands what it read, with where it was written, to {@link PlanCheck} for the checks on the
 * plan's graph.
 */
public final class PlanReader {
    /** The plan, or null when any error was found; and what was found. */
    public record Result(Plan plan, List<Diagnostic> diagnostics, Diagnostics found) {
        /** {@code found}: every diagnostic counted, of which {@code diagnostics} are the ones kept (null: just these). */
        public Result(Plan plan, List<Diagnostic> diagnostics) { this(plan, diagnostics, null); }

        public boolean ok() { return plan != null; }
    }

    private static final Set<String> ROOT_KEYS = Set.of("version", "plan", "purposes", "reporting", "sections", "duties", "bodies", "indicators", "reminders");
    private static final Set<String> SECTION_KEYS = Set.of("id", "title", "tasks");
    private static final Set<String> TASK_KEYS = Set.of("id", "title", "content", "directing", "implementing", "leads", "coordinators", "timeframe", "measures");
    private static final Set<String> TIMEFRAME_KEYS = Set.of("text", "due", "from");
    /**
     * With no reporting term the plan is not built, but its timeframes are still read for their own
     * diagnostics: against this start, earlier than any plan's term.
     */
    private static final LocalDate NO_TERM_START = LocalDate.of(2000, 1, 1);

    private final Diagnostics found = new Diagnostics();
    private final PlanOut out;
    private final PlanBodies bodies;
    /** The tasks' measures, read with each task, and the top-level indicators. */
    private final PlanMeasures measures;
    /** Each task's {@code leads} node, by task id (the first task of that id): where task-unowned goes. */
    private final Map<String, Node> leadNodes = new HashMap<>();

    /** Whether the {@code bodies:} list is read as it is composed (always, but for the test that compares it with the tree's reading). */
    private final boolean stream;

    private PlanReader(String file) { this(file, true); }

    private PlanReader(String file, boolean stream) {
        this.stream = stream;
        this.out = new PlanOut(file, found);
        this.bodies = new PlanBodies(out);
        this.measures = new PlanMeasures(out, bodies);
    }

    /** Reads a plan file; an IOException means it cannot be read at all. */
    public static Result read(Path path, String displayName) throws IOException {
        PlanReader r = new PlanReader(displayName);
        String text = YamlGuard.text(path, r.out);
        return text == null ? r.result(null) : r.parse(text);
    }

    /** Parses plan text (for tests and stdin). */
    public static Result parse(String text, String displayName) {
        return new PlanReader(displayName).parse(text);
    }

    /**
     * The plan of {@code text}. The {@code bodies:} list (all but a few hundred lines of a country's
     * plan) is read item by item as it is composed, not kept as a tree; what its items say goes to a
     * collector of its own, counted with the rest only when the whole file is YAML the plan accepts
     * (else the file's one diagnostic is its syntax error, as when nothing of it was read).
     */
    /** Parses plan text as a whole tree, its bodies read once it is composed: what the streamed reading must equal (for tests). */
    static Result parseAsTree(String text, String displayName) {
        return new PlanReader(displayName, false).parse(text);
    }

    private Result parse(String text) {
        if (!stream) {
            MappingNode root = YamlGuard.root(text, out);
            return result(root == null ? null : build(root));
        }
        Diagnostics[] listed = {new Diagnostics()};
        bodies.reportTo(new PlanOut(out.file(), listed[0]));
        MappingNode root = YamlGuard.root(text, out, "bodies", new YamlGuard.Items() {
            @Override public boolean events(List<org.yaml.snakeyaml.events.Event> item) { return bodies.events(item); }

            @Override public void node(Node item) { bodies.node(item); }

            @Override public void restart() {
                bodies.restart();
                listed[0] = new Diagnostics();
                bodies.reportTo(new PlanOut(out.file(), listed[0]));
            }
        });
        bodies.reportTo(out);
        if (root == null) return result(null);
        found.addAll(listed[0]);
        return result(build(root));
    }

    private Result result(Plan plan) { return new Result(found.errors() == 0 ? plan : null, found.sorted(), found); }

    /** The variant for a task, or its ".duty" form for a duty (English names them apart; Vietnamese calls both nhiệm vụ). */
    private static String forTask(String variant, boolean duty) { return duty ? variant + ".duty" : variant; }

    private Plan build(MappingNode rootNode) {
        YamlObject root = out.object(rootNode, out.file(), ROOT_KEYS);
        Integer version = root.integer("version", true);
        if (version != null && version != 1) out.at(Diagnostic.of(Code.PLAN_SCHEMA, "version").value(version), root.get("version"));

        // bodies first: every other part refers to them
        List<Body> bodyList = bodies.read(root);
        PlanHeader header = new PlanHeader(out, bodies);
        Reporting reporting = header.reporting(root);
        LocalDate termStart = reporting == null ? NO_TERM_START : reporting.termStart().start();
        PlanInfo info = header.info(root);

        List<String> purposes = root.texts("purposes", false).stream().map(YamlObject.Scalar::value).toList();

        Map<String, Node> taskIds = new LinkedHashMap<>();
        Map<String, Node> sectionIds = new LinkedHashMap<>();
        List<Section> sections = new ArrayList<>();
        for (MappingNode sn : root.mappings("sections", true)) {
            YamlObject s = out.object(sn, "sections", SECTION_KEYS);
            String id = s.text("id", true);
            String title = s.text("title", true);
            if (id != null && sectionIds.containsKey(id)) {
                out.at(Diagnostic.of(Code.DUPLICATE_ID, "section-id").value(id).with("first", YamlObject.line(sectionIds.get(id))), s.get("id"));
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
        List<Indicator> indicators = measures.all(root, taskIds);
        Map<String, PlanPositions.Position> leads = new HashMap<>();
        leadNodes.forEach((task, n) -> leads.put(task, PlanOut.position(n)));
        return PlanCheck.check(new PlanCheck.Parts(info, purposes, reporting, sections, duties, bodyList, indicators, bodies.keys()),
                new PlanPositions(out.file(), bodies.positions(), bodies.successors(), leads), found);
    }

    private Task task(MappingNode tn, String sectionId, boolean duty, Map<String, Node> taskIds, Reporting reporting, LocalDate termStart) {
        YamlObject t = out.object(tn, duty ? "duties" : "sections.tasks", TASK_KEYS);
        String id = t.text("id", true);
        String task = id == null ? "?" : id;
        String content = t.text("content", true);
        String title = t.text("title", false);
        Diagnostic unknown = Diagnostic.of(Code.UNKNOWN_BODY, duty ? "in-duty" : "in-task").task(task);
        List<String> directing = bodies.refs(t, "directing", !duty, unknown);
        String implementing = t.text("implementing", false);
        List<String> leads = bodies.refs(t, "leads", true, unknown);
        List<String> coordinators = bodies.refs(t, "coordinators", false, unknown);
        if (t.has("leads") && leads.isEmpty() && t.get("leads") instanceof SequenceNode sq && sq.getValue().isEmpty()) {
            out.at(Diagnostic.of(Code.PLAN_SCHEMA, forTask("no-lead", duty)).task(task), t.get("leads"));
        }
        Timeframe tf = timeframe(t, task, duty, reporting, termStart);
        if (id == null) return null;
        if (t.get("leads") != null) leadNodes.putIfAbsent(id, t.get("leads"));
        if (taskIds.containsKey(id)) {
            out.at(Diagnostic.of(Code.DUPLICATE_ID, "task-id").task(id).with("first", YamlObject.line(taskIds.get(id))), t.get("id"));
            return null;
        }
        taskIds.put(id, t.get("id"));
        measures.task(t, id);
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
            YamlObject o = out.object(m, t.in() + ".timeframe", TIMEFRAME_KEYS);
            String text = o.text("text", false);
            LocalDate due = o.date("due");
            LocalDate from = o.date("from");
            if (!o.has("due") && !o.has("from")) {
                out.at(Diagnostic.of(Code.BAD_TIMEFRAME, "no-date").task(task), m);
                return null;
            }
            if ((o.has("due") && due == null) || (o.has("from") && from == null)) return null;
            String label = text != null ? text : Timeframe.wording(due, from);
            if (due != null) {
                LocalDate start = from != null ? from : (termStart.isAfter(due) ? Period.of(due).start() : termStart);
                if (start.isAfter(due)) {
                    out.at(Diagnostic.of(Code.BAD_TIMEFRAME, forTask("starts-after-due", duty)).task(task), m);
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
                out.at(Diagnostic.of(Code.BAD_TIMEFRAME, forTask("not-understood", duty)).task(task).value(text), n);
                return null;
            }
        } else {
            out.at(Diagnostic.of(Code.PLAN_SCHEMA, forTask("timeframe-type", duty)).task(task), n);
            return null;
        }
        if (reporting != null) {
            LocalDate first = reporting.termStart().start();
            LocalDate last = reporting.termEnd().end();
            boolean outside = tf.start().isAfter(last) || (tf.due() != null && tf.due().isBefore(first));
            if (outside) {
                out.at(Diagnostic.of(Code.BAD_TIMEFRAME, forTask("outside-term", duty)).task(task).value(tf.text())
                        .with("start", reporting.termStart()).with("end", reporting.termEnd()), n);
                return null;
            }
            if (tf.start().isBefore(first)) tf = new Timeframe(tf.kind(), first, tf.due(), tf.text());
        }
        return tf;
    }
}
