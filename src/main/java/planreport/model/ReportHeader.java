package planreport.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

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

    /** The cell ("D7") of a column's header text on a line of the sheet, or null (not a workbook, or no such column or line). */
    public String cell(String column, Integer line) {
        String letters = column == null ? null : columnLetters.get(column);
        return letters == null || line == null ? null : letters + line;
    }

    /** The file's own header text for a column, or the English name when the file lacks it (for diagnostics). */
    public String name(ReportColumn c) {
        String n = names.get(c.ordinal());
        return n == null ? c.english() : n;
    }

    public String indicatorName(int i) { return indicatorNames.get(i); }
}
