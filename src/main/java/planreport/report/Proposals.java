package planreport.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import planreport.model.Body;
import planreport.model.BodyKind;
import planreport.model.Names;
import planreport.model.Period;
import planreport.model.Plan;
import planreport.model.TextFile;
import planreport.report.Assessment.NoteGroup;

/**
 * Where the units' requests go in a review. A standing committee does not "propose" to the bodies it
 * directs: a request to a body of the province becomes its direction ("Giao Đảng đoàn … chỉ đạo …"),
 * addressed to the Party organ that answers for that body on the report's day (the body itself when it
 * is one; else the party delegation or committee whose name is the body's, as "Đảng đoàn Liên đoàn Lao
 * động tỉnh" for "Liên đoàn Lao động tỉnh", or its successor); a request naming no body goes to the
 * organ that leads most of the tasks it was written under. Requests to bodies above the province stay
 * proposals. The words read are data ({@code report/proposals.properties}).
 */
public final class Proposals {
    private Proposals() {}

    /** The groups of requests split: the directions they become, and those that go upward (part V). */
    public record Routed(List<Point> assigned, List<NoteGroup> upward) {
        public Routed {
            assigned = List.copyOf(assigned);
            upward = List.copyOf(upward);
        }
    }

    private static final BodyKindSet ORGANS = new BodyKindSet(List.of(BodyKind.PARTY_COMMITTEE, BodyKind.PARTY_BOARD,
            BodyKind.PARTY_DELEGATION, BodyKind.STEERING_COMMITTEE));

    /** The body kinds the standing committee directs as they are. */
    private record BodyKindSet(List<BodyKind> kinds) {
        boolean has(BodyKind k) { return kinds.contains(k); }
    }

    /** Routes each group of identical requests, in their order, as of {@code day}. */
    public static Routed route(Plan plan, LocalDate day, List<NoteGroup> groups) {
        TextFile words = TextFile.of("/report/proposals.properties");
        Organs organs = new Organs(plan, day);
        List<Point> assigned = new ArrayList<>();
        List<NoteGroup> upward = new ArrayList<>();
        for (NoteGroup g : groups) {
            String text = g.text().strip().replaceAll("[.;,\\s]+$", "");
            String rest = dropFirst(text, list(words.get("verbs")));
            if (startsWithAny(rest, list(words.get("upward"))) != null) {
                upward.add(g);
                continue;
            }
            String addressee = null, answering = null;
            String other = null;
            for (int i = 1; words.has("others." + i); i++) {
                String[] kv = words.get("others." + i).split("\\|", 2);
                if (startsWith(rest, kv[0])) { other = kv[0]; answering = kv[1]; break; }
            }
            Body body = null;
            if (other != null) {
                addressee = rest.substring(0, other.length());
                rest = rest.substring(other.length()).strip();
                body = plan.findBody(answering).orElse(null);
            } else {
                Match m = bodyAtStart(plan, rest);
                if (m != null) {
                    body = m.body();
                    addressee = plan.name(m.body().id());
                    rest = rest.substring(m.length()).strip();
                }
            }
            String organ = body != null ? organs.of(body) : organOfTasks(plan, organs, g.tasks(), day);
            if (organ == null) {
                upward.add(g);
                continue;
            }
            if (addressee != null && body != null && organ.equals(onDay(plan, body.id(), day))) addressee = null; // the organ itself
            assigned.add(new Point.Assign(plan.name(organ), addressee, rest, g));
        }
        return new Routed(assigned, upward);
    }

    /** A body of the plan named at the start of a text, by its name or an alias, the longest match. */
    private record Match(Body body, int length) {}

    private static Match bodyAtStart(Plan plan, String text) {
        Match best = null;
        for (Body b : plan.bodies()) {
            List<String> names = new ArrayList<>(b.aliases());
            names.add(0, b.name());
            for (String n : names) {
                if (startsWith(text, n) && (best == null || n.length() > best.length())
                        && (text.length() == n.length() || !Character.isLetterOrDigit(text.charAt(n.length())))) {
                    best = new Match(b, n.length());
                }
            }
        }
        return best;
    }

    /**
     * The Party organ that answers for a body on a day: the body itself (or its successor) when it is a
     * Party organ; else the delegation or committee named after it that stands on that day; else the
     * body itself when it took over a Party organ's part. "Named after it": the organ's name (as
     * {@link Names#key}) ends with a space and the body's name; the first such organ in the plan's order
     * wins. The organs are indexed once by every such ending of their names, so finding a body's organ
     * costs the organs of that name, not a pass over the plan (a country's 10,000 units each looked up
     * against 17,000 bodies was most of a country review's time); each body's answer is kept.
     */
    static final class Organs {
        private final Plan plan;
        private final LocalDate day;
        /** organs by each ending of their name after a space ("liên đoàn lao động tỉnh", "lao động tỉnh", …), in plan order */
        private final Map<String, List<Body>> byEnding = new HashMap<>();
        private final Map<String, Optional<String>> answered = new HashMap<>();

        Organs(Plan plan, LocalDate day) {
            this.plan = plan;
            this.day = day;
            for (Body b : plan.bodies()) {
                if (!ORGANS.has(b.kind())) continue;
                String k = Names.key(b.name());
                for (int at = k.indexOf(' '); at >= 0; at = k.indexOf(' ', at + 1)) {
                    byEnding.computeIfAbsent(k.substring(at + 1), x -> new ArrayList<>()).add(b);
                }
            }
        }

        /** The organ answering for {@code body} on the day, or null. */
        String of(Body body) {
            return answered.computeIfAbsent(body.id(), id -> Optional.ofNullable(find(body))).orElse(null);
        }

        private String find(Body body) {
            if (ORGANS.has(body.kind())) return onDay(plan, body.id(), day);
            List<Body> named = byEnding.getOrDefault(Names.key(body.name()), List.of());
            for (Body b : named) {
                if (!b.id().equals(body.id()) && b.existsOn(day)) return b.id();
            }
            for (Body b : named) {
                String now = onDay(plan, b.id(), day);
                if (now != null && plan.exists(now, day)) return now;
            }
            // a body that took over a Party organ's part (the Ban Thường vụ LĐLĐ tỉnh after its Đảng đoàn ended) answers for itself
            for (String pred : plan.predecessors(body.id())) {
                if (plan.body(pred).map(x -> ORGANS.has(x.kind())).orElse(false) && body.existsOn(day)) return body.id();
            }
            return null;
        }
    }

    /**
     * The organ leading most of the tasks a request was written under (ties: the first task's), the
     * leads as they stand on the report's day (a review dated 20/01/2025 still directs the Đảng đoàn
     * that ends on 31/01/2025); after the term, as they stood at its end.
     */
    private static String organOfTasks(Plan plan, Organs organs, List<String> taskIds, LocalDate day) {
        Map<String, Integer> count = new LinkedHashMap<>();
        LocalDate end = plan.reporting().termEnd().end();
        LocalDate on = day.isAfter(end) ? end : day;
        for (String t : taskIds) {
            List<String> leads = plan.task(t).map(planreport.model.Task::leads).orElse(List.of());
            for (String u : plan.standing(leads, on).stream().flatMap(id -> plan.unitsOn(id, on).stream()).distinct().toList()) {
                Optional<Body> b = plan.body(u);
                if (b.isEmpty()) continue;
                String organ = organs.of(b.get());
                if (organ != null) count.merge(organ, 1, Integer::sum);
            }
        }
        String best = null;
        for (var e : count.entrySet()) if (best == null || e.getValue() > count.get(best)) best = e.getKey();
        return best;
    }

    /** A body as it stands on a day: itself while it exists, else its first successor then. */
    private static String onDay(Plan plan, String id, LocalDate day) {
        if (plan.exists(id, day)) return id;
        return plan.unitsOn(id, day).stream().findFirst().orElse(null);
    }

    private static List<String> list(String s) {
        List<String> out = new ArrayList<>();
        for (String x : s.split(",(?! )")) if (!x.isEmpty()) out.add(x);
        return out;
    }

    private static String dropFirst(String text, List<String> prefixes) {
        String p = startsWithAny(text, prefixes);
        return p == null ? text : text.substring(p.length()).strip();
    }

    private static String startsWithAny(String text, List<String> prefixes) {
        for (String p : prefixes) if (startsWith(text, p)) return p;
        return null;
    }

    private static boolean startsWith(String text, String prefix) { return text.regionMatches(true, 0, prefix, 0, prefix.length()); }
}
