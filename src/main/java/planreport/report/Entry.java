package planreport.report;

import java.time.LocalDate;
import planreport.model.Period;
import planreport.model.Status;

/** What one unit reported on one task for one period, as kept for the report (file positions dropped). */
public record Entry(String unitId, String taskId, Period period, Status status, Integer progress, LocalDate completedOn,
                   LocalDate submittedOn, String result, String difficulties, String proposals, Long[] indicators,
                   boolean clean) {}
