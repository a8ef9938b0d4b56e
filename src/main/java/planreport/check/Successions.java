package planreport.check;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import planreport.model.Body;

/**
 * The checks on successions, kept apart from the groups' because they walk another edge of the
 * same bodies: no body succeeds itself through others, no chain runs longer than a Plan may follow,
 * and each successor exists on the day it takes over. Every walk is iterative: a chain of ten
 * thousand successions costs no Java stack.
 */
final class Successions {
    private final List<Body> bodies;
    private final Map<String, Body> byId = new HashMap<>();
    private final PlanPositions at;
    private final Diagnostics out;

    private Successions(List<Body> bodies, PlanPositions at, Diagnostics out) {
        this.at = at;
        this.out = out;
        // only the bodies a succession touches (those naming successors, and those named): a country's
        // ten thousand units that never change are left out of every walk below, in plan order still
        Set<String> named = new HashSet<>();
        for (Body b : bodies) named.addAll(b.successors());
        List<Body> touched = new ArrayList<>();
        for (Body b : bodies) if (!b.successors().isEmpty() || named.contains(b.id())) touched.add(b);
        this.bodies = touched;
        for (Body b : touched) byId.put(b.id(), b);
    }

    /**
     * bad-succession for each cycle, for a chain longer than {@link PlanCheck#MAX_SUCCESSION_DEPTH}
     * and for a successor not there on the day it takes over; true when a chain runs too long
     * (a Plan follows successions to find who stands for a body: not when they run this long).
     */
    static boolean check(List<Body> bodies, PlanPositions at, Diagnostics out) {
        return new Successions(bodies, at, out).check();
    }

    private boolean check() {
        Set<String> onCycles = mayBeOnCycles();
        Set<String> inCycle = new HashSet<>();
        for (Body b : bodies) {
            if (!onCycles.contains(b.id()) || inCycle.contains(b.id())) continue;
            List<String> path = cycle(b.id(), onCycles);
            if (path != null) {
                // one diagnostic per cycle, at its first body in the plan's order; a long one named by its ends
                inCycle.addAll(path);
                path.add(0, b.id());
                String chain = path.size() <= 12 ? String.join(" → ", path)
                        : String.join(" → ", path.subList(0, 8)) + " → … → " + String.join(" → ", path.subList(path.size() - 3, path.size()));
                out.add(at.place(Diagnostic.of(Code.BAD_SUCCESSION, "cycle").with("body", b.id()).with("chain", chain),
                        at.successors().get(b.id()).get(0).at()));
            }
        }
        if (inCycle.isEmpty()) {
            String deep = tooLongChain();
            if (deep != null) {
                out.add(at.place(Diagnostic.of(Code.BAD_SUCCESSION, "too-long").with("body", deep)
                        .with("limit", PlanCheck.MAX_SUCCESSION_DEPTH), at.bodies().get(deep)));
                return true;
            }
        }
        for (Body b : bodies) {
            if (b.until() == null || inCycle.contains(b.id())) continue;
            LocalDate day = b.until().plusDays(1);
            List<PlanPositions.Ref> refs = at.successors().getOrDefault(b.id(), List.of());
            for (String s : b.successors()) {
                Body next = byId.get(s);
                if (next == null || next.existsOn(day)) continue;
                PlanPositions.Position where = refs.stream().filter(r -> s.equals(r.id())).map(PlanPositions.Ref::at)
                        .findFirst().orElse(at.bodies().get(b.id()));
                Diagnostic d = Diagnostic.of(Code.BAD_SUCCESSION, next.ceasedBy(day) ? "ceased" : "not-yet").with("body", b.id())
                        .value(s).with("day", day);
                if (next.from() != null) d = d.with("from", next.from());
                if (next.until() != null) d = d.with("until", next.until());
                out.add(at.place(d, where));
            }
        }
        return false;
    }

    /**
     * The bodies that may lie on a cycle of successions: what is left once the bodies no succession
     * leads to, or that lead to none, are taken away, again and again (a chain of ten thousand
     * successions goes in one pass over it, with no recursion).
     */
    private Set<String> mayBeOnCycles() {
        Map<String, Integer> in = new HashMap<>(), out = new HashMap<>();
        Map<String, List<String>> preds = new HashMap<>();
        for (Body b : bodies) {
            in.putIfAbsent(b.id(), 0);
            out.putIfAbsent(b.id(), 0);
        }
        for (Body b : bodies) {
            for (String s : new LinkedHashSet<>(b.successors())) {
                if (!byId.containsKey(s)) continue;
                out.merge(b.id(), 1, Integer::sum);
                in.merge(s, 1, Integer::sum);
                preds.computeIfAbsent(s, x -> new ArrayList<>()).add(b.id());
            }
        }
        Set<String> left = new LinkedHashSet<>(in.keySet());
        ArrayDeque<String> gone = new ArrayDeque<>();
        for (String id : left) if (in.get(id) == 0 || out.get(id) == 0) gone.add(id);
        while (!gone.isEmpty()) {
            String id = gone.poll();
            if (!left.remove(id)) continue;
            for (String s : new LinkedHashSet<>(byId.get(id).successors())) {
                if (left.contains(s) && in.merge(s, -1, Integer::sum) == 0) gone.add(s);
            }
            for (String p : preds.getOrDefault(id, List.of())) {
                if (left.contains(p) && out.merge(p, -1, Integer::sum) == 0) gone.add(p);
            }
        }
        return left;
    }

    /**
     * The first body (in the plan's order) reached by more than {@link PlanCheck#MAX_SUCCESSION_DEPTH}
     * successions in a row, or null: the chains are measured in one pass in the order of
     * succession (no recursion), so later reading (who stands for a ceased body on a day) stays
     * shallow.
     */
    private String tooLongChain() {
        Map<String, Integer> in = new HashMap<>();
        for (Body b : bodies) in.putIfAbsent(b.id(), 0);
        for (Body b : bodies) for (String s : new LinkedHashSet<>(b.successors())) if (byId.containsKey(s)) in.merge(s, 1, Integer::sum);
        Map<String, Integer> depth = new HashMap<>();
        ArrayDeque<String> ready = new ArrayDeque<>();
        for (Body b : bodies) if (in.get(b.id()) == 0) { ready.add(b.id()); depth.put(b.id(), 0); }
        String deep = null;
        int deepIndex = Integer.MAX_VALUE;
        Map<String, Integer> order = new HashMap<>();
        for (Body b : bodies) order.putIfAbsent(b.id(), order.size());
        while (!ready.isEmpty()) {
            String id = ready.poll();
            int d = depth.get(id);
            if (d > PlanCheck.MAX_SUCCESSION_DEPTH && order.get(id) < deepIndex) { deep = id; deepIndex = order.get(id); }
            for (String s : new LinkedHashSet<>(byId.get(id).successors())) {
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
    private List<String> cycle(String target, Set<String> among) {
        List<String> path = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        ArrayDeque<int[]> next = new ArrayDeque<>();
        ArrayDeque<String> on = new ArrayDeque<>();
        on.push(target);
        next.push(new int[] {0});
        while (!on.isEmpty()) {
            List<String> succ = byId.get(on.peek()).successors();
            int[] i = next.peek();
            if (i[0] >= succ.size()) {
                on.pop();
                next.pop();
                if (!path.isEmpty() && !on.isEmpty()) path.remove(path.size() - 1);
                continue;
            }
            String s = succ.get(i[0]++);
            if (s.equals(target)) {
                path.add(s);
                return path;
            }
            if (among.contains(s) && seen.add(s)) {
                path.add(s);
                on.push(s);
                next.push(new int[] {0});
            }
        }
        return null;
    }
}
