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

/**
 * The whole plan as the tool understands it, with look-ups by id, name and alias. Immutable: every
 * index is built once, in the constructor.
 */
public final class Plan {
    private final PlanInfo info;
    private final List<String> purposes;
    private final Reporting reporting;
    private final List<Section> sections;
    private final List<Task> duties;
    private final List<Body> bodies;
    private final List<Indicator> indicators;
    private final List<Task> tasks;
    private final List<String> bodyNames;
    private final List<Period> termPeriods;

    private final Map<String, Body> bodyById = new LinkedHashMap<>();
    private final Map<String, Task> taskById = new LinkedHashMap<>();
    private final Map<String, Body> bodyByKey = new HashMap<>();
    private final Map<String, Set<String>> leaves = new HashMap<>();
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
        List<String> names = new ArrayList<>();
        for (Body b : this.bodies) {
            bodyById.putIfAbsent(b.id(), b);
            for (String n : b.names()) bodyByKey.putIfAbsent(Names.key(n), b);
            names.add(b.name());
            names.addAll(b.aliases());
        }
        this.bodyNames = List.copyOf(names);
        for (Section s : this.sections) for (Task t : s.tasks()) taskById.putIfAbsent(t.id(), t);
        for (Task t : this.duties) taskById.putIfAbsent(t.id(), t);
        this.tasks = List.copyOf(taskById.values());
        for (Body b : this.bodies) {
            Set<String> out = new LinkedHashSet<>();
            collect(b.id(), out, new java.util.HashSet<>());
            leaves.put(b.id(), Collections.unmodifiableSet(out));
        }
        for (Task t : tasks) {
            leadLeaves.put(t.id(), expand(t.leads()));
            coordinatorLeaves.put(t.id(), expand(t.coordinators()));
        }
        List<Period> term = new ArrayList<>();
        if (reporting != null) {
            for (Period p = reporting.termStart(); p.compareTo(reporting.termEnd()) <= 0; p = p.next()) term.add(p);
        }
        this.termPeriods = List.copyOf(term);
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

    public PlanInfo info() { return info; }
    public List<String> purposes() { return purposes; }
    public Reporting reporting() { return reporting; }
    public List<Section> sections() { return sections; }
    public List<Task> duties() { return duties; }
    public List<Body> bodies() { return bodies; }
    public List<Indicator> indicators() { return indicators; }

    /** Section II tasks then section III duties, in plan order. */
    public List<Task> tasks() { return tasks; }

    public Optional<Task> task(String id) { return Optional.ofNullable(taskById.get(id)); }

    public Optional<Body> body(String id) { return Optional.ofNullable(bodyById.get(id)); }

    /** A body's name, or the id itself when the plan has no such body. */
    public String name(String bodyId) {
        Body b = bodyById.get(bodyId);
        return b == null ? bodyId : b.name();
    }

    /** A body by id, name or alias, compared after NFC, case folding and space collapsing. */
    public Optional<Body> findBody(String typed) { return Optional.ofNullable(bodyByKey.get(Names.key(typed))); }

    /** Every name and alias: the candidates for "did you mean". */
    public List<String> bodyNames() { return bodyNames; }

    /** The concrete units behind a body: itself, or a group's members, recursively. */
    public Set<String> leaves(String bodyId) { return leaves.getOrDefault(bodyId, Set.of()); }

    /** The units expected to report on a task: its leads, with groups expanded to their members. */
    public Set<String> leadUnits(String taskId) { return leadLeaves.getOrDefault(taskId, Set.of()); }

    /** The units that may report on a task as coordinators. */
    public Set<String> coordinatorUnits(String taskId) { return coordinatorLeaves.getOrDefault(taskId, Set.of()); }

    public boolean isResponsible(String unitId, String taskId) {
        return leadUnits(taskId).contains(unitId) || coordinatorUnits(taskId).contains(unitId);
    }

    /** Every period of the plan term, in order. */
    public List<Period> termPeriods() { return termPeriods; }
}
