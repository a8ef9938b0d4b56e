package planreport.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * How one report file names its columns: the header text per known column (in {@link ReportColumn}
 * order) and per plan indicator (in the plan's order), null where the file has no such column.
 */
public record ReportHeader(String file, int fileIndex, List<String> names, List<String> indicatorNames) {

    /** The reader's arrays, kept as read-only lists (nulls allowed: an absent column). */
    public static ReportHeader of(String file, int fileIndex, String[] names, String[] indicatorNames) {
        return new ReportHeader(file, fileIndex, Collections.unmodifiableList(Arrays.asList(names.clone())),
                Collections.unmodifiableList(Arrays.asList(indicatorNames.clone())));
    }

    /** The file's own header text for a column, or the English name when the file lacks it (for diagnostics). */
    public String name(ReportColumn c) {
        String n = names.get(c.ordinal());
        return n == null ? c.english() : n;
    }

    public String indicatorName(int i) { return indicatorNames.get(i); }
}
