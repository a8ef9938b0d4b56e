package planreport.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceEndEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import planreport.check.Code;
import planreport.check.Diagnostic;
import planreport.check.PlanPositions;
import planreport.model.Body;
import planreport.model.BodyKind;
import planreport.model.Contact;
import planreport.model.ControlChars;
import planreport.model.Names;
import planreport.model.Period;

/**
 * The {@code bodies:} of plan.yaml, and every reference to a body elsewhere in it: bodies are read
 * first because every other part names them (by id, name or alias, as a report would), and each
 * reference resolves to an id here or is reported with a "did you mean".
 */
final class PlanBodies implements YamlGuard.Items {
    private static final Set<String> BODY_KEYS = Set.of("id", "name", "aliases", "kind", "members", "from", "until", "successors", "contact", "area");
    private static final Set<String> CONTACT_KEYS = Set.of("email", "phone");

    /** A reference to a body, kept with where it is written until the registry is complete. */
    private record Ref(String text, int line, int column) {
        Ref(String text, Node at) { this(text, YamlObject.line(at), YamlObject.column(at)); }

        PlanPositions.Position position() { return new PlanPositions.Position(line, column); }
    }

    /** Where diagnostics go: while the list is read as it is composed, a collector the reader keeps apart ({@link #reportTo}). */
    private PlanOut out;
    /** Where each body's id is written, by id: where diagnostics about the body go. */
    private final Map<String, PlanPositions.Position> bodyIds = new LinkedHashMap<>();
    /** The bodies read, in plan order: the candidates for "did you mean". */
    private List<Body> read = List.of();
    /** The bodies read so far, in plan order, their members and successors not yet resolved. */
    private final List<Body> bodies = new ArrayList<>();
    /** The members and the successors each body names, as written, by body id. */
    private final Map<String, List<Ref>> memberRefs = new HashMap<>(), successorRefs = new HashMap<>();
    /** The line where each name key (id, name, alias) was first written. */
    private final Map<String, Integer> names = new HashMap<>();
    /** The "did you mean" index of every name, alias and id, made when first asked (most plans never ask). */
    private Names.Index bodyIndex;
    /**
     * Which body first used each name key (id, name or alias as a report would write it): a body may
     * repeat its own name, not another's; and, once every body is read, what a reference names.
     */
    private final Map<String, String> owner = new HashMap<>();
    /** Each body's successors as written, with the body each names: for the checks on successions. */
    private final Map<String, List<PlanPositions.Ref>> successorsAt = new LinkedHashMap<>();

    PlanBodies(PlanOut out) { this.out = out; }

    /** Where diagnostics go from now on. */
    void reportTo(PlanOut out) { this.out = out; }

    /** Where each body's id is written, by id. */
    Map<String, PlanPositions.Position> positions() { return bodyIds; }

    /** Every name's key (an id's, a name's, an alias's) and the body that first used it: what a reference names. */
    Map<String, String> keys() { return java.util.Collections.unmodifiableMap(owner); }

    /** Each body's successors as written, by body id. */
    Map<String, List<PlanPositions.Ref>> successors() { return successorsAt; }

    /**
     * The bodies: those of {@code root}'s {@code bodies:} list, after any given one by one to
     * {@link #events} or {@link #node} as the file was parsed; their members and successors resolved to ids. A body
     * with a missing field or a taken id is left out.
     */
    List<Body> read(YamlObject root) {
        for (MappingNode bn : root.mappings("bodies", true)) body(bn);
        // every name is known (owner): members and successors resolve
        read = bodies;
        List<Body> resolved = new ArrayList<>(bodies.size());
        for (Body b : bodies) resolved.add(resolved(b));
        return resolved;
    }

    /** {@code b} with its members and successors resolved to ids (a method, not a loop's body: compiled once called often). */
    private Body resolved(Body b) {
        List<Ref> memberRefsOf = memberRefs.get(b.id()), successorRefsOf = successorRefs.get(b.id());
        if (memberRefsOf == null && successorRefsOf == null) {
            // a body that names no other (most of a country's): as read
            successorsAt.put(b.id(), List.of());
            return b;
        }
        // each once, in the order first written (a set: a group of thousands stays linear)
        Set<String> members = new LinkedHashSet<>();
        for (Ref r : memberRefsOf == null ? List.<Ref>of() : memberRefsOf) {
            String m = owner.get(Names.key(r.text()));
            if (m == null) m = resolve(r, Diagnostic.of(Code.UNKNOWN_BODY, "in-group").with("group", b.id()));
            if (m != null) members.add(m);
        }
        Set<String> successors = new LinkedHashSet<>();
        List<PlanPositions.Ref> written = new ArrayList<>();
        for (Ref r : successorRefsOf == null ? List.<Ref>of() : successorRefsOf) {
            String m = resolve(r, Diagnostic.of(Code.UNKNOWN_BODY, "successor").with("body", b.id()));
            written.add(new PlanPositions.Ref(m, r.position()));
            if (m != null) successors.add(m);
        }
        successorsAt.put(b.id(), List.copyOf(written));
        return new Body(b.id(), b.name(), b.aliases(), b.kind(), List.copyOf(members), b.from(), b.until(), List.copyOf(successors), b.contact(), b.area());
    }

    /** Forgets every body read: the list is read again from its start. */
    @Override public void restart() {
        bodyIds.clear();
        read = List.of();
        bodies.clear();
        memberRefs.clear();
        successorRefs.clear();
        names.clear();
        bodyIndex = null;
        owner.clear();
        successorsAt.clear();
    }

    /** One item of the {@code bodies:} list, read as soon as it is composed: a body, or reported as not one. */
    @Override public void node(Node item) {
        if (item instanceof MappingNode bn) body(bn);
        else out.at(Diagnostic.of(Code.PLAN_SCHEMA, "item-not-mapping").with("in", out.file()).with("key", "bodies"), item);
    }

    /**
     * One item of the {@code bodies:} list as the parser's events, a mapping's from its start to its
     * end, read without nodes when it is written as almost every body is: text keys among the body's
     * own, each once, id, name and kind among them; text values (no tag, none null, none with a character no text may carry; dates
     * that are dates in range); lists of such texts; no contact. That body gives no diagnostic of the
     * schema's, so what is read is what {@link #node} reads from its node. False, and nothing read,
     * for any other: the caller composes it and gives it to {@link #node}.
     */
    @Override public boolean events(List<Event> events) {
        Ref[] texts = new Ref[BODY_FIELDS.size()];
        @SuppressWarnings("unchecked")
        List<Ref>[] lists = new List[BODY_FIELDS.size()];
        Ref[] lists_at = new Ref[BODY_FIELDS.size()];
        int last = events.size() - 1;
        for (int i = 1; i < last; ) {
            if (!(events.get(i++) instanceof ScalarEvent k) || k.getTag() != null) return false;
            int f = BODY_FIELDS.indexOf(k.getValue());
            if (f < 0 || texts[f] != null || lists_at[f] != null) return false;
            Event v = events.get(i++);
            if (f < FIRST_LIST) {
                texts[f] = text(v);
                if (texts[f] == null) return false;
                continue;
            }
            if (!(v instanceof SequenceStartEvent q) || q.getTag() != null) return false;
            lists_at[f] = new Ref("", q.getStartMark().getLine() + 1, q.getStartMark().getColumn() + 1);
            List<Ref> items = new ArrayList<>();
            for (Event e = events.get(i++); !(e instanceof SequenceEndEvent); e = events.get(i++)) {
                Ref r = text(e);
                if (r == null) return false;
                items.add(r);
            }
            lists[f] = items;
        }
        if (texts[ID] == null || texts[NAME] == null || texts[KIND] == null) return false; // missing: the schema reports it
        LocalDate from = date(texts[FROM]), until = date(texts[UNTIL]);
        if ((texts[FROM] != null && from == null) || (texts[UNTIL] != null && until == null)) return false;
        Mark at = events.get(0).getStartMark();
        String area = texts[AREA] == null ? null : texts[AREA].text();
        body(new Written(texts[ID], texts[NAME], texts[KIND], orNone(lists[ALIASES]), orNone(lists[MEMBERS]), lists_at[MEMBERS], from,
                until, texts[UNTIL] != null, texts[UNTIL], orNone(lists[SUCCESSORS]), lists_at[SUCCESSORS],
                new Ref("", at.getLine() + 1, at.getColumn() + 1), () -> null, () -> area));
        return true;
    }

    /** The body's keys the event reading takes: texts first, then lists (contact is left to the node reading). */
    private static final List<String> BODY_FIELDS = List.of("id", "name", "kind", "from", "until", "area", "aliases", "members", "successors");
    private static final int ID = 0, NAME = 1, KIND = 2, FROM = 3, UNTIL = 4, AREA = 5, FIRST_LIST = 6, ALIASES = 6, MEMBERS = 7, SUCCESSORS = 8;

    private static List<Ref> orNone(List<Ref> l) { return l == null ? List.of() : l; }

    /** A scalar event's text, NFC, where it starts; null when it is not one the schema takes as written (a tag, null, a control character). */
    private static Ref text(Event e) {
        if (!(e instanceof ScalarEvent s) || s.getTag() != null) return null;
        if (s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN && YamlGuard.isNull(s.getValue())) return null;
        String v = Names.nfc(s.getValue());
        if (ControlChars.firstBad(v) >= 0) return null;
        return new Ref(v, s.getStartMark().getLine() + 1, s.getStartMark().getColumn() + 1);
    }

    /** What {@link YamlObject#date} makes of a text it reports nothing for; null for any other. */
    private static LocalDate date(Ref r) {
        if (r == null) return null;
        try {
            LocalDate d = LocalDate.parse(r.text().strip());
            return Period.inRange(d) ? d : null;
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** One body as written, its fields read from its node with the schema's diagnostics. */
    private void body(MappingNode bn) {
        YamlObject b = out.object(bn, "bodies", BODY_KEYS);
        String id = b.text("id", true);
        String name = b.text("name", true);
        String kind = b.text("kind", true);
        List<YamlObject.Scalar> aliases = b.texts("aliases", false);
        List<YamlObject.Scalar> members = b.texts("members", false);
        LocalDate from = b.date("from");
        LocalDate until = b.date("until");
        List<YamlObject.Scalar> successors = b.texts("successors", false);
        body(new Written(ref(id, b.get("id")), ref(name, b.get("name")), ref(kind, b.get("kind")), refs(aliases), refs(members),
                ref("", b.get("members")), from, until, b.has("until"), ref("", b.get("until")), refs(successors), ref("", b.get("successors")),
                ref("", bn), () -> contact(b), () -> b.text("area", false)));
    }

    /**
     * A body's fields as written, each text with where it starts (null: not given, or reported), however
     * they were read. {@code contact} and {@code area} are read only for a body that is kept, as they were.
     */
    private record Written(Ref id, Ref name, Ref kind, List<Ref> aliases, List<Ref> members, Ref membersAt, LocalDate from, LocalDate until,
            boolean untilGiven, Ref untilAt, List<Ref> successors, Ref successorsAt, Ref at, Supplier<Contact> contact, Supplier<String> area) {}

    /** One body as written: its fields checked, its names registered, its members and successors kept as written. */
    private void body(Written b) {
        BodyKind kind = b.kind() == null ? null : BodyKind.byId(b.kind().text());
        if (b.kind() != null && kind == null) {
            List<String> kinds = Arrays.stream(BodyKind.values()).map(BodyKind::id).toList();
            at(Diagnostic.of(Code.PLAN_SCHEMA, "body-kind").value(b.kind().text()).suggest(Names.closest(b.kind().text(), kinds).orElse(null))
                    .with("kinds", String.join(", ", kinds)), b.kind());
        }
        if (b.id() == null || b.name() == null || kind == null) return;
        String id = b.id().text();
        LocalDate from = b.from(), until = b.until();
        if (from != null && until != null && until.isBefore(from)) {
            at(Diagnostic.of(Code.BODY_DATES, "until-before-from").with("body", id).with("from", from).with("until", until), b.untilAt());
            until = null;
        }
        if (!b.successors().isEmpty() && until == null && !b.untilGiven()) {
            at(Diagnostic.of(Code.BODY_DATES, "successors-without-until").with("body", id), b.successorsAt());
        }
        PlanPositions.Position first = bodyIds.get(id);
        if (first != null) {
            at(Diagnostic.of(Code.DUPLICATE_ID, "body-id").value(id).with("first", first.line()), b.id());
            return;
        }
        bodyIds.put(id, b.id().position());
        if (kind == BodyKind.GROUP && b.members().isEmpty()) at(Diagnostic.of(Code.PLAN_SCHEMA, "group-empty").with("group", id), b.at());
        if (kind != BodyKind.GROUP && !b.members().isEmpty()) {
            at(Diagnostic.of(Code.PLAN_SCHEMA, "members-not-group").with("body", id).with("kind", kind.id()), b.membersAt());
        }
        List<String> aliasTexts = new ArrayList<>();
        checkName(id, b.id(), id);
        checkName(b.name().text(), b.name(), id);
        for (Ref a : b.aliases()) {
            if (checkName(a.text(), a, id)) aliasTexts.add(a.text());
        }
        if (!b.members().isEmpty()) memberRefs.put(id, b.members());
        if (!b.successors().isEmpty()) successorRefs.put(id, b.successors());
        bodies.add(new Body(id, b.name().text(), aliasTexts, kind, List.of(), from, until, List.of(), b.contact().get(), b.area().get()));
    }

    /** A text at {@code at}, or null when there is none. */
    private static Ref ref(String text, Node at) { return text == null || at == null ? null : new Ref(text, at); }

    private static List<Ref> refs(List<YamlObject.Scalar> written) {
        List<Ref> refs = new ArrayList<>(written.size());
        for (YamlObject.Scalar s : written) refs.add(new Ref(s.value(), s.node()));
        return refs;
    }

    private void at(Diagnostic d, Ref r) { out.at(d, r.line(), r.column()); }

    /** Registers a name or alias; false (and duplicate-id) when another body already uses it. */
    private boolean checkName(String name, Ref at, String id) {
        String k = Names.key(name);
        Integer prev = names.get(k);
        if (prev != null) {
            if (!id.equals(owner.get(k))) {
                at(Diagnostic.of(Code.DUPLICATE_ID, "name").value(name).with("body", owner.get(k)).with("first", prev), at);
            }
            return false;
        }
        names.put(k, at.line());
        owner.put(k, id);
        return true;
    }

    /** A body's {@code contact: {email, phone}}, or null. */
    private Contact contact(YamlObject body) {
        MappingNode cn = body.mapping("contact", false);
        if (cn == null) return null;
        YamlObject c = out.object(cn, "bodies.contact", CONTACT_KEYS);
        String email = c.text("email", false), phone = c.text("phone", false);
        return email == null && phone == null ? null : new Contact(email, phone);
    }

    /** The id of the body {@code o.key} names, or null (missing, or unknown and reported). */
    String ref(YamlObject o, String key, boolean required) {
        String t = o.text(key, required);
        if (t == null) return null;
        return resolve(new Ref(t, o.get(key)), Diagnostic.of(Code.UNKNOWN_BODY, "in-key").with("key", o.in() + "." + key));
    }

    /** The ids of the bodies the list {@code o.key} names, each once; an unknown one is reported as {@code unknown}. */
    List<String> refs(YamlObject o, String key, boolean required, Diagnostic unknown) {
        Set<String> ids = new LinkedHashSet<>();
        for (YamlObject.Scalar s : o.texts(key, required)) {
            String id = resolve(new Ref(s.value(), s.node()), unknown);
            if (id != null) ids.add(id);
        }
        return List.copyOf(ids);
    }

    /** The id of the body a text at {@code node} names; or null, and {@code unknown} reported at it. */
    String resolve(String text, Node node, Diagnostic unknown) { return resolve(new Ref(text, node), unknown); }

    /** The id of the body {@code r} names; or null, and {@code unknown} (an unknown-body saying where) reported at it. */
    private String resolve(Ref r, Diagnostic unknown) {
        String id = owner.get(Names.key(r.text()));
        if (id != null) return id;
        out.at(unknown.value(r.text()).suggest(bodyIndex().closest(r.text()).orElse(null)), r.line(), r.column());
        return null;
    }

    /** Every name, alias and id: the candidates for "did you mean". */
    private Names.Index bodyIndex() {
        if (bodyIndex == null) {
            List<String> names = new ArrayList<>();
            for (Body b : read) {
                names.add(b.name());
                names.addAll(b.aliases());
            }
            for (Body b : read) names.add(b.id());
            bodyIndex = new Names.Index(names);
        }
        return bodyIndex;
    }
}
