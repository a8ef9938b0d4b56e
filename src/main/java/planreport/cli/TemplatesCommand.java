package planreport.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import planreport.Facade;

/** templates: hands out the default report templates for a user to edit and pass back with compile --templates. */
final class TemplatesCommand {
    private TemplatesCommand() {}

    /** The command "templates", which groups "templates export". */
    static CommandSpec spec(Texts t) {
        return new GroupCommand(t, "templates", "templates.description", "export", new Export(t).spec).spec;
    }

    /** templates export DIR. */
    static final class Export implements Command {
        final CommandSpec spec;
        private final PositionalParamSpec dir;
        private final OptionSpec overwrite;
        private final OptionSpec force;

        Export(Texts t) {
            spec = Cli.command(this, "export", t, "export.description");
            dir = Cli.add(spec, PositionalParamSpec.builder().paramLabel(t.get("label.dir")).type(Path.class).required(true)
                    .converters(new Cli.PathValue(t, t.get("usage.what.parameter", "name", t.get("label.dir"))))
                    .description(t.get("export.dir")));
            overwrite = Cli.add(spec, Cli.flag("--overwrite", t.get("export.overwrite")));
            force = Cli.add(spec, Common.oldForce("--overwrite", t));
        }

        @Override
        public ExitCode run() {
            CommandLine cl = spec.commandLine();
            Texts t = Texts.of(cl);
            var err = cl.getErr();
            Path dir = this.dir.getValue();
            boolean overwrite = Common.renamed(force, this.overwrite, err, t);
            for (String name : Facade.TEMPLATE_NAMES) {
                if (!overwrite && Files.exists(dir.resolve(name))) {
                    err.println("plan-report: " + t.get("export.exists", "file", dir.resolve(name)));
                    return ExitCode.USAGE;
                }
            }
            try {
                return Common.write(dir, Facade.templates(), true, "export.cannot_write", cl);
            } catch (IOException e) {
                err.println("plan-report: " + t.get("export.cannot_write", "dir", dir, "reason", Common.describe(e, t)));
                return ExitCode.USAGE;
            }
        }
    }
}
