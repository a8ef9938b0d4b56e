package planreport.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Who owes which report in which period: the one home of the rule that validate's missing-report
 * check, compile's reporting compliance and classification, and the forms all apply.
 */
public final class Obligations {
    private Obligations() {}

    /** Whether work on a task is expected in a period: the period is in the plan term and does not end before the task starts. */
    public static boolean active(Plan plan, Task t, Period p) {
        return plan.reporting().inTerm(p) && !p.end().isBefore(t.timeframe().start());
    }

    /**
     * Whether a unit owes a report on a task for a period: it leads the task, the task is active
     * then, and — for a deadline task — the unit had not reported it done in an earlier period.
     * {@code firstDone} is the first period the unit reported the task done, or null.
     */
    public static boolean owes(Plan plan, Task t, String unitId, Period p, Period firstDone) {
        if (!plan.leadUnits(t.id()).contains(unitId) || !active(plan, t, p)) return false;
        return t.timeframe().ongoing() || firstDone == null || firstDone.compareTo(p) >= 0;
    }

    /**
     * The tasks on a unit's report form for a period: those it leads or coordinates that are
     * active then. A deadline task is left out after its deadline's period (most units have
     * reported it done by then; the form's instructions tell a unit that has not to add the row).
     */
    public static List<Task> onForm(Plan plan, String unitId, Period p) {
        List<Task> list = new ArrayList<>();
        for (Task t : plan.tasks()) {
            if (shownOnForms(plan, t, p) && plan.isResponsible(unitId, t.id())) list.add(t);
        }
        return list;
    }

    /** Whether a task appears on the forms of a period at all (active, and not past its deadline's period). */
    public static boolean shownOnForms(Plan plan, Task t, Period p) {
        return active(plan, t, p) && (t.timeframe().ongoing() || t.timeframe().duePeriod().compareTo(p) >= 0);
    }

    /**
     * Whether a body still exists on a day, so that a letter may be sent to it (plan-report remind
     * writes to no body that has ceased). Every body of the plan exists throughout its term until
     * bodies carry the days they start and cease.
     */
    public static boolean exists(Plan plan, String unitId, java.time.LocalDate day) {
        return plan.body(unitId).isPresent();
    }
}
