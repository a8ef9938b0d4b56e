package planreport.model;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
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
    /** Each name key and its body, when the plan made its own keys. */
    private final Map<String, Body> bodyByKey = new HashMap<>();
    /** Each name key and the id of its body, as the reader made them (null: {@link #bodyByKey}). */
    private final Map<String, String> idByKey;
    private final Map<String, Set<String>> leaves = new HashMap<>();
    private final Map<String, Set<String>> leadLeaves = new HashMap<>();
    private final Map<String, Set<String>> coordinatorLeaves = new HashMap<>();
    /** Whether any body starts or ends inside time: when none does, who leads is the same on every day. */
    private final boolean dated;
    /** Per term period (by offset from the term's start): each task's lead and coordinating units on the period's judging day. */
    private final List<Map<String, Set<String>>> leadsIn = new ArrayList<>();
    private final List<Map<String, Set<String>>> coordinatorsIn = new ArrayList<>();
    /** Who names a body as its successor, in plan order. */
    private final Map<String, List<String>> predecessors = new HashMap<>();
    /** The bodies visited while the indexes were built: the work, counted by a test that it stays linear in the plan's size. */
    private long visits;

    public Plan(PlanInfo info, List<String> purposes, Reporting reporting, List<Section> sections, List<Task> duties,
                List<Body> bodies, List<Indicator> indicators) {
        this(info, purposes, reporting, sections, duties, bodies, indicators, null);
    }

    /**
     * As above, with {@code keys}: each name key ({@link Names#key} of an id, name or alias) and the id
     * of the body it names, first come first kept, as the plan's reader already made them (null: made
     * here). A country's plan has tens of thousands of names; each key is made once.
     */
    public Plan(PlanInfo info, List<String> purposes, Reporting reporting, List<Section> sections, List<Task> duties,
                List<Body> bodies, List<Indicator> indicators, Map<String, String> keys) {
        this.info = info;
        this.purposes = List.copyOf(purposes);
        this.reporting = reporting;
        this.sections = List.copyOf(sections);
        this.duties = List.copyOf(duties);
        this.bodies = List.copyOf(bodies);
        this.indicators = List.copyOf(indicators);
        // the loops over every body call a method for each: a loop run once is interpreted, a method
        // called thousands of times is compiled (a country's plan has 17,555 bodies)
        this.idByKey = keys;
        List<String> names = new ArrayList<>();
        for (Body b : this.bodies) index(b, names);
        this.bodyNames = List.copyOf(names);
        for (Section s : this.sections) for (Task t : s.tasks()) taskById.putIfAbsent(t.id(), t);
        for (Task t : this.duties) taskById.putIfAbsent(t.id(), t);
        this.tasks = List.copyOf(taskById.values());
        for (Body b : this.bodies) leaves(b);
        List<Period> term = new ArrayList<>();
        if (reporting != null) {
            for (Period p = reporting.termStart(); p.compareTo(reporting.termEnd()) <= 0; p = p.next()) term.add(p);
        }
        this.termPeriods = List.copyOf(term);
        boolean anyDated = false;
        for (Body b : this.bodies) anyDated |= successions(b);
        this.dated = anyDated && reporting != null;
        if (!dated) {
            for (Task t : tasks) {
                leadLeaves.put(t.id(), expand(t.leads()));
                coordinatorLeaves.put(t.id(), expand(t.coordinators()));
            }
        } else {
            byPeriod();
        }
    }

    /** Indexes {@code b} by id (and by its names' keys when the reader gave none); adds its names to {@code names}. */
    private void index(Body b, List<String> names) {
        bodyById.putIfAbsent(b.id(), b);
        if (idByKey == null) for (String n : b.names()) bodyByKey.putIfAbsent(Names.key(n), b);
        names.add(b.name());
        names.addAll(b.aliases());
    }

    /** The units {@code b} stands for. */
    private void leaves(Body b) {
        if (!b.isGroup() && bodyById.get(b.id()) == b) {
            // a unit is its own one leaf: no sets to build for each of a country's ten thousand units
            visits++;
            leaves.put(b.id(), Set.of(b.id()));
            return;
        }
        Set<String> out = new LinkedHashSet<>();
        collect(b.id(), out, new java.util.HashSet<>());
        leaves.put(b.id(), Collections.unmodifiableSet(out));
    }

    /** Records {@code b} as the predecessor of each of its successors; whether it starts or ends inside time. */
    private boolean successions(Body b) {
        for (String s : b.successors()) predecessors.computeIfAbsent(s, x -> new ArrayList<>()).add(b.id());
        return b.dated();
    }

    /**
     * Who stands for each task in each term period, and over the whole term. Who stands for a body on
     * a day depends on that day only through the dated bodies it reaches (by members and successors):
     * each body a task names is expanded on the first period's day, then again only on a day when one
     * of those dated bodies starts or ceases. A period whose units equal the period before's shares
     * that set, so a term of many quarters and groups of thousands of units costs a few expansions a
     * body and holds a few sets a task (the memory of an undated plan), not one a quarter.
     */
    private void byPeriod() {
        Map<String, Set<String>> reach = new HashMap<>();
        for (Task t : tasks) {
            for (String id : t.leads()) reach.computeIfAbsent(id, this::datedReach);
            for (String id : t.coordinators()) reach.computeIfAbsent(id, this::datedReach);
        }
        Map<String, Set<String>> on = new HashMap<>();
        Set<String> fresh = new HashSet<>();
        Map<String, Integer> state = new HashMap<>();
        Map<String, Set<String>> lastL = Map.of(), lastC = Map.of();
        Map<String, Set<String>> allL = new HashMap<>(), allC = new HashMap<>();
        List<Body> datedBodies = new ArrayList<>();
        for (Body b : bodies) if (b.dated()) datedBodies.add(b);
        for (Period p : termPeriods) {
            LocalDate day = Obligations.judgedOn(reporting, p);
            Set<String> changed = new HashSet<>();
            for (Body b : datedBodies) {
                int s = b.existsOn(day) ? 1 : b.ceasedBy(day) ? 2 : 0;
                Integer before = state.put(b.id(), s);
                if (before == null || before != s) changed.add(b.id());
            }
            fresh.clear();
            for (var e : reach.entrySet()) {
                if (on.containsKey(e.getKey()) && Collections.disjoint(e.getValue(), changed)) continue;
                on.put(e.getKey(), unitsOn(List.of(e.getKey()), day));
                fresh.add(e.getKey());
            }
            Map<String, Set<String>> l = new HashMap<>(), c = new HashMap<>();
            for (Task t : tasks) {
                l.put(t.id(), inPeriod(t.leads(), on, fresh, lastL.get(t.id()), allL.computeIfAbsent(t.id(), k -> new LinkedHashSet<>())));
                c.put(t.id(), inPeriod(t.coordinators(), on, fresh, lastC.get(t.id()), allC.computeIfAbsent(t.id(), k -> new LinkedHashSet<>())));
            }
            leadsIn.add(l);
            coordinatorsIn.add(c);
            lastL = l;
            lastC = c;
        }
        for (Task t : tasks) {
            leadLeaves.put(t.id(), Collections.unmodifiableSet(allL.getOrDefault(t.id(), Set.of())));
            coordinatorLeaves.put(t.id(), Collections.unmodifiableSet(allC.getOrDefault(t.id(), Set.of())));
        }
    }

    /**
     * A task's units in a period: the ordered union of the units of the bodies it names ({@code on});
     * the period before's set when none of them was expanded again ({@code fresh}) or the union equals it. A new
     * set also joins the units over the term ({@code all}).
     */
    private static Set<String> inPeriod(List<String> ids, Map<String, Set<String>> on, Set<String> fresh, Set<String> before, Set<String> all) {
        if (before != null && Collections.disjoint(ids, fresh)) return before;
        Set<String> now;
        if (ids.size() == 1) {
            Set<String> one = on.get(ids.get(0));
            now = before != null && before.equals(one) ? before : one;
        } else {
            Set<String> union = new LinkedHashSet<>();
            for (String id : ids) union.addAll(on.get(id));
            now = shared(union, before);
        }
        if (now != before) all.addAll(now);
        return now;
    }

    /** The dated bodies reachable from a body by members and successors (itself included). */
    private Set<String> datedReach(String id) {
        Set<String> seen = new HashSet<>(), dated = new HashSet<>();
        ArrayDeque<String> todo = new ArrayDeque<>();
        todo.push(id);
        while (!todo.isEmpty()) reach(todo.pop(), seen, dated, todo);
        return dated;
    }

    /** One step of {@link #datedReach}: {@code v} visited, its members and successors to visit (a method: compiled, where the loop is not). */
    private void reach(String v, Set<String> seen, Set<String> dated, ArrayDeque<String> todo) {
        visits++;
        if (!seen.add(v)) return;
        Body b = bodyById.get(v);
        if (b == null) return;
        if (b.dated()) dated.add(v);
        for (String m : b.members()) todo.push(m);
        for (String s : b.successors()) todo.push(s);
    }

    /** {@code now}, or {@code before} when the two hold the same units (read-only either way). */
    private static Set<String> shared(Set<String> now, Set<String> before) {
        return before != null && before.equals(now) ? before : Collections.unmodifiableSet(now);
    }

    private Set<String> unitsOn(List<String> ids, LocalDate day) {
        Set<String> out = new LinkedHashSet<>();
        for (String id : ids) unitsOn(id, day, out, new java.util.HashSet<>());
        return Collections.unmodifiableSet(out);
    }

    /**
     * The units that stand for a body on a day: the body itself when it exists then; a group's
     * members that exist then; for a body that has ceased, its successors (in turn); nothing for a
     * body that does not exist yet.
     */
    private void unitsOn(String id, LocalDate day, Set<String> out, Set<String> seen) {
        visits++;
        if (!seen.add(id)) return;
        Body b = bodyById.get(id);
        if (b == null) return;
        if (!b.existsOn(day)) {
            if (b.ceasedBy(day)) for (String s : b.successors()) unitsOn(s, day, out, seen);
            return;
        }
        if (!b.isGroup()) { out.add(id); return; }
        for (String m : b.members()) unitsOn(m, day, out, seen);
    }

    private void collect(String id, Set<String> out, Set<String> seen) {
        visits++;
        if (!seen.add(id)) return;
        Body b = bodyById.get(id);
        if (b == null) return;
        if (!b.isGroup()) { out.add(id); return; }
        for (String m : b.members()) collect(m, out, seen);
    }

    private Set<String> expand(List<String> ids) {
        if (ids.size() == 1) return leaves(ids.get(0));
        Set<String> out = new LinkedHashSet<>();
        for (String id : ids) out.addAll(leaves(id));
        return Collections.unmodifiableSet(out);
    }

    public PlanInfo info() { return info; }

    /**
     * The earliest day a report of this plan may carry, as the day its work was done or the report
     * sent: the plan's own date (nothing can be done or reported under a plan before it is issued),
     * or, when the plan states none, the date of the resolution it implements (the plan cannot be
     * older than it); null when neither is known. A date before it (01/03/1900 from a stray serial
     * number) is a bad-date, never a report received on time.
     */
    public LocalDate earliestReportDay() { return info.date() != null ? info.date() : info.resolutionDate(); }
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

    /**
     * The group plan.yaml declares with exactly {@code ids} as its members (in any order), if any: a document
     * names a whole group by the group's name ("Các huyện ủy, thị ủy, thành ủy") rather than listing it.
     */
    public Optional<Body> groupOf(java.util.Collection<String> ids) {
        if (ids.size() < 2) return Optional.empty();
        java.util.Set<String> wanted = java.util.Set.copyOf(ids);
        for (Body b : bodies) {
            if (b.isGroup() && b.members().size() == wanted.size() && wanted.equals(java.util.Set.copyOf(b.members()))) return Optional.of(b);
        }
        return Optional.empty();
    }

    /** A body by id, name or alias, compared after NFC, case folding and space collapsing. */
    public Optional<Body> findBody(String typed) {
        String key = Names.key(typed);
        if (idByKey == null) return Optional.ofNullable(bodyByKey.get(key));
        String id = idByKey.get(key);
        return id == null ? Optional.empty() : Optional.ofNullable(bodyById.get(id));
    }

    /** Every name and alias: the candidates for "did you mean". */
    public List<String> bodyNames() { return bodyNames; }

    /** The concrete units behind a body: itself, or a group's members, recursively. */
    public Set<String> leaves(String bodyId) { return leaves.getOrDefault(bodyId, Set.of()); }

    /**
     * Every unit that leads a task at some time in the term: its leads, with groups expanded to their
     * members and, where bodies change, the successors that take over. Who leads it in one period is
     * {@link #leadUnits(String, Period)}.
     */
    public Set<String> leadUnits(String taskId) { return leadLeaves.getOrDefault(taskId, Set.of()); }

    /** Every unit that coordinates a task at some time in the term. */
    public Set<String> coordinatorUnits(String taskId) { return coordinatorLeaves.getOrDefault(taskId, Set.of()); }

    /** Whether a unit leads or coordinates a task at some time in the term. */
    public boolean isResponsible(String unitId, String taskId) {
        return leadUnits(taskId).contains(unitId) || coordinatorUnits(taskId).contains(unitId);
    }

    /** The units that lead a task in a period: its leads as they stand on the period's judging day ({@link Obligations#judgedOn}). */
    public Set<String> leadUnits(String taskId, Period p) { return in(leadsIn, taskId, p, true); }

    /** The units that coordinate a task in a period, on its judging day. */
    public Set<String> coordinatorUnits(String taskId, Period p) { return in(coordinatorsIn, taskId, p, false); }

    /**
     * The units asked to report a measure in a period: its {@code reporters} — "leads" and
     * "coordinators" of its task as they stand then, or bodies named (groups expanded, a ceased body's
     * successors in its place).
     */
    public Set<String> reporters(Indicator m, Period p) {
        return reportersCache.computeIfAbsent(m.id() + "@" + p.ordinal(), k -> reportersOf(m, p));
    }

    /** Per measure and period, its reporters: asked once for each row of a report. */
    private final Map<String, Set<String>> reportersCache = new java.util.concurrent.ConcurrentHashMap<>();

    private Set<String> reportersOf(Indicator m, Period p) {
        Set<String> out = new LinkedHashSet<>();
        for (String r : m.reporters()) {
            switch (r) {
                case "leads" -> out.addAll(leadUnits(m.taskId(), p));
                case "coordinators" -> out.addAll(coordinatorUnits(m.taskId(), p));
                default -> out.addAll(unitsOn(r, Obligations.judgedOn(reporting, p)));
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /**
     * Whether a value of a measure counts: given on a row of the measure's own task by a unit asked to
     * report it in that period. Any other value is a warning in validate and left out of every sum.
     */
    public boolean counts(Indicator m, String unitId, String taskId, Period p) {
        return m.taskId().equals(taskId) && reporters(m, p).contains(unitId);
    }

    /** The measures a unit is asked to report in a period on the tasks given (its form's), in the plan's order. */
    public List<Indicator> measuresFor(String unitId, Period p, List<Task> onForm) {
        List<Indicator> out = new ArrayList<>();
        for (Indicator m : indicators) {
            if (onForm.stream().anyMatch(t -> t.id().equals(m.taskId())) && reporters(m, p).contains(unitId)) out.add(m);
        }
        return out;
    }

    /** Whether a unit leads or coordinates a task in a period. */
    public boolean isResponsible(String unitId, String taskId, Period p) {
        return leadUnits(taskId, p).contains(unitId) || coordinatorUnits(taskId, p).contains(unitId);
    }

    private Set<String> in(List<Map<String, Set<String>>> byPeriod, String taskId, Period p, boolean lead) {
        if (!dated) return lead ? leadUnits(taskId) : coordinatorUnits(taskId);
        int i = p.ordinal() - reporting.termStart().ordinal();
        if (i >= 0 && i < byPeriod.size()) return byPeriod.get(i).getOrDefault(taskId, Set.of());
        Task t = taskById.get(taskId);
        if (t == null) return Set.of();
        return unitsOn(lead ? t.leads() : t.coordinators(), Obligations.judgedOn(reporting, p));
    }

    /** The units that stand for a body on a day: itself, a group's members then, or a ceased body's successors. */
    public Set<String> unitsOn(String bodyId, LocalDate day) { return unitsOn(List.of(bodyId), day); }

    /**
     * The monitoring body (plan.yaml {@code monitoring_body}) as it stands on {@code day}: the body
     * named while it exists, after it ceased the first successor that stands for it then, and the
     * named id again when none does or the plan does not know it. The one rule the review's header,
     * the letters and the units' forms guide all follow.
     */
    public String monitoringBodyOn(LocalDate day) {
        String named = info.monitoringBody();
        if (named == null || !bodyById.containsKey(named)) return named;
        return unitsOn(named, day).stream().findFirst().orElse(named);
    }

    /** The name of the body that issued the plan (plan.yaml {@code plan.issuer}), or what plan.yaml wrote when it names no body. */
    public String issuerName() { return info.issuer() == null ? null : name(info.issuer()); }

    /** The header, signature and recipients of a year's review compiled on {@code day} (see {@link #reviewHeading}). */
    public ReportHeading reportHeading(LocalDate day) { return reviewHeading(ReviewKind.YEAR, day); }

    /**
     * Who issues, numbers, signs and receives a review of {@code kind} dated {@code day}
     * (plan.yaml {@code reporting.reviews}; docs/plan-format.md, "Who issues each review"): the
     * plan's issuer — the standing committee, with {@code reporting.document}'s header — or a board,
     * by default the monitoring body as it exists that day for a quarter's or six months' progress
     * report, with the header of its own letters ({@code reminders}, the successor's after a
     * handover: {@link ReminderSettings#forWriter}). The signer is the body's one of
     * {@code reporting.signers} holding that day.
     */
    public ReportHeading reviewHeading(ReviewKind kind, LocalDate day) {
        Reporting.ReviewSpec spec = reporting.review(kind);
        if (issuedByPlan(kind)) {
            Reporting.DocumentHeader d = reporting.document();
            String body = info.issuer();
            Signer signer = body != null && reporting.signsFor(body) ? reporting.signer(body, day)
                    : Signer.of(body, d != null && d.signature() != null ? d.signature() : info.signature());
            List<String> recipients = !spec.recipients().isEmpty() ? spec.recipientsOn(day) : d != null ? d.recipientsOn(day) : info.recipients();
            // a document block names its header lines; one that gives only the issuer heads with that one line
            String parent = d != null ? d.parent() : info.parent();
            return new ReportHeading(body, issuerName(), parent, d != null && d.issuer() != null ? d.issuer() : issuerName(),
                    reporting.numberSuffix(), spec.number(), spec.blankDate(), signer, recipients);
        }
        String by = spec.issuer() != null ? spec.issuer() : Reporting.BY_MONITORING_BODY;
        String body = Reporting.BY_MONITORING_BODY.equals(by) ? monitoringBodyOn(day) : by;
        ReminderSettings set = boardSettings(body);
        Signer signer = reporting.signsFor(body) ? reporting.signer(body, day)
                : new Signer(body, set.authority(), set.title(), set.name(), null, null);
        List<String> recipients = !spec.recipients().isEmpty() ? renamed(spec.recipientsOn(day), info.monitoringBody(), body) : set.recipients();
        String letter = set.letterNumber();
        String suffix = REPORT + (letter != null && letter.contains("/") ? letter.substring(letter.indexOf('/')) : "");
        return new ReportHeading(body, name(body), set.parent(), set.issuer(), suffix, spec.number(), spec.blankDate(), signer, recipients);
    }

    /**
     * Whether a review of {@code kind} is the plan's issuer's own (the standing committee's, which
     * directs the bodies of the plan: "Giao …"), not a board's, which proposes to its superiors.
     */
    public boolean issuedByPlan(ReviewKind kind) {
        Reporting.ReviewSpec spec = reporting.review(kind);
        String by = spec.issuer() != null ? spec.issuer()
                : kind.boardsByDefault() && info.monitoringBody() != null ? Reporting.BY_MONITORING_BODY : Reporting.BY_PLAN;
        return Reporting.BY_PLAN.equals(by) || (!Reporting.BY_MONITORING_BODY.equals(by) && by.equals(info.issuer()));
    }

    /** Who the proposals of a review of {@code kind} dated {@code day} go to (plan.yaml {@code reporting.reviews.<kind>.proposals_to}; empty: not said). */
    public List<String> proposalsTo(ReviewKind kind, LocalDate day) { return reporting.review(kind).proposalsToOn(day); }

    /** What a board's report number starts with: Báo cáo ("Số 12-BC/BDVTU"). */
    public static final String REPORT = "BC";

    /** How {@code body} heads and sends its own documents: plan.yaml's {@code reminders} for it ({@link ReminderSettings#forWriter}), defaults filled. */
    private ReminderSettings boardSettings(String body) {
        ReminderSettings set = info.reminders();
        String named = info.monitoringBody();
        return set.forWriter(body, name(body), named, named == null ? null : name(named)).withDefaults(info.parent(), name(body));
    }

    /**
     * The settings of the monitoring body's letters dated {@code day}: its header, numbers and
     * "Nơi nhận" ({@link #boardSettings}), signed by its signer of {@code reporting.signers} that day
     * when plan.yaml lists signers for it (else {@code reminders.signature}).
     */
    public ReminderSettings letterSettings(LocalDate day) {
        String writer = monitoringBodyOn(day);
        ReminderSettings set = boardSettings(writer);
        if (writer == null || !reporting.signsFor(writer)) return set;
        Signer s = reporting.signer(writer, day);
        return new ReminderSettings(set.sendWithinDays(), set.parent(), set.issuer(), set.letterNumber(), set.noticeNumber(),
                s == null ? List.of() : s.authority(), s == null ? null : s.title(), s == null ? null : s.name(), set.recipients(),
                set.noticeRecipients(), set.issuers());
    }

    /** Lines naming the monitoring body the plan names, with the name of {@code body} in its place. */
    private List<String> renamed(List<String> lines, String named, String body) {
        if (named == null || body == null || named.equals(body)) return lines;
        String from = name(named), to = name(body);
        return lines.stream().map(l -> l.replace(from, to)).toList();
    }

    /**
     * The bodies a list of leads (or coordinators) names, as they stand on {@code day}: a body that
     * exists then as itself; a ceased one as its successors then; a group as itself while every
     * unit it gathers exists, else as the units that stand for it then (a group whose members were
     * reorganised no longer names who does the work). Each once, in order; ids the plan does not know
     * kept as written. What a review lists as "Chủ trì" for the period it covers.
     */
    public List<String> standing(List<String> ids, LocalDate day) {
        Set<String> out = new LinkedHashSet<>();
        for (String id : ids) {
            Body b = bodyById.get(id);
            if (b == null) { out.add(id); continue; }
            if (!b.isGroup() && b.existsOn(day)) { out.add(id); continue; }
            if (b.isGroup() && b.existsOn(day) && leaves(id).stream().allMatch(u -> exists(u, day))) { out.add(id); continue; }
            out.addAll(unitsOn(id, day));
        }
        return List.copyOf(out);
    }

    /** Whether a body exists on a day (a body the plan does not know: no). */
    public boolean exists(String bodyId, LocalDate day) {
        Body b = bodyById.get(bodyId);
        return b != null && b.existsOn(day);
    }

    /** The bodies that name this one among their successors, in plan order. */
    public List<String> predecessors(String bodyId) { return predecessors.getOrDefault(bodyId, List.of()); }

    /** Whether any body of the plan starts or ends inside time. */
    public boolean dated() { return dated; }

    /** One handover: from {@code day}, what {@code predecessors} were assigned is done by {@code successors}. */
    public record Handover(LocalDate day, List<String> predecessors, List<String> successors) {}

    /**
     * Every handover of the plan, in order of day, then of the successors' first appearance: the
     * bodies that cease on the same day with the same successors are one handover.
     */
    public List<Handover> handovers() {
        Map<List<Object>, List<String>> grouped = new LinkedHashMap<>();
        List<Body> ceasing = new ArrayList<>();
        for (Body b : bodies) if (b.until() != null && !b.successors().isEmpty()) ceasing.add(b);
        ceasing.sort(java.util.Comparator.comparing(Body::until));
        for (Body b : ceasing) grouped.computeIfAbsent(List.of(b.until().plusDays(1), b.successors()), k -> new ArrayList<>()).add(b.id());
        List<Handover> out = new ArrayList<>();
        for (var e : grouped.entrySet()) {
            @SuppressWarnings("unchecked") List<String> successors = (List<String>) e.getKey().get(1);
            out.add(new Handover((LocalDate) e.getKey().get(0), List.copyOf(e.getValue()), successors));
        }
        return out;
    }

    /** Every period of the plan term, in order. */
    public List<Period> termPeriods() { return termPeriods; }

    /** How many bodies building the indexes visited (for the test that this work is linear). */
    long visits() { return visits; }
}
