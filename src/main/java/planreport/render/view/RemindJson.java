package planreport.render.view;

import java.time.LocalDate;
import java.util.List;
import planreport.model.Period;

/** What remind writes as JSON for a batch job: the letters' and the units' facts, ids and ISO dates, task titles as the plan writes them. */
public record RemindJson(Period period, LocalDate asOf, LocalDate sendBy, LocalDate due, List<LetterJson> letters, List<UnitJson> units) {
    public RemindJson {
        letters = List.copyOf(letters);
        units = List.copyOf(units);
    }

    /** One letter: to whom, its files, how to reach the unit, and what it chases. */
    public record LetterJson(String unit, String name, List<String> files, ContactJson contact, int consecutivePeriodsMissed,
                             List<MissingJson> missing, List<LateJson> late, List<OverdueJson> overdue) {
        public LetterJson {
            files = List.copyOf(files);
            missing = List.copyOf(missing);
            late = List.copyOf(late);
            overdue = List.copyOf(overdue);
        }
    }

    /** A unit's e-mail and phone from plan.yaml (either may be missing). */
    public record ContactJson(String email, String phone) {}

    /** A quarter's reports a unit has not sent, on which tasks. */
    public record MissingJson(Period period, LocalDate due, long daysLate, List<TaskJson> tasks) {
        public MissingJson { tasks = List.copyOf(tasks); }
    }

    /** A quarter's report a unit sent late, on which tasks. */
    public record LateJson(Period period, LocalDate due, LocalDate submitted, long daysLate, List<TaskJson> tasks) {
        public LateJson { tasks = List.copyOf(tasks); }
    }

    /** A task past its deadline that the unit leads and has not reported done. */
    public record OverdueJson(String task, String title, LocalDate deadline, Period period, planreport.model.Status status, long daysOverdue) {}

    /** A task by id and title. */
    public record TaskJson(String task, String title) {}

    /** Where one unit that owes the quarter's report stands. */
    public record UnitJson(String unit, String name, int owed, int sent, LocalDate submitted, long daysLate, List<String> missingTasks,
                           int earlierPeriodsMissing, int consecutivePeriodsMissed) {
        public UnitJson { missingTasks = List.copyOf(missingTasks); }
    }
}
