package planreport.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
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
import planreport.check.Diagnostics;
import planreport.io.Source;
import planreport.model.Lang;
import planreport.model.Notes;
import planreport.render.Format;
import planreport.report.Kind;
import planreport.report.Window;

/** compile: the consolidated summary (sơ kết) or final review (tổng kết) as Markdown, PDF, Word (.docx) and JSON. */
final class CompileCommand implements Command {
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
    /** The number and the date the office issues the review with ("Số 12-BC/BDVTU", the date line). */
    private final OptionSpec number;
    private final OptionSpec date;

    CompileCommand(Texts t) {
        spec = Cli.command(this, "compile", t, "compile.description", "compile.lang");
        common = new Common(spec, t);
        inputs = new ReportInputs(spec, t);
        window = WindowOptions.window(spec, t, true, "compile.kind");
        format = Cli.add(spec, Cli.option("--format", t.get("label.list"), t.get("compile.format")).defaultValue("md,pdf,docx")
                .completionCandidates(Cli.extensions(java.util.List.of(Format.values()))));
        out = Cli.add(spec, Cli.path("--out", t.get("label.dir"), t.get("compile.out"), t).defaultValue("."));
        templates = Cli.add(spec, Cli.path("--templates", t.get("label.dir"), t.get("compile.templates"), t));
        lang = spec.findOption("--lang");
        ignoreErrors = Cli.add(spec, Cli.flag("--ignore-errors", t.get("compile.ignore_errors")));
        force = Cli.add(spec, Common.oldForce("--ignore-errors", t));
        notes = Cli.add(spec, Cli.path("--notes", t.get("label.file"), t.get("compile.notes"), t));
        noInternal = Cli.add(spec, Cli.flag("--no-internal", t.get("compile.no_internal")));
        quiet = Cli.add(spec, Cli.flag("--quiet", t.get("option.quiet")));
        number = Cli.add(spec, Cli.option("--number", t.get("label.number"), t.get("compile.number")));
        date = Cli.add(spec, Cli.option("--date", t.get("label.date"), t.get("compile.date")));
    }

    @Override
    public ExitCode run() {
        CommandLine cl = spec.commandLine();
        PrintWriter err = cl.getErr();
        Texts t = Texts.of(cl);
        Lang language = t.lang(); // --lang, checked as parsed: the report's language and the messages'
        Path out = this.out.getValue(), templates = this.templates.getValue();
        LocalDate today = inputs.asOf(cl);
        LocalDate issued = Common.date(date.getValue(), "--date", cl);
        Charset cs = inputs.charset(cl);
        Kind k = this.window.kind(cl);
        List<Format> formats = Common.formats(format.getValue(), null, "compile.bad_format", "compile.no_format", cl, t);
        boolean ignoreErrors = Common.renamed(force, this.ignoreErrors, err, t);

        // the reports' small CSV files read ahead on a second thread while the plan is read
        try (planreport.io.EarlyReports early = inputs.early(cl, true)) {
            Pipeline.PlanRead read = common.read();
            if (read.plan() == null) return Common.refused(read, Output.Format.text, err, language);
            Window window = this.window.select(k, read.plan(), today, cl);
            List<Source> sources = inputs.sourcesOrSay(read.diagnostics(), err, language, early);
            if (sources == null) return ExitCode.USAGE;
            String refused = refused(window, formats, out, templates, sources, t);
            if (refused != null) {
                err.println("plan-report: " + refused);
                return ExitCode.USAGE;
            }
            Notes staffNotes = Notes.NONE;
            if (notes.getValue() != null) {
                Diagnostics nd = new Diagnostics();
                staffNotes = Facade.readNotes(notes.getValue(), nd);
                if (staffNotes == null) {
                    Output.diagnostics(nd, Output.Format.text, err, language);
                    return ExitCode.ERRORS;
                }
            }
            Progress progress = Progress.create(false, err, t, sources);
            Outcome compiled = inputs.received(Pipeline.over(read.plan()), read.diagnostics()).sources(sources).charset(cs).early(early).lang(language).templates(templates)
                    .notes(staffNotes, !(boolean) noInternal.getValue()).ignoreErrors(ignoreErrors).progress(progress)
                    .files(common.plan(), notes.getValue())
                    .issue(new planreport.model.Issue(number.getValue(), issued)).build()
                    .compile(window, formats);
            progress.done();
            compiled.diagnostics().addAll(ReportInputs.unread(read.diagnostics()));
            return said(compiled, cl) ? Common.write(out, compiled.files(), true, "compile.cannot_write", n -> false, cl) : stopped(compiled, cl);
        }
    }

    /** Why the outputs cannot be written (one would overwrite an input; --templates is no folder), or null. */
    private String refused(Window window, List<Format> formats, Path out, Path templates, List<Source> sources, Texts t) {
        List<Path> targets = new ArrayList<>();
        for (Format f : formats) targets.add(out.resolve(Pipeline.fileName(window, t.lang(), f)));
        for (Format f : formats) targets.add(out.resolve(Pipeline.internalFileName(window, t.lang(), f)));
        String clash = clash(targets, sources, t);
        if (clash != null) return clash;
        if (templates != null && !Files.isDirectory(templates)) return t.get("compile.no_templates", "dir", templates);
        return null;
    }

    /** Prints what the run found; true when its files are to be written. */
    private boolean said(Outcome compiled, CommandLine cl) {
        if (compiled.failed()) return false;
        Diagnostics found = compiled.diagnostics();
        if (found.errors() + found.warnings() > 0) Output.diagnostics(found, Output.Format.text, cl.getErr(), Texts.of(cl).lang(), quiet.getValue());
        return !compiled.stopped();
    }

    /** How a run that wrote nothing ends: a template that does not render, or errors in the reports. */
    private ExitCode stopped(Outcome compiled, CommandLine cl) {
        if (compiled.failed()) return Common.failed(compiled, cl.getErr(), Texts.of(cl).lang());
        cl.getErr().println("plan-report: " + Texts.of(cl).get("compile.stopped"));
        return ExitCode.ERRORS;
    }

    /** A message when an output file would be one of the inputs (a report or the plan), else null. */
    private String clash(Iterable<Path> targets, List<Source> sources, Texts t) {
        List<Path> inputs = new ArrayList<>();
        inputs.add(common.plan());
        for (Source s : sources) if (s.path() != null) inputs.add(s.path());
        Common.Inputs read = new Common.Inputs(inputs);
        for (Path target : targets) {
            Path in = read.clashing(target);
            if (in != null) return t.get("compile.clash", "output", target, "input", in);
        }
        return null;
    }
}
