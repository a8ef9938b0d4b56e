package planreport.remind;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import planreport.model.Body;
import planreport.model.Entry;
import planreport.model.Obligations;
import planreport.model.Period;
import planreport.model.Plan;
import planreport.model.Status;
import planreport.model.Task;

/**
 * What comes due within a number of days after a day (remind --upcoming DAYS), so the monitoring body
 * can remind units before the deadline rather than chase them after it: the quarters whose report is
 * due in those days, with the units that owe it and have not sent it yet, and the deadline tasks whose
 * deadline falls in them, with the leads that have not reported them done. Who owes what is decided
 * where validate decides it ({@link Obligations}); what was sent is read from the reports given.
 */
public record Upcoming(LocalDate asOf, LocalDate until, int days, List<DueReport> reports, List<DueTask> tasks) {
    public Upcoming {
        reports = List.copyOf(reports);
        tasks = List.copyOf(tasks);
    }

    /** A quarter whose report is due on {@code due}, in {@code daysLeft} days, and the units (ids) that owe it and have not sent it. */
    public record DueReport(Period period, LocalDate due, long daysLeft, List<String> units) {
        public DueReport { units = List.copyOf(units); }
    }

    /** A deadline task due on {@code due}, in {@code daysLeft} days, and its leads (ids) that have not reported it done. */
    public record DueTask(Task task, LocalDate due, long daysLeft, List<String> leads) {
        public DueTask { leads = List.copyOf(leads); }
    }

    /** Whether nothing comes due in the days. */
    public boolean empty() { return reports.isEmpty() && tasks.isEmpty(); }

    /** Every unit (id) with something coming due, in the plan's order of bodies. */
    public List<String> units(Plan plan) {
        Set<String> any = new HashSet<>();
        for (DueReport r : reports) any.addAll(r.units());
        for (DueTask t : tasks) any.addAll(t.leads());
        List<String> list = new ArrayList<>();
        for (Body b : plan.bodies()) if (any.contains(b.id())) list.add(b.id());
        return list;
    }

    /** The rows read, kept as the few facts the reminder needs: which unit sent a row of which quarter, and which reported which task done. */
    public static final class Seen implements Consumer<Entry> {
        private final Set<String> sent = new HashSet<>();
        private final Map<String, Period> done = new HashMap<>();

        @Override public synchronized void accept(Entry e) {
            sent.add(e.unitId() + "\u0000" + e.period());
            if (e.status() == Status.DONE) done.merge(e.unitId() + "\u0000" + e.taskId(), e.period(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }

        boolean sent(String unit, Period p) { return sent.contains(unit + "\u0000" + p); }

        Period done(String unit, String task) { return done.get(unit + "\u0000" + task); }
    }

    /** What comes due in the {@code days} days after {@code asOf}, from the rows {@code seen}. */
    public static Upcoming of(Plan plan, LocalDate asOf, int days, Seen seen) {
        LocalDate until = asOf.plusDays(days);
        List<DueReport> reports = new ArrayList<>();
        for (Period p : plan.termPeriods()) {
            LocalDate due = plan.reporting().dueDate(p);
            if (!due.isAfter(asOf) || due.isAfter(until)) continue;
            Map<String, Boolean> owing = new LinkedHashMap<>();
            for (Task t : plan.tasks()) {
                for (String u : plan.leadUnits(t.id(), p)) {
                    Period firstDone = Obligations.firstDone(plan, t, u, x -> seen.done(x, t.id()));
                    if (Obligations.owes(plan, t, u, p, firstDone) && !seen.sent(u, p)) owing.put(u, true);
                }
            }
            reports.add(new DueReport(p, due, ChronoUnit.DAYS.between(asOf, due), inPlanOrder(plan, owing.keySet())));
        }
        List<DueTask> tasks = new ArrayList<>();
        for (Task t : plan.tasks()) {
            LocalDate due = t.timeframe().ongoing() ? null : t.timeframe().due();
            if (due == null || !due.isAfter(asOf) || due.isAfter(until)) continue;
            List<String> leads = new ArrayList<>();
            for (String u : plan.leadUnits(t.id(), Period.of(due))) if (seen.done(u, t.id()) == null) leads.add(u);
            if (!leads.isEmpty()) tasks.add(new DueTask(t, due, ChronoUnit.DAYS.between(asOf, due), inPlanOrder(plan, leads)));
        }
        return new Upcoming(asOf, until, days, reports, tasks);
    }

    private static List<String> inPlanOrder(Plan plan, java.util.Collection<String> ids) {
        Set<String> set = new TreeSet<>(ids);
        List<String> list = new ArrayList<>();
        for (Body b : plan.bodies()) if (set.contains(b.id())) list.add(b.id());
        return list;
    }
}
