package planreport.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What one unit reported on one task for one period, after checking: the unit, task and period
 * resolved to the plan, the values parsed. The one row shape from the checks to the report.
 * {@code indicators} are in the plan's indicator order, null where the unit gave none;
 * {@code clean} is false when the row had an error (such rows reach a report only under --force);
 * {@code header} is its file's, to name a figure's cell (null for an entry made by hand).
 */
public record Entry(String file, long line, String unitId, String taskId, Period period, Status status, Integer progress,
                    LocalDate completedOn, LocalDate submittedOn, String result, String difficulties, String proposals,
                    List<Long> indicators, boolean clean, ReportHeader header) {

    /** {@code indicators} is handed over by the check that made it (null elements allowed), and kept read-only, not copied: a row each. */
    public Entry {
        indicators = indicators == null ? List.of() : java.util.Collections.unmodifiableList(indicators);
    }

    /** An entry without its file's header (made by hand, not read): its cells are named by line only. */
    public Entry(String file, long line, String unitId, String taskId, Period period, Status status, Integer progress,
                 LocalDate completedOn, LocalDate submittedOn, String result, String difficulties, String proposals,
                 List<Long> indicators, boolean clean) {
        this(file, line, unitId, taskId, period, status, progress, completedOn, submittedOn, result, difficulties, proposals,
                indicators, clean, null);
    }

    /** Where the indicator at a plan index was read: "Sheet!F7" in a workbook, null in a CSV file (its line says it). */
    public String cell(int i) {
        if (header == null || header.sheet() == null || i >= header.indicatorNames().size()) return null;
        String c = header.cell(header.indicatorName(i), (int) line);
        return c == null ? null : header.sheet() + "!" + c;
    }

    /** The indicator at a plan index, or null. */
    public Long indicator(int i) { return i < indicators.size() ? indicators.get(i) : null; }
}
