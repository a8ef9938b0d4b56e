package planreport.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import planreport.Facade;
import planreport.Outcome;
import planreport.Pipeline;
import planreport.io.Source;
import planreport.model.Lang;
import planreport.model.Period;
import planreport.model.Plan;
import planreport.model.Wording;
import planreport.render.Format;

/**
 * remind: the reminder letters (công văn đôn đốc) of a quarter — one per unit whose reports are
 * missing or late or whose tasks are overdue, as validate finds them — the monitoring body's notice
 * on the reports received, their JSON, and the mail-merge list to send them with.
 */
final class RemindCommand implements Command {
    final CommandSpec spec;
    private final Common common;
    private final ReportInputs inputs;
    private final WindowOptions period;
    private final OptionSpec by;
    private final OptionSpec format;
    private final OptionSpec out;
    private final OptionSpec since;
    private final OptionSpec ignoreErrors;
    private final OptionSpec upcoming;
    private final OptionSpec letters;
    private final OptionSpec templates;

    RemindCommand(Texts t) {
        spec = Cli.command(this, "remind", t, "remind.description", "remind.lang");
        common = new Common(spec, t);
        inputs = new ReportInputs(spec, t);
        period = WindowOptions.quarter(spec, t, "remind.period");
        by = Cli.add(spec, Cli.option("--by", t.get("label.date"), t.get("remind.by")));
        format = Cli.add(spec, Cli.option("--format", t.get("label.list"), t.get("remind.format")).defaultValue("md,pdf,docx")
                .completionCandidates(Cli.extensions(Facade.LETTER_FORMATS)));
        out = Cli.add(spec, Cli.path("--out", t.get("label.dir"), t.get("remind.out"), t).defaultValue("."));
        since = Cli.add(spec, Cli.option("--since", t.get("label.period"), t.get("remind.since")));
        ignoreErrors = Cli.add(spec, Cli.flag("--ignore-errors", t.get("remind.ignore_errors")));
        upcoming = Cli.add(spec, Cli.option("--upcoming", t.get("label.days"), t.get("remind.upcoming")));
        letters = Cli.add(spec, Cli.flag("--letters", t.get("remind.letters")));
        templates = Cli.add(spec, Cli.path("--templates", t.get("label.dir"), t.get("remind.templates"), t));
    }

    @Override
    public ExitCode run() {
        CommandLine cl = spec.commandLine();
        PrintWriter err = cl.getErr();
        Texts t = Texts.of(cl);
        Lang language = t.lang();
        Path out = this.out.getValue();
        LocalDate asOf = inputs.asOf(cl);
        Charset cs = inputs.charset(cl);
        List<Format> formats = Common.formats(format.getValue(), Facade.LETTER_FORMATS, "remind.bad_format", "remind.no_format", cl, t);
        Path templates = this.templates.getValue();
        if (templates != null && !java.nio.file.Files.isDirectory(templates)) {
            throw new CommandLine.ParameterException(cl, t.get("compile.no_templates", "dir", templates));
        }
        if (upcoming.getValue() != null) return upcoming(cl, t, asOf, cs, formats, templates);
        if ((boolean) letters.getValue()) throw new CommandLine.ParameterException(cl, t.get("remind.letters_without_upcoming"));
        if (!period.given()) throw new CommandLine.ParameterException(cl, t.get("usage.missing_option", "list", "'--period=<" + t.get("label.period") + ">'"));
        period.quarterNamed(cl); // a usage error before the plan is read
        LocalDate byDate = by(asOf, cl);

        Pipeline.PlanRead read = common.read();
        if (read.plan() == null) return Common.refused(read, Output.Format.text, err, language);
        Plan plan = read.plan();
        Period p = period.quarter(plan, cl); // a quarter of the term, as every command reads --period
        Period from = since.getValue() == null ? null : Common.quarter(since.getValue(), "--since", plan, cl);
        if (from != null && from.compareTo(p) > 0) {
            throw new CommandLine.ParameterException(cl, t.get("remind.since_after", "since", since.getValue(), "period", period.quarterNamed(cl)));
        }
        LocalDate sendBy = byDate != null ? byDate : asOf.plusDays(plan.info().reminders().sendWithinDays());
        List<Source> sources = inputs.sourcesOrSay(read.diagnostics(), err, language);
        if (sources == null) return ExitCode.USAGE;

        Progress progress = Progress.create(false, err, t);
        Outcome reminded = inputs.received(Pipeline.over(plan), read.diagnostics()).sources(sources).charset(cs).asOf(asOf).lang(language).progress(progress)
                .templates(templates)
                .ignoreErrors((boolean) ignoreErrors.getValue()).build().remind(p, sendBy, from, formats);
        progress.done();
        reminded.diagnostics().addAll(ReportInputs.unread(read.diagnostics()));
        if (!reminded.diagnostics().sorted().isEmpty()) Output.diagnostics(reminded.diagnostics(), Output.Format.text, err, language);
        if (reminded.stopped()) {
            err.println("plan-report: " + t.get("remind.stopped"));
            return ExitCode.ERRORS;
        }
        if (reminded.failed()) return Common.failed(reminded, err, language);
        String clash = clash(reminded.files().keySet(), out, sources, t);
        if (clash != null) {
            err.println("plan-report: " + clash);
            return ExitCode.USAGE;
        }
        ExitCode written = Common.write(out, reminded.files(), true, "remind.cannot_write", n -> Facade.letterOf(n, p, language), cl);
        if (written != ExitCode.OK) return written;
        int n = reminded.count();
        Wording vi = Wording.of(Lang.VI);
        cl.getOut().println(t.get(n == 1 ? "remind.summary.one" : "remind.summary", "count", n,
                "period", language == Lang.VI ? vi.periodWords(p) : p.toString(),
                "send_by", language == Lang.VI ? vi.shortDate(sendBy) : sendBy));
        cl.getOut().flush();
        return ExitCode.OK;
    }

    /** remind --upcoming DAYS: the short notice of the reports and tasks coming due in the DAYS days after --as-of (with --letters, a letter per unit). */
    private ExitCode upcoming(CommandLine cl, Texts t, LocalDate asOf, Charset cs, List<Format> formats, Path templates) {
        PrintWriter err = cl.getErr();
        int days;
        try {
            days = Integer.parseInt(upcoming.<String>getValue().strip());
        } catch (NumberFormatException e) {
            days = -1;
        }
        if (days < 1 || days > 366) throw new CommandLine.ParameterException(cl, t.get("remind.bad_upcoming", "value", upcoming.getValue()));
        Pipeline.PlanRead read = common.read();
        if (read.plan() == null) return Common.refused(read, Output.Format.text, err, t.lang());
        List<Source> sources = inputs.sourcesOrSay(read.diagnostics(), err, t.lang());
        if (sources == null) return ExitCode.USAGE;
        boolean withLetters = letters.getValue();
        Outcome told = inputs.received(Pipeline.over(read.plan()), read.diagnostics()).sources(sources).charset(cs).asOf(asOf).lang(t.lang()).templates(templates)
                .ignoreErrors((boolean) ignoreErrors.getValue()).build().upcoming(days, formats, withLetters);
        told.diagnostics().addAll(ReportInputs.unread(read.diagnostics()));
        if (!told.diagnostics().sorted().isEmpty()) Output.diagnostics(told.diagnostics(), Output.Format.text, err, t.lang());
        if (told.stopped()) {
            err.println("plan-report: " + t.get("remind.stopped"));
            return ExitCode.ERRORS;
        }
        if (told.failed()) return Common.failed(told, err, t.lang());
        String clash = clash(told.files().keySet(), out.getValue(), sources, t);
        if (clash != null) {
            err.println("plan-report: " + clash);
            return ExitCode.USAGE;
        }
        ExitCode written = Common.write(out.getValue(), told.files(), true, "remind.cannot_write",
                withLetters ? n -> Facade.upcomingLetterOf(n, asOf, t.lang()) : null, cl);
        if (written != ExitCode.OK) return written;
        cl.getOut().println(t.get(withLetters ? "remind.upcoming_summary_letters" : "remind.upcoming_summary", "days", days, "count", told.count()));
        cl.getOut().flush();
        return ExitCode.OK;
    }

    /** --by: the day the units are to answer by, after --as-of; null when not given. */
    private LocalDate by(LocalDate asOf, CommandLine cl) {
        if (by.getValue() == null) return null;
        LocalDate byDate = planreport.model.Dates.parse(by.<String>getValue());
        if (byDate == null) throw new CommandLine.ParameterException(cl, Texts.of(cl).get("remind.bad_by", "value", by.getValue()));
        if (!byDate.isAfter(asOf)) throw new CommandLine.ParameterException(cl, Texts.of(cl).get("remind.by_not_after", "by", byDate, "as_of", asOf));
        return byDate;
    }

    /** A message when an output file would be one of the inputs (a report or the plan), else null. */
    private String clash(Iterable<String> names, Path out, List<Source> sources, Texts t) {
        List<Path> inputs = new ArrayList<>();
        inputs.add(common.plan());
        for (Source s : sources) if (s.path() != null) inputs.add(s.path());
        Common.Inputs read = new Common.Inputs(inputs);
        for (String name : names) {
            Path in = read.clashing(out.resolve(name));
            if (in != null) return t.get("remind.clash", "output", out.resolve(name), "input", in);
        }
        return null;
    }
}
