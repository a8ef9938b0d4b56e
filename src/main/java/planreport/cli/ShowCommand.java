package planreport.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import planreport.check.Diagnostics;
import planreport.model.Body;
import planreport.model.Indicator;
import planreport.model.Plan;
import planreport.model.Section;
import planreport.model.Task;
import planreport.model.Timeframe;
import planreport.render.Json;

/** show: the plan as the tool understands it, so a user can check it was read as meant. */
final class ShowCommand implements Callable<Integer> {
    final CommandSpec spec = Cli.command(this, "show",
            "Prints the plan as understood: sections, tasks with their bodies and parsed timeframes, bodies and groups.");
    private final Common common = new Common(spec);
    private final OptionSpec format = Cli.add(spec, Output.formatOption());

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Output.Format format = this.format.getValue();
        Diagnostics ds = new Diagnostics();
        int[] status = {0};
        Plan plan = common.load(ds, status);
        if (plan == null) {
            Output.diagnostics(ds, format, out);
            return status[0];
        }
        if (format == Output.Format.json) out.println(Json.write(json(plan)));
        else text(plan, out);
        out.flush();
        return 0;
    }

    static Map<String, Object> json(Plan plan) {
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
        Timeframe tf = t.timeframe();
        Map<String, Object> tm = new LinkedHashMap<>();
        tm.put("text", tf.text());
        tm.put("kind", tf.ongoing() ? "ongoing" : "deadline");
        tm.put("start", tf.start().toString());
        tm.put("due", tf.due() == null ? null : tf.due().toString());
        m.put("timeframe", tm);
        return m;
    }

    private static String names(Plan plan, List<String> ids) {
        if (ids.isEmpty()) return "—";
        return String.join("; ", ids.stream().map(id -> plan.body(id).map(Body::name).orElse(id)).toList());
    }

    private static void text(Plan plan, PrintWriter out) {
        out.println(plan.info().title() + " — " + plan.info().subject());
        out.println("Term: " + plan.reporting().termStart() + " to " + plan.reporting().termEnd()
                + (plan.reporting().termEndAssumed() ? " (end assumed)" : "") + "; reports due " + plan.reporting().dueDays()
                + " days after each quarter (" + plan.reporting().cutoff().id() + ")");
        out.println();
        for (Section s : plan.sections()) {
            out.println(s.id() + ". " + s.title());
            for (Task t : s.tasks()) task(plan, t, out);
            out.println();
        }
        out.println("III. Tổ chức thực hiện");
        for (Task t : plan.duties()) task(plan, t, out);
        out.println();
        out.println("Bodies (" + plan.bodies().size() + ")");
        for (Body b : plan.bodies()) {
            out.println("  " + b.id() + "  " + b.name() + "  [" + b.kind().id() + "]"
                    + (b.aliases().isEmpty() ? "" : "  aka " + String.join(", ", b.aliases())));
            if (b.isGroup()) out.println("      members: " + String.join(", ", b.members()) + " (" + plan.leaves(b.id()).size() + " units)");
        }
        if (!plan.indicators().isEmpty()) {
            out.println();
            out.println("Indicators");
            for (Indicator i : plan.indicators()) out.println("  " + i.id() + "  " + i.name() + " (" + i.unit() + "), task " + i.taskId() + ", targets " + i.targets());
        }
    }

    private static void task(Plan plan, Task t, PrintWriter out) {
        Timeframe tf = t.timeframe();
        String when = tf.ongoing() ? "ongoing from " + tf.start() : "due " + tf.due() + " (from " + tf.start() + ")";
        out.println("  " + t.id() + "  \"" + tf.text() + "\" → " + when);
        out.println("       directing: " + names(plan, t.directing()));
        out.println("       lead:      " + names(plan, t.leads()) + " (" + plan.leadUnits(t.id()).size() + " units)");
        out.println("       coordinating: " + names(plan, t.coordinators()));
    }
}
