package planreport.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import planreport.check.Code;
import planreport.check.Diagnostic;
import planreport.model.Indicator;
import planreport.model.MeasureKind;
import planreport.model.Names;

/**
 * The measures of a plan (docs/plan-format.md "Measures"): each task's {@code measures}, read as the
 * task is, and the older top-level {@code indicators} (a flow reported by the task's leads). The
 * plan's list is the tasks' measures in plan order, then the top-level ones; an id is used once.
 */
final class PlanMeasures {
    static final Set<String> MEASURE_KEYS = Set.of("id", "name", "unit", "kind", "reporters", "targets", "term_target", "phrase");
    private static final Set<String> INDICATOR_KEYS = Set.of("id", "name", "unit", "task", "targets");

    private final PlanOut out;
    private final PlanBodies bodies;
    private final List<Indicator> list = new ArrayList<>();
    private final Map<String, Node> ids = new HashMap<>();

    PlanMeasures(PlanOut out, PlanBodies bodies) {
        this.out = out;
        this.bodies = bodies;
    }

    /** The {@code measures} of the task {@code taskId} (its mapping {@code t}); nothing when it has none. */
    void task(YamlObject t, String taskId) {
        for (MappingNode mn : t.mappings("measures", false)) {
            YamlObject m = out.object(mn, t.in() + ".measures", MEASURE_KEYS);
            String id = m.text("id", true);
            String name = m.text("name", true);
            String unit = m.text("unit", false);
            String kindText = m.text("kind", false);
            MeasureKind kind = kindText == null ? MeasureKind.FLOW : MeasureKind.of(kindText);
            if (kind == null) out.at(Diagnostic.of(Code.PLAN_SCHEMA, "measure-kind").value(kindText), m.get("kind"));
            List<String> reporters = new ArrayList<>();
            Diagnostic unknown = Diagnostic.of(Code.UNKNOWN_BODY, "in-task").task(taskId);
            for (YamlObject.Scalar s : m.texts("reporters", false)) {
                String v = s.value().strip();
                if (v.equals("leads") || v.equals("coordinators")) reporters.add(v);
                else {
                    String body = bodies.resolve(v, s.node(), unknown);
                    if (body != null) reporters.add(body);
                }
            }
            Map<Integer, Long> targets = targets(m);
            Long term = count(m, "term_target");
            String phrase = m.text("phrase", false);
            if (phrase != null && !phrase.contains("{n}")) out.at(Diagnostic.of(Code.PLAN_SCHEMA, "measure-phrase").value(phrase).with("placeholder", "{n}"), m.get("phrase"));
            if (id == null || name == null || taskId == null || kind == null || !fresh(id, m.get("id"))) continue;
            list.add(new Indicator(id, name, unit == null ? "" : unit, taskId, targets, kind, reporters, term,
                    phrase != null && phrase.contains("{n}") ? phrase : null));
        }
    }

    /** Every measure: the tasks' (as read), then the plan's top-level {@code indicators}. */
    List<Indicator> all(YamlObject root, Map<String, Node> taskIds) {
        for (MappingNode in : root.mappings("indicators", false)) {
            YamlObject i = out.object(in, "indicators", INDICATOR_KEYS);
            String id = i.text("id", true);
            String name = i.text("name", true);
            String unit = i.text("unit", false);
            String task = i.text("task", true);
            if (task != null && !taskIds.containsKey(task)) {
                out.at(Diagnostic.of(Code.PLAN_SCHEMA, "indicator-task").value(task).suggest(Names.closest(task, taskIds.keySet()).orElse(null)), i.get("task"));
            }
            Map<Integer, Long> targets = targets(i);
            if (id == null || name == null || task == null || !fresh(id, i.get("id"))) continue;
            list.add(new Indicator(id, name, unit == null ? "" : unit, task, targets));
        }
        return list;
    }

    /** False (and duplicate-id) when a measure already has this id. */
    private boolean fresh(String id, Node at) {
        if (ids.containsKey(id)) {
            out.at(Diagnostic.of(Code.DUPLICATE_ID, "indicator-id").value(id).with("first", YamlObject.line(ids.get(id))), at);
            return false;
        }
        ids.put(id, at);
        return true;
    }

    /** {@code targets}: year → a whole number not below 0. */
    private Map<Integer, Long> targets(YamlObject o) {
        Map<Integer, Long> targets = new TreeMap<>();
        MappingNode tm = o.mapping("targets", false);
        if (tm == null) return targets;
        for (var tuple : tm.getValue()) {
            Node k = tuple.getKeyNode(), v = tuple.getValueNode();
            try {
                int year = Integer.parseInt(((ScalarNode) k).getValue().strip());
                long value = Long.parseLong(((ScalarNode) v).getValue().strip());
                if (value < 0 || value > Indicator.MAX_COUNT) throw new NumberFormatException();
                if (targets.put(year, value) != null) {
                    out.at(Diagnostic.of(Code.DUPLICATE_ID, "target-year").value(year), k);
                }
            } catch (RuntimeException e) {
                out.at(Diagnostic.of(Code.PLAN_SCHEMA, "targets"), k);
            }
        }
        return targets;
    }

    /** An optional whole number not below 0 at {@code key}, or null. */
    private Long count(YamlObject o, String key) {
        Node n = o.get(key);
        if (n == null || YamlObject.isNull(n)) return null;
        try {
            long value = Long.parseLong(((ScalarNode) n).getValue().strip());
            if (value < 0 || value > Indicator.MAX_COUNT) throw new NumberFormatException();
            return value;
        } catch (RuntimeException e) {
            out.at(Diagnostic.of(Code.PLAN_SCHEMA, "term-target"), n);
            return null;
        }
    }
}
