package planreport.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import planreport.model.Names;
import planreport.model.Period;
import planreport.model.Status;
import planreport.validate.CheckedRow;

/**
 * The sink compile hands to {@code Validator.run}: keeps only what the report needs, so memory is
 * bounded by the plan and the window, not by the size of the files — the rows of the periods the
 * report covers (first row wins when a unit reports a task twice), and for every unit and task the
 * earliest period it was reported done, whatever the period.
 */
public final class Collector implements Consumer<CheckedRow> {

    /** A unit's task, for "done" look-ups. */
    record UnitTask(String unitId, String taskId) {}

    /** A unit's task in one period. */
    record Key(String unitId, String taskId, Period period) {}

    /** The first period a unit reported a task done, with the completion date it gave then. */
    public record Done(Period period, LocalDate completedOn) {}

    private final Period keepFrom;
    private final Period keepTo;
    private final Map<Key, Entry> entries = new HashMap<>();
    private final Map<UnitTask, Done> done = new HashMap<>();
    private final Map<UnitTask, List<Entry>> byUnitTask = new HashMap<>();

    /** Keeps the rows of periods {@code keepFrom} to {@code keepTo}. */
    public Collector(Period keepFrom, Period keepTo) {
        this.keepFrom = keepFrom;
        this.keepTo = keepTo;
    }

    public static Collector forWindow(Window w) { return new Collector(w.keepFrom(), w.to()); }

    @Override
    public void accept(CheckedRow r) {
        if (r.status() == Status.DONE) {
            UnitTask ut = new UnitTask(r.unitId(), r.taskId());
            Done was = done.get(ut);
            if (was == null || r.period().compareTo(was.period()) < 0
                    || (r.period().equals(was.period()) && was.completedOn() == null && r.completedOn() != null)) {
                done.put(ut, new Done(r.period(), r.completedOn()));
            }
        }
        if (r.period().compareTo(keepFrom) < 0 || r.period().compareTo(keepTo) > 0) return;
        Key k = new Key(r.unitId(), r.taskId(), r.period());
        if (entries.containsKey(k)) return;
        Entry e = new Entry(r.unitId(), r.taskId(), r.period(), r.status(), r.progress(), r.completedOn(), r.submittedOn(),
                text(r.result()), text(r.difficulties()), text(r.proposals()), r.indicators(), r.clean());
        entries.put(k, e);
        byUnitTask.computeIfAbsent(new UnitTask(r.unitId(), r.taskId()), x -> new ArrayList<>()).add(e);
    }

    /** NFC, trimmed, null when blank: unit text as the report shows it. */
    private static String text(String s) {
        if (s == null) return null;
        String t = Names.nfc(s).strip();
        return t.isEmpty() ? null : t;
    }

    /** What a unit reported on a task in a period, or null. */
    public Entry entry(String unitId, String taskId, Period p) { return entries.get(new Key(unitId, taskId, p)); }

    /** When a unit first reported a task done (in any period), or null. */
    public Done done(String unitId, String taskId) { return done.get(new UnitTask(unitId, taskId)); }

    /** Every kept entry of a unit on a task, in no particular order. */
    public List<Entry> entries(String unitId, String taskId) {
        return byUnitTask.getOrDefault(new UnitTask(unitId, taskId), List.of());
    }

    /** Every kept entry, in no particular order. */
    public Iterable<Entry> all() { return entries.values(); }

    public int size() { return entries.size(); }
}
