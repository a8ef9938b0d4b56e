package planreport.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import planreport.model.Classification;
import planreport.model.Entry;
import planreport.model.Obligations;
import planreport.model.Period;
import planreport.model.Plan;
import planreport.model.Status;
import planreport.model.Task;

/**
 * The classification rules (docs/compile.md), applied to what a {@link Collector} kept. A deadline
 * task is done once every lead unit has reported it done; its completion date is the latest of
 * theirs, and once done it stays done. An ongoing task is "ongoing" when a lead reported work.
 */
public final class Classify {
    private Classify() {}

    /** The periods of {@code periods} in which the task is expected to be worked on. */
    public static List<Period> active(Plan plan, Task t, List<Period> periods) {
        return periods.stream().filter(p -> Obligations.active(plan, t, p)).toList();
    }

    /**
     * How a task stands over {@code periods} (one period, or a window taken as a whole, judged at its
     * end); null when the task is not active in any of them.
     */
    public static Classification of(Plan plan, Collector c, Task t, List<Period> periods) {
        List<Period> ps = active(plan, t, periods);
        if (ps.isEmpty()) return null;
        Period last = ps.get(ps.size() - 1);
        Set<String> leads = plan.leadUnits(t.id());
        boolean reported = false;
        boolean work = false;
        for (String u : leads) {
            for (Period p : ps) {
                Entry e = c.entry(u, t.id(), p);
                if (e == null) continue;
                reported = true;
                if (e.status() != Status.NOT_STARTED) work = true;
            }
        }
        if (t.timeframe().ongoing()) {
            if (!reported) return Classification.NO_REPORT;
            return work ? Classification.ONGOING : Classification.NOT_STARTED;
        }
        LocalDate completed = completedOn(plan, c, t, last);
        if (completed != null) {
            return t.timeframe().completedLate(completed) ? Classification.DONE_LATE : Classification.DONE_ON_TIME;
        }
        for (String u : leads) {
            Collector.Done d = c.done(u, t.id());
            if (d != null && d.period().compareTo(last) <= 0) { reported = true; work = true; }
        }
        if (!reported) return Classification.NO_REPORT;
        if (t.timeframe().deadlinePassedBy(last.end())) return Classification.OVERDUE;
        return work ? Classification.IN_PROGRESS : Classification.NOT_STARTED;
    }

    /**
     * When a deadline task was completed, as of the end of period {@code asOfPeriod}: the latest
     * completion date of its lead units, or null unless every lead has reported it done by then.
     * A done row without a date counts as completed on the last day of its period.
     */
    public static LocalDate completedOn(Plan plan, Collector c, Task t, Period asOfPeriod) {
        if (t.timeframe().ongoing()) return null;
        Set<String> leads = plan.leadUnits(t.id(), owedBy(t, asOfPeriod));
        if (leads.isEmpty()) return null;
        LocalDate latest = null;
        for (String u : leads) {
            Collector.Done d = c.done(u, t.id());
            if (d == null || d.period().compareTo(asOfPeriod) > 0) return null;
            LocalDate when = d.completedOn() != null ? d.completedOn() : d.period().end();
            if (latest == null || when.isAfter(latest)) latest = when;
        }
        return latest;
    }

    /**
     * The period whose leads must have finished a deadline task, as of {@code asOfPeriod}: its
     * deadline's period, or {@code asOfPeriod} if earlier (who leads in a period: {@link Plan#leadUnits(String, Period)}).
     */
    public static Period owedBy(Task t, Period asOfPeriod) {
        Period due = t.timeframe().duePeriod();
        return due.compareTo(asOfPeriod) < 0 ? due : asOfPeriod;
    }

    /** Whether a unit owes a report on a task in a period ({@link Obligations#owes}, with what it reported done). */
    public static boolean expected(Plan plan, Collector c, Task t, String unitId, Period p) {
        return Obligations.owes(plan, t, unitId, p, Obligations.firstDone(plan, t, unitId, u -> c.firstDone(u, t.id())));
    }
}
