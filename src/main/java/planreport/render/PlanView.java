package planreport.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import planreport.model.Body;
import planreport.model.Indicator;
import planreport.model.Lang;
import planreport.model.Period;
import planreport.model.TextFile;
import planreport.model.Wording;
import planreport.model.Plan;
import planreport.model.Section;
import planreport.model.Task;
import planreport.model.Timeframe;

/**
 * The plan as plan-report understood it, for {@code show}: a JSON model (stable snake_case keys,
 * ids and ISO dates) and a text view for people, in Vietnamese or English. Every word of the text
 * view comes from {@code messages/show.<lang>.properties}; what the plan itself says (titles,
 * names, the timeframe wordings) is shown as written.
 */
public final class PlanView {
    private PlanView() {}

    /** The JSON model of {@code show --format json}. */
    public static Map<String, Object> json(Plan plan) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", plan.info().title());
        m.put("subject", plan.info().subject());
        m.put("issuer", plan.info().issuer());
        m.put("monitoring_body", plan.info().monitoringBody());
        Map<String, Object> rep = new LinkedHashMap<>();
        rep.put("period", "quarter");
        rep.put("due_days", plan.reporting().dueDays());
        rep.put("cutoff", plan.reporting().cutoff().id());
        rep.put("term_start", plan.reporting().termStart().toString());
        rep.put("term_end", plan.reporting().termEnd().toString());
        rep.put("term_end_assumed", plan.reporting().termEndAssumed());
        m.put("reporting", rep);
        List<Object> sections = new ArrayList<>();
        for (Section s : plan.sections()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("id", s.id());
            sm.put("title", s.title());
            sm.put("tasks", s.tasks().stream().map(t -> task(plan, t)).toList());
            sections.add(sm);
        }
        m.put("sections", sections);
        m.put("duties", plan.duties().stream().map(t -> task(plan, t)).toList());
        List<Object> bodies = new ArrayList<>();
        for (Body b : plan.bodies()) {
            Map<String, Object> bm = new LinkedHashMap<>();
            bm.put("id", b.id());
            bm.put("name", b.name());
            bm.put("kind", b.kind().id());
            bm.put("aliases", b.aliases());
            if (b.isGroup()) {
                bm.put("members", b.members());
                bm.put("units", List.copyOf(plan.leaves(b.id())));
            }
            bm.put("from", b.from() == null ? null : b.from().toString());
            bm.put("until", b.until() == null ? null : b.until().toString());
            bm.put("successors", b.successors());
            bodies.add(bm);
        }
        m.put("bodies", bodies);
        List<Object> inds = new ArrayList<>();
        for (Indicator i : plan.indicators()) {
            Map<String, Object> im = new LinkedHashMap<>();
            im.put("id", i.id());
            im.put("name", i.name());
            im.put("unit", i.unit());
            im.put("task", i.taskId());
            Map<String, Long> targets = new LinkedHashMap<>();
            i.targets().forEach((y, v) -> targets.put(String.valueOf(y), v));
            im.put("targets", targets);
            inds.add(im);
        }
        m.put("indicators", inds);
        return m;
    }

    private static Map<String, Object> task(Plan plan, Task t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("section", t.sectionId());
        m.put("duty", t.duty());
        m.put("directing", t.directing());
        m.put("leads", t.leads());
        m.put("coordinators", t.coordinators());
        m.put("lead_units", List.copyOf(plan.leadUnits(t.id())));
        List<Object> parts = new ArrayList<>();
        for (Part part : parts(plan, t)) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("from", part.from().toString());
            pm.put("to", part.to().toString());
            pm.put("units", List.copyOf(part.units()));
            parts.add(pm);
        }
        m.put("leads_by_period", parts);
        Timeframe tf = t.timeframe();
        Map<String, Object> tm = new LinkedHashMap<>();
        tm.put("text", tf.text());
        tm.put("kind", tf.ongoing() ? "ongoing" : "deadline");
        tm.put("start", tf.start().toString());
        tm.put("due", tf.due() == null ? null : tf.due().toString());
        m.put("timeframe", tm);
        return m;
    }

    /** A part of the term in which a task has the same lead units (who leads in a period: {@link Plan#leadUnits(String, Period)}). */
    record Part(Period from, Period to, java.util.Set<String> units) {}

    /** The parts of the term, in order, in which the task is active and its lead units stay the same. */
    static List<Part> parts(Plan plan, Task t) {
        List<Part> out = new ArrayList<>();
        for (Period p : plan.termPeriods()) {
            if (!planreport.model.Obligations.active(plan, t, p)) continue;
            java.util.Set<String> units = plan.leadUnits(t.id(), p);
            Part last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.units().equals(units)) out.set(out.size() - 1, new Part(last.from(), p, last.units()));
            else out.add(new Part(p, p, units));
        }
        return out;
    }

    /** The text view of {@code show}, in {@code lang}, lines ending in "\n". */
    public static String text(Plan plan, Lang lang) { return new TextView(plan, TextFile.of("/messages/show." + lang.tag() + ".properties")).render(); }

    /** One rendering of the text view. */
    private static final class TextView {
        private final Plan plan;
        private final TextFile w;
        private final Wording wording;
        private final StringBuilder b = new StringBuilder(8192);
        private final String[] roles;

        TextView(Plan plan, TextFile w) {
            this.plan = plan;
            this.w = w;
            this.wording = new Wording(w);
            String[] labels = {w.get("role.directing"), w.get("role.lead"), w.get("role.coordinating")};
            int width = 0;
            for (String l : labels) width = Math.max(width, l.length());
            roles = new String[labels.length];
            for (int i = 0; i < labels.length; i++) roles[i] = labels[i] + " ".repeat(width - labels[i].length() + 1);
        }

        String render() {
            var r = plan.reporting();
            line(plan.info().title() + " — " + plan.info().subject());
            line(w.get(r.termEndAssumed() ? "term.end_assumed" : "term", "from", period(r.termStart()), "to", period(r.termEnd()),
                    "days", r.dueDays(), "cutoff", w.get("cutoff." + r.cutoff().id())));
            line("");
            for (Section s : plan.sections()) {
                line(s.id() + ". " + s.title());
                for (Task t : s.tasks()) task(t);
                line("");
            }
            line(w.get("duties"));
            for (Task t : plan.duties()) task(t);
            line("");
            line(w.get("bodies", "n", plan.bodies().size()));
            for (Body body : plan.bodies()) {
                line("  " + body.id() + "  " + body.name() + "  [" + body.kind().id() + "]"
                        + (body.aliases().isEmpty() ? "" : "  " + w.get("body.aliases", "aliases", String.join(", ", body.aliases()))));
                if (body.isGroup()) {
                    line("      " + w.get("body.members", "members", String.join(", ", body.members()), "units", units(plan.leaves(body.id()).size())));
                }
                if (body.dated() || !body.successors().isEmpty()) {
                    String dates = body.from() != null && body.until() != null ? w.get("body.from_until", "from", date(body.from()), "until", date(body.until()))
                            : body.from() != null ? w.get("body.from", "from", date(body.from()))
                            : body.until() != null ? w.get("body.until", "until", date(body.until())) : "";
                    String next = body.successors().isEmpty() ? (body.until() != null ? w.get("body.no_successor") : "")
                            : w.get("body.successors", "successors", String.join(", ", body.successors()));
                    line("      " + dates + (dates.isEmpty() || next.isEmpty() ? "" : "; ") + next);
                }
                List<String> before = plan.predecessors(body.id());
                if (!before.isEmpty()) line("      " + w.get("body.predecessors", "predecessors", String.join(", ", before)));
            }
            if (!plan.indicators().isEmpty()) {
                line("");
                line(w.get("indicators"));
                for (Indicator i : plan.indicators()) {
                    List<String> targets = new ArrayList<>();
                    i.targets().forEach((y, v) -> targets.add(w.get("indicator.target", "year", y, "value", v)));
                    line("  " + w.get("indicator", "id", i.id(), "name", i.name(), "unit", i.unit(), "task", i.taskId(),
                            "targets", targets.isEmpty() ? w.get("none") : String.join("; ", targets)));
                }
            }
            return b.toString();
        }

        private void task(Task t) {
            Timeframe tf = t.timeframe();
            String when = tf.ongoing() ? w.get("task.ongoing", "start", date(tf.start()))
                    : w.get("task.deadline", "due", date(tf.due()), "start", date(tf.start()));
            line("  " + w.get("task", "id", t.id(), "text", tf.text(), "when", when));
            line("       " + roles[0] + names(t.directing()));
            line("       " + roles[1] + names(t.leads()) + " (" + units(plan.leadUnits(t.id()).size()) + ")");
            line("       " + roles[2] + names(t.coordinators()));
            List<Part> parts = parts(plan, t);
            if (parts.size() > 1) {
                line("       " + w.get("task.parts"));
                java.util.Set<String> prev = null;
                for (Part part : parts) {
                    String span = part.from().equals(part.to()) ? period(part.from())
                            : w.get("span", "from", period(part.from()), "to", period(part.to()));
                    String change = "";
                    if (prev != null) {
                        List<String> added = new ArrayList<>(), gone = new ArrayList<>();
                        for (String u : part.units()) if (!prev.contains(u)) added.add(plan.name(u));
                        for (String u : prev) if (!part.units().contains(u)) gone.add(plan.name(u));
                        List<String> bits = new ArrayList<>();
                        if (!added.isEmpty()) bits.add(w.get("part.added", "names", String.join("; ", added)));
                        if (!gone.isEmpty()) bits.add(w.get("part.gone", "names", String.join("; ", gone)));
                        change = " — " + String.join("; ", bits);
                    }
                    line("         " + span + ": " + units(part.units().size()) + change);
                    prev = part.units();
                }
            }
        }

        private String names(List<String> ids) {
            if (ids.isEmpty()) return w.get("none");
            List<String> names = new ArrayList<>(ids.size());
            for (String id : ids) names.add(plan.body(id).map(Body::name).orElse(id));
            return String.join("; ", names);
        }

        private String units(int n) { return w.get(n == 1 ? "units.one" : "units", "n", n); }

        private String period(Period p) { return wording.period("period", p); }

        private String date(LocalDate d) { return wording.date("date", d); }

        private void line(String s) { b.append(s).append('\n'); }
    }
}
