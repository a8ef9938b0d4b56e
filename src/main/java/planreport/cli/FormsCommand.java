package planreport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import planreport.check.Diagnostics;
import planreport.io.ReportForm;
import planreport.model.Body;
import planreport.model.Lang;
import planreport.model.Obligations;
import planreport.model.Period;
import planreport.model.Plan;
import planreport.model.Task;
import planreport.render.OutputFiles;
import planreport.render.FormsGuide;
import planreport.render.Messages;
import planreport.render.RenderFailure;

/**
 * forms: one pre-filled report CSV per unit with work in a period, and an instruction sheet, so
 * units send back files that validate instead of inventing their own layout.
 */
final class FormsCommand implements Callable<Integer> {
    final CommandSpec spec;
    private final Common common;
    private final OptionSpec period;
    private final OptionSpec out;
    private final OptionSpec overwrite;
    private final OptionSpec force;
    private final OptionSpec format;

    FormsCommand(Texts t) {
        spec = Cli.command(this, "forms", t, "forms.description");
        common = new Common(spec, t);
        period = Cli.add(spec, Cli.option("--period", t.get("label.period"), t.get("forms.period")).required(true));
        out = Cli.add(spec, Cli.path("--out", t.get("label.dir"), t.get("forms.out"), t).required(true));
        overwrite = Cli.add(spec, Cli.flag("--overwrite", t.get("forms.overwrite")));
        force = Cli.add(spec, Common.oldForce("--overwrite", t));
        format = Cli.add(spec, Cli.option("--format", t.get("label.format"), t.get("forms.format")).defaultValue("xlsx"));
    }

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        PrintWriter stdout = cl.getOut();
        Texts t = Texts.of(cl);
        Path out = this.out.getValue();
        boolean overwrite = Common.renamed(force, this.overwrite, cl.getErr(), t);
        Common.period(period.getValue(), "--period", cl); // a usage error before the plan is read
        Diagnostics ds = new Diagnostics();
        int[] status = {0};
        Plan plan = common.load(ds, status);
        if (plan == null) {
            Output.diagnostics(ds, Output.Format.text, stdout, t.lang());
            return status[0];
        }
        String fmt = String.valueOf((Object) format.getValue()).strip().toLowerCase(java.util.Locale.ROOT);
        if (!fmt.equals("xlsx") && !fmt.equals("csv")) throw new CommandLine.ParameterException(cl, t.get("forms.bad_format", "value", fmt));
        Period p = Common.quarter(period.getValue(), "--period", plan, cl);
        Map<String, byte[]> files = new LinkedHashMap<>();
        String periodLabel = Messages.of(Lang.VI).period(p);
        for (Body unit : plan.bodies()) {
            if (unit.isGroup()) continue;
            List<Task> tasks = Obligations.onForm(plan, unit.id(), p);
            if (tasks.isEmpty()) continue;
            if (fmt.equals("csv")) {
                files.put(p + "_" + unit.id() + ".csv", ReportForm.write(plan, unit.name(), periodLabel, tasks));
            } else {
                List<String> deadlines = tasks.stream().map(x -> x.timeframe().text()).toList();
                files.put(p + "_" + unit.id() + ".xlsx", planreport.io.XlsxForm.write(plan, unit.name(), periodLabel, tasks, deadlines,
                        FormsGuide.lines(plan, p, unit.name()), plan.reporting().termStart().start(), p.end()));
            }
        }
        try {
            files.put(FormsGuide.FILE, FormsGuide.render(plan, p));
        } catch (RenderFailure e) {
            Output.diagnostic(e.diagnostic(), cl.getErr(), t.lang());
            return ExitCode.USAGE.code();
        }
        if (!overwrite) {
            for (String name : files.keySet()) {
                if (Files.exists(out.resolve(name))) {
                    cl.getErr().println("plan-report: " + t.get("forms.exists", "file", out.resolve(name), "dir", out));
                    return ExitCode.USAGE.code();
                }
            }
        }
        try {
            OutputFiles.write(out, files);
        } catch (IOException e) {
            cl.getErr().println("plan-report: " + t.get("forms.cannot_write", "dir", out, "reason", Common.describe(e, t)));
            return ExitCode.USAGE.code();
        }
        stdout.println(t.get(files.size() - 1 == 1 ? "forms.wrote.one" : "forms.wrote", "count", files.size() - 1, "period", t.lang() == Lang.VI ? Messages.of(Lang.VI).periodWords(p) : p.toString(), "guide", FormsGuide.FILE, "dir", out));
        stdout.flush();
        return ExitCode.OK.code();
    }
}
