package planreport.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import planreport.Facade;
import planreport.Pipeline;
import planreport.model.Lang;

/** show: the plan as the tool understands it, so a user can check it was read as meant (rendered by render/PlanView, through {@link Facade#show}). */
final class ShowCommand implements Command {
    final CommandSpec spec;
    private final Common common;
    private final OptionSpec format;

    ShowCommand(Texts t) {
        spec = Cli.command(this, "show", t, "show.description");
        common = new Common(spec, t);
        format = Cli.add(spec, Output.formatOption(t));
    }

    @Override
    public ExitCode run() {
        CommandLine cl = spec.commandLine();
        PrintWriter out = cl.getOut();
        Lang lang = Texts.of(cl).lang();
        Output.Format format = this.format.getValue();
        Pipeline.PlanRead read = common.read();
        if (read.plan() == null) return Common.refused(read, format, out, lang);
        String shown = Facade.show(read.plan(), lang, format == Output.Format.json);
        if (format == Output.Format.json) out.println(shown);
        else out.print(shown);
        out.flush();
        return ExitCode.OK;
    }
}
