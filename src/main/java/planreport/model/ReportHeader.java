package planreport.model;

import java.util.List;

/** How one report file names its columns: header text per known column and per plan indicator (null when absent). */
public record ReportHeader(String file, int fileIndex, String[] names, String[] indicatorNames) {

    public String name(ReportColumn c) {
        String n = names[c.ordinal()];
        return n == null ? c.english() : n;
    }

    public String indicatorName(int i) { return indicatorNames[i]; }

    public boolean has(ReportColumn c) { return names[c.ordinal()] != null; }

    public static List<ReportColumn> columns() { return List.of(ReportColumn.values()); }
}
