package planreport.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The whole plan as the tool understands it, with look-ups by id, name and alias. Immutable. */
public final class Plan {
    private final PlanInfo info;
    private final List<String> purposes;
    private final Reporting reporting;
    private final List<Section> sections;
    private final List<Task> duties;
    private final List<Body> bodies;
    private final List<Indicator> indicators;

    private final Map<String, Body> bodyById = new LinkedHashMap<>();
    private final Map<String, Task> taskById = new LinkedHashMap<>();
    private final Map<String, Body> bodyByKey = new HashMap<>();
    /** Built on first use: most runs find every unit by id or exact name, and folding every name costs start-up time. */
    private volatile Map<String, Body> bodyByFold;
    private final Map<String, Set<String>> leavesCache = new HashMap<>();
    private final Map<String, Set<String>> leadLeaves = new HashMap<>();
    private final Map<String, Set<String>> coordinatorLeaves = new HashMap<>();

    public Plan(PlanInfo info, List<String> purposes, Reporting reporting, List<Section> sections, List<Task> duties,
                List<Body> bodies, List<Indicator> indicators) {
        this.info = info;
        this.purposes = List.copyOf(purposes);
        this.reporting = reporting;
        this.sections = List.copyOf(sections);
        this.duties = List.copyOf(duties);
        this.bodies = List.copyOf(bodies);
        this.indicators = List.copyOf(indicators);
        for (Body b : bodies) {
            bodyById.putIfAbsent(b.id(), b);
            index(b.id(), b);
            index(b.name(), b);
            for (String a : b.aliases()) index(a, b);
        }
        for (Section s : sections) for (Task t : s.tasks()) taskById.putIfAbsent(t.id(), t);
        for (Task t : duties) taskById.putIfAbsent(t.id(), t);
        for (Task t : taskById.values()) {
            leadLeaves.put(t.id(), expand(t.leads()));
            coordinatorLeaves.put(t.id(), expand(t.coordinators()));
        }
    }

    private void index(String name, Body b) {
        bodyByKey.putIfAbsent(Names.key(name), b);
    }

    private Map<String, Body> bodyByFold() {
        Map<String, Body> m = bodyByFold;
        if (m == null) {
            m = new HashMap<>();
            for (Body b : bodies) {
                m.putIfAbsent(Names.fold(b.id()), b);
                m.putIfAbsent(Names.fold(b.name()), b);
                for (String a : b.aliases()) m.putIfAbsent(Names.fold(a), b);
            }
            bodyByFold = m; // a race builds the same map twice, harmlessly
        }
        return m;
    }

    public PlanInfo info() { return info; }
    public List<String> purposes() { return purposes; }
    public Reporting reporting() { return reporting; }
    public List<Section> sections() { return sections; }
    public List<Task> duties() { return duties; }
    public List<Body> bodies() { return bodies; }
    public List<Indicator> indicators() { return indicators; }

    /** Section II tasks then section III duties, in plan order. */
    public List<Task> tasks() { return List.copyOf(taskById.values()); }

    public Optional<Task> task(String id) { return Optional.ofNullable(taskById.get(id)); }

    public Optional<Body> body(String id) { return Optional.ofNullable(bodyById.get(id)); }

    /** A body by id, name or alias, compared after NFC, case folding and space collapsing. */
    public Optional<Body> findBody(String typed) { return Optional.ofNullable(bodyByKey.get(Names.key(typed))); }

    /** A body whose name matches only once diacritics are stripped. */
    public Optional<Body> findBodyIgnoringDiacritics(String typed) { return Optional.ofNullable(bodyByFold().get(Names.fold(typed))); }

    /** Every id, name and alias: the candidates for "did you mean". */
    public List<String> bodyNames() {
        List<String> all = new ArrayList<>();
        for (Body b : bodies) { all.add(b.name()); all.addAll(b.aliases()); }
        return all;
    }

    /** The concrete units behind a body: itself, or a group's members, recursively. */
    public Set<String> leaves(String bodyId) {
        Set<String> cached = leavesCache.get(bodyId);
        if (cached != null) return cached;
        Set<String> out = new LinkedHashSet<>();
        collect(bodyId, out, new LinkedHashSet<>());
        Set<String> result = Collections.unmodifiableSet(out);
        leavesCache.put(bodyId, result);
        return result;
    }

    private void collect(String id, Set<String> out, Set<String> seen) {
        if (!seen.add(id)) return;
        Body b = bodyById.get(id);
        if (b == null) return;
        if (!b.isGroup()) { out.add(id); return; }
        for (String m : b.members()) collect(m, out, seen);
    }

    private Set<String> expand(List<String> ids) {
        Set<String> out = new LinkedHashSet<>();
        for (String id : ids) out.addAll(leaves(id));
        return Collections.unmodifiableSet(out);
    }

    /** The units expected to report on a task: its leads, with groups expanded to their members. */
    public Set<String> leadUnits(String taskId) { return leadLeaves.getOrDefault(taskId, Set.of()); }

    /** The units that may report on a task as coordinators. */
    public Set<String> coordinatorUnits(String taskId) { return coordinatorLeaves.getOrDefault(taskId, Set.of()); }

    public boolean isResponsible(String unitId, String taskId) {
        return leadUnits(taskId).contains(unitId) || coordinatorUnits(taskId).contains(unitId);
    }

    /** Whether a unit is expected to report on a task in a period (its lead work is active then). */
    public boolean isActive(Task t, Period p) {
        Timeframe tf = t.timeframe();
        if (p.end().isBefore(tf.start())) return false;
        return reporting.inTerm(p);
    }

    public Optional<Indicator> indicator(String id) {
        return indicators.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** Every period of the plan term, in order. */
    public List<Period> termPeriods() {
        List<Period> out = new ArrayList<>();
        for (Period p = reporting.termStart(); p.compareTo(reporting.termEnd()) <= 0; p = p.next()) out.add(p);
        return out;
    }
}
