package planreport.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import planreport.Pipeline;
import planreport.check.Diagnostics;
import planreport.io.Source;
import planreport.model.Lang;
import planreport.model.Period;

/** validate: checks the plan and the unit reports against it. */
final class ValidateCommand implements Command {
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

    /**
     * Starts reading ahead the reports {@code args} (from {@code from} on, after the command's name) name,
     * as this command's options tell them apart, before picocli has parsed them (see {@link ReportInputs#readAhead}).
     */
    void readAhead(String[] args, int from) { inputs.readAhead(spec, args, from, false); }

    @Override
    public ExitCode run() {
        CommandLine cl = spec.commandLine();
        PrintWriter out = cl.getOut();
        Lang lang = Texts.of(cl).lang();
        Output.Format format = this.format.getValue();
        LocalDate asOf = inputs.asOf(cl);
        Charset cs = inputs.charset(cl);
        String p = period.getValue();
        if (p != null) Common.period(p, "--period", cl); // a usage error before the plan is read
        try (planreport.io.EarlyReports early = inputs.early(cl)) {
            return run(cl, out, lang, format, asOf, cs, p, early);
        }
    }

    private ExitCode run(CommandLine cl, PrintWriter out, Lang lang, Output.Format format, LocalDate asOf, Charset cs, String p,
                         planreport.io.EarlyReports early) {
        Pipeline.PlanRead read = common.read();
        if (read.plan() == null) return Common.refused(read, format, out, lang);
        // one rule for every command: a period named on the command line lies in the plan term
        Period only = p == null ? null : Common.quarter(p, "--period", read.plan(), cl);
        List<Source> sources = inputs.sources(read.diagnostics(), early);
        if (sources == null) {
            Output.diagnostics(read.diagnostics(), format, out, lang);
            return ExitCode.USAGE;
        }
        Diagnostics found = check(inputs.received(Pipeline.over(read), new Diagnostics()).sources(sources).charset(cs).asOf(asOf).early(early), only, cl);
        Output.diagnostics(found, format, out, lang, quiet.getValue());
        if (found.errors() > 0 || ((boolean) strict.getValue() && found.warnings() > 0)) return ExitCode.ERRORS;
        return ExitCode.OK;
    }

    /** The plan's diagnostics and the reports': who has not reported is asked of a period (--period) or of a folder, never of single files. */
    private Diagnostics check(Pipeline.Builder run, Period only, CommandLine cl) {
        Progress progress = Progress.create(format.getValue() == Output.Format.json, cl.getErr(), Texts.of(cl), run.sources());
        Diagnostics found = run.progress(progress).build().validate(only, only != null || inputs.folderGiven()).diagnostics();
        progress.done();
        return found;
    }
}
