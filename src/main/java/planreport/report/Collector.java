package planreport.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import planreport.model.Entry;
import planreport.model.Period;
import planreport.model.Status;

/**
 * The sink of the check step in a compile run: keeps only what the report needs, so memory is
 * bounded by the plan and the window, not by the size of the files — the entries of the periods
 * the report covers (first row wins when a unit reports a task twice), and for every unit and task
 * the earliest period it was reported done, whatever the period (a compile passes it no row of a
 * period after its window, which could not change either: see {@code ReportCheck#ignoringAfter}).
 */
public final class Collector implements Consumer<Entry> {

    /** A unit's task, for "done" look-ups. */
    private record UnitTask(String unitId, String taskId) {}

    /** A unit's task in one period. */
    private record Key(String unitId, String taskId, Period period) {}

    /** The first period a unit reported a task done, with the completion date it gave then. */
    /** A unit's first report of a task done: its period, the completion date, and the row that said so. */
    public record Done(Period period, LocalDate completedOn, String file, long line) {
        public Done(Period period, LocalDate completedOn) { this(period, completedOn, null, 0); }
    }

    private final Period keepFrom;
    private final Period keepTo;
    private final Map<Key, Entry> entries = new HashMap<>();
    private final Map<UnitTask, Done> done = new HashMap<>();
    /** The entries with a measure's value, of every period up to {@code keepTo}: what the figures compare with. */
    private final Map<Key, Entry> measured = new HashMap<>();
    /** The periods in which each unit sent any row, over the whole term: how long a unit has been silent. */
    private final Map<String, java.util.Set<Period>> sent = new HashMap<>();

    /** Keeps the entries of periods {@code keepFrom} to {@code keepTo}. */
    public Collector(Period keepFrom, Period keepTo) {
        this.keepFrom = keepFrom;
        this.keepTo = keepTo;
    }

    public static Collector forWindow(Window w) { return new Collector(w.keepFrom(), w.to()); }

    @Override
    public void accept(Entry e) {
        if (e.status() == Status.DONE) {
            UnitTask ut = new UnitTask(e.unitId(), e.taskId());
            Done was = done.get(ut);
            if (was == null || e.period().compareTo(was.period()) < 0
                    || (e.period().equals(was.period()) && was.completedOn() == null && e.completedOn() != null)) {
                done.put(ut, new Done(e.period(), e.completedOn(), e.file(), e.line()));
            }
        }
        if (e.period().compareTo(keepTo) > 0) return;
        sent.computeIfAbsent(e.unitId(), k -> new java.util.HashSet<>()).add(e.period());
        if (e.indicators().stream().anyMatch(java.util.Objects::nonNull)) measured.putIfAbsent(new Key(e.unitId(), e.taskId(), e.period()), e);
        if (e.period().compareTo(keepFrom) < 0) return;
        entries.putIfAbsent(new Key(e.unitId(), e.taskId(), e.period()), e);
    }

    /** What a unit reported on a task in a period, or null. */
    public Entry entry(String unitId, String taskId, Period p) { return entries.get(new Key(unitId, taskId, p)); }

    /** When a unit first reported a task done (in any period), or null. */
    public Done done(String unitId, String taskId) { return done.get(new UnitTask(unitId, taskId)); }

    /** The first period a unit reported a task done, or null. */
    public Period firstDone(String unitId, String taskId) {
        Done d = done(unitId, taskId);
        return d == null ? null : d.period();
    }

    /** Every entry with a measure's value, of any period up to the window's end, in no particular order. */
    public Iterable<Entry> measured() { return measured.values(); }

    /** Whether a unit sent any row for a period (any period up to the window's end, kept or not). */
    public boolean sent(String unitId, Period p) {
        java.util.Set<Period> s = sent.get(unitId);
        return s != null && s.contains(p);
    }

    /** Every kept entry, in no particular order. */
    public Iterable<Entry> all() { return entries.values(); }
}
