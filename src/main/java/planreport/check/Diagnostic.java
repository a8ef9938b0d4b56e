package planreport.check;

import java.util.Comparator;

/**
 * One problem found in an input. {@code line} is 1-based or null; {@code column} is a 1-based
 * number (YAML), a CSV header name, or null.
 */
public record Diagnostic(Severity severity, Code code, String file, Integer line, Object column, String message)
        implements Comparable<Diagnostic> {

    public static Diagnostic of(Code code, String file, Integer line, Object column, String message) {
        return new Diagnostic(code.severity(), code, file, line, column, message);
    }

    /** The one order of all diagnostics: file, line, column, code, message; file-level ones first. */
    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing(Diagnostic::file, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Diagnostic::line, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(d -> d.column() == null ? "" : d.column() instanceof Integer i ? String.format("%09d", i) : d.column().toString())
            .thenComparing(d -> d.code().id())
            .thenComparing(Diagnostic::message);

    @Override public int compareTo(Diagnostic o) { return ORDER.compare(this, o); }

    /** Compiler style: {@code file:line:col: error[code]: message}. */
    public String format() {
        StringBuilder b = new StringBuilder();
        if (file != null) b.append(file).append(':');
        if (line != null) b.append(line).append(':');
        if (column != null) b.append(column).append(':');
        if (b.length() > 0) b.append(' ');
        b.append(severity.id()).append('[').append(code.id()).append("]: ").append(message);
        return b.toString();
    }
}
