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
    final CommandSpec spec = Cli.command(this, "validate",
            "Checks the plan, and each REPORT against it: periods, deadlines, responsible bodies, missing reports.",
            "REPORT is a CSV file, a directory (its *.csv files in name order) or - for standard input.");
    private final Common common = new Common(spec);
    private final ReportInputs inputs = new ReportInputs(spec);
    private final OptionSpec format = Cli.add(spec, Output.formatOption());
    private final OptionSpec period = Cli.add(spec, Cli.option("--period", "P", "Check missing reports for this period only (2022-Q2 or Quý II/2022)."));
    private final OptionSpec strict = Cli.add(spec, Cli.flag("--strict", "Treat warnings as errors (exit 1)."));

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        PrintWriter out = cl.getOut();
        Output.Format format = this.format.getValue();
        boolean strict = this.strict.getValue();
        LocalDate today = inputs.asOf(cl);
        Charset cs = inputs.charset(cl);
        String p = period.getValue();
        Period only = p == null ? null : Common.period(p, "--period", cl);
        Diagnostics ds = new Diagnostics();
        int[] status = {0};
        Plan plan = common.load(ds, status);
        if (plan == null) {
            Output.diagnostics(ds, format, out);
            return status[0];
        }
        List<Source> sources = inputs.sources(ds);
        if (sources == null) {
            Output.diagnostics(ds, format, out);
            return ExitCode.USAGE.code();
        }
        Progress progress = Progress.create(format == Output.Format.json, cl.getErr());
        Pipeline.check(plan, sources, cs, today, only, ds, entry -> {}, progress);
        progress.done();
        Output.diagnostics(ds, format, out);
        if (ds.errors() > 0 || (strict && ds.warnings() > 0)) return ExitCode.ERRORS.code();
        return ExitCode.OK.code();
    }
}
