package planreport.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import planreport.render.OutputFiles;
import planreport.render.Templates;

/** templates: hands out the default report templates for a user to edit and pass back with compile --templates. */
final class TemplatesCommand implements Runnable {
    final CommandSpec spec = Cli.command(this, "templates",
            "The report templates compile uses (FreeMarker): report.ftl (Markdown), report.ftlx (XHTML for the PDF), report.css.");

    TemplatesCommand() {
        spec.addSubcommand("export", new CommandLine(new Export().spec));
    }

    @Override public void run() { throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: export DIR"); }

    /** templates export DIR. */
    static final class Export implements Callable<Integer> {
        final CommandSpec spec = Cli.command(this, "export",
                "Writes the default templates into DIR (created if missing), to edit and pass to compile --templates DIR.",
                "Any template left out of DIR falls back to the default.");
        private final PositionalParamSpec dir = Cli.add(spec, PositionalParamSpec.builder().paramLabel("DIR").type(Path.class).required(true)
                .description("The folder to write the templates into."));
        private final OptionSpec force = Cli.add(spec, Cli.flag("--force", "Overwrite templates already in DIR."));

        @Override
        public Integer call() {
            var err = spec.commandLine().getErr();
            Path dir = this.dir.getValue();
            boolean force = this.force.getValue();
            Map<String, byte[]> files = new LinkedHashMap<>();
            try {
                for (String name : Templates.NAMES) {
                    if (!force && Files.exists(dir.resolve(name))) {
                        err.println("plan-report: " + dir.resolve(name) + " already exists; pass --force to overwrite it");
                        return ExitCode.USAGE.code();
                    }
                    files.put(name, Templates.packaged(name));
                }
                for (Path p : OutputFiles.write(dir, files)) spec.commandLine().getOut().println("wrote " + p);
                return ExitCode.OK.code();
            } catch (IOException e) {
                err.println("plan-report: cannot write the templates to " + dir + ": " + Common.describe(e));
                return ExitCode.USAGE.code();
            }
        }
    }
}
