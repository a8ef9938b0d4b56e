package planreport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import planreport.Pipeline;
import planreport.check.Diagnostics;
import planreport.io.Source;
import planreport.model.Lang;
import planreport.model.Period;
import planreport.model.Plan;
import planreport.render.Format;
import planreport.render.Letters;
import planreport.render.Messages;
import planreport.render.OutputFiles;
import planreport.render.RenderFailure;

/**
 * remind: the reminder letters (công văn đôn đốc) of a quarter — one per unit whose reports are
 * missing or late or whose tasks are overdue, as validate finds them — the monitoring body's notice
 * on the reports received, their JSON, and the mail-merge list to send them with.
 */
final class RemindCommand implements Callable<Integer> {
    final CommandSpec spec;
    private final Common common;
    private final ReportInputs inputs;
    private final WindowOptions period;
    private final OptionSpec by;
    private final OptionSpec format;
    private final OptionSpec out;

    RemindCommand(Texts t) {
        spec = Cli.command(this, "remind", t, "remind.description", "remind.lang");
        common = new Common(spec, t);
        inputs = new ReportInputs(spec, t);
        period = WindowOptions.quarter(spec, t, "remind.period");
        by = Cli.add(spec, Cli.option("--by", t.get("label.date"), t.get("remind.by")));
        format = Cli.add(spec, Cli.option("--format", t.get("label.list"), t.get("remind.format")).defaultValue("md,pdf,docx"));
        out = Cli.add(spec, Cli.path("--out", t.get("label.dir"), t.get("remind.out"), t).defaultValue("."));
    }

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        PrintWriter err = cl.getErr();
        PrintWriter stdout = cl.getOut();
        Texts t = Texts.of(cl);
        Lang language = t.lang();
        Path out = this.out.getValue();
        LocalDate asOf = inputs.asOf(cl);
        Charset cs = inputs.charset(cl);
        List<Format> formats = formats(cl, t);
        period.quarterNamed(cl); // a usage error before the plan is read
        LocalDate byDate = null;
        if (by.getValue() != null) {
            try {
                byDate = LocalDate.parse(by.<String>getValue().strip());
            } catch (DateTimeParseException e) {
                throw new CommandLine.ParameterException(cl, t.get("remind.bad_by", "value", by.getValue()));
            }
            if (!byDate.isAfter(asOf)) throw new CommandLine.ParameterException(cl, t.get("remind.by_not_after", "by", byDate, "as_of", asOf));
        }

        Diagnostics ds = new Diagnostics();
        int[] status = {0};
        Plan plan = common.loadOrSay(ds, status, err, language);
        if (plan == null) return status[0];
        Period p = period.quarter(plan, cl); // a quarter of the term, as every command reads --period
        LocalDate sendBy = byDate != null ? byDate : asOf.plusDays(plan.info().reminders().sendWithinDays());
        List<Source> sources = inputs.sourcesOrSay(ds, err, language);
        if (sources == null) return ExitCode.USAGE.code();

        Progress progress = Progress.create(false, err, t);
        Pipeline.Reminded reminded = Pipeline.remind(plan, sources, cs, p, asOf, sendBy, progress);
        progress.done();
        if (!reminded.diagnostics().sorted().isEmpty()) Output.diagnostics(reminded.diagnostics(), Output.Format.text, err, language);
        if (reminded.stopped()) {
            err.println("plan-report: " + t.get("remind.stopped"));
            return ExitCode.ERRORS.code();
        }
        Map<String, byte[]> files;
        try {
            files = Pipeline.renderReminders(plan, reminded.reminders(), formats, language);
        } catch (RenderFailure e) {
            Output.diagnostic(e.diagnostic(), err, language);
            return ExitCode.USAGE.code();
        }
        List<Path> inputs = new ArrayList<>();
        inputs.add(common.plan());
        for (Source s : sources) if (s.path() != null) inputs.add(s.path());
        for (String name : files.keySet()) {
            for (Path in : inputs) {
                if (Common.same(out.resolve(name), in)) {
                    err.println("plan-report: " + t.get("remind.clash", "output", out.resolve(name), "input", in));
                    return ExitCode.USAGE.code();
                }
            }
        }
        try {
            for (Path written : OutputFiles.write(out, files)) stdout.println(t.wrote(written));
        } catch (IOException e) {
            err.println("plan-report: " + t.get("remind.cannot_write", "dir", out, "reason", Common.describe(e, t)));
            return ExitCode.USAGE.code();
        }
        int n = reminded.reminders().letters().size();
        stdout.println(t.get(n == 1 ? "remind.summary.one" : "remind.summary", "count", n,
                "period", language == Lang.VI ? Messages.of(Lang.VI).periodWords(p) : p.toString(),
                "send_by", language == Lang.VI ? Messages.of(Lang.VI).shortDate(sendBy) : sendBy));
        stdout.flush();
        return ExitCode.OK.code();
    }

    private List<Format> formats(CommandLine cl, Texts t) {
        String names = String.join(", ", Letters.FORMATS.stream().map(Format::extension).toList());
        Set<Format> set = new LinkedHashSet<>();
        for (String f : format.<String>getValue().split(",")) {
            if (f.isBlank()) continue;
            Format r = Format.byName(f);
            if (r == null || !Letters.FORMATS.contains(r)) {
                throw new CommandLine.ParameterException(cl, t.get("remind.bad_format", "value", f.strip(), "formats", names));
            }
            set.add(r);
        }
        if (set.isEmpty()) throw new CommandLine.ParameterException(cl, t.get("remind.no_format", "formats", names));
        return List.copyOf(set);
    }
}
