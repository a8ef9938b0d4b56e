package planreport.model;

/**
 * One data row of a report file as written, before any check: the cells by column (null when the
 * file has no such column), indicator cells in the plan's indicator order, and where it stands.
 */
public record ReportRow(ReportHeader header, long line, String[] cells, String[] indicators) {

    public String get(ReportColumn c) { return cells[c.ordinal()]; }

    public String file() { return header.file(); }

    /** The header text of a column in this file, for diagnostics. */
    public String column(ReportColumn c) { return header.name(c); }
}
