package planreport.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import planreport.check.Code;
import planreport.check.Diagnostic;
import planreport.check.Diagnostics;
import planreport.check.Finding;
import planreport.check.Severity;
import planreport.model.Entry;
import planreport.model.Obligations;
import planreport.model.Period;
import planreport.model.Plan;
import planreport.model.ReportColumn;
import planreport.model.ReportRow;
import planreport.model.Status;
import planreport.model.Task;

/**
 * The check step: report rows checked against the plan one at a time — their cells
 * ({@link Cells}), the rules between their values ({@link RowRule}), no row twice — keeping only a
 * key per unit, task and period, so memory stays flat however large the files are; {@link #finish}
 * then checks coverage (missing reports). Every problem becomes a diagnostic; nothing here throws on
 * bad data. Each checked row goes to the sink as an {@link Entry}.
 *
 * <p>Codes: those of {@link Cells} and {@link RowRule}, duplicate-row, missing-report and
 * status-regressed; those of {@link Plausibility}.
 */
public final class ReportCheck {
    /** The rules, in order (values() would copy the array for every row). */
    private static final RowRule[] RULES = RowRule.values();
    /** The known columns, in order (values() copies its array: stray asks for each row's filled cell). */
    private static final ReportColumn[] COLUMNS = ReportColumn.values();

    private final Plan plan;
    private final LocalDate asOf;
    private final Diagnostics out;
    private final Consumer<Entry> sink;
    private final List<String> files;
    /** The cells' readers, one a thread: {@link #prepare} runs on several at once; they share the units read, each other memo is its own. */
    private final ThreadLocal<Cells> cells;
    /** Figures and results against the unit's other reports and the other units' (warnings, at the end; used in {@link #accept} only). */
    private final Plausibility plausibility;
    private final Map<String, Integer> unitIndex = new HashMap<>();
    private final Map<String, Integer> taskIndex = new HashMap<>();
    private final int termStart;
    /** Each term period's last day and due date, by offset from the term's start: a row asks for both. */
    private final LocalDate[] periodEnds;
    private final LocalDate[] dueDates;
    /** Each term period's judging day ({@link Obligations#judgedOn}), by offset. */
    private final LocalDate[] judgedOn;

    /** (unit, task, period) → where it was first reported (see {@link #where}). */
    private final LongLongMap seen = new LongLongMap(1 << 12);
    /** (unit, task) → the ordinal of the earliest period it was reported done. */
    private final LongLongMap doneIn = new LongLongMap(1 << 10);
    /** The periods rows were read for: coverage is checked for these unless one period is named. */
    private final Set<Period> periodsRead = new TreeSet<>();
    /**
     * (unit, deadline task) → its row of the latest period that reports it not done, for
     * status-regressed: the index of that row in {@link #notDone}. (A HashMap of these Long keys put
     * most of them in a few buckets: Long's hash of unit &lt;&lt; 32 | task is unit ^ task.)
     */
    private final LongLongMap notDoneAt = new LongLongMap(1 << 10);
    private final List<NotDone> notDone = new ArrayList<>();
    /** Rows of periods after this one are left out (a compile of an earlier window); null: none. */
    private Period ignoreAfter;
    /** The office's receipt register: reports returned for correction are set aside, reports received but not given are not missing. */
    private planreport.model.Receipts receipts = planreport.model.Receipts.NONE;
    /** Reports that came but do not count (returned, or a file that could not be read), by unit and period: what a missing report says. */
    private final Map<String, planreport.model.Held> held = new HashMap<>();
    /**
     * (unit, period) pairs any row was read for (the value unused): a report received by the register is
     * not missing only when none of it was given. Rows are accepted on one thread ({@link #accept}).
     */
    private final LongLongMap unitPeriods = new LongLongMap(1 << 10);
    private long setAside;
    private long rows;
    private long ignored;

    /** A row reporting a deadline task not done: its period and where it is. */
    private record NotDone(long key, Period period, String file, long line, Object column, Status status, Integer progress) {}

    /**
     * {@code files} are the names of the inputs, by the index their rows carry
     * ({@link planreport.model.ReportHeader#fileIndex()}); {@code sink} receives each checked row,
     * or is null when only the diagnostics are wanted (validate), which spares an entry per row.
     */
    public ReportCheck(Plan plan, LocalDate asOf, List<String> files, Diagnostics out, Consumer<Entry> sink) {
        this.plan = plan;
        this.asOf = asOf;
        this.out = out;
        this.sink = sink;
        this.files = List.copyOf(files);
        Map<String, Object> units = Cells.sharedUnits();
        this.cells = ThreadLocal.withInitial(() -> new Cells(plan, unitIndex, units));
        this.plausibility = new Plausibility(plan, out);
        for (int i = 0; i < plan.bodies().size(); i++) unitIndex.put(plan.bodies().get(i).id(), i);
        for (int i = 0; i < plan.tasks().size(); i++) taskIndex.put(plan.tasks().get(i).id(), i);
        this.termStart = plan.reporting().termStart().ordinal();
        List<Period> term = plan.termPeriods();
        this.periodEnds = new LocalDate[term.size()];
        this.dueDates = new LocalDate[term.size()];
        this.judgedOn = new LocalDate[term.size()];
        for (int i = 0; i < term.size(); i++) {
            periodEnds[i] = term.get(i).end();
            dueDates[i] = plan.reporting().dueDate(term.get(i));
            judgedOn[i] = Obligations.judgedOn(plan, term.get(i));
        }
    }

    public long rows() { return rows; }

    /** A report row's bytes, about: the rows of the reports units send and of the bench's generated files are 300–400. */
    static final int ROW_BYTES = 384;

    /**
     * Told how much is to be read ({@code bytes} of CSV), the keys kept a row make room for that many rows
     * at once, at most a quarter of the heap: a map filled a key at a time to a million rows doubles nine
     * times, putting every key again each time and leaving the old arrays for the collector to copy.
     */
    public void expecting(long bytes) {
        long room = Runtime.getRuntime().maxMemory() / 4 / 64; // 64 bytes a key at most (16, half the slots empty, and a power of two)
        seen.reserve((int) Math.min(bytes / ROW_BYTES, room));
    }

    /**
     * Leaves out the rows of periods after {@code last}: they are read but neither checked nor
     * passed on, so a report of an earlier window can be compiled from a folder that also holds
     * later reports (whatever is wrong in those is for their own window). A row whose period cannot
     * be read is still checked.
     */
    public ReportCheck ignoringAfter(Period last) {
        this.ignoreAfter = last;
        return this;
    }

    /** How many rows {@link #ignoringAfter} left out. */
    public long ignored() { return ignored; }

    /**
     * Reads the reports with the office's receipt register (docs/register.md), as of the check's day:
     * the rows of a report whose latest entry is "returned" are set aside (read, neither checked nor
     * passed on: the report is with its unit for correction, and its missing-report says so); a report
     * the register received or accepted is not missing when none of its rows is given.
     */
    public ReportCheck withReceipts(planreport.model.Receipts r) {
        this.receipts = r == null ? planreport.model.Receipts.NONE : r;
        for (planreport.model.Receipts.Entry e : receipts.entries()) {
            if (!receipts.returned(e.unitId(), e.period(), asOf)) continue;
            planreport.model.Receipts.Entry last = receipts.latest(e.unitId(), e.period(), asOf);
            held.put(e.unitId() + "\u0000" + e.period(), new planreport.model.Held(e.unitId(), e.period(), planreport.model.Held.Reason.RETURNED,
                    last.date(), last.note()));
        }
        return this;
    }

    /** Reports whose file came but could not be read: their missing-report says so ("đã gửi nhưng tệp không đọc được"). */
    public ReportCheck withUnread(List<planreport.model.Held> unread) {
        for (planreport.model.Held h : unread) held.putIfAbsent(h.unitId() + "\u0000" + h.period(), h);
        return this;
    }

    /** The reports that came but do not count (returned for correction, files that could not be read), as known so far. */
    public List<planreport.model.Held> held() { return List.copyOf(held.values()); }

    /** The quarters the receipt register records anything of, as of the check's day. */
    public List<Period> registered() { return receipts.periods(asOf); }

    /** How many rows of reports returned for correction were set aside ({@link #withReceipts}). */
    public long setAside() { return setAside; }

    // Keys of the two maps, packed into a long: 16 bits per task and per period, 31 per unit.
    // Only periods inside the term get a key, so the period's offset from the term's start is 0 or more.

    private long key(String unitId, String taskId, Period p) {
        return ((long) unitIndex.get(unitId) << 32) | ((long) taskIndex.get(taskId) << 16) | (p.ordinal() - termStart);
    }

    private long key(int unit, int task, Period p) { return ((long) unit << 32) | ((long) task << 16) | (p.ordinal() - termStart); }

    private long unitPeriod(int unit, Period p) { return ((long) unit << 32) | (p.ordinal() - termStart); }

    private static long key(int unit, int task) { return ((long) unit << 32) | task; }

    private long unitPeriod(String unitId, Period p) { return ((long) unitIndex.get(unitId) << 32) | (p.ordinal() - termStart); }

    private long key(String unitId, String taskId) { return ((long) unitIndex.get(unitId) << 32) | taskIndex.get(taskId); }

    /** A position: 24 bits of file index above 40 bits of line. */
    private static long where(int fileIndex, long line) { return ((long) fileIndex << 40) | line; }

    /** A row's diagnostics, placed at its position, in the order found; and its errors counted. */
    private static final class RowProblems {
        final ReportRow row;
        final List<Diagnostic> found = new ArrayList<>(2);
        int errors;

        RowProblems(ReportRow row) { this.row = row; }

        void add(Diagnostic d, ReportColumn c) {
            if (d == null) return;
            if (d.severity() == Severity.ERROR) errors++;
            found.add(d.at(row.file(), row.line(), row.column(c)).placed(row.header()));
        }

        void add(Diagnostic d, String column) {
            if (d.severity() == Severity.ERROR) errors++;
            found.add(d.at(row.file(), row.line(), column).placed(row.header()));
        }

        <T> T read(Cells.Read<T> r, ReportColumn c) {
            add(r.problem(), c);
            return r.value();
        }
    }

    /**
     * What a row says by itself, before it is compared with the rows before it: its cells read and
     * the rules between its values applied, the diagnostics not yet added ({@link #accept} adds them,
     * in this order). A row left out ({@link #ignoringAfter}) is one shared marker.
     */
    public static final class Prepared {
        private final ReportRow row;
        private final RowProblems problems;
        private final String unitId;
        /** The unit's index in the plan's bodies (-1 when the unit did not read). */
        private final int unit;
        private final Task task;
        private final Period period;
        private final Status status;
        private final Integer progress;
        private final LocalDate completed, submitted;
        private final List<Long> indicators;
        /** The result's {@link Plausibility#figureHash} (null: none, or the row is not compared). */
        private Long resultHash;
        /** The row's late-report, said once per file in {@link #accept} ({@link #late}); null if not late. */
        private Diagnostic late;

        private Prepared(ReportRow row, RowProblems problems, Cells.Unit unit, Task task, Period period, Status status, Integer progress,
                         LocalDate completed, LocalDate submitted, List<Long> indicators) {
            this.row = row;
            this.problems = problems;
            this.unitId = unit == null ? null : unit.id();
            this.unit = unit == null ? -1 : unit.index();
            this.task = task;
            this.period = period;
            this.status = status;
            this.progress = progress;
            this.completed = completed;
            this.submitted = submitted;
            this.indicators = indicators;
        }
    }

    /** A row left out by {@link #ignoringAfter}. */
    private static final Prepared IGNORED = new Prepared(null, null, null, null, null, null, null, null, null, null);
    /** A row of a report returned for correction ({@link #withReceipts}). */
    private static final Prepared SET_ASIDE = new Prepared(null, null, null, null, null, null, null, null, null, null);

    /** Checks one row: {@link #prepare}, then {@link #accept}. */
    public void row(ReportRow r) { accept(prepare(r)); }

    /**
     * The part of a row's check that depends on the row alone (its cells and the rules between
     * them): safe to run on several threads at once, for rows taken in any order; their
     * {@link #accept} must then follow in the rows' order, on one thread.
     */
    public Prepared prepare(ReportRow r) {
        Cells cells = this.cells.get();
        Cells.Read<Period> periodCell = cells.period(r.get(ReportColumn.PERIOD));
        if (ignoreAfter != null && periodCell.value() != null && periodCell.value().compareTo(ignoreAfter) > 0) return IGNORED;
        if (!receipts.isEmpty() && periodCell.value() != null) {
            Cells.Unit unit = cells.body(r.get(ReportColumn.UNIT)).value();
            if (unit != null && receipts.returned(unit.id(), periodCell.value(), asOf)) return SET_ASIDE;
        }
        RowProblems problems = new RowProblems(r);
        Diagnostic stray = stray(r);
        if (stray != null) {
            problems.found.add(stray);
            return new Prepared(r, problems, null, null, null, null, null, null, null, null);
        }
        Cells.Unit unit = problems.read(cells.body(r.get(ReportColumn.UNIT)), ReportColumn.UNIT);
        String unitId = unit == null ? null : unit.id();
        Period period = problems.read(periodCell, ReportColumn.PERIOD);
        Task task = problems.read(cells.task(r.get(ReportColumn.TASK)), ReportColumn.TASK);
        Status status = problems.read(cells.status(r.get(ReportColumn.STATUS)), ReportColumn.STATUS);
        Integer progress = problems.read(cells.progress(r.get(ReportColumn.PROGRESS)), ReportColumn.PROGRESS);
        LocalDate completed = notBeforePlan(problems, problems.read(cells.date(r.get(ReportColumn.COMPLETED_ON)), ReportColumn.COMPLETED_ON),
                ReportColumn.COMPLETED_ON);
        LocalDate submitted = notBeforePlan(problems, problems.read(cells.date(r.get(ReportColumn.SUBMITTED_ON)), ReportColumn.SUBMITTED_ON),
                ReportColumn.SUBMITTED_ON);
        List<Long> indicators = r.indicators().isEmpty() ? null : new ArrayList<>(r.indicators().size());
        for (int i = 0; i < r.indicators().size(); i++) {
            Cells.Read<Long> n = cells.count(r.indicators().get(i), i);
            if (n.problem() != null) problems.add(n.problem(), r.header().indicatorName(i));
            if (indicators != null) indicators.add(n.value());
        }

        int p = period == null ? -1 : period.ordinal() - termStart;
        RowRule.Row values = new RowRule.Row(r, unitId, unit == null ? null : unit.body(), task, period, p < 0 ? null : periodEnds[p],
                p < 0 ? null : dueDates[p], p < 0 ? null : judgedOn[p], status, progress, completed, submitted);
        Diagnostic late = null;
        for (RowRule rule : RULES) {
            Diagnostic d = rule.check(values, plan, asOf);
            if (d != null && rule == RowRule.SUBMITTED_BY_DUE_DATE) late = d;
            else problems.add(d, rule.column);
        }
        if (progress != null && Values.rounded(r.get(ReportColumn.PROGRESS))) {
            problems.add(Diagnostic.of(Code.ROUNDED_PROGRESS).value(r.get(ReportColumn.PROGRESS)).with("progress", progress), ReportColumn.PROGRESS);
        }
        if (status == Status.DONE && task != null && task.timeframe().ongoing()) {
            problems.add(Diagnostic.of(Code.DONE_ONGOING).task(task.id()).value(r.get(ReportColumn.STATUS)).with("timeframe", task.timeframe().text()),
                    ReportColumn.STATUS);
        }
        Prepared prepared = new Prepared(r, problems, unit, task, period, status, progress, completed, submitted, indicators);
        prepared.late = late;
        // a row in error is not compared with the others (accept): its result is not worked out
        if (problems.errors == 0 && unitId != null && task != null && period != null) {
            prepared.resultHash = Plausibility.figureHash(text(r.get(ReportColumn.RESULT)));
        }
        return prepared;
    }

    /** The rest of a row's check, rows in order: its diagnostics added, then compared with the rows before it (duplicates, coverage, regressions). */
    public void accept(Prepared prepared) {
        rows++;
        if (prepared == IGNORED) {
            ignored++;
            return;
        }
        if (prepared == SET_ASIDE) {
            setAside++;
            return;
        }
        ReportRow r = prepared.row;
        RowProblems problems = prepared.problems;
        String unitId = prepared.unitId;
        Task task = prepared.task;
        Period period = prepared.period;
        Status status = prepared.status;
        Integer progress = prepared.progress;
        int unit = prepared.unit;
        int taskAt = task == null ? -1 : taskIndex.get(task.id());
        if (unitId != null && period != null && plan.reporting().inTerm(period)) unitPeriods.putIfAbsent(unitPeriod(unit, period), 1);
        if (unitId != null && task != null && period != null) {
            long prev = seen.putIfAbsent(key(unit, taskAt, period), where(r.header().fileIndex(), r.line()));
            if (prev != LongLongMap.ABSENT) {
                problems.add(Diagnostic.of(Code.DUPLICATE_ROW).unit(unitId).task(task.id()).period(period).with("name", plan.name(unitId))
                        .with("first_file", files.get((int) (prev >>> 40))).with("first_line", prev & ((1L << 40) - 1)), ReportColumn.UNIT);
            } else {
                periodsRead.add(period);
                // a row in error (its unit ceased, its status unreadable …) is not compared with the others
                if (problems.errors == 0) {
                    plausibility.row(r.header(), r.line(), unitId, unit, task.id(), taskAt, period,
                            prepared.indicators == null ? List.of() : prepared.indicators, prepared.resultHash);
                }
                if (status != null && status != Status.DONE && !task.timeframe().ongoing()) {
                    long k = key(unit, taskAt);
                    long at = notDoneAt.get(k);
                    NotDone was = at == LongLongMap.ABSENT ? null : notDone.get((int) at);
                    if (was == null || was.period().compareTo(period) < 0) {
                        NotDone now = new NotDone(k, period, r.file(), r.line(), r.column(ReportColumn.STATUS), status, progress);
                        if (was == null) {
                            notDoneAt.put(k, notDone.size());
                            notDone.add(now);
                        } else {
                            notDone.set((int) at, now);
                        }
                    }
                }
            }
            if (status == Status.DONE) {
                long k = key(unit, taskAt);
                long was = doneIn.get(k);
                if (was == LongLongMap.ABSENT || was > period.ordinal()) doneIn.put(k, period.ordinal());
            }
        }
        for (int i = 0, n = problems.found.size(); i < n; i++) out.add(problems.found.get(i)); // no iterator a row
        if (prepared.late != null) late(r, prepared.late);
        if (sink != null && unitId != null && task != null && period != null && status != null) {
            sink.accept(new Entry(r.file(), r.line(), unitId, task.id(), period, status, progress, prepared.completed, prepared.submitted,
                    text(r.get(ReportColumn.RESULT)), text(r.get(ReportColumn.DIFFICULTIES)), text(r.get(ReportColumn.PROPOSALS)),
                    prepared.indicators, problems.errors == 0, r.header()));
        }
    }

    /**
     * A row with one cell filled and nothing else (a note typed under the table, "Ghi chú: số liệu đến
     * 31/3"): one warning at that cell (returned, for {@link #accept} to add), and the row is not
     * read, instead of an error for each column it lacks.
     */
    private static Diagnostic stray(ReportRow r) {
        int filled = 0;
        String column = null, text = null;
        List<String> cs = r.cells();
        for (int c = 0; c < cs.size() && filled < 2; c++) {
            String v = cs.get(c);
            if (v == null || v.isEmpty()) continue;
            filled++;
            column = r.column(COLUMNS[c]);
            text = v;
        }
        for (int k = 0; k < r.indicators().size() && filled < 2; k++) {
            String v = r.indicators().get(k);
            if (v == null || v.isEmpty()) continue;
            filled++;
            column = r.header().indicatorName(k);
            text = v;
        }
        if (filled != 1) return null;
        String shown = text.length() > 60 ? text.substring(0, 60) + "…" : text;
        return Diagnostic.of(Code.STRAY_ROW).value(shown).at(r.file(), r.line(), column).placed(r.header());
    }

    /**
     * A late row: its finding is heard at once (the letters list each late task), but the file says
     * it once per unit, period and day sent, at its first late row, with the count of its rows
     * ({@link #finish}): one late file is one warning, not one per row.
     */
    private void late(ReportRow r, Diagnostic d) {
        String k = r.header().fileIndex() + "|" + d.unit() + "|" + d.period() + "|" + d.arg("submitted");
        LateFile f = lateFiles.get(k);
        if (f == null) {
            lateFiles.put(k, f = new LateFile(d.at(r.file(), r.line(), r.column(ReportColumn.SUBMITTED_ON)).placed(r.header()), new long[] {1},
                    new ArrayList<>()));
        } else {
            out.finding(d.finding()); // the first row's finding is carried by the diagnostic itself
            f.rows()[0]++;
        }
        if (d.task() != null && !f.tasks().contains(d.task())) f.tasks().add(d.task());
    }

    /** The first late row of a file, unit, period and day sent, how many rows of it there are, and their tasks. */
    private record LateFile(Diagnostic first, long[] rows, List<String> tasks) {}

    private final Map<String, LateFile> lateFiles = new java.util.LinkedHashMap<>();

    /** {@code day}, or null with a bad-date when it is before the plan's own date ({@link Plan#earliestReportDay}). */
    private LocalDate notBeforePlan(RowProblems problems, LocalDate day, ReportColumn c) {
        LocalDate first = plan.earliestReportDay();
        if (day == null || first == null || !day.isBefore(first)) return day;
        boolean own = plan.info().date() != null;
        Diagnostic d = Diagnostic.of(Code.BAD_DATE, own ? "before-plan" : "before-resolution").value(problems.row.get(c)).with("day", day).with("plan_date", first);
        problems.add(own ? d : d.with("resolution", String.valueOf(plan.info().resolutionNumber())), c);
        return null;
    }

    /** Null when empty: the reader has already trimmed the cell and made it NFC. */
    private static String text(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /**
     * Coverage: for each period considered whose due date has passed, every unit that owes a report
     * on a task then ({@link Obligations#owes}: it leads the task on the period's judging day, so a
     * body that has ceased owes nothing and its successors owe in its place) must have sent a row; one missing-report warning per
     * unit and period, naming the tasks. {@code only}, when set, is the one period considered.
     */
    public void finish(Period only) {
        finish(only, true);
    }

    /**
     * After the last row: regressions always, and coverage (who has not reported) only when
     * {@code coverage} — validate asks that only of a period's whole set (--period, or a folder).
     */
    public void finish(Period only, boolean coverage) {
        for (LateFile f : lateFiles.values()) out.add(f.first().forRows(f.rows()[0], "rows", String.join(", ", f.tasks())));
        lateFiles.clear();
        regressions();
        plausibility.finish();
        if (!coverage) return;
        for (Period p : only != null ? Set.of(only) : periodsRead) coverage(p);
    }

    /** The periods rows were read for (rows left out by {@link #ignoringAfter} not counted), first to last. */
    public Set<Period> periodsRead() { return java.util.Collections.unmodifiableSet(periodsRead); }

    /**
     * Coverage of one period, once all rows are read: every unit that owes a report on a task then and
     * sent no row gets one missing-report warning naming the tasks. Nothing for a period outside the
     * term or not yet due. {@link #finish} asks it of its periods; remind of each period it covers.
     */
    public void coverage(Period p) {
        if (!plan.reporting().inTerm(p)) return;
        LocalDate due = plan.reporting().dueDate(p);
        if (!Obligations.reportsDue(plan, p, asOf)) return;
        Map<String, List<String>> missing = new TreeMap<>();
        for (Task t : plan.tasks()) {
            for (String u : plan.leadUnits(t.id(), p)) {
                Period firstDone = Obligations.firstDone(plan, t, u, x -> {
                    long done = doneIn.get(key(x, t.id()));
                    return done == LongLongMap.ABSENT ? null : Period.ofOrdinal((int) done);
                });
                if (!Obligations.owes(plan, t, u, p, firstDone)) continue;
                if (seen.get(key(u, t.id(), p)) == LongLongMap.ABSENT) missing.computeIfAbsent(u, x -> new ArrayList<>()).add(t.id());
            }
        }
        for (var e : missing.entrySet()) {
            String u = e.getKey();
            // received by the register, none of it given: the office has it elsewhere (an earlier quarter's folder)
            if (receipts.received(u, p, asOf) && unitPeriods.get(unitPeriod(u, p)) == LongLongMap.ABSENT) continue;
            out.add(new Finding.MissingReport(u, plan.name(u), p, e.getValue(), due, held.get(u + "\u0000" + p)).diagnostic());
        }
    }

    /**
     * status-regressed: a unit that reported a deadline task done in one period and not done in a
     * later one — one warning per unit and task, at its latest row that says not done. Rows are
     * read in any order, so this is found once all are read.
     */
    private void regressions() {
        List<NotDone> rows = new ArrayList<>(notDone);
        rows.sort(java.util.Comparator.comparingLong(NotDone::key));
        for (NotDone nd : rows) {
            long k = nd.key();
            long done = doneIn.get(k);
            if (done == LongLongMap.ABSENT || done >= nd.period().ordinal()) continue;
            String unitId = plan.bodies().get((int) (k >>> 32)).id();
            String taskId = plan.tasks().get((int) (k & 0xFFFFFFFFL)).id();
            String status = nd.status().id();
            out.add(Diagnostic.of(Code.STATUS_REGRESSED).unit(unitId).task(taskId).period(nd.period())
                    .with("name", plan.name(unitId)).with("done_period", Period.ofOrdinal((int) done)).with("status", status)
                    .at(nd.file(), nd.line(), nd.column()));
        }
    }
}
