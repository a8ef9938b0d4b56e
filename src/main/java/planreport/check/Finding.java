package planreport.check;

import java.time.LocalDate;
import java.util.List;
import planreport.model.Period;
import planreport.model.Status;

/**
 * What the check finds that a later step acts on — remind writes its letters from these — as typed
 * facts (a unit, its tasks as a list, a period, dates as dates), so no step reads them back from a
 * message. Each finding words itself as its {@link Diagnostic} ({@link #diagnostic()}), which carries
 * it to the listeners of {@link Diagnostics}; the diagnostic's position is added where it is found.
 */
public sealed interface Finding {
    /** The unit the finding is about (null when its cell did not read). */
    String unit();

    /** The quarter the finding is about. */
    Period period();

    /** This finding as a diagnostic, without its position. */
    Diagnostic diagnostic();

    /**
     * A unit sent no report for {@code period}, due on {@code due}, on {@code tasks} (in the plan's order); {@code name} is the unit's name.
     * {@code held}: the report came but does not count (returned for correction, or its file could not be read); null when nothing came.
     */
    record MissingReport(String unit, String name, Period period, List<String> tasks, LocalDate due, planreport.model.Held held) implements Finding {
        public MissingReport { tasks = List.copyOf(tasks); }

        /** Nothing came. */
        public MissingReport(String unit, String name, Period period, List<String> tasks, LocalDate due) { this(unit, name, period, tasks, due, null); }

        @Override public Diagnostic diagnostic() {
            String variant = held != null ? held.reason().id() : tasks.size() == 1 ? null : "many";
            Diagnostic d = Diagnostic.of(Code.MISSING_REPORT, variant).unit(unit).period(period).task(String.join(", ", tasks))
                    .with("name", name).with("due", due);
            if (held != null && held.reason() == planreport.model.Held.Reason.RETURNED) d = d.with("returned", held.date());
            if (held != null && held.reason() == planreport.model.Held.Reason.UNREADABLE) d = d.with("file", held.detail());
            return d.wording(this);
        }
    }

    /** A unit's report on {@code task} (null: its cell did not read) for {@code period} was sent on {@code submitted}, after it was due on {@code due}. */
    record LateReport(String unit, String task, Period period, LocalDate submitted, LocalDate due) implements Finding {
        @Override public Diagnostic diagnostic() {
            return Diagnostic.of(Code.LATE_REPORT).unit(unit).task(task).period(period).with("submitted", submitted).with("due", due).wording(this);
        }
    }

    /** A unit reported {@code task}, due on {@code due}, as {@code status} (not done) in {@code period}, whose last day is past that deadline. */
    record Overdue(String unit, String task, Period period, LocalDate due, Status status) implements Finding {
        @Override public Diagnostic diagnostic() {
            return Diagnostic.of(Code.OVERDUE).unit(unit).task(task).period(period).with("due", due).with("status", status.id()).wording(this);
        }
    }
}
