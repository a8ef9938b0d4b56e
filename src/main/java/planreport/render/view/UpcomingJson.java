package planreport.render.view;

import java.time.LocalDate;
import java.util.List;
import planreport.model.Period;

/**
 * What remind --upcoming writes as JSON for a batch job: the reports and deadline tasks coming due in
 * the days after {@code asOf} (until {@code until}), with the units (ids) that have not yet sent or
 * done them, and the letters written (empty unless asked, {@code --letters}); ids and ISO dates.
 */
public record UpcomingJson(LocalDate asOf, LocalDate until, List<ReportJson> reports, List<TaskJson> tasks, List<LetterJson> letters) {
    public UpcomingJson {
        reports = List.copyOf(reports);
        tasks = List.copyOf(tasks);
        letters = List.copyOf(letters);
    }

    /** A quarter's report due on {@code due}, in {@code daysLeft} days, and the units that owe it and have not sent it. */
    public record ReportJson(Period period, LocalDate due, long daysLeft, List<String> units) {
        public ReportJson { units = List.copyOf(units); }
    }

    /** A deadline task due on {@code due}, in {@code daysLeft} days, and its leads that have not reported it done. */
    public record TaskJson(String task, String title, LocalDate due, long daysLeft, List<String> units) {
        public TaskJson { units = List.copyOf(units); }
    }

    /** One unit's letter: to whom, its files, and the quarters and tasks it names. */
    public record LetterJson(String unit, String name, List<String> files, List<Period> periods, List<String> tasks) {
        public LetterJson {
            files = List.copyOf(files);
            periods = List.copyOf(periods);
            tasks = List.copyOf(tasks);
        }
    }
}
