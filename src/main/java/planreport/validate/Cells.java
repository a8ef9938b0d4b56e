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
        static <T> Read<T> ok(T value) { return new Read<>(value, null); }

        static <T> Read<T> bad(Diagnostic problem) { return new Read<>(null, problem); }
    }

    private final Plan plan;
    private final Memo<Read<String>> units = new Memo<>(this::readUnit);
    private final Memo<Read<Period>> periods = new Memo<>(this::readPeriod);
    private final Memo<Read<Task>> tasks = new Memo<>(this::readTask);
    private final Memo<Optional<Status>> statuses = new Memo<>(Status::parse);
    private final Memo<Integer> percents = new Memo<>(Values::percent);
    private final Memo<Long> counts = new Memo<>(Values::count);
    private final Memo<LocalDate> dates = new Memo<>(Values::date);

    Cells(Plan plan) { this.plan = plan; }

    private static boolean empty(String s) { return s == null || s.isEmpty(); }

    /** The unit's id (also when spelled without diacritics, with a warning), or an unknown-unit error. */
    Read<String> unit(String text) {
        if (empty(text)) return Read.bad(Diagnostic.of(Code.UNKNOWN_UNIT, "empty"));
        return units.get(text);
    }

    private Read<String> readUnit(String text) {
        Body b = plan.findBody(text).orElse(null);
        boolean spelling = false;
        if (b == null) {
            b = plan.findBodyIgnoringDiacritics(text).orElse(null);
            spelling = b != null;
        }
        if (b == null) {
            return Read.bad(Diagnostic.of(Code.UNKNOWN_UNIT).value(text).suggest(Names.closest(text, plan.bodyNames()).orElse(null)));
        }
        if (b.isGroup()) {
            return Read.bad(Diagnostic.of(Code.UNKNOWN_UNIT, "group").value(text).with("group", b.name())
                    .with("member", plan.name(b.members().get(0))));
        }
        if (spelling) return new Read<>(b.id(), Diagnostic.of(Code.UNIT_SPELLING).value(text).unit(b.id()).with("name", b.name()));
        return Read.ok(b.id());
    }

    /** A quarter of the plan term. */
    Read<Period> period(String text) {
        if (empty(text)) return Read.bad(Diagnostic.of(Code.BAD_PERIOD, "empty"));
        return periods.get(text);
    }

    private Read<Period> readPeriod(String text) {
        Optional<Period> p = Period.parse(text);
        if (p.isEmpty()) return Read.bad(Diagnostic.of(Code.BAD_PERIOD).value(text));
        if (!plan.reporting().inTerm(p.get())) return Read.bad(Terms.outside(Diagnostic.of(Code.PERIOD_OUTSIDE_PLAN).value(text).period(p.get()), plan));
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
        return Names.closest(typed, plan.tasks().stream().map(Task::id).toList()).orElse(null);
    }

    Read<Status> status(String text) {
        if (empty(text)) return Read.bad(Diagnostic.of(Code.BAD_STATUS, "empty"));
        Status s = statuses.get(text).orElse(null);
        return s == null ? Read.bad(Diagnostic.of(Code.BAD_STATUS).value(text)) : Read.ok(s);
    }

    /** Progress 0–100; nothing when the cell is empty. */
    Read<Integer> progress(String text) {
        if (empty(text)) return Read.ok(null);
        Integer p = percents.get(text);
        return p == null || p < 0 ? Read.bad(Diagnostic.of(Code.BAD_NUMBER, "progress").value(text)) : Read.ok(p);
    }

    /** A date; nothing when the cell is empty. */
    Read<LocalDate> date(String text) {
        if (empty(text)) return Read.ok(null);
        LocalDate d = dates.get(text);
        return d == null ? Read.bad(Diagnostic.of(Code.BAD_DATE).value(text)) : Read.ok(d);
    }

    /** An indicator's count (a whole number not below 0); nothing when the cell is empty. */
    Read<Long> count(String text, int indicator) {
        if (empty(text)) return Read.ok(null);
        Long n = counts.get(text);
        return n == null ? Read.bad(Diagnostic.of(Code.BAD_NUMBER, "indicator").value(text).with("indicator", plan.indicators().get(indicator).name()))
                : Read.ok(n);
    }

    /** A bounded cache of a pure parse function (null results included); past its size it just computes. */
    private static final class Memo<V> {
        private static final Object NULL = new Object();
        private static final int MAX = 10_000;
        private final Map<String, Object> map = new HashMap<>();
        private final Function<String, V> f;

        Memo(Function<String, V> f) { this.f = f; }

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
}
