package planreport.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import planreport.check.Diagnostics;
import planreport.io.Source;
import planreport.model.Period;
import planreport.model.Plan;
import planreport.validate.Validator;

/** validate: checks the plan and the unit reports against it. */
@Command(name = "validate", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        description = {"Checks the plan, and each REPORT against it: periods, deadlines, responsible bodies, missing reports.",
                "REPORT is a CSV file, a directory (its *.csv files in name order) or - for standard input."})
final class ValidateCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin Common common;
    @Mixin ReportInputs inputs;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Output.Format format;

    @Option(names = "--period", paramLabel = "P", description = "Check missing reports for this period only (2022-Q2 or Quý II/2022).")
    String period;

    @Option(names = "--strict", description = "Treat warnings as errors (exit 1).")
    boolean strict;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        PrintWriter out = cl.getOut();
        LocalDate today = inputs.asOf(cl);
        Charset cs = inputs.charset(cl);
        Period only = null;
        if (period != null) {
            only = Common.period(period, "--period", cl);
        }
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
        Validator.run(plan, sources, cs, today, only, ds, row -> {}, progress);
        progress.done();
        Output.diagnostics(ds, format, out);
        if (ds.errors() > 0 || (strict && ds.warnings() > 0)) return ExitCode.ERRORS.code();
        return ExitCode.OK.code();
    }
}
