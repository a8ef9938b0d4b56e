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
    public static final Comparator<Diagnostic> ORDER = Comparator.naturalOrder();

    /** Written out rather than chained from key extractors: every run sorts, and the chain's set-up costs start-up time. */
    private static int order(Diagnostic a, Diagnostic b) {
        int c = nullsFirst(a.file, b.file);
        if (c == 0) c = nullsFirst(a.line, b.line);
        if (c == 0) c = columnKey(a.column).compareTo(columnKey(b.column));
        if (c == 0) c = a.code.id().compareTo(b.code.id());
        if (c == 0) c = a.message.compareTo(b.message);
        return c;
    }

    private static <T extends Comparable<T>> int nullsFirst(T a, T b) {
        if (a == null) return b == null ? 0 : -1;
        return b == null ? 1 : a.compareTo(b);
    }

    /** Columns are numbers (YAML) or header names (CSV); numbers sort as numbers. */
    private static String columnKey(Object column) {
        if (column == null) return "";
        if (!(column instanceof Integer i)) return column.toString();
        String digits = Integer.toString(Math.max(0, i));
        return "000000000".substring(Math.min(9, digits.length())) + digits;
    }

    @Override public int compareTo(Diagnostic o) { return order(this, o); }

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
