package planreport.cli;

import java.util.Locale;

/**
 * The exit statuses of every command: the only list of them. What each means, in Vietnamese and
 * English, is {@code exit.<name>} in {@code messages/cli.*.properties}; the help's "Mã thoát" list,
 * docs/diagnostics.md and README.md's table are made from (or checked against) this enum.
 */
public enum ExitCode {
    /** No errors found (warnings allowed unless --strict). */
    OK(0),
    /** Errors found in the inputs, or warnings under --strict. */
    ERRORS(1),
    /** The command line is wrong, or an input cannot be read at all. */
    USAGE(2),
    /** A bug in plan-report itself: one line on stderr (PLAN_REPORT_DEBUG=1 adds the stack trace). */
    INTERNAL(3),
    /** The Java heap ran out: one line on stderr saying how to give it more (PLAN_REPORT_XMX). */
    MEMORY(4);

    private final int code;

    ExitCode(int code) { this.code = code; }

    public int code() { return code; }

    /** The catalogue key of its meaning: {@code exit.ok}, {@code exit.errors} … */
    String key() { return "exit." + name().toLowerCase(Locale.ROOT); }
}
