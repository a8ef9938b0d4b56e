package planreport.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Who owes which report in which period: the one home of the rule that validate's missing-report
 * check, compile's reporting compliance and classification, the forms and the reminders all apply.
 *
 * <p>Bodies change during a plan (docs/plan-format.md, "Bodies that change"): which body owes a
 * period is judged on one day of it, the day its data closes ({@link #judgedOn}). A body that exists
 * that day owes the period; one that does not (ceased before, or not yet in being) does not, and the
 * successors of a ceased body stand in its place. So in the quarter of a handover the report is owed
 * exactly once, by whoever exists on that day.
 */
public final class Obligations {
    private Obligations() {}

    /** The day on which who owes a period is judged: the last day of its data (the period's last day, or the plan's cut-off). */
    public static LocalDate judgedOn(Reporting reporting, Period p) { return reporting.cutoffDate(p); }

    /** The judging day of a period of this plan. */
    public static LocalDate judgedOn(Plan plan, Period p) { return judgedOn(plan.reporting(), p); }

    /** Whether a body exists on the judging day of a period. */
    public static boolean exists(Plan plan, String bodyId, Period p) { return plan.exists(bodyId, judgedOn(plan, p)); }

    /** Whether work on a task is expected in a period: the period is in the plan term and does not end before the task starts. */
    public static boolean active(Plan plan, Task t, Period p) {
        return plan.reporting().inTerm(p) && !p.end().isBefore(t.timeframe().start());
    }

    /**
     * Whether a unit owes a report on a task for a period: it leads the task on the period's judging
     * day, the task is active then, and — for a deadline task — the unit had not reported it done in
     * an earlier period. {@code firstDone} is the first period the unit reported the task done, or null.
     */
    public static boolean owes(Plan plan, Task t, String unitId, Period p, Period firstDone) {
        if (!plan.leadUnits(t.id(), p).contains(unitId) || !active(plan, t, p)) return false;
        return t.timeframe().ongoing() || firstDone == null || firstDone.compareTo(p) >= 0;
    }

    /**
     * Whether a period's reports are due as of a day: the day is after the period's due date
     * ({@code reporting.due_days} after the quarter, or its cut-off). Before that, a period owes
     * nothing yet — validate's missing-report and compile's reporting compliance both ask here.
     */
    public static boolean reportsDue(Plan plan, Period p, java.time.LocalDate asOf) {
        return asOf.isAfter(plan.reporting().dueDate(p));
    }

    /**
     * The first period a unit reported a deadline task done, counting what its predecessors did: a
     * successor that takes over a task its predecessors had all finished owes nothing more on it (the
     * latest of their periods); {@code doneOf} gives what a unit itself reported (null: never done).
     */
    public static Period firstDone(Plan plan, Task t, String unitId, java.util.function.Function<String, Period> doneOf) {
        return firstDone(plan, t, unitId, doneOf, new java.util.HashSet<>());
    }

    private static Period firstDone(Plan plan, Task t, String unitId, java.util.function.Function<String, Period> doneOf,
                                    java.util.Set<String> seen) {
        Period own = doneOf.apply(unitId);
        if (own != null || t.timeframe().ongoing() || !seen.add(unitId)) return own;
        Period latest = null;
        boolean any = false;
        for (String before : plan.predecessors(unitId)) {
            if (!plan.leadUnits(t.id()).contains(before)) continue;
            Period d = firstDone(plan, t, before, doneOf, seen);
            if (d == null) return null;
            any = true;
            if (latest == null || d.compareTo(latest) > 0) latest = d;
        }
        return any ? latest : null;
    }

    /**
     * The tasks on a unit's report form for a period: those it leads or coordinates on the period's
     * judging day that are active then. A deadline task is left out after its deadline's period (most
     * units have reported it done by then; the form's instructions tell a unit that has not to add the row).
     */
    public static List<Task> onForm(Plan plan, String unitId, Period p) {
        List<Task> list = new ArrayList<>();
        for (Task t : plan.tasks()) {
            if (shownOnForms(plan, t, p) && plan.isResponsible(unitId, t.id(), p)) list.add(t);
        }
        return list;
    }

    /** Whether a task appears on the forms of a period at all (active, and not past its deadline's period). */
    public static boolean shownOnForms(Plan plan, Task t, Period p) {
        return active(plan, t, p) && (t.timeframe().ongoing() || t.timeframe().duePeriod().compareTo(p) >= 0);
    }

    /**
     * Whether a body still exists on a day, so that a letter may be sent to it (plan-report remind
     * writes to no body that has ceased, nor to one not yet created): the body's {@code from} and
     * {@code until} in plan.yaml.
     */
    public static boolean exists(Plan plan, String unitId, java.time.LocalDate day) {
        return plan.exists(unitId, day);
    }
}
