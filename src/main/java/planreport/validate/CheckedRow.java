package planreport.validate;

import java.time.LocalDate;
import planreport.model.Period;
import planreport.model.Status;

/**
 * A report row after checking: the unit, task and period resolved to the plan, values parsed.
 * {@code clean} is false when the row had an error (such rows only reach a compile run under --force).
 */
public record CheckedRow(String file, long line, String unitId, String taskId, Period period, Status status,
                         Integer progress, LocalDate completedOn, LocalDate submittedOn, String result,
                         String difficulties, String proposals, Long[] indicators, boolean clean) {}
