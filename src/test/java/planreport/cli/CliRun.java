package planreport.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * One run of the command line, in-process, for every test that drives a command: the exit status
 * and what went to standard output and standard error. The working directory is the one the tests
 * run in (the repository root).
 *
 * @param code the exit status as a number, as the shell sees it
 * @param out  standard output
 * @param err  standard error
 */
public record CliRun(int code, String out, String err) {

    /** Runs {@code plan-report ARGS} with no standard input. */
    public static CliRun of(String... args) {
        return withStdin(null, args);
    }

    /** Runs {@code plan-report ARGS} with {@code stdin} (UTF-8) as standard input; null leaves System.in as it is. */
    public static CliRun withStdin(String stdin, String... args) {
        return run(java.util.Map.of(), stdin, args);
    }

    /** Runs {@code plan-report ARGS} in an environment of exactly {@code env} (PLAN_REPORT_LANG, …). */
    public static CliRun withEnv(java.util.Map<String, String> env, String... args) {
        return run(env, null, args);
    }

    /** Every run sees only the environment it is given, so no test depends on the machine's. */
    private static synchronized CliRun run(java.util.Map<String, String> env, String stdin, String... args) {
        InputStream saved = System.in;
        StringWriter out = new StringWriter(), err = new StringWriter();
        try {
            if (stdin != null) System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), env);
            return new CliRun(code, out.toString(), err.toString());
        } finally {
            System.setIn(saved);
        }
    }

    /** The exit status as the documented {@link ExitCode}; a status outside it fails the test that asks. */
    public ExitCode exit() {
        return exitCode(code);
    }

    /** The documented {@link ExitCode} of a numeric status (a child process's, say); anything else fails. */
    public static ExitCode exitCode(int code) {
        for (ExitCode c : ExitCode.values()) if (c.code() == code) return c;
        throw new AssertionError("exit status " + code + " is not a documented ExitCode");
    }

    /** Both streams, for assertion messages. */
    public String output() {
        return out + (err.isEmpty() ? "" : "\n(stderr)\n" + err);
    }
}
