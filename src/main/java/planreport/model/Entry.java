package planreport.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What one unit reported on one task for one period, after checking: the unit, task and period
 * resolved to the plan, the values parsed. The one row shape from the checks to the report.
 * {@code indicators} are in the plan's indicator order, null where the unit gave none;
 * {@code clean} is false when the row had an error (such rows reach a report only under --force).
 */
public record Entry(String file, long line, String unitId, String taskId, Period period, Status status, Integer progress,
                    LocalDate completedOn, LocalDate submittedOn, String result, String difficulties, String proposals,
                    List<Long> indicators, boolean clean) {

    /** {@code indicators} is handed over by the check that made it (null elements allowed), and kept read-only, not copied: a row each. */
    public Entry {
        indicators = indicators == null ? List.of() : java.util.Collections.unmodifiableList(indicators);
    }

    /** The indicator at a plan index, or null. */
    public Long indicator(int i) { return i < indicators.size() ? indicators.get(i) : null; }
}
