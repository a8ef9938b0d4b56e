package planreport.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import planreport.check.Diagnostic;

/**
 * How one report file names its columns: the header text per known column (in {@link ReportColumn}
 * order) and per plan indicator (in the plan's order), null where the file has no such column. For a
 * workbook also the sheet read and each header's column letters, so a problem names its cell.
 */
public record ReportHeader(String file, int fileIndex, List<String> names, List<String> indicatorNames, String sheet,
                           Map<String, String> columnLetters) {

    /** The reader's arrays, kept as read-only lists (nulls allowed: an absent column). */
    public static ReportHeader of(String file, int fileIndex, String[] names, String[] indicatorNames) {
        return new ReportHeader(file, fileIndex, Collections.unmodifiableList(Arrays.asList(names.clone())),
                Collections.unmodifiableList(Arrays.asList(indicatorNames.clone())), null, Map.of());
    }

    /** This header as read from {@code sheet} of a workbook, its columns at {@code letters} (header text → "D"). */
    public ReportHeader inSheet(String sheet, Map<String, String> letters) {
        return new ReportHeader(file, fileIndex, names, indicatorNames, sheet, Map.copyOf(letters));
    }

    /** A diagnostic of a row of this file, with its sheet and cell when the file is a workbook. */
    public Diagnostic place(Diagnostic d) {
        if (sheet == null) return d;
        String letters = d.column() == null ? null : columnLetters.get(d.column().toString());
        return d.sheet(sheet, letters == null || d.line() == null ? null : letters + d.line());
    }

    /** The file's own header text for a column, or the English name when the file lacks it (for diagnostics). */
    public String name(ReportColumn c) {
        String n = names.get(c.ordinal());
        return n == null ? c.english() : n;
    }

    public String indicatorName(int i) { return indicatorNames.get(i); }
}
