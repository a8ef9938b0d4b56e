package planreport.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import planreport.check.Code;
import planreport.check.Diagnostics;
import planreport.model.Body;
import planreport.model.Names;
import planreport.model.Period;
import planreport.model.Plan;
import planreport.model.ReportColumn;
import planreport.model.ReportRow;
import planreport.model.Status;
import planreport.model.Task;
import planreport.model.Timeframe;

/**
 * Checks report rows against the plan, one at a time, keeping only a key per unit, task and period
 * (so memory stays flat however large the files are); {@link #finish} then checks coverage
 * (missing reports). Every problem becomes a diagnostic; nothing here throws on bad data.
 */
public final class ReportCheck {
    private final Plan plan;
    private final LocalDate asOf;
    private final Diagnostics out;
    private final Consumer<CheckedRow> sink;
    private final List<String> files = new ArrayList<>();

    private final Map<String, Integer> unitIndex = new HashMap<>();
    private final List<Body> units;
    private final Map<String, Integer> taskIndex = new HashMap<>();
    private final List<Task> tasks;
    private final int base;

    private final Map<String, Object> unitCache = new HashMap<>();
    private final Map<String, Optional<Period>> periodCache = new HashMap<>();
    // Cells repeat a few thousand distinct values over millions of rows: parse each once.
    private final Memo<Optional<Status>> statusCache = new Memo<>(Status::parse);
    private final Memo<Integer> percentCache = new Memo<>(Values::percent);
    private final Memo<Long> countCache = new Memo<>(Values::count);
    private final Memo<LocalDate> dateCache = new Memo<>(Values::date);
    /** (unit, task, period) → where it was first reported: file index and line. */
    private final LongLongMap seen = new LongLongMap(1 << 12);
    /** (unit, task) → earliest period ordinal reported done. */
    private final LongLongMap doneIn = new LongLongMap(1 << 10);
    private final Set<Period> periodsSeen = new TreeSet<>();
    private long rows;

    public ReportCheck(Plan plan, LocalDate asOf, Diagnostics out, Consumer<CheckedRow> sink) {
        this.plan = plan;
        this.asOf = asOf;
        this.out = out;
        this.sink = sink;
        this.units = plan.bodies();
        for (int i = 0; i < units.size(); i++) unitIndex.put(units.get(i).id(), i);
        this.tasks = plan.tasks();
        for (int i = 0; i < tasks.size(); i++) taskIndex.put(tasks.get(i).id(), i);
        this.base = plan.reporting().termStart().ordinal() - 64;
    }

    public long rows() { return rows; }

    /** Registers a file name; its index goes into {@link planreport.model.ReportHeader#fileIndex()}. */
    public int addFile(String name) {
        files.add(name);
        return files.size() - 1;
    }

    private long key(int unit, int task, Period p) {
        return ((long) unit << 32) | ((long) task << 16) | (p.ordinal() - base);
    }

    private static long where(int fileIndex, long line) { return ((long) fileIndex << 40) | line; }

    /** Checks one row. */
    public void row(ReportRow r) {
        rows++;
        String file = r.file();
        long line = r.line();
        int errorsBefore = out.errors();

        String unitText = r.get(ReportColumn.UNIT);
        String unitId = unit(unitText, r);
        Period period = period(r);
        String taskId = task(r);
        Status status = null;
        String st = r.get(ReportColumn.STATUS);
        if (st == null || st.isEmpty()) {
            out.at(Code.BAD_STATUS, file, line, r.column(ReportColumn.STATUS), "the status is empty; write done, in_progress or not_started (Hoàn thành, Đang thực hiện, Chưa thực hiện)");
        } else {
            status = statusCache.get(st).orElse(null);
            if (status == null) {
                out.at(Code.BAD_STATUS, file, line, r.column(ReportColumn.STATUS), "\"" + st + "\" is not a status; write done, in_progress or not_started (Hoàn thành, Đang thực hiện, Chưa thực hiện)");
            }
        }
        Integer progress = null;
        String pr = r.get(ReportColumn.PROGRESS);
        if (pr != null && !pr.isEmpty()) {
            progress = percentCache.get(pr);
            if (progress == null || progress < 0) {
                out.at(Code.BAD_NUMBER, file, line, r.column(ReportColumn.PROGRESS), "progress \"" + pr + "\" must be a number from 0 to 100");
                progress = null;
            }
        }
        LocalDate completed = date(r, ReportColumn.COMPLETED_ON);
        LocalDate submitted = date(r, ReportColumn.SUBMITTED_ON);
        Long[] indicators = new Long[plan.indicators().size()];
        for (int i = 0; i < indicators.length; i++) {
            String v = r.indicators().get(i);
            if (v == null || v.isEmpty()) continue;
            Long n = countCache.get(v);
            if (n == null) {
                out.at(Code.BAD_NUMBER, file, line, r.header().indicatorName(i), "\"" + v + "\" is not a count: " + plan.indicators().get(i).name()
                        + " must be a whole number not below 0");
            } else {
                indicators[i] = n;
            }
        }

        Task task = taskId == null ? null : plan.task(taskId).orElse(null);
        // status and dates agree
        if (status == Status.DONE && completed == null && !hasBadCell(r, ReportColumn.COMPLETED_ON)) {
            out.at(Code.STATUS_INCONSISTENT, file, line, r.column(ReportColumn.COMPLETED_ON), "the task is reported done but has no completion date; fill in "
                    + r.column(ReportColumn.COMPLETED_ON));
        }
        if (status != null && status != Status.DONE && completed != null) {
            out.at(Code.STATUS_INCONSISTENT, file, line, r.column(ReportColumn.COMPLETED_ON), "a completion date is given but the status is "
                    + status.id() + "; set the status to done or clear the date");
        }
        if (status == Status.DONE && progress != null && progress < 100) {
            out.at(Code.STATUS_INCONSISTENT, file, line, r.column(ReportColumn.PROGRESS), "the task is reported done with progress " + progress
                    + "; a task done is at 100");
        }
        if (completed != null && submitted != null && completed.isAfter(submitted)) {
            out.at(Code.STATUS_INCONSISTENT, file, line, r.column(ReportColumn.COMPLETED_ON), "completed on " + completed
                    + ", after the report was submitted (" + submitted + ")");
        }
        if (completed != null && completed.isAfter(asOf)) {
            out.at(Code.STATUS_INCONSISTENT, file, line, r.column(ReportColumn.COMPLETED_ON), "completed on " + completed
                    + ", which is after today (" + asOf + "); check the date, or pass --as-of");
        }
        // responsibility and duplicates
        if (unitId != null && task != null && !plan.isResponsible(unitId, task.id())) {
            out.at(Code.NOT_RESPONSIBLE, file, line, r.column(ReportColumn.UNIT), "\"" + plan.body(unitId).get().name()
                    + "\" is neither a lead nor a coordinating body of task " + task.id() + responsibleHint(task));
        }
        if (unitId != null && task != null && period != null) {
            long k = key(unitIndex.get(unitId), taskIndex.get(task.id()), period);
            long prev = seen.putIfAbsent(k, where(r.header().fileIndex(), line));
            if (prev != LongLongMap.ABSENT) {
                String firstFile = files.get((int) (prev >>> 40));
                long firstLine = prev & ((1L << 40) - 1);
                out.at(Code.DUPLICATE_ROW, file, line, r.column(ReportColumn.UNIT), "unit \"" + plan.body(unitId).get().name() + "\", task " + task.id()
                        + ", period " + period + " is already reported at " + firstFile + ":" + firstLine + "; keep one row");
            } else {
                periodsSeen.add(period);
            }
            if (status == Status.DONE) {
                long dk = ((long) unitIndex.get(unitId) << 32) | taskIndex.get(task.id());
                long was = doneIn.get(dk);
                if (was == LongLongMap.ABSENT || was > period.ordinal()) doneIn.put(dk, period.ordinal());
            }
        }
        // deadlines (warnings)
        if (task != null && period != null) {
            Timeframe tf = task.timeframe();
            if (period.end().isBefore(tf.start())) {
                out.at(Code.BEFORE_START, file, line, r.column(ReportColumn.PERIOD), "task " + task.id() + " starts " + vi(tf.start())
                        + " (\"" + tf.text() + "\"); this report is for " + period + ", before it");
            }
            if (tf.due() != null) {
                if (status == Status.DONE && completed != null && completed.isAfter(tf.due())) {
                    out.at(Code.COMPLETED_AFTER_DEADLINE, file, line, r.column(ReportColumn.COMPLETED_ON), "task " + task.id() + " was completed on "
                            + completed + ", after its deadline " + tf.due() + " (hoàn thành quá hạn)");
                }
                if (status != null && status != Status.DONE && !tf.due().isAfter(period.end())) {
                    out.at(Code.OVERDUE, file, line, r.column(ReportColumn.STATUS), "task " + task.id() + " was due " + tf.due()
                            + " and is still " + status.id() + " in " + period + " (quá hạn)");
                }
            }
        }
        if (period != null && submitted != null && submitted.isAfter(plan.reporting().dueDate(period))) {
            out.at(Code.LATE_REPORT, file, line, r.column(ReportColumn.SUBMITTED_ON), "submitted " + submitted + ", after the " + period
                    + " report was due (" + plan.reporting().dueDate(period) + ")");
        }
        if (unitId != null && task != null && period != null && status != null) {
            sink.accept(new CheckedRow(file, line, unitId, task.id(), period, status, progress, completed, submitted,
                    r.get(ReportColumn.RESULT), r.get(ReportColumn.DIFFICULTIES), r.get(ReportColumn.PROPOSALS),
                    indicators, out.errors() == errorsBefore));
        }
    }

    private boolean hasBadCell(ReportRow r, ReportColumn c) {
        String v = r.get(c);
        return v != null && !v.isEmpty();
    }

    private String responsibleHint(Task t) {
        List<String> names = new ArrayList<>();
        for (String id : t.leads()) names.add(plan.body(id).map(Body::name).orElse(id));
        return " (lead: " + String.join("; ", names) + ")";
    }

    private static String vi(LocalDate d) { return d.toString(); }

    private String unit(String text, ReportRow r) {
        String file = r.file();
        long line = r.line();
        String col = r.column(ReportColumn.UNIT);
        if (text == null || text.isEmpty()) {
            out.at(Code.UNKNOWN_UNIT, file, line, col, "the unit is empty; write the unit's name as the plan gives it");
            return null;
        }
        Object cached = unitCache.get(text);
        if (cached == null) {
            cached = resolveUnit(text);
            if (unitCache.size() < 100_000) unitCache.put(text, cached);
        }
        if (cached instanceof Body b) return b.id();
        UnitProblem p = (UnitProblem) cached;
        out.at(p.code, file, line, col, p.message);
        return p.code == Code.UNIT_SPELLING ? p.unitId : null;
    }

    private record UnitProblem(Code code, String message, String unitId) {}

    private Object resolveUnit(String text) {
        Body b = plan.findBody(text).orElse(null);
        boolean spelling = false;
        if (b == null) {
            b = plan.findBodyIgnoringDiacritics(text).orElse(null);
            spelling = b != null;
        }
        if (b == null) {
            String hint = Names.closest(text, plan.bodyNames()).map(s -> "; did you mean \"" + s + "\"?").orElse("; use a name, alias or id from plan.yaml (plan-report show)");
            return new UnitProblem(Code.UNKNOWN_UNIT, "\"" + text + "\" is not a body of this plan" + hint, null);
        }
        if (b.isGroup()) {
            return new UnitProblem(Code.UNKNOWN_UNIT, "\"" + text + "\" names a group of bodies (" + b.name()
                    + "), not one unit; each member reports for itself, e.g. \"" + plan.body(b.members().get(0)).map(Body::name).orElse("") + "\"", null);
        }
        if (spelling) {
            return new UnitProblem(Code.UNIT_SPELLING, "\"" + text + "\" matches \"" + b.name() + "\" only without diacritics; write \"" + b.name() + "\"", b.id());
        }
        return b;
    }

    private Period period(ReportRow r) {
        String t = r.get(ReportColumn.PERIOD);
        String col = r.column(ReportColumn.PERIOD);
        if (t == null || t.isEmpty()) {
            out.at(Code.BAD_PERIOD, r.file(), r.line(), col, "the period is empty; write e.g. 2022-Q2 or Quý II/2022");
            return null;
        }
        Optional<Period> p = periodCache.get(t);
        if (p == null) {
            p = Period.parse(t);
            if (periodCache.size() < 10_000) periodCache.put(t, p);
        }
        if (p.isEmpty()) {
            out.at(Code.BAD_PERIOD, r.file(), r.line(), col, "\"" + t + "\" is not a period; write e.g. 2022-Q2 or Quý II/2022");
            return null;
        }
        if (!plan.reporting().inTerm(p.get())) {
            out.at(Code.PERIOD_OUTSIDE_PLAN, r.file(), r.line(), col, "period " + p.get() + " is outside the plan term "
                    + plan.reporting().termStart() + " to " + plan.reporting().termEnd());
            return null;
        }
        return p.get();
    }

    private String task(ReportRow r) {
        String t = r.get(ReportColumn.TASK);
        String col = r.column(ReportColumn.TASK);
        if (t == null || t.isEmpty()) {
            out.at(Code.UNKNOWN_TASK, r.file(), r.line(), col, "the task is empty; write the task's id as the plan numbers it (e.g. 2.2 or III.4)");
            return null;
        }
        String id = t.strip();
        if (id.endsWith(".")) id = id.substring(0, id.length() - 1);
        if (plan.task(id).isPresent()) return id;
        String upper = id.toUpperCase(java.util.Locale.ROOT);
        if (plan.task(upper).isPresent()) return upper;
        String hint = suggestTask(id).map(s -> "; did you mean \"" + s + "\"?")
                .orElse("; the plan's tasks are " + plan.tasks().get(0).id() + " to " + plan.tasks().get(plan.tasks().size() - 1).id());
        out.at(Code.UNKNOWN_TASK, r.file(), r.line(), col, "\"" + t + "\" is not a task of this plan" + hint);
        return null;
    }

    /**
     * The task meant: a numbered item of a task that has none ("5.1" for task 5) is that task;
     * otherwise the closest id.
     */
    private Optional<String> suggestTask(String typed) {
        for (int dot = typed.lastIndexOf('.'); dot > 0; dot = typed.lastIndexOf('.', dot - 1)) {
            String prefix = typed.substring(0, dot);
            if (plan.task(prefix).isPresent()) return Optional.of(prefix);
        }
        return Names.closest(typed, plan.tasks().stream().map(Task::id).toList());
    }

    private LocalDate date(ReportRow r, ReportColumn c) {
        String t = r.get(c);
        if (t == null || t.isEmpty()) return null;
        LocalDate d = dateCache.get(t);
        if (d == null) {
            out.at(Code.BAD_DATE, r.file(), r.line(), r.column(c), "\"" + t + "\" is not a date (or does not exist); write 2022-03-25 or 25/03/2022");
        }
        return d;
    }

    /**
     * Coverage: for each period considered whose due date has passed, every lead unit of every task
     * active then must have sent a row; one missing-report warning per unit and period.
     */
    public void finish(Period only) {
        Set<Period> periods = only != null ? Set.of(only) : periodsSeen;
        for (Period p : new TreeSet<>(periods)) {
            if (!plan.reporting().inTerm(p)) continue;
            LocalDate due = plan.reporting().dueDate(p);
            if (!asOf.isAfter(due)) continue;
            Map<String, List<String>> missing = new TreeMap<>();
            for (Task t : tasks) {
                if (!plan.isActive(t, p)) continue;
                int ti = taskIndex.get(t.id());
                for (String u : plan.leadUnits(t.id())) {
                    int ui = unitIndex.get(u);
                    if (t.timeframe().due() != null) {
                        long done = doneIn.get(((long) ui << 32) | ti);
                        if (done != LongLongMap.ABSENT && done < p.ordinal()) continue;
                    }
                    if (seen.get(key(ui, ti, p)) == LongLongMap.ABSENT) missing.computeIfAbsent(u, x -> new ArrayList<>()).add(t.id());
                }
            }
            for (var e : missing.entrySet()) {
                String name = plan.body(e.getKey()).map(Body::name).orElse(e.getKey());
                out.add(Code.MISSING_REPORT, null, null, null, "\"" + name + "\" sent no report for " + p + " (due " + due + ") on "
                        + (e.getValue().size() == 1 ? "task " : "tasks ") + String.join(", ", e.getValue()));
            }
        }
    }

    /** A bounded cache of a pure parse function (null results included); past its size it just computes. */
    private static final class Memo<V> {
        private static final Object NULL = new Object();
        private static final int MAX = 10_000;
        private final Map<String, Object> map = new HashMap<>();
        private final java.util.function.Function<String, V> f;

        Memo(java.util.function.Function<String, V> f) { this.f = f; }

        @SuppressWarnings("unchecked")
        V get(String key) {
            Object v = map.get(key);
            if (v == null) {
                V computed = f.apply(key);
                if (map.size() < MAX) map.put(key, computed == null ? NULL : computed);
                return computed;
            }
            return v == NULL ? null : (V) v;
        }
    }

    /** The periods that rows were read for. */
    public Set<Period> periodsSeen() { return periodsSeen; }
}
