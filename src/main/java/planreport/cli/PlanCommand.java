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
        return new GroupCommand(t, "plan", "plan.description", "import", new Import(t).spec).add("export", new Export(t).spec).spec;
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
            String name = doc.getFileName() == null ? "" : doc.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            Facade.Imported imported = name.endsWith(".xlsx") ? Facade.importPlanWorkbook(doc, doc.toString(), target.toString())
                    : Facade.importPlan(doc, doc.toString(), target.toString());
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


    /** plan export --format xlsx --out FILE: the plan as the workbook an office edits ({@code plan import FILE.xlsx} reads it back). */
    static final class Export implements Command {
        final CommandSpec spec;
        private final Common common;
        private final OptionSpec out;
        private final OptionSpec overwrite;
        private final OptionSpec format;

        Export(Texts t) {
            spec = Cli.command(this, "export", t, "plan_export.description");
            common = new Common(spec, t);
            out = Cli.add(spec, Cli.path("--out", t.get("label.file"), t.get("plan_export.out"), t).required(true));
            format = Cli.add(spec, Cli.option("--format", t.get("label.format"), t.get("plan_export.format")).defaultValue("xlsx")
                    .completionCandidates(java.util.List.of("xlsx")));
            overwrite = Cli.add(spec, Cli.flag("--overwrite", t.get("import.overwrite")));
        }

        @Override
        public ExitCode run() {
            CommandLine cl = spec.commandLine();
            Texts t = Texts.of(cl);
            PrintWriter err = cl.getErr();
            String fmt = String.valueOf((Object) format.getValue()).strip().toLowerCase(java.util.Locale.ROOT);
            if (!fmt.equals("xlsx")) throw new CommandLine.ParameterException(cl, t.get("plan_export.bad_format", "value", fmt));
            Path target = out.getValue();
            if (Common.same(common.plan(), target)) {
                err.println("plan-report: " + t.get("plan_export.same_file", "file", target));
                return ExitCode.USAGE;
            }
            if (Files.exists(target) && !(boolean) overwrite.getValue()) {
                err.println("plan-report: " + t.get("import.exists", "file", target));
                return ExitCode.USAGE;
            }
            Diagnostics found = new Diagnostics();
            byte[] workbook = Facade.planWorkbook(common.plan(), found);
            if (workbook == null) {
                Output.diagnostics(found, Output.Format.text, err, t.lang());
                return found.has(Code.INPUT) ? ExitCode.USAGE : ExitCode.ERRORS;
            }
            Path dir = target.toAbsolutePath().getParent();
            ExitCode wrote = Common.write(dir, Map.of(target.getFileName().toString(), workbook), false, "import.cannot_write", cl);
            if (wrote != ExitCode.OK) return wrote;
            cl.getOut().println(t.wrote(target));
            cl.getOut().flush();
            return ExitCode.OK;
        }
    }
}
