package planreport.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The plan-report command: parses arguments and hands over to a subcommand. */
public final class Main implements Runnable {
    private final CommandSpec spec = Cli.command(this, "plan-report",
            "Checks the progress reports of a plan's units and compiles consolidated reports.");

    private Main() {
        spec.versionProvider(new Version());
        Map<String, String> exitCodes = new LinkedHashMap<>();
        exitCodes.put("0", "no errors found");
        exitCodes.put("1", "errors found in the inputs (warnings too, under --strict)");
        exitCodes.put("2", "usage error, or an input that cannot be read at all");
        exitCodes.put("3", "internal error (a bug in plan-report)");
        spec.usageMessage().exitCodeListHeading("%nExit status:%n").exitCodeList(exitCodes);
    }

    @Override public void run() { throw new CommandLine.ParameterException(spec.commandLine(), "name a command: validate, compile, show, forms, templates or codes"); }

    /** The subcommands' names, in the order help lists them. */
    private static final java.util.List<String> COMMANDS = java.util.List.of("validate", "compile", "show", "forms", "templates", "codes");

    /**
     * A new subcommand's model. Only the one named on the command line is built: building a
     * command's options costs start-up time a batch job pays on every run (and the JVM loads each
     * class named here only when its branch runs).
     */
    private static CommandSpec command(String name) {
        return switch (name) {
            case "validate" -> new ValidateCommand().spec;
            case "compile" -> new CompileCommand().spec;
            case "show" -> new ShowCommand().spec;
            case "forms" -> new FormsCommand().spec;
            case "templates" -> new TemplatesCommand().spec;
            case "codes" -> new CodesCommand().spec;
            default -> throw new IllegalArgumentException(name);
        };
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8), new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs without exiting, for tests: returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main().spec);
        String named = args.length > 0 ? args[0] : "";
        if (COMMANDS.contains(named)) {
            cl.addSubcommand(command(named));
        } else {
            for (String c : COMMANDS) cl.addSubcommand(command(c));
            cl.addSubcommand(new HelpCommand().spec);
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
