package planreport.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import planreport.Pipeline;
import planreport.check.Diagnostics;
import planreport.io.Source;
import planreport.model.Period;
import planreport.model.Plan;

/** validate: checks the plan and the unit reports against it. */
final class ValidateCommand implements Callable<Integer> {
    final CommandSpec spec;
    private final Common common;
    private final ReportInputs inputs;
    private final OptionSpec format;
    private final OptionSpec period;
    private final OptionSpec strict;
    private final OptionSpec quiet;

    ValidateCommand(Texts t) {
        spec = Cli.command(this, "validate", t, "validate.description");
        common = new Common(spec, t);
        inputs = new ReportInputs(spec, t);
        format = Cli.add(spec, Output.formatOption(t));
        period = Cli.add(spec, Cli.option("--period", t.get("label.period"), t.get("validate.period")));
        strict = Cli.add(spec, Cli.flag("--strict", t.get("validate.strict")));
        quiet = Cli.add(spec, Cli.flag("--quiet", t.get("option.quiet")));
    }

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        PrintWriter out = cl.getOut();
        Texts t = Texts.of(cl);
        Output.Format format = this.format.getValue();
        boolean strict = this.strict.getValue();
        LocalDate today = inputs.asOf(cl);
        Charset cs = inputs.charset(cl);
        String p = period.getValue();
        Period only = p == null ? null : Common.period(p, "--period", cl); // a usage error before the plan is read
        Diagnostics ds = new Diagnostics();
        int[] status = {0};
        Plan plan = common.load(ds, status);
        if (plan == null) {
            Output.diagnostics(ds, format, out, t.lang());
            return status[0];
        }
        // one rule for every command: a period named on the command line lies in the plan term
        if (p != null) only = Common.quarter(p, "--period", plan, cl);
        List<Source> sources = inputs.sources(ds);
        if (sources == null) {
            Output.diagnostics(ds, format, out, t.lang());
            return ExitCode.USAGE.code();
        }
        Progress progress = Progress.create(format == Output.Format.json, cl.getErr(), t, sources);
        // who has not reported: asked of a period (--period) or of a folder, never of single files
        Pipeline.check(plan, sources, cs, today, only, null, only != null || inputs.folderGiven(), ds, null, progress);
        progress.done();
        Output.diagnostics(ds, format, out, t.lang(), quiet.getValue());
        if (ds.errors() > 0 || (strict && ds.warnings() > 0)) return ExitCode.ERRORS.code();
        return ExitCode.OK.code();
    }
}
