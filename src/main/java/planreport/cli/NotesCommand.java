package planreport.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import planreport.Pipeline;
import planreport.check.Diagnostics;
import planreport.io.Source;
import planreport.model.Lang;
import planreport.model.Plan;
import planreport.render.NotesFile;
import planreport.render.OutputFiles;
import planreport.report.Kind;
import planreport.report.Report;
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
    static final class Init implements Callable<Integer> {
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
        public Integer call() {
            CommandLine cl = spec.commandLine();
            Texts t = Texts.of(cl);
            var err = cl.getErr();
            Lang language = t.lang();
            Path file = this.out.getValue();
            boolean overwrite = Common.renamed(force, this.overwrite, err, t);
            if (!overwrite && Files.exists(file)) {
                err.println("plan-report: " + t.get("notes.init.exists", "file", file));
                return ExitCode.USAGE.code();
            }
            Report report = null;
            if (this.window.kindGiven()) {
                Kind k = this.window.kind(cl);
                LocalDate today = inputs.asOf(cl);
                Diagnostics ds = new Diagnostics();
                int[] status = {0};
                Plan plan = common.loadOrSay(ds, status, err, language);
                if (plan == null) return status[0];
                Window window = this.window.select(k, plan, today, cl);
                List<Source> sources = inputs.sourcesOrSay(ds, err, language);
                if (sources == null) return ExitCode.USAGE.code();
                Progress progress = Progress.create(false, err, t);
                Pipeline.Aggregated a = Pipeline.report(plan, sources, inputs.charset(cl), window, false, progress);
                progress.done();
                if (!a.diagnostics().sorted().isEmpty()) Output.diagnostics(a.diagnostics(), Output.Format.text, err, language);
                if (a.report() == null) {
                    err.println("plan-report: " + t.get("notes.init.stopped"));
                    return ExitCode.ERRORS.code();
                }
                report = a.report();
            }
            String text = NotesFile.template(report, language);
            Path dir = file.toAbsolutePath().getParent();
            try {
                OutputFiles.write(dir, Map.of(file.getFileName().toString(), text.getBytes(StandardCharsets.UTF_8)));
                cl.getOut().println(t.wrote(file));
            } catch (IOException e) {
                err.println("plan-report: " + t.get("compile.cannot_write", "dir", dir, "reason", Common.describe(e, t)));
                return ExitCode.USAGE.code();
            }
            cl.getOut().flush();
            return ExitCode.OK.code();
        }
    }
}
