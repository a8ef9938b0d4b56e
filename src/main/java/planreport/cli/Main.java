package planreport.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The plan-report command: parses arguments and hands over to a subcommand. */
@Command(name = "plan-report", mixinStandardHelpOptions = true, addMethodSubcommands = false, versionProvider = Main.Version.class,
        description = "Checks the progress reports of a plan's units and compiles consolidated reports.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:no errors found", "1:errors found in the inputs (warnings too, under --strict)",
                "2:usage error, or an input that cannot be read at all", "3:internal error (a bug in plan-report)"})
public final class Main implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public void run() { throw new CommandLine.ParameterException(spec.commandLine(), "name a command: validate, compile, show, forms, templates or codes"); }

    /** The subcommands' names, in the order help lists them. */
    private static final java.util.List<String> COMMANDS = java.util.List.of("validate", "compile", "show", "forms", "templates", "codes");

    /**
     * A new subcommand object. Only the one named on the command line is built: picocli reads each
     * command's annotations when it is added (and the JVM loads each class named here only when
     * its branch runs), which costs start-up time a batch job pays on every run.
     */
    private static Object command(String name) {
        return switch (name) {
            case "validate" -> new ValidateCommand();
            case "compile" -> new CompileCommand();
            case "show" -> new ShowCommand();
            case "forms" -> new FormsCommand();
            case "templates" -> new TemplatesCommand();
            case "codes" -> new CodesCommand();
            default -> throw new IllegalArgumentException(name);
        };
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8), new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs without exiting, for tests: returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        String named = args.length > 0 ? args[0] : "";
        if (COMMANDS.contains(named)) {
            cl.addSubcommand(command(named));
        } else {
            for (String c : COMMANDS) cl.addSubcommand(command(c));
            cl.addSubcommand(new CommandLine.HelpCommand());
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExitCodeExceptionMapper(e -> ExitCode.USAGE.code());
        cl.setParameterExceptionHandler((e, a) -> {
            err.println("plan-report: " + e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCode.USAGE.code();
        });
        cl.setExecutionExceptionHandler((e, c, parseResult) -> {
            // a bug, not a data problem: say so in one line, never a stack trace
            err.println("plan-report: internal error: " + e + " (please report this with the command you ran)");
            if (System.getenv("PLAN_REPORT_DEBUG") != null) e.printStackTrace(err);
            return ExitCode.INTERNAL.code();
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The version, from the jar manifest when packaged. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"plan-report " + (v == null ? "0.1.0" : v)};
        }
    }
}
