package planreport.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

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
        return new ReportRow(header, line, Collections.unmodifiableList(Arrays.asList(cells)),
                Collections.unmodifiableList(Arrays.asList(indicators)));
    }

    public String get(ReportColumn c) { return cells.get(c.ordinal()); }

    public String file() { return header.file(); }

    /** The header text of a column in this file, for diagnostics. */
    public String column(ReportColumn c) { return header.name(c); }
}
