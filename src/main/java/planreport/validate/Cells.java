package planreport.validate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import planreport.check.Code;
import planreport.check.Diagnostic;
import planreport.model.Body;
import planreport.model.Names;
import planreport.model.Period;
import planreport.model.Plan;
import planreport.model.Status;
import planreport.model.Task;

/**
 * Reads the cells of a report row into plan values: the unit, the period, the task, the status,
 * progress, dates and counts. Each reading gives a value, or a diagnostic without a position (the
 * row adds it), or both (a unit spelled without diacritics). Cells repeat a few thousand distinct
 * texts over millions of rows, so each distinct text is read once.
 *
 * <p>Codes: unknown-unit, unit-spelling, bad-period, period-outside-plan, unknown-task, bad-status,
 * bad-number, bad-date.
 */
final class Cells {
    /** What a cell's text came to: a value, a problem, or both. */
    record Read<T>(T value, Diagnostic problem) {
        /** An empty cell: no value, no problem (one instance: most optional cells are empty). */
        private static final Read<?> NONE = new Read<>(null, null);

        @SuppressWarnings("unchecked")
        static <T> Read<T> none() { return (Read<T>) NONE; }

        static <T> Read<T> ok(T value) { return new Read<>(value, null); }

        static <T> Read<T> bad(Diagnostic problem) { return new Read<>(null, problem); }
    }

    /** A unit as a row names it: its id, its body and its index in the plan's bodies (-1: not asked for). */
    record Unit(String id, Body body, int index) {}

    private final Plan plan;
    /** Each body's index in the plan, by id (null: indexes not needed, -1 for each). */
    private final Map<String, Integer> unitIndex;
    /**
     * A country has about ten thousand units, each written a few ways: room for all of them. The texts read
     * can be shared by the readers of one check ({@link #sharedUnits}): each would otherwise read every unit
     * of a large file once (a million rows name 35,000 texts), and hold its own copy of all.
     */
    private final Memo<Read<Unit>> units;
    private final Memo<Read<Period>> periods = new Memo<>(this::readPeriod, 10_000, new HashMap<>());
    private final Memo<Read<Task>> tasks = new Memo<>(this::readTask, 10_000, new HashMap<>());
    private final Memo<Read<Status>> statuses = new Memo<>(this::readStatus, 10_000, new HashMap<>());
    private final Memo<Read<Integer>> percents = new Memo<>(Cells::readProgress, 10_000, new HashMap<>());
    private final Memo<Read<Long>> counts = new Memo<>(Cells::readCount, 10_000, new HashMap<>());
    private final Memo<Read<LocalDate>> dates = new Memo<>(Cells::readDate, 10_000, new HashMap<>());

    /**
     * Every id, name and alias of the plan with its diacritics stripped: built when a unit is first
     * not found as written (most runs never need it, and folding a country's names costs start-up time).
     */
    private Map<String, Body> folded;

    /** The "did you mean" candidates, indexed when first needed. */
    private Names.Index bodyIndex, taskIndex;

    Cells(Plan plan) { this(plan, null, new HashMap<>()); }

    /**
     * With {@code unitIndex}, each body's index in the plan by id: a unit read carries it ({@link Unit#index});
     * {@code units}, the units read so far, by text: a map of its own ({@link HashMap}), or one the cells'
     * readers of other threads share ({@link #sharedUnits}). A text gives the same reading on any thread.
     */
    Cells(Plan plan, Map<String, Integer> unitIndex, Map<String, Object> units) {
        this.plan = plan;
        this.unitIndex = unitIndex;
        this.units = new Memo<>(this::readUnit, 100_000, units);
    }

    /** A map of units read that the cells' readers of several threads may share. */
    static Map<String, Object> sharedUnits() { return new java.util.concurrent.ConcurrentHashMap<>(); }

    private Names.Index bodyIndex() {
        if (bodyIndex == null) bodyIndex = new Names.Index(plan.bodyNames());
        return bodyIndex;
    }

    private Map<String, Body> withoutDiacritics() {
        if (folded == null) {
            folded = new HashMap<>();
            for (Body b : plan.bodies()) for (String n : b.names()) folded.putIfAbsent(Names.fold(n), b);
        }
        return folded;
    }

    private static boolean empty(String s) { return s == null || s.isEmpty(); }

    /** The unit's id (also when spelled without diacritics, with a warning), or an unknown-unit error. */
    Read<String> unit(String text) {
        Read<Unit> u = body(text);
        return u.value() == null ? Read.bad(u.problem()) : new Read<>(u.value().id(), u.problem());
    }

    /** As {@link #unit}, the unit with its body and index. */
    Read<Unit> body(String text) {
        if (empty(text)) return Read.bad(Diagnostic.of(Code.UNKNOWN_UNIT, "empty"));
        return units.get(text);
    }

    private Read<Unit> readUnit(String text) {
        Body b = plan.findBody(text).orElse(null);
        boolean spelling = false;
        if (b == null) {
            b = withoutDiacritics().get(Names.fold(text));
            spelling = b != null;
        }
        if (b == null) {
            return Read.bad(Diagnostic.of(Code.UNKNOWN_UNIT).value(text).suggest(bodyIndex().closest(text).orElse(null)));
        }
        if (b.isGroup()) {
            return Read.bad(Diagnostic.of(Code.UNKNOWN_UNIT, "group").value(text).with("group", b.name())
                    .with("member", plan.name(b.members().get(0))));
        }
        Unit u = new Unit(b.id(), b, unitIndex == null ? -1 : unitIndex.get(b.id()));
        if (spelling) return new Read<>(u, Diagnostic.of(Code.UNIT_SPELLING).value(text).unit(b.id()).with("name", b.name()));
        return Read.ok(u);
    }

    /** A quarter of the plan term. */
    Read<Period> period(String text) {
        if (empty(text)) return Read.bad(Diagnostic.of(Code.BAD_PERIOD, "empty"));
        return periods.get(text);
    }

    private Read<Period> readPeriod(String text) {
        Optional<Period> p = Period.parse(text);
        if (p.isEmpty()) return Read.bad(Diagnostic.of(Code.BAD_PERIOD).value(text));
        if (!plan.reporting().inTerm(p.get())) {
            return Read.bad(Diagnostic.of(Code.PERIOD_OUTSIDE_PLAN).value(text).period(p.get())
                    .with("term_start", plan.reporting().termStart()).with("term_end", plan.reporting().termEnd()));
        }
        return Read.ok(p.get());
    }

    /** A task or duty of the plan, by its id as the plan numbers it ("2.2", "III.4"; "iii.4" and "2.2." too). */
    Read<Task> task(String text) {
        if (empty(text)) return Read.bad(Diagnostic.of(Code.UNKNOWN_TASK, "empty"));
        return tasks.get(text);
    }

    private Read<Task> readTask(String text) {
        String id = text.strip();
        if (id.endsWith(".")) id = id.substring(0, id.length() - 1);
        Optional<Task> t = plan.task(id);
        if (t.isEmpty()) t = plan.task(id.toUpperCase(Locale.ROOT));
        if (t.isPresent()) return Read.ok(t.get());
        return Read.bad(Diagnostic.of(Code.UNKNOWN_TASK).value(text).suggest(suggestTask(id))
                .with("first", plan.tasks().get(0).id()).with("last", plan.tasks().get(plan.tasks().size() - 1).id()));
    }

    /** The task meant: a numbered item of a task that has none ("5.1" for task 5) is that task; otherwise the closest id. */
    private String suggestTask(String typed) {
        for (int dot = typed.lastIndexOf('.'); dot > 0; dot = typed.lastIndexOf('.', dot - 1)) {
            String prefix = typed.substring(0, dot);
            if (plan.task(prefix).isPresent()) return prefix;
        }
        if (taskIndex == null) taskIndex = new Names.Index(plan.tasks().stream().map(Task::id).toList());
        return taskIndex.closest(typed).orElse(null);
    }

    Read<Status> status(String text) {
        if (empty(text)) return Read.bad(Diagnostic.of(Code.BAD_STATUS, "empty"));
        return statuses.get(text);
    }

    private Read<Status> readStatus(String text) {
        Status s = Status.parse(text).orElse(null);
        return s == null ? Read.bad(Diagnostic.of(Code.BAD_STATUS).value(text)) : Read.ok(s);
    }

    /** Progress 0–100; nothing when the cell is empty. */
    Read<Integer> progress(String text) { return empty(text) ? Read.none() : percents.get(text); }

    private static Read<Integer> readProgress(String text) {
        Integer p = Values.percent(text);
        return p == null || p < 0 ? Read.bad(Diagnostic.of(Code.BAD_NUMBER, "progress").value(text)) : Read.ok(p);
    }

    /** A date; nothing when the cell is empty. */
    Read<LocalDate> date(String text) { return empty(text) ? Read.none() : dates.get(text); }

    private static Read<LocalDate> readDate(String text) {
        LocalDate d = Values.date(text);
        return d == null ? Read.bad(Diagnostic.of(Code.BAD_DATE).value(text)) : Read.ok(d);
    }

    /** An indicator's count (a whole number not below 0); nothing when the cell is empty. */
    Read<Long> count(String text, int indicator) {
        if (empty(text)) return Read.none();
        Read<Long> n = counts.get(text);
        return n.problem() == null ? n : Read.bad(n.problem().with("indicator", plan.indicators().get(indicator).name()));
    }

    private static Read<Long> readCount(String text) {
        Long n = Values.count(text);
        if (n != null && n > planreport.model.Indicator.MAX_COUNT) {
            return Read.bad(Diagnostic.of(Code.BAD_NUMBER, "indicator-too-large").value(text).with("limit", planreport.model.Indicator.MAX_COUNT));
        }
        return n == null ? Read.bad(Diagnostic.of(Code.BAD_NUMBER, "indicator").value(text)) : Read.ok(n);
    }

    /**
     * A bounded cache of a pure parse function (null results included); past its size it just
     * computes. The last text asked is kept apart: a report's rows run by unit and period, so a cell
     * often repeats the one above it, and comparing it with that costs less than a look-up in a map
     * of tens of thousands of texts. The map may be shared by other threads' memos of the same function
     * (a concurrent map); the last text is each memo's own.
     */
    private static final class Memo<V> {
        private static final Object NULL = new Object();
        private final Map<String, Object> map;
        private final Function<String, V> f;
        private final int max;
        private String lastKey;
        private V last;

        Memo(Function<String, V> f, int max, Map<String, Object> map) {
            this.f = f;
            this.max = max;
            this.map = map;
        }

        @SuppressWarnings("unchecked")
        V get(String key) {
            if (key.equals(lastKey)) return last;
            Object v = map.get(key);
            V value;
            if (v == null) {
                value = f.apply(key);
                if (map.size() < max) map.put(key, value == null ? NULL : value);
            } else {
                value = v == NULL ? null : (V) v;
            }
            lastKey = key;
            last = value;
            return value;
        }
    }
}
