package planreport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import planreport.Pipeline;
import planreport.check.Diagnostics;
import planreport.io.Source;
import planreport.model.Lang;
import planreport.model.Plan;
import planreport.render.Format;
import planreport.render.RenderFailure;
import planreport.render.OutputFiles;
import planreport.report.Kind;
import planreport.report.Window;

/** compile: the consolidated summary (sơ kết) or final review (tổng kết) as Markdown, PDF, Word (.docx) and JSON. */
final class CompileCommand implements Callable<Integer> {
    final CommandSpec spec;
    private final Common common;
    private final ReportInputs inputs;
    private final WindowOptions window;
    private final OptionSpec format;
    private final OptionSpec out;
    private final OptionSpec templates;
    /** The report's language and the messages': vi or en, checked as parsed (see {@link Cli#lang}). */
    private final OptionSpec lang;
    private final OptionSpec ignoreErrors;
    private final OptionSpec force;
    /** The staff's notes for the review's parts (Markdown, ## headings), and whether to leave out the internal follow-up appendix. */
    private final OptionSpec notes;
    private final OptionSpec noInternal;
    private final OptionSpec quiet;

    CompileCommand(Texts t) {
        spec = Cli.command(this, "compile", t, "compile.description", "compile.lang");
        common = new Common(spec, t);
        inputs = new ReportInputs(spec, t);
        window = WindowOptions.window(spec, t, true, "compile.kind");
        format = Cli.add(spec, Cli.option("--format", t.get("label.list"), t.get("compile.format")).defaultValue("md,pdf,docx"));
        out = Cli.add(spec, Cli.path("--out", t.get("label.dir"), t.get("compile.out"), t).defaultValue("."));
        templates = Cli.add(spec, Cli.path("--templates", t.get("label.dir"), t.get("compile.templates"), t));
        lang = spec.findOption("--lang");
        ignoreErrors = Cli.add(spec, Cli.flag("--ignore-errors", t.get("compile.ignore_errors")));
        force = Cli.add(spec, Common.oldForce("--ignore-errors", t));
        notes = Cli.add(spec, Cli.path("--notes", t.get("label.file"), t.get("compile.notes"), t));
        noInternal = Cli.add(spec, Cli.flag("--no-internal", t.get("compile.no_internal")));
        quiet = Cli.add(spec, Cli.flag("--quiet", t.get("option.quiet")));
    }

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        PrintWriter err = cl.getErr();
        PrintWriter stdout = cl.getOut();
        Texts t = Texts.of(cl);
        Path out = this.out.getValue(), templates = this.templates.getValue();
        LocalDate today = inputs.asOf(cl);
        Charset cs = inputs.charset(cl);
        Kind k = this.window.kind(cl);
        List<Format> formats = formats(cl, t);
        boolean ignoreErrors = Common.renamed(force, this.ignoreErrors, err, t);
        Lang language = t.lang(); // --lang, checked as parsed: the report's language and the messages'

        Diagnostics ds = new Diagnostics();
        int[] status = {0};
        Plan plan = common.loadOrSay(ds, status, err, language);
        if (plan == null) return status[0];
        Window window = this.window.select(k, plan, today, cl);
        List<Source> sources = inputs.sourcesOrSay(ds, err, language);
        if (sources == null) return ExitCode.USAGE.code();
        List<Path> targets = new ArrayList<>();
        for (Format f : formats) targets.add(out.resolve(Pipeline.fileName(window, language, f)));
        String clash = clash(targets, sources, t);
        if (clash != null) {
            err.println("plan-report: " + clash);
            return ExitCode.USAGE.code();
        }
        if (templates != null && !Files.isDirectory(templates)) {
            err.println("plan-report: " + t.get("compile.no_templates", "dir", templates));
            return ExitCode.USAGE.code();
        }

        planreport.model.Notes staffNotes = planreport.model.Notes.NONE;
        Path notesFile = this.notes.getValue();
        if (notesFile != null) {
            Diagnostics nd = new Diagnostics();
            staffNotes = planreport.render.NotesFile.read(notesFile, nd);
            if (staffNotes == null) {
                Output.diagnostics(nd, Output.Format.text, err, language);
                return ExitCode.ERRORS.code();
            }
        }
        Progress progress = Progress.create(false, err, t, sources);
        Pipeline.Compiled compiled;
        try {
            compiled = Pipeline.compile(plan, sources, cs, window, formats, language, templates, ignoreErrors, progress,
                    staffNotes, !(boolean) noInternal.getValue());
        } catch (RenderFailure e) {
            progress.done();
            Output.diagnostic(e.diagnostic(), err, language);
            return ExitCode.USAGE.code();
        }
        progress.done();
        Diagnostics found = compiled.diagnostics();
        if (found.errors() + found.warnings() > 0) Output.diagnostics(found, Output.Format.text, err, language, quiet.getValue());
        if (compiled.stopped()) {
            err.println("plan-report: " + t.get("compile.stopped"));
            return ExitCode.ERRORS.code();
        }
        try {
            for (Path p : OutputFiles.write(out, compiled.files())) stdout.println(t.wrote(p));
        } catch (IOException e) {
            err.println("plan-report: " + t.get("compile.cannot_write", "dir", out, "reason", Common.describe(e, t)));
            return ExitCode.USAGE.code();
        }
        stdout.flush();
        return ExitCode.OK.code();
    }

    private List<Format> formats(CommandLine cl, Texts t) {
        Set<Format> set = new LinkedHashSet<>();
        for (String f : format.<String>getValue().split(",")) {
            if (f.isBlank()) continue;
            Format r = Format.byName(f);
            if (r == null) throw new CommandLine.ParameterException(cl, t.get("compile.bad_format", "value", f.strip()));
            set.add(r);
        }
        if (set.isEmpty()) throw new CommandLine.ParameterException(cl, t.get("compile.no_format"));
        return List.copyOf(set);
    }

    /** A message when an output file would be one of the inputs (a report or the plan), else null. */
    private String clash(Iterable<Path> targets, List<Source> sources, Texts t) {
        List<Path> inputs = new ArrayList<>();
        inputs.add(common.plan());
        for (Source s : sources) if (s.path() != null) inputs.add(s.path());
        for (Path target : targets) {
            for (Path in : inputs) {
                if (Common.same(target, in)) return t.get("compile.clash", "output", target, "input", in);
            }
        }
        return null;
    }
}
