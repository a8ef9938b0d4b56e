package planreport.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import planreport.check.Diagnostics;
import planreport.model.Plan;
import planreport.render.Json;
import planreport.render.PlanView;

/** show: the plan as the tool understands it, so a user can check it was read as meant (rendered by {@link PlanView}). */
final class ShowCommand implements Callable<Integer> {
    final CommandSpec spec;
    private final Common common;
    private final OptionSpec format;

    ShowCommand(Texts t) {
        spec = Cli.command(this, "show", t, "show.description");
        common = new Common(spec, t);
        format = Cli.add(spec, Output.formatOption(t));
    }

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        PrintWriter out = cl.getOut();
        Texts t = Texts.of(cl);
        Output.Format format = this.format.getValue();
        Diagnostics ds = new Diagnostics();
        int[] status = {0};
        Plan plan = common.load(ds, status);
        if (plan == null) {
            Output.diagnostics(ds, format, out, t.lang());
            return status[0];
        }
        if (format == Output.Format.json) out.println(Json.write(PlanView.json(plan)));
        else out.print(PlanView.text(plan, t.lang()));
        out.flush();
        return ExitCode.OK.code();
    }
}
