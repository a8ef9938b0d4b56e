package planreport.cli;

/** The documented exit statuses of every command. */
public enum ExitCode {
    /** No errors found (warnings allowed unless --strict). */
    OK(0, "no errors found (warnings may have been printed)"),
    /** Errors found in the inputs, or warnings under --strict. */
    ERRORS(1, "errors found in the inputs (or warnings, under --strict); compile wrote nothing unless --force"),
    /** The command line is wrong, or an input cannot be read at all. */
    USAGE(2, "a usage error, or an input that cannot be read at all (missing file, no permission, output not writable)"),
    /** A bug in plan-report itself: one line on stderr (PLAN_REPORT_DEBUG=1 adds the stack trace). */
    INTERNAL(3, "an internal error, a bug in plan-report: please report it with the command you ran");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) { this.code = code; this.meaning = meaning; }

    public int code() { return code; }

    public String meaning() { return meaning; }
}
