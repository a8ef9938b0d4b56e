package planreport.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import planreport.Outcome;
import planreport.Pipeline;
import planreport.io.Source;
import planreport.report.Kind;
import planreport.report.Window;

/** notes: the staff's own text for a review, merged in by compile --notes FILE. */
final class NotesCommand {
    private NotesCommand() {}

    /** The command "notes", which groups "notes init". */
    static CommandSpec spec(Texts t) {
        return new GroupCommand(t, "notes", "notes.description", "init", new Init(t).spec).spec;
    }

    /**
     * notes init --out FILE: an empty notes file with the report's headings; with --kind (and the
     * window and reports compile takes) the data's draft points under each heading, as comments.
     */
    static final class Init implements Command {
        final CommandSpec spec;
        private final Common common;
        private final ReportInputs inputs;
        private final OptionSpec out;
        private final WindowOptions window;
        private final OptionSpec overwrite;
        private final OptionSpec force;

        Init(Texts t) {
            spec = Cli.command(this, "init", t, "notes.init.description", "compile.lang");
            common = new Common(spec, t);
            inputs = new ReportInputs(spec, t);
            out = Cli.add(spec, Cli.path("--out", t.get("label.file"), t.get("notes.init.out"), t).required(true));
            window = WindowOptions.window(spec, t, false, "notes.init.kind");
            overwrite = Cli.add(spec, Cli.flag("--overwrite", t.get("notes.init.overwrite")));
            force = Cli.add(spec, Common.oldForce("--overwrite", t));
        }

        @Override
        public ExitCode run() {
            CommandLine cl = spec.commandLine();
            Texts t = Texts.of(cl);
            var err = cl.getErr();
            Path file = this.out.getValue();
            boolean overwrite = Common.renamed(force, this.overwrite, err, t);
            if (!overwrite && Files.exists(file)) {
                err.println("plan-report: " + t.get("notes.init.exists", "file", file));
                return ExitCode.USAGE;
            }
            String name = file.getFileName().toString();
            Outcome notes;
            if (this.window.kindGiven()) {
                Kind k = this.window.kind(cl);
                LocalDate today = inputs.asOf(cl);
                Pipeline.PlanRead read = common.read();
                if (read.plan() == null) return Common.refused(read, Output.Format.text, err, t.lang());
                Window window = this.window.select(k, read.plan(), today, cl);
                List<Source> sources = inputs.sourcesOrSay(read.diagnostics(), err, t.lang());
                if (sources == null) return ExitCode.USAGE;
                notes = drafted(read, sources, window, name, cl);
                if (notes.stopped()) {
                    err.println("plan-report: " + t.get("notes.init.stopped"));
                    return ExitCode.ERRORS;
                }
            } else {
                notes = Pipeline.blankNotes(t.lang(), name);
            }
            ExitCode written = Common.write(file.toAbsolutePath().getParent(), notes.files(), false, "compile.cannot_write", cl);
            if (written != ExitCode.OK) return written;
            cl.getOut().println(t.wrote(file));
            cl.getOut().flush();
            return ExitCode.OK;
        }

        /** The notes file with the window's draft points, its diagnostics printed. */
        private Outcome drafted(Pipeline.PlanRead read, List<Source> sources, Window window, String name, CommandLine cl) {
            Texts t = Texts.of(cl);
            Progress progress = Progress.create(false, cl.getErr(), t);
            Outcome notes = inputs.received(Pipeline.over(read.plan()), read.diagnostics()).sources(sources).charset(inputs.charset(cl)).lang(t.lang()).progress(progress).build()
                    .notes(window, name);
            progress.done();
            if (!notes.diagnostics().sorted().isEmpty()) Output.diagnostics(notes.diagnostics(), Output.Format.text, cl.getErr(), t.lang());
            return notes;
        }
    }
}
