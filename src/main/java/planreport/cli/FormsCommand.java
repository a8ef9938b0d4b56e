package planreport.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import planreport.Facade;
import planreport.Outcome;
import planreport.Pipeline;
import planreport.model.Lang;
import planreport.model.Period;
import planreport.model.Wording;

/**
 * forms: one pre-filled report CSV per unit with work in a period, and an instruction sheet, so
 * units send back files that validate instead of inventing their own layout.
 */
final class FormsCommand implements Command {
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
        format = Cli.add(spec, Cli.option("--format", t.get("label.format"), t.get("forms.format")).defaultValue("xlsx")
                .completionCandidates(java.util.List.of("xlsx", "csv")));
    }

    @Override
    public ExitCode run() {
        CommandLine cl = spec.commandLine();
        PrintWriter stdout = cl.getOut();
        Texts t = Texts.of(cl);
        Path out = this.out.getValue();
        boolean overwrite = Common.renamed(force, this.overwrite, cl.getErr(), t);
        Common.period(period.getValue(), "--period", cl); // a usage error before the plan is read
        Pipeline.PlanRead read = common.read();
        if (read.plan() == null) return Common.refused(read, Output.Format.text, stdout, t.lang());
        String fmt = String.valueOf((Object) format.getValue()).strip().toLowerCase(java.util.Locale.ROOT);
        if (!fmt.equals("xlsx") && !fmt.equals("csv")) throw new CommandLine.ParameterException(cl, t.get("forms.bad_format", "value", fmt));
        Period p = Common.quarter(period.getValue(), "--period", read.plan(), cl);
        Outcome forms = Pipeline.over(read.plan()).build().forms(p, fmt);
        if (forms.failed()) return Common.failed(forms, cl.getErr(), t.lang());
        String exists = overwrite ? null : exists(forms.files().keySet(), out, t);
        if (exists != null) {
            cl.getErr().println("plan-report: " + exists);
            return ExitCode.USAGE;
        }
        ExitCode written = Common.write(out, forms.files(), false, "forms.cannot_write", n -> Facade.formOf(n, p), cl);
        if (written != ExitCode.OK) return written;
        stdout.println(t.get(forms.count() == 1 ? "forms.wrote.one" : "forms.wrote", "count", forms.count(),
                "period", t.lang() == Lang.VI ? Wording.of(Lang.VI).periodWords(p) : p.toString(), "guide", Facade.FORMS_GUIDE, "dir", out));
        stdout.flush();
        return ExitCode.OK;
    }

    /** A message when a file to write is already in {@code out} (and --overwrite is not given), else null. */
    private static String exists(Iterable<String> names, Path out, Texts t) {
        for (String name : names) {
            if (Files.exists(out.resolve(name))) return t.get("forms.exists", "file", out.resolve(name), "dir", out);
        }
        return null;
    }
}
