package planreport.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import planreport.Outcome;
import planreport.Pipeline;
import planreport.io.Source;

/** register: the office's receipt register (docs/register.md), which validate, compile and remind read with --register FILE. */
final class RegisterCommand {
    private RegisterCommand() {}

    /** The command "register", which groups "register init". */
    static CommandSpec spec(Texts t) {
        return new GroupCommand(t, "register", "register.description", "init", new Init(t).spec).spec;
    }

    /**
     * register init --out FILE REPORT...: a register started from the reports the office has, one line
     * "Đã nhận" per unit and quarter, dated the day its rows say it was sent, for the office to keep.
     */
    static final class Init implements Command {
        final CommandSpec spec;
        private final Common common;
        private final ReportInputs inputs;
        private final OptionSpec out;
        private final OptionSpec overwrite;

        Init(Texts t) {
            spec = Cli.command(this, "init", t, "register.init.description", "compile.lang");
            common = new Common(spec, t);
            inputs = new ReportInputs(spec, t, false);
            out = Cli.add(spec, Cli.path("--out", t.get("label.file"), t.get("register.init.out"), t).required(true));
            overwrite = Cli.add(spec, Cli.flag("--overwrite", t.get("register.init.overwrite")));
        }

        @Override
        public ExitCode run() {
            CommandLine cl = spec.commandLine();
            Texts t = Texts.of(cl);
            var err = cl.getErr();
            Path file = this.out.getValue();
            String name = file.getFileName().toString();
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            if (!lower.endsWith(".csv") && !lower.endsWith(".xlsx")) throw new CommandLine.ParameterException(cl, t.get("register.init.format", "file", file));
            if (!(boolean) overwrite.getValue() && Files.exists(file)) {
                err.println("plan-report: " + t.get("register.init.exists", "file", file));
                return ExitCode.USAGE;
            }
            Pipeline.PlanRead read = common.read();
            if (read.plan() == null) return Common.refused(read, Output.Format.text, err, t.lang());
            List<Source> sources = inputs.sourcesOrSay(read.diagnostics(), err, t.lang());
            if (sources == null) return ExitCode.USAGE;
            for (Source s : sources) {
                if (s.path() != null && Common.same(file, s.path())) {
                    err.println("plan-report: " + t.get("register.init.clash", "file", file));
                    return ExitCode.USAGE;
                }
            }
            Outcome started = Pipeline.over(read.plan()).sources(sources).charset(inputs.charset(cl)).asOf(inputs.asOf(cl)).lang(t.lang()).build()
                    .registerInit(name);
            started.diagnostics().addAll(ReportInputs.unread(read.diagnostics()));
            if (!started.diagnostics().sorted().isEmpty()) Output.diagnostics(started.diagnostics(), Output.Format.text, err, t.lang());
            if (started.failed()) return Common.failed(started, err, t.lang());
            ExitCode written = Common.write(file.toAbsolutePath().getParent(), started.files(), false, "compile.cannot_write", cl);
            if (written != ExitCode.OK) return written;
            cl.getOut().println(t.wrote(file));
            cl.getOut().println(t.get("register.init.summary", "count", started.count()));
            cl.getOut().flush();
            return ExitCode.OK;
        }
    }
}
