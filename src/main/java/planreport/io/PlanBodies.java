package planreport.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import planreport.check.Code;
import planreport.check.Diagnostic;
import planreport.check.PlanPositions;
import planreport.model.Body;
import planreport.model.BodyKind;
import planreport.model.Contact;
import planreport.model.Names;

/**
 * The {@code bodies:} of plan.yaml, and every reference to a body elsewhere in it: bodies are read
 * first because every other part names them (by id, name or alias, as a report would), and each
 * reference resolves to an id here or is reported with a "did you mean".
 */
final class PlanBodies {
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
     * {@link #item} as the file was composed; their members and successors resolved to ids. A body
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

    /** One item of the {@code bodies:} list, read as soon as it is composed: a body, or reported as not one. */
    void item(Node item) {
        if (item instanceof MappingNode bn) body(bn);
        else out.at(Diagnostic.of(Code.PLAN_SCHEMA, "item-not-mapping").with("in", out.file()).with("key", "bodies"), item);
    }

    /** One body as written: its fields checked, its names registered, its members and successors kept as written. */
    private void body(MappingNode bn) {
        YamlObject b = out.object(bn, "bodies", BODY_KEYS);
        String id = b.text("id", true);
        String name = b.text("name", true);
        String kindText = b.text("kind", true);
        BodyKind kind = kindText == null ? null : BodyKind.byId(kindText);
        if (kindText != null && kind == null) {
            List<String> kinds = Arrays.stream(BodyKind.values()).map(BodyKind::id).toList();
            out.at(Diagnostic.of(Code.PLAN_SCHEMA, "body-kind").value(kindText).suggest(Names.closest(kindText, kinds).orElse(null))
                    .with("kinds", String.join(", ", kinds)), b.get("kind"));
        }
        List<YamlObject.Scalar> aliases = b.texts("aliases", false);
        List<YamlObject.Scalar> members = b.texts("members", false);
        LocalDate from = b.date("from");
        LocalDate until = b.date("until");
        List<YamlObject.Scalar> successors = b.texts("successors", false);
        if (id == null || name == null || kind == null) return;
        if (from != null && until != null && until.isBefore(from)) {
            out.at(Diagnostic.of(Code.BODY_DATES, "until-before-from").with("body", id).with("from", from).with("until", until), b.get("until"));
            until = null;
        }
        if (!successors.isEmpty() && until == null && !b.has("until")) {
            out.at(Diagnostic.of(Code.BODY_DATES, "successors-without-until").with("body", id), b.get("successors"));
        }
        PlanPositions.Position first = bodyIds.get(id);
        if (first != null) {
            out.at(Diagnostic.of(Code.DUPLICATE_ID, "body-id").value(id).with("first", first.line()), b.get("id"));
            return;
        }
        bodyIds.put(id, PlanOut.position(b.get("id")));
        if (kind == BodyKind.GROUP && members.isEmpty()) out.at(Diagnostic.of(Code.PLAN_SCHEMA, "group-empty").with("group", id), bn);
        if (kind != BodyKind.GROUP && !members.isEmpty()) {
            out.at(Diagnostic.of(Code.PLAN_SCHEMA, "members-not-group").with("body", id).with("kind", kind.id()), b.get("members"));
        }
        List<String> aliasTexts = new ArrayList<>();
        checkName(id, b.get("id"), id);
        checkName(name, b.get("name"), id);
        for (YamlObject.Scalar a : aliases) {
            if (checkName(a.value(), a.node(), id)) aliasTexts.add(a.value());
        }
        if (!members.isEmpty()) memberRefs.put(id, refs(members));
        if (!successors.isEmpty()) successorRefs.put(id, refs(successors));
        bodies.add(new Body(id, name, aliasTexts, kind, List.of(), from, until, List.of(), contact(b), b.text("area", false)));
    }

    private static List<Ref> refs(List<YamlObject.Scalar> written) {
        List<Ref> refs = new ArrayList<>();
        for (YamlObject.Scalar s : written) refs.add(new Ref(s.value(), s.node()));
        return refs;
    }

    /** Registers a name or alias; false (and duplicate-id) when another body already uses it. */
    private boolean checkName(String name, Node at, String id) {
        String k = Names.key(name);
        Integer prev = names.get(k);
        if (prev != null) {
            if (!id.equals(owner.get(k))) {
                out.at(Diagnostic.of(Code.DUPLICATE_ID, "name").value(name).with("body", owner.get(k)).with("first", prev), at);
            }
            return false;
        }
        names.put(k, YamlObject.line(at));
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
