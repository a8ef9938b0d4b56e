package planreport.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import planreport.Facade;
import planreport.check.Code;
import planreport.check.Diagnostics;
import planreport.model.Lang;

/** plan: the plan file itself; {@code plan import} makes a draft plan.yaml from the Kế hoạch's own document. */
final class PlanCommand {
    private PlanCommand() {}

    /** The command "plan", which groups "plan import". */
    static CommandSpec spec(Texts t) {
        return new GroupCommand(t, "plan", "plan.description", "import", new Import(t).spec).spec;
    }

    /** plan import DOCUMENT --out FILE. */
    static final class Import implements Command {
        final CommandSpec spec;
        private final PositionalParamSpec document;
        private final OptionSpec out;
        private final OptionSpec overwrite;
        private final OptionSpec format;

        Import(Texts t) {
            spec = Cli.command(this, "import", t, "import.description");
            document = Cli.add(spec, PositionalParamSpec.builder().paramLabel(t.get("label.document")).type(Path.class).required(true)
                    .converters(new Cli.PathValue(t, t.get("usage.what.parameter", "name", t.get("label.document"))))
                    .description(t.get("import.document")));
            out = Cli.add(spec, Cli.path("--out", t.get("label.file"), t.get("import.out"), t).required(true));
            overwrite = Cli.add(spec, Cli.flag("--overwrite", t.get("import.overwrite")));
            format = Cli.add(spec, Output.formatOption(t));
        }

        @Override
        public ExitCode run() {
            CommandLine cl = spec.commandLine();
            Texts t = Texts.of(cl);
            Lang lang = t.lang();
            PrintWriter err = cl.getErr();
            PrintWriter w = cl.getOut();
            Output.Format format = this.format.getValue();
            Path doc = document.getValue();
            Path target = out.getValue();
            if (Common.same(doc, target)) {
                err.println("plan-report: " + t.get("import.same_file", "file", target));
                return ExitCode.USAGE;
            }
            if (Files.exists(target) && !(boolean) overwrite.getValue()) {
                err.println("plan-report: " + t.get("import.exists", "file", target));
                return ExitCode.USAGE;
            }
            Facade.Imported imported = Facade.importPlan(doc, doc.toString(), target.toString());
            Diagnostics found = imported.diagnostics();
            if (imported.yaml() == null) {
                Output.diagnostics(found, format, w, lang);
                return found.has(Code.INPUT) ? ExitCode.USAGE : ExitCode.ERRORS;
            }
            Path dir = target.toAbsolutePath().getParent();
            ExitCode wrote = Common.write(dir, Map.of(target.getFileName().toString(), imported.yaml().getBytes(StandardCharsets.UTF_8)),
                    false, "import.cannot_write", cl);
            if (wrote != ExitCode.OK) return wrote;
            Output.diagnostics(found, format, w, lang);
            if (format == Output.Format.text) w.println(t.wrote(target));
            w.flush();
            return found.errors() > 0 ? ExitCode.ERRORS : ExitCode.OK;
        }
    }

}
