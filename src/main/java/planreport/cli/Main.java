package planreport.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import planreport.model.Lang;

/**
 * The plan-report command: parses arguments and hands over to a subcommand. Everything it prints
 * is in the run's language: {@code --lang vi|en} wherever it stands on the command line, else the
 * environment variable PLAN_REPORT_LANG, else Vietnamese. The language is known before any
 * command is built, so the help, picocli's usage errors and the output all speak it.
 */
public final class Main implements Runnable {
    /** The subcommands' names, in the order help lists them. */
    static final List<String> COMMANDS = List.of("validate", "compile", "show", "forms", "remind", "register", "notes", "plan", "templates", "codes");

    /** Every command a user can name, help and completion with them (what "help <Tab>" offers). */
    static final List<String> ALL_COMMANDS = all();

    private static List<String> all() {
        List<String> all = new java.util.ArrayList<>(COMMANDS);
        all.add("help");
        all.add("completion");
        return List.copyOf(all);
    }

    private final CommandSpec spec;

    private Main(Texts t) {
        spec = Cli.command(this, "plan-report", t, "program.description");
        spec.versionProvider(new Version());
        Map<String, String> exitCodes = new LinkedHashMap<>();
        for (ExitCode e : ExitCode.values()) exitCodes.put(Integer.toString(e.code()), t.meaning(e));
        spec.usageMessage().exitCodeListHeading("%n" + t.get("help.exit_codes") + "%n").exitCodeList(exitCodes);
    }

    @Override public void run() {
        CommandLine cl = spec.commandLine();
        throw new CommandLine.ParameterException(cl, Texts.of(cl).get("main.no_command", "commands", String.join(", ", COMMANDS)));
    }

    /**
     * A new subcommand's model. Only the one named on the command line is built: building a
     * command's options costs start-up time a batch job pays on every run (and the JVM loads each
     * class named here only when its branch runs).
     */
    private static CommandSpec command(String name, Texts t) {
        return switch (name) {
            case "validate" -> new ValidateCommand(t).spec;
            case "compile" -> new CompileCommand(t).spec;
            case "show" -> new ShowCommand(t).spec;
            case "forms" -> new FormsCommand(t).spec;
            case "remind" -> new RemindCommand(t).spec;
            case "templates" -> TemplatesCommand.spec(t);
            case "codes" -> new CodesCommand(t).spec;
            case "notes" -> NotesCommand.spec(t);
            case "register" -> RegisterCommand.spec(t);
            case "plan" -> PlanCommand.spec(t);
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** plan-report with every subcommand, in the language of {@code t} (for the completion script). */
    static CommandLine all(Texts t) {
        CommandLine cl = new CommandLine(new Main(t).spec);
        for (String c : COMMANDS) cl.addSubcommand(command(c, t));
        cl.addSubcommand(new HelpCommand(t).spec);
        cl.addSubcommand(new CompletionCommand(t).spec);
        return cl;
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8), new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs without exiting, for tests: returns the exit status. The environment is the process's. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, System.getenv());
    }

    /**
     * Runs without exiting in the environment {@code env} (PLAN_REPORT_LANG, PLAN_REPORT_DEBUG):
     * returns the exit status.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
        Lang lang = language(args, Lang.parse(env.get(Lang.ENV)).orElse(Lang.VI));
        Texts t = Texts.of(lang);
        boolean debug = env.get("PLAN_REPORT_DEBUG") != null;
        // written before the run: when the heap is gone there may be no memory left to look it up
        String outOfMemory = "plan-report: " + t.get("main.out_of_memory");
        int at = commandAt(args);
        String named = at < 0 ? "" : args[at];
        CommandSpec sub = COMMANDS.contains(named) ? command(named, t) : null;
        // the reports validate reads are read ahead from here on, while the rest of the command line is built and parsed
        if (sub != null && sub.userObject() instanceof ValidateCommand v) v.readAhead(args, at + 1);
        CommandLine cl = new CommandLine(new Main(t).spec);
        if (sub != null) {
            cl.addSubcommand(sub);
        } else {
            // help, completion (which describes every command) and anything unknown: all of them
            for (String c : COMMANDS) cl.addSubcommand(command(c, t));
            cl.addSubcommand(new HelpCommand(t).spec);
            cl.addSubcommand(new CompletionCommand(t).spec);
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        Handlers handlers = new Handlers(t, err, debug);
        cl.setExitCodeExceptionMapper(handlers);
        cl.setParameterExceptionHandler(handlers);
        cl.setExecutionExceptionHandler(handlers);
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError e) {
            err.println(outOfMemory);
            if (debug) e.printStackTrace(err);
            code = ExitCode.MEMORY.code();
        } catch (StackOverflowError e) {
            // a bug (every input that nests is bounded where it is read): one line, as for any other
            err.println("plan-report: " + t.get("main.internal_error", "error", "StackOverflowError"));
            if (debug) e.printStackTrace(err);
            code = ExitCode.INTERNAL.code();
        }
        out.flush();
        err.flush();
        return code;
    }

    /**
     * The language of the run: the last valid {@code --lang X} or {@code --lang=X} before "--",
     * else {@code fallback}. An invalid value leaves {@code fallback}, in which picocli's parse
     * then reports it.
     */
    static Lang language(String[] args, Lang fallback) {
        Lang lang = fallback;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) break;
            String value = null;
            if (a.equals("--lang") && i + 1 < args.length) value = args[++i];
            else if (a.startsWith("--lang=")) value = a.substring("--lang=".length());
            if (value != null) lang = Lang.parse(value).orElse(lang);
        }
        return lang;
    }

    /** Where the first argument that is not --lang and its value stands (-1: none): the subcommand, when one is named. */
    private static int commandAt(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang")) { i++; continue; }
            if (args[i].startsWith("--lang=")) continue;
            return i;
        }
        return -1;
    }

    /**
     * What a run says when it ends otherwise than by its command: a usage error, a bug. A class, not
     * lambdas: picocli's handler interfaces are Java 5 bytecode, and a lambda of one is made at every
     * start (the class-data archive cannot hold it), with the bytecode writer it needs loaded for it.
     */
    private static final class Handlers implements CommandLine.IExitCodeExceptionMapper, CommandLine.IParameterExceptionHandler,
            CommandLine.IExecutionExceptionHandler {
        private final Texts t;
        private final PrintWriter err;
        private final boolean debug;

        Handlers(Texts t, PrintWriter err, boolean debug) {
            this.t = t;
            this.err = err;
            this.debug = debug;
        }

        @Override public int getExitCode(Throwable e) { return ExitCode.USAGE.code(); }

        @Override public int handleParseException(CommandLine.ParameterException e, String[] args) {
            List<String> lines = UsageErrors.lines(e, t);
            // an argument is echoed: its control characters shown, never sent to the terminal
            err.println("plan-report: " + planreport.model.ControlChars.visible(lines.get(0)));
            for (int i = 1; i < lines.size(); i++) err.println(planreport.model.ControlChars.visible(lines.get(i)));
            err.println(UsageErrors.seeHelp(e, t));
            return ExitCode.USAGE.code();
        }

        @Override public int handleExecutionException(Exception e, CommandLine c, CommandLine.ParseResult parseResult) {
            // a bug, not a data problem: say so in one line, never a stack trace
            err.println("plan-report: " + planreport.model.ControlChars.visible(t.get("main.internal_error", "error", e)));
            if (debug) e.printStackTrace(err);
            return ExitCode.INTERNAL.code();
        }
    }

    /** The version, from the jar manifest when packaged. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"plan-report " + (v == null ? "0.1.0" : v)};
        }
    }
}
