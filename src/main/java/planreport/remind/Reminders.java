package planreport.remind;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import planreport.check.Finding;
import planreport.model.Body;
import planreport.model.Contact;
import planreport.model.Entry;
import planreport.model.Obligations;
import planreport.model.Period;
import planreport.model.Plan;
import planreport.model.Reporting;
import planreport.model.Status;
import planreport.model.Task;

/**
 * What the monitoring body chases for a quarter, as of a day: one {@link Letter} per unit that owes
 * something, and the state of every unit for the internal notice with its totals. Built from the
 * check's own typed {@link Finding}s, so a letter says exactly what validate says about its unit:
 * <ul>
 * <li>missing reports: every {@link Finding.MissingReport} of the quarter or an earlier one (still unsent);</li>
 * <li>late reports: the {@link Finding.LateReport}s of the quarter's report;</li>
 * <li>overdue tasks: the {@link Finding.Overdue}s of the quarter's report of a unit that leads the task (an
 *     earlier quarter's overdue task either appears again in this quarter's report, was reported done, or its
 *     report is missing); a coordinator's row that says "not done" is its own part, not the task overdue.</li>
 * </ul>
 * {@code consecutive} counts back from the last quarter due as of the letters' day.
 * Whether a unit owed a report is decided where validate decides it ({@link Obligations}); a unit
 * that no longer exists on the day of the letters gets none ({@link Obligations#exists}), and the
 * monitoring body, which writes them, none to itself (what it owes shows in the notice).
 */
public record Reminders(Period period, LocalDate asOf, LocalDate sendBy, List<Letter> letters, List<UnitState> units, NoticeTotals totals,
                        List<Period> covered) {
    public Reminders {
        letters = List.copyOf(letters);
        units = List.copyOf(units);
        covered = List.copyOf(covered);
    }

    /**
     * The same reminders, saying which quarters they cover: those whose reports the office has (the
     * quarters given, and {@code period}), first to last. A missing report is claimed only of these.
     */
    public Reminders covering(List<Period> quarters) { return new Reminders(period, asOf, sendBy, letters, units, totals, quarters); }

    /** A task as a letter names it: its number and short title. */
    public record TaskRef(String id, String title) {}

    /**
     * A quarter's report not received: due on {@code due}, {@code daysLate} days late as of the letters' day;
     * {@code held} when it came but does not count (returned for correction, or a file that could not be read), else null.
     */
    public record Missing(Period period, LocalDate due, long daysLate, List<TaskRef> tasks, planreport.model.Held held) {
        public Missing { tasks = List.copyOf(tasks); }

        /** Nothing came. */
        public Missing(Period period, LocalDate due, long daysLate, List<TaskRef> tasks) { this(period, due, daysLate, tasks, null); }
    }

    /** A report sent late: the quarter, its due date, the day it was sent and how late. */
    public record Late(Period period, LocalDate due, LocalDate submitted, long daysLate, List<TaskRef> tasks) {
        public Late { tasks = List.copyOf(tasks); }
    }

    /** A task the unit leads reported not done after its deadline: its state in the quarter's report, days overdue as of the letters' day. */
    public record Overdue(TaskRef task, LocalDate deadline, Period period, Status status, long daysOverdue) {}

    /**
     * One letter: the unit, how to reach it (or null), what it owes, and how many quarters in a row
     * up to the last quarter due it has not reported ({@code consecutive}; 0 when it reported that
     * quarter), which run from {@code consecutiveFrom} to {@code consecutiveTo} (both null when 0).
     */
    public record Letter(String unitId, String unitName, Contact contact, List<Missing> missing, List<Late> late, List<Overdue> overdue,
                         int consecutive, Period consecutiveFrom, Period consecutiveTo) {
        public Letter {
            missing = List.copyOf(missing);
            late = List.copyOf(late);
            overdue = List.copyOf(overdue);
        }

        /** The quarters of the missing reports, first to last. */
        public List<Period> missingPeriods() { return missing.stream().map(Missing::period).toList(); }

        /** Two quarters or more in a row unreported: the letter names the run and asks the unit's head to see to it. */
        public boolean repeated() { return consecutive >= 2; }
    }

    /**
     * A unit in the notice: the tasks it owed a report on for the quarter, those it reported, the day
     * its report arrived (null: none) and how late (0: on time), the tasks still unreported, how many
     * earlier quarters are still missing and how many quarters in a row it has not reported.
     */
    public record UnitState(String unitId, String unitName, int owed, int sent, LocalDate submitted, long daysLate,
                            List<String> missingTasks, int earlierMissing, int consecutive, planreport.model.Held held) {
        public UnitState { missingTasks = List.copyOf(missingTasks); }

        /** A unit whose report of the quarter is not held back. */
        public UnitState(String unitId, String unitName, int owed, int sent, LocalDate submitted, long daysLate,
                         List<String> missingTasks, int earlierMissing, int consecutive) {
            this(unitId, unitName, owed, sent, submitted, daysLate, missingTasks, earlierMissing, consecutive, null);
        }

        /** Whether it reported on every task it owed for the quarter. */
        public boolean complete() { return missingTasks.isEmpty(); }
    }

    /**
     * The notice's totals: the units that owed a report for the quarter, those that reported on every
     * task (of which {@code late} after the due date), and those that did not.
     */
    public record NoticeTotals(int owed, int complete, int late, int incomplete) {
        /** The totals of the notice's units. */
        static NoticeTotals of(List<UnitState> units) {
            int complete = 0, late = 0;
            for (UnitState u : units) {
                if (!u.complete()) continue;
                complete++;
                if (u.daysLate() > 0) late++;
            }
            return new NoticeTotals(units.size(), complete, late, units.size() - complete);
        }
    }

    /**
     * Collects what units sent for one quarter from the checked rows ({@link planreport.Pipeline#check}'s
     * sink): per unit, the tasks reported and the last day a report arrived. Keeps nothing of other quarters.
     */
    public static final class Sent implements Consumer<Entry> {
        private final Period period;
        private final Map<String, TreeSet<String>> tasks = new HashMap<>();
        private final Map<String, LocalDate> submitted = new HashMap<>();

        public Sent(Period period) { this.period = period; }

        @Override public synchronized void accept(Entry e) {
            if (!e.period().equals(period)) return;
            tasks.computeIfAbsent(e.unitId(), u -> new TreeSet<>()).add(e.taskId());
            if (e.submittedOn() != null) submitted.merge(e.unitId(), e.submittedOn(), (a, b) -> a.isAfter(b) ? a : b);
        }
    }

    /**
     * What the letters are made of, gathered from the check's findings as they are found: every
     * missing report of quarter {@code p} or earlier, and the late reports and overdue tasks of
     * {@code p}, by unit. A listener of {@link planreport.check.Diagnostics}, so it hears all of them,
     * not only those of the first {@link planreport.check.Diagnostics#KEEP} diagnostics of each code
     * that are kept for printing; it keeps only these facts.
     */
    public static final class Facts implements Consumer<Finding> {
        private final Plan plan;
        private final Period p;
        private final Comparator<String> taskOrder;
        private final Map<String, TreeMap<Period, Finding.MissingReport>> missing = new HashMap<>();
        /** Per unit, the late reports of {@code p} by the day they were sent. */
        private final Map<String, TreeMap<LocalDate, List<Finding.LateReport>>> late = new HashMap<>();
        private final Map<String, TreeMap<String, Finding.Overdue>> overdue = new HashMap<>();

        public Facts(Plan plan, Period p) {
            this.plan = plan;
            this.p = p;
            Map<String, Integer> index = new HashMap<>();
            for (Task t : plan.tasks()) index.put(t.id(), index.size());
            this.taskOrder = Comparator.comparing((String id) -> index.getOrDefault(id, Integer.MAX_VALUE)).thenComparing(id -> id);
        }

        @Override public synchronized void accept(Finding f) {
            if (f.unit() == null || f.period().compareTo(p) > 0) return;
            if (f instanceof Finding.MissingReport m) {
                missing.computeIfAbsent(m.unit(), u -> new TreeMap<>()).put(m.period(), m);
            } else if (f instanceof Finding.LateReport l && l.period().equals(p)) {
                late.computeIfAbsent(l.unit(), u -> new TreeMap<>()).computeIfAbsent(l.submitted(), x -> new ArrayList<>()).add(l);
            } else if (f instanceof Finding.Overdue o && o.period().equals(p) && plan.leadUnits(o.task(), o.period()).contains(o.unit())) {
                // a task is overdue on its lead's report: "overdue" on a coordinator's row is not the task being overdue
                // one per task: two rows of a task in one quarter are a duplicate-row error, which stops the letters
                overdue.computeIfAbsent(o.unit(), u -> new TreeMap<>(taskOrder)).merge(o.task(), o, Facts::first);
            }
        }

        /** The same one of two, whatever order they came in. */
        private static Finding.Overdue first(Finding.Overdue a, Finding.Overdue b) { return a.status().compareTo(b.status()) <= 0 ? a : b; }
    }

    /**
     * The reminders of quarter {@code p} as of {@code asOf}, the new date to send by {@code sendBy},
     * from the {@code facts} a listener gathered from the check of every quarter up to {@code p} (all
     * of its findings, not the capped selection of diagnostics kept for printing) and the rows of
     * {@code p} ({@code sent}).
     */
    public static Reminders of(Plan plan, Period p, LocalDate asOf, LocalDate sendBy, Facts facts, Sent sent) {
        if (!facts.p.equals(p)) throw new IllegalArgumentException("facts of " + facts.p + ", reminders of " + p);
        LocalDate due = plan.reporting().dueDate(p);
        // quarters in a row are counted back from the last one due: a quarter not yet due is not missed
        Period lastDue = p;
        while (!Obligations.reportsDue(plan, lastDue, asOf) && plan.reporting().inTerm(lastDue.previous())) lastDue = lastDue.previous();
        String writer = writer(plan, asOf);
        List<Letter> letters = new ArrayList<>();
        List<UnitState> units = new ArrayList<>();
        for (Body b : plan.bodies()) {
            if (b.isGroup() || !Obligations.exists(plan, b.id(), asOf)) continue;
            TreeMap<Period, Finding.MissingReport> mine = facts.missing.getOrDefault(b.id(), new TreeMap<>());
            int consecutive = consecutive(mine, lastDue);
            List<Missing> ms = new ArrayList<>();
            for (Finding.MissingReport m : mine.values()) {
                ms.add(new Missing(m.period(), m.due(), ChronoUnit.DAYS.between(m.due(), asOf), refs(plan, m.tasks()), m.held()));
            }
            List<Late> ls = new ArrayList<>();
            for (List<Finding.LateReport> sentThen : facts.late.getOrDefault(b.id(), new TreeMap<>()).values()) ls.add(late(plan, sentThen, facts.taskOrder));
            List<Overdue> os = new ArrayList<>();
            for (Finding.Overdue o : facts.overdue.getOrDefault(b.id(), new TreeMap<>()).values()) {
                os.add(new Overdue(ref(plan, o.task()), o.due(), o.period(), o.status(), Math.max(0, ChronoUnit.DAYS.between(o.due(), asOf))));
            }
            // the monitoring body writes the letters (as it exists that day): what it owes itself shows in the notice only
            if (!b.id().equals(writer) && (!ms.isEmpty() || !ls.isEmpty() || !os.isEmpty())) {
                Period from = consecutive == 0 ? null : back(lastDue, consecutive - 1), to = consecutive == 0 ? null : lastDue;
                letters.add(new Letter(b.id(), b.name(), b.contact(), ms, ls, os, consecutive, from, to));
            }

            // the notice: every unit that owed a report on a task for the quarter
            TreeSet<String> reported = sent.tasks.getOrDefault(b.id(), new TreeSet<>());
            List<String> missingNow = mine.containsKey(p) ? mine.get(p).tasks() : List.of();
            TreeSet<String> owed = new TreeSet<>(facts.taskOrder);
            owed.addAll(missingNow);
            for (String t : reported) {
                Task task = plan.task(t).orElse(null);
                if (task != null && Obligations.owes(plan, task, b.id(), p, null)) owed.add(t);
            }
            if (owed.isEmpty()) continue;
            LocalDate when = sent.submitted.get(b.id());
            long daysLate = !Reporting.late(due, when) ? 0 : ChronoUnit.DAYS.between(due, when);
            units.add(new UnitState(b.id(), b.name(), owed.size(), owed.size() - missingNow.size(), reported.isEmpty() ? null : when, daysLate,
                    missingNow, mine.headMap(p).size(), consecutive, mine.containsKey(p) ? mine.get(p).held() : null));
        }
        return new Reminders(p, asOf, sendBy, letters, units, NoticeTotals.of(units), List.of(p));
    }

    /** The late reports a unit sent on one day: their quarter, due date and day, and their tasks in the plan's order. */
    private static Late late(Plan plan, List<Finding.LateReport> sentThen, Comparator<String> taskOrder) {
        Finding.LateReport any = sentThen.get(0);
        TreeSet<String> tasks = new TreeSet<>(taskOrder);
        for (Finding.LateReport l : sentThen) if (l.task() != null) tasks.add(l.task());
        return new Late(any.period(), any.due(), any.submitted(), ChronoUnit.DAYS.between(any.due(), any.submitted()), refs(plan, List.copyOf(tasks)));
    }

    /**
     * The body that writes the letters dated {@code day}: the monitoring body the plan names
     * ({@code plan.monitoring_body}) while it exists, after it ceased the successor that stands for it
     * then (the first, when several do), and the named body again when none does.
     */
    public static String writer(Plan plan, LocalDate day) { return plan.monitoringBodyOn(day); }

    /** The settings of the letters dated {@code day}: those of {@link #writer}, signed by its signer that day ({@link Plan#letterSettings}). */
    public static planreport.model.ReminderSettings settings(Plan plan, LocalDate day) { return plan.letterSettings(day); }

    /** How many quarters in a row, ending with {@code p} (the last quarter due), have a report not sent (one that came and is held back ends the run). */
    private static int consecutive(Map<Period, Finding.MissingReport> missing, Period p) {
        int n = 0;
        for (Period q = p; missing.containsKey(q) && missing.get(q).held() == null; q = q.previous()) n++;
        return n;
    }

    /** The quarter {@code quarters} before {@code p}. */
    private static Period back(Period p, int quarters) {
        for (int i = 0; i < quarters; i++) p = p.previous();
        return p;
    }

    private static List<TaskRef> refs(Plan plan, List<String> ids) {
        List<TaskRef> list = new ArrayList<>(ids.size());
        for (String id : ids) list.add(ref(plan, id));
        return list;
    }

    private static TaskRef ref(Plan plan, String id) {
        return new TaskRef(id, plan.task(id).map(Reminders::title).orElse(id));
    }

    /** A task's short title, as the compiled report names it (model/Task#shortTitle). */
    static String title(Task t) {
        return t.shortTitle(); // plan.yaml title, else the content's first clause
    }

    /** Letters by unit id, in the plan's order of bodies. */
    public Map<String, Letter> byUnit() {
        Map<String, Letter> m = new LinkedHashMap<>();
        for (Letter l : letters) m.put(l.unitId(), l);
        return m;
    }
}
