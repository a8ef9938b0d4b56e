package planreport.model;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * One data row of a report file as written, before any check: the cells by {@link ReportColumn}
 * (NFC, trimmed; null when the file has no such column), indicator cells in the plan's indicator
 * order, and where the row stands.
 */
public record ReportRow(ReportHeader header, long line, List<String> cells, List<String> indicators) {

    /**
     * A row from the reader's own arrays, which it hands over and never touches again: wrapped,
     * not copied (a million rows would otherwise copy every cell twice).
     */
    public static ReportRow of(ReportHeader header, long line, String[] cells, String[] indicators) {
        return new ReportRow(header, line, new Cells(cells, false), new Cells(indicators, false));
    }

    /**
     * As {@link #of}, for a reader that has looked at every character of every cell and found none
     * that {@link ControlChars} refuses: the way in need not look again ({@link #checked}).
     */
    public static ReportRow checked(ReportHeader header, long line, String[] cells, String[] indicators) {
        return new ReportRow(header, line, new Cells(cells, true), new Cells(indicators, true));
    }

    /** Whether its reader vouched that no cell holds a character {@link ControlChars} refuses ({@link #checked}). */
    public boolean checked() {
        return cells instanceof Cells c && c.checked && indicators instanceof Cells i && i.checked;
    }

    public String get(ReportColumn c) { return cells.get(c.ordinal()); }

    public String file() { return header.file(); }

    /** The header text of a column in this file, for diagnostics. */
    public String column(ReportColumn c) { return header.name(c); }

    /** A row's cells: the reader's array, read-only (one object a list, where a wrapped Arrays.asList took two). */
    private static final class Cells extends AbstractList<String> implements RandomAccess {
        private final String[] a;
        /** Its reader found no character {@link ControlChars} refuses. */
        private final boolean checked;

        Cells(String[] a, boolean checked) {
            this.a = a;
            this.checked = checked;
        }

        @Override public String get(int i) { return a[i]; }

        @Override public int size() { return a.length; }
    }
}
