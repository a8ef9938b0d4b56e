package planreport.cli;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import planreport.check.Code;
import planreport.check.Diagnostic;
import planreport.check.Diagnostics;
import planreport.check.Severity;
import planreport.io.Source;
import planreport.model.Period;
import planreport.model.Plan;
import planreport.render.Messages;
import planreport.render.OutputFiles;
import planreport.render.Render;
import planreport.render.ReportModel;
import planreport.render.Templates;
import planreport.report.Aggregator;
import planreport.report.Collector;
import planreport.report.Kind;
import planreport.report.Report;
import planreport.report.Window;
import planreport.validate.Validator;

/** compile: the consolidated summary (sơ kết) or final review (tổng kết) as Markdown, PDF and JSON. */
final class CompileCommand implements Callable<Integer> {
    final CommandSpec spec;
    private final Common common;
    private final ReportInputs inputs;
    private final OptionSpec kind;
    private final OptionSpec period;
    private final OptionSpec from;
    private final OptionSpec to;
    private final OptionSpec format;
    private final OptionSpec out;
    private final OptionSpec templates;
    /** The report's language and the messages': vi or en, checked as parsed (see {@link Cli#lang}). */
    private final OptionSpec lang;
    private final OptionSpec force;

    CompileCommand(Texts t) {
        spec = Cli.command(this, "compile", t, "compile.description", "compile.lang");
        common = new Common(spec, t);
        inputs = new ReportInputs(spec, t);
        kind = Cli.add(spec, Cli.option("--kind", t.get("label.kind"), t.get("compile.kind")).required(true));
        period = Cli.add(spec, Cli.option("--period", t.get("label.period"), t.get("compile.period")));
        from = Cli.add(spec, Cli.option("--from", t.get("label.period"), t.get("compile.from")));
        to = Cli.add(spec, Cli.option("--to", t.get("label.period"), t.get("compile.to")));
        format = Cli.add(spec, Cli.option("--format", t.get("label.list"), t.get("compile.format")).defaultValue("md,pdf"));
        out = Cli.add(spec, Cli.option("--out", t.get("label.dir"), t.get("compile.out")).type(Path.class).defaultValue("."));
        templates = Cli.add(spec, Cli.option("--templates", t.get("label.dir"), t.get("compile.templates")).type(Path.class));
        lang = spec.findOption("--lang");
        force = Cli.add(spec, Cli.flag("--force", t.get("compile.force")));
    }

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        PrintWriter err = cl.getErr();
        PrintWriter stdout = cl.getOut();
        String kind = this.kind.getValue(), lang = this.lang.getValue();
        Path out = this.out.getValue(), templates = this.templates.getValue();
        boolean force = this.force.getValue();
        LocalDate today = inputs.asOf(cl);
        Charset cs = inputs.charset(cl);
        Kind k = switch (kind.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "summary", "so-ket" -> Kind.SUMMARY;
            case "final", "tong-ket" -> Kind.FINAL;
            default -> throw new CommandLine.ParameterException(cl, "--kind must be summary or final, not '" + kind + "'");
        };
        List<Render> renders = formats(cl);
        String language = lang.strip().toLowerCase(java.util.Locale.ROOT);
        if (!Messages.LANGUAGES.contains(language)) throw new CommandLine.ParameterException(cl, "--lang must be vi or en, not '" + lang + "'");
        Messages msg = Messages.of(language);

        Diagnostics ds = new Diagnostics();
        int[] status = {0};
        Plan plan = common.load(ds, status);
        if (plan == null || status[0] != 0) {
            Output.diagnostics(ds, Output.Format.text, err);
            return status[0] != 0 ? status[0] : ExitCode.ERRORS.code();
        }
        Window window = window(k, plan, today, cl);
        List<Source> sources = inputs.sources(ds);
        if (sources == null) {
            Output.diagnostics(ds, Output.Format.text, err);
            return ExitCode.USAGE.code();
        }
        Map<String, Path> targets = new LinkedHashMap<>();
        for (Render r : renders) targets.put(fileName(window, msg, r), out.resolve(fileName(window, msg, r)));
        String clash = clash(targets.values(), sources);
        if (clash != null) {
            err.println("plan-report: " + clash);
            return ExitCode.USAGE.code();
        }
        if (templates != null && !Files.isDirectory(templates)) {
            err.println("plan-report: --templates " + templates + ": no such folder");
            return ExitCode.USAGE.code();
        }

        Collector collector = Collector.forWindow(window);
        Progress progress = Progress.create(false, err);
        Period only = window.from().equals(window.to()) ? window.from() : null;
        Validator.run(plan, sources, cs, today, only, ds, collector, progress);
        progress.done();
        if (!ds.sorted().isEmpty()) Output.diagnostics(ds, Output.Format.text, err);
        if (ds.errors() > 0 && !force) {
            err.println("plan-report: the reports have errors; nothing written (fix them, or pass --force to compile anyway and list them in the report)");
            return ExitCode.ERRORS.code();
        }
        List<Diagnostic> problems = ds.sorted().stream().filter(d -> d.severity() == Severity.ERROR).toList();
        Report report = Aggregator.aggregate(plan, window, collector, problems);
        Map<String, Object> model = ReportModel.of(report, msg);

        Map<String, byte[]> files = new LinkedHashMap<>();
        try {
            Templates t = new Templates(templates);
            for (Render r : renders) {
                files.put(fileName(window, msg, r), r.render(model, msg, t, today));
            }
        } catch (TemplateException | ParseException e) {
            Diagnostics td = new Diagnostics();
            td.add(Code.INPUT, templateName(e), line(e), null, "template error: " + firstLine(e.getMessage()) + "; nothing written");
            Output.diagnostics(td, Output.Format.text, err);
            return ExitCode.USAGE.code();
        } catch (IOException | RuntimeException e) {
            err.println("plan-report: cannot render the report: " + firstLine(String.valueOf(e.getMessage())) + "; nothing written");
            return ExitCode.USAGE.code();
        }
        try {
            for (Path p : OutputFiles.write(out, files)) stdout.println("wrote " + p);
        } catch (IOException e) {
            err.println("plan-report: cannot write to " + out + ": " + Common.describe(e) + "; nothing written");
            return ExitCode.USAGE.code();
        }
        stdout.flush();
        return ExitCode.OK.code();
    }

    /** bao-cao-so-ket-2022-Q2.md; bao-cao-so-ket-2022-Q2.en.md in English, so both languages can share a folder. */
    private static String fileName(Window window, Messages msg, Render r) {
        return "bao-cao-" + window.kind().slug() + "-" + window.name() + msg.fileSuffix() + "." + r.extension();
    }

    private List<Render> formats(CommandLine cl) {
        Set<Render> set = new LinkedHashSet<>();
        for (String f : format.<String>getValue().split(",")) {
            if (f.isBlank()) continue;
            Render r = Render.byName(f);
            if (r == null) throw new CommandLine.ParameterException(cl, "--format: '" + f.strip() + "' is not a format; use md, pdf, json");
            set.add(r);
        }
        if (set.isEmpty()) throw new CommandLine.ParameterException(cl, "--format: name at least one of md, pdf, json");
        return List.copyOf(set);
    }

    private Window window(Kind k, Plan plan, LocalDate today, CommandLine cl) {
        String period = this.period.getValue(), from = this.from.getValue(), to = this.to.getValue();
        if (k == Kind.FINAL) {
            if (period != null || from != null) throw new CommandLine.ParameterException(cl, "--kind final reviews the whole term; give only --to (default: the last period whose reports are due)");
            Period end = to != null ? quarter(to, "--to", cl) : Window.lastDue(plan, today);
            if (end == null) throw new CommandLine.ParameterException(cl, "no period's reports are due yet as of " + today + "; pass --to or --as-of");
            inTerm(end, plan, "--to", cl);
            return Window.term(plan, end, today);
        }
        if (period != null) {
            if (from != null || to != null) throw new CommandLine.ParameterException(cl, "give either --period or --from and --to, not both");
            String p = period.strip();
            if (p.matches("\\d{4}")) {
                Window w = Window.year(Integer.parseInt(p), plan, today);
                if (w == null) throw new CommandLine.ParameterException(cl, "--period " + p + " is outside the plan term " + plan.reporting().termStart() + " to " + plan.reporting().termEnd());
                return w;
            }
            Period q = quarter(p, "--period", cl);
            inTerm(q, plan, "--period", cl);
            return Window.quarter(q, today);
        }
        if (from == null || to == null) throw new CommandLine.ParameterException(cl, "a summary needs --period P (a quarter or a year) or both --from P and --to P");
        Period a = quarter(from, "--from", cl), b = quarter(to, "--to", cl);
        inTerm(a, plan, "--from", cl);
        inTerm(b, plan, "--to", cl);
        if (a.compareTo(b) > 0) throw new CommandLine.ParameterException(cl, "--from " + a + " is after --to " + b);
        return Window.range(a, b, today);
    }

    private static Period quarter(String text, String option, CommandLine cl) { return Common.period(text, option, cl); }

    private static void inTerm(Period p, Plan plan, String option, CommandLine cl) {
        if (!plan.reporting().inTerm(p)) {
            throw new CommandLine.ParameterException(cl, option + " " + p + " is outside the plan term " + plan.reporting().termStart() + " to " + plan.reporting().termEnd());
        }
    }

    /** A message when an output file would be one of the inputs (a report or the plan), else null. */
    private String clash(Iterable<Path> targets, List<Source> sources) {
        List<Path> inputs = new ArrayList<>();
        inputs.add(common.plan());
        for (Source s : sources) if (s.path() != null) inputs.add(s.path());
        for (Path t : targets) {
            for (Path in : inputs) {
                if (same(t, in)) return "output " + t + " would overwrite the input " + in + "; choose another --out";
            }
        }
        return null;
    }

    private static boolean same(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) return Files.isSameFile(a, b);
        } catch (IOException e) {
            // fall back to comparing the paths
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    private static String templateName(Exception e) {
        if (e instanceof TemplateException te && te.getTemplateSourceName() != null) return te.getTemplateSourceName();
        if (e instanceof ParseException pe && pe.getTemplateName() != null) return pe.getTemplateName();
        return "template";
    }

    private static Integer line(Exception e) {
        if (e instanceof TemplateException te) return te.getLineNumber();
        if (e instanceof ParseException pe) return pe.getLineNumber();
        return null;
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }
}
