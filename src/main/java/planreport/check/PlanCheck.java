package planreport.check;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import planreport.model.Body;
import planreport.model.Indicator;
import planreport.model.Obligations;
import planreport.model.Period;
import planreport.model.Plan;
import planreport.model.PlanInfo;
import planreport.model.Reporting;
import planreport.model.Section;
import planreport.model.Task;

/**
 * The checks on a plan's graph, apart from reading its file: groups that contain themselves or
 * nest too deep, successions (see {@link Successions}), and tasks nobody owes once their leads
 * cease. A {@link Plan} expands its groups and follows successions as it is built, so these checks
 * run on the parts first and say whether it may be built at all.
 */
public final class PlanCheck {
    /** Groups may hold groups, this many levels deep at most (as the YAML itself nests at most 32). */
    public static final int MAX_GROUP_DEPTH = 32;
    /** How many successions may follow one another (a body, its successor, theirs, …): beyond, the plan is not built. */
    public static final int MAX_SUCCESSION_DEPTH = 32;

    private PlanCheck() {}

    /**
     * What the reader made of a plan file: the parts of a {@link Plan}; {@code info} and
     * {@code reporting} are null when they could not be read. {@code keys}: every name's key and the
     * id of the body it names, as the reader resolved references with them (the Plan's look-up by
     * name; null: the Plan makes them).
     */
    public record Parts(PlanInfo info, List<String> purposes, Reporting reporting, List<Section> sections, List<Task> duties,
                        List<Body> bodies, List<Indicator> indicators, Map<String, String> keys) {
        public Parts {
            purposes = List.copyOf(purposes);
            sections = List.copyOf(sections);
            duties = List.copyOf(duties);
            bodies = List.copyOf(bodies);
            indicators = List.copyOf(indicators);
        }
    }

    /**
     * Checks the graph of {@code parts}, each problem added to {@code out} at its place in
     * {@code at}; returns the plan, or null when a part is missing or groups or successions run
     * too deep to build one. Tasks nobody owes are looked for only in a plan without errors.
     */
    public static Plan check(Parts parts, PlanPositions at, Diagnostics out) {
        boolean groupsTooDeep = groups(parts.bodies(), at, out);
        boolean chainTooLong = Successions.check(parts.bodies(), at, out);
        if (parts.info() == null || parts.reporting() == null || groupsTooDeep || chainTooLong) return null;
        Plan plan = new Plan(parts.info(), parts.purposes(), parts.reporting(), parts.sections(), parts.duties(),
                parts.bodies(), parts.indicators(), parts.keys());
        if (out.errors() == 0) owed(plan, at, out);
        return plan;
    }

    /**
     * group-cycle for every group that contains itself, and group-too-deep for a group whose members
     * nest deeper than {@link #MAX_GROUP_DEPTH}: one pass over the groups (Tarjan's strongly connected
     * components, with an explicit stack, so a chain of ten thousand groups costs no Java stack).
     * True when a group nests too deep.
     */
    private static boolean groups(List<Body> bodies, PlanPositions at, Diagnostics out) {
        // the groups that hold something: a body not here is a unit (or an empty group), which nothing can nest under
        Map<String, Body> byId = new HashMap<>();
        for (Body b : bodies) holder(b, byId);
        Map<String, Integer> index = new HashMap<>(), low = new HashMap<>(), depth = new HashMap<>();
        Set<String> cyclic = new HashSet<>(), onStack = new HashSet<>();
        ArrayDeque<String> stack = new ArrayDeque<>();
        boolean tooDeep = false;
        int next = 0;
        for (Body root : bodies) {
            if (root.members().isEmpty() || index.containsKey(root.id())) continue;
            // frames: a body and how many of its members have been looked at
            ArrayDeque<Object[]> frames = new ArrayDeque<>();
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
                            out.add(at.place(Diagnostic.of(Code.PLAN_SCHEMA, "group-too-deep").with("group", v)
                                    .with("limit", MAX_GROUP_DEPTH), at.bodies().get(v)));
                        }
                    }
                }
            }
        }
        if (!cyclic.isEmpty()) {
            for (Body b : bodies) {
                if (cyclic.contains(b.id())) out.add(at.place(Diagnostic.of(Code.PLAN_SCHEMA, "group-cycle").with("group", b.id()), at.bodies().get(b.id())));
            }
        }
        return tooDeep;
    }

    /**
     * Indexes {@code b} when it holds members. (The loop over a country's 17,555 bodies runs once, so
     * it is interpreted; what it calls for each body is compiled.)
     */
    private static void holder(Body b, Map<String, Body> byId) {
        if (!b.members().isEmpty()) byId.put(b.id(), b);
    }

    /**
     * A task still active after its leads have ceased with no successor: nobody owes it from then on
     * (a warning, once per task, at its leads).
     */
    private static void owed(Plan plan, PlanPositions at, Diagnostics out) {
        if (!plan.dated()) return;
        for (Task t : plan.tasks()) {
            Set<String> before = null;
            for (Period p : plan.termPeriods()) {
                if (!Obligations.active(plan, t, p)) continue;
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
                    out.add(at.place(Diagnostic.of(Code.TASK_UNOWNED).task(t.id()).period(p)
                            .with("date", last == null ? Obligations.judgedOn(plan, p) : last)
                            .with("bodies", String.join(", ", gone)), at.leads().get(t.id())));
                    break;
                }
                before = now;
            }
        }
    }
}
