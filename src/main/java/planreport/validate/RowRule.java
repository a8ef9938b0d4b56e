package planreport.validate;

import java.time.LocalDate;
import planreport.check.Code;
import planreport.check.Diagnostic;
import planreport.check.Finding;
import java.util.List;
import planreport.model.Body;
import planreport.model.Obligations;
import planreport.model.Period;
import planreport.model.Plan;
import planreport.model.ReportColumn;
import planreport.model.Status;
import planreport.model.Task;
import planreport.model.Timeframe;

/**
 * The rules a row's values must keep with each other, with the plan and with the day of the check,
 * once its cells are read ({@link Cells}). Each rule names the code it emits and the column its
 * diagnostic points at; {@link ReportCheck} runs them all on every row, in this order.
 */
enum RowRule {
    /** A task reported done says when. */
    DONE_HAS_COMPLETION_DATE(Code.STATUS_INCONSISTENT, ReportColumn.COMPLETED_ON),
    /** A completion date belongs to a task done. */
    COMPLETION_DATE_MEANS_DONE(Code.STATUS_INCONSISTENT, ReportColumn.COMPLETED_ON),
    /** A task done is at 100%. */
    DONE_AT_FULL_PROGRESS(Code.STATUS_INCONSISTENT, ReportColumn.PROGRESS),
    /** Work is completed before it is reported. */
    COMPLETED_BEFORE_SUBMITTED(Code.STATUS_INCONSISTENT, ReportColumn.COMPLETED_ON),
    /** Work is not completed in the future. */
    COMPLETED_BY_AS_OF(Code.STATUS_INCONSISTENT, ReportColumn.COMPLETED_ON),
    /** The unit exists on the period's judging day (neither ceased before it nor not yet in being). */
    UNIT_EXISTS(Code.UNIT_CEASED, ReportColumn.UNIT),
    /** The unit leads or coordinates the task in the period, directly, through a group or as a successor. */
    UNIT_IS_RESPONSIBLE(Code.NOT_RESPONSIBLE, ReportColumn.UNIT),
    /** A report is for a period in which the task has started. */
    PERIOD_AFTER_START(Code.BEFORE_START, ReportColumn.PERIOD),
    /** A deadline task done is done by its deadline (hoàn thành quá hạn otherwise). */
    DONE_BY_DEADLINE(Code.COMPLETED_AFTER_DEADLINE, ReportColumn.COMPLETED_ON),
    /** A deadline task not done is not yet due at the end of the period (quá hạn otherwise). */
    NOT_OVERDUE(Code.OVERDUE, ReportColumn.STATUS),
    /** A report arrives by the period's due date. */
    SUBMITTED_BY_DUE_DATE(Code.LATE_REPORT, ReportColumn.SUBMITTED_ON),
    /** A report is not submitted after the day of the check. */
    SUBMITTED_BY_AS_OF(Code.SUBMITTED_AFTER_AS_OF, ReportColumn.SUBMITTED_ON);

    /** The code this rule emits. */
    final Code code;
    /** The column its diagnostic points at. */
    final ReportColumn column;

    RowRule(Code code, ReportColumn column) {
        this.code = code;
        this.column = column;
    }

    /**
     * The problem with this row, without its position, or null. One method with a switch rather
     * than a body per constant: the call per rule and row stays monomorphic, so the JIT compiler
     * inlines the rules (a million rows pass here ten times each).
     */
    Diagnostic check(Row r, Plan plan, LocalDate asOf) {
        return switch (this) {
            case DONE_HAS_COMPLETION_DATE -> doneHasCompletionDate(r, plan, asOf);
            case COMPLETION_DATE_MEANS_DONE -> completionDateMeansDone(r, plan, asOf);
            case DONE_AT_FULL_PROGRESS -> doneAtFullProgress(r, plan, asOf);
            case COMPLETED_BEFORE_SUBMITTED -> completedBeforeSubmitted(r, plan, asOf);
            case COMPLETED_BY_AS_OF -> completedByAsOf(r, plan, asOf);
            case UNIT_EXISTS -> unitExists(r, plan, asOf);
            case UNIT_IS_RESPONSIBLE -> unitIsResponsible(r, plan, asOf);
            case PERIOD_AFTER_START -> periodAfterStart(r, plan, asOf);
            case DONE_BY_DEADLINE -> doneByDeadline(r, plan, asOf);
            case NOT_OVERDUE -> notOverdue(r, plan, asOf);
            case SUBMITTED_BY_DUE_DATE -> submittedByDueDate(r, plan, asOf);
            case SUBMITTED_BY_AS_OF -> submittedByAsOf(r, plan, asOf);
        };
    }

    private static Diagnostic doneHasCompletionDate(Row r, Plan plan, LocalDate asOf) {
        if (r.status() != Status.DONE || r.completed() != null || r.completedCellFilled()) return null;
        return Diagnostic.of(Code.STATUS_INCONSISTENT, "done-without-date").with("column", r.columnName(ReportColumn.COMPLETED_ON));
    }

    private static Diagnostic completionDateMeansDone(Row r, Plan plan, LocalDate asOf) {
        if (r.status() == null || r.status() == Status.DONE || r.completed() == null) return null;
        return Diagnostic.of(Code.STATUS_INCONSISTENT, "date-without-done").with("status", r.status().id());
    }

    private static Diagnostic doneAtFullProgress(Row r, Plan plan, LocalDate asOf) {
        if (r.status() != Status.DONE || r.progress() == null || r.progress() >= 100) return null;
        return Diagnostic.of(Code.STATUS_INCONSISTENT, "done-below-full").with("progress", r.progress());
    }

    private static Diagnostic completedBeforeSubmitted(Row r, Plan plan, LocalDate asOf) {
        if (r.completed() == null || r.submitted() == null || !r.completed().isAfter(r.submitted())) return null;
        return Diagnostic.of(Code.STATUS_INCONSISTENT, "completed-after-submitted").with("completed", r.completed()).with("submitted", r.submitted());
    }

    private static Diagnostic completedByAsOf(Row r, Plan plan, LocalDate asOf) {
        if (r.completed() == null || !r.completed().isAfter(asOf)) return null;
        return Diagnostic.of(Code.STATUS_INCONSISTENT, "completed-in-future").with("completed", r.completed()).with("as_of", asOf);
    }

    /**
     * A unit that does not exist on the period's judging day ({@link Obligations#judgedOn}): ceased
     * (did you mean its successors?) or not yet in being (its predecessors report that period).
     */
    private static Diagnostic unitExists(Row r, Plan plan, LocalDate asOf) {
        if (r.unitId() == null || r.period() == null || !plan.dated()) return null;
        Body b = r.body();
        LocalDate day = r.judged(plan);
        if (b == null || b.existsOn(day)) return null;
        if (b.ceasedBy(day)) {
            List<String> next = plan.unitsOn(b.id(), day).stream().map(plan::name).toList();
            Diagnostic d = Diagnostic.of(Code.UNIT_CEASED, next.isEmpty() ? "none" : null).unit(b.id()).period(r.period())
                    .with("name", b.name()).with("ceased", b.until().plusDays(1));
            return next.isEmpty() ? d : d.with("successors", String.join(", ", next)).suggest(next.get(0));
        }
        List<String> before = plan.predecessors(b.id()).stream().map(plan::name).toList();
        Diagnostic d = Diagnostic.of(Code.UNIT_NOT_YET, before.isEmpty() ? "none" : null).unit(b.id()).period(r.period())
                .with("name", b.name()).with("start", b.from());
        return before.isEmpty() ? d : d.with("predecessors", String.join(", ", before)).suggest(before.get(0));
    }

    /** Responsible in the period (when the unit exists then; otherwise {@link #unitExists} has said so). */
    private static Diagnostic unitIsResponsible(Row r, Plan plan, LocalDate asOf) {
        if (r.unitId() == null || r.task() == null) return null;
        if (r.period() != null && plan.dated()) {
            if (!r.body().existsOn(r.judged(plan)) || plan.isResponsible(r.unitId(), r.task().id(), r.period())) return null;
        } else if (plan.isResponsible(r.unitId(), r.task().id())) {
            return null;
        }
        return Diagnostic.of(Code.NOT_RESPONSIBLE).unit(r.unitId()).task(r.task().id()).with("name", plan.name(r.unitId()))
                .with("leads", String.join("; ", r.task().leads().stream().map(plan::name).toList()));
    }

    private static Diagnostic periodAfterStart(Row r, Plan plan, LocalDate asOf) {
        if (r.task() == null || r.period() == null || !r.periodEnd().isBefore(r.task().timeframe().start())) return null;
        Timeframe tf = r.task().timeframe();
        return Diagnostic.of(Code.BEFORE_START).task(r.task().id()).period(r.period()).with("start", tf.start()).with("timeframe", tf.text());
    }

    private static Diagnostic doneByDeadline(Row r, Plan plan, LocalDate asOf) {
        if (r.task() == null || r.period() == null || r.status() != Status.DONE || !r.task().timeframe().completedLate(r.completed())) return null;
        return Diagnostic.of(Code.COMPLETED_AFTER_DEADLINE).task(r.task().id()).with("completed", r.completed()).with("due", r.task().timeframe().due());
    }

    private static Diagnostic notOverdue(Row r, Plan plan, LocalDate asOf) {
        if (r.task() == null || r.period() == null || r.status() == null || r.status() == Status.DONE
                || !r.task().timeframe().deadlinePassedBy(r.periodEnd())) return null;
        return new Finding.Overdue(r.unitId(), r.task().id(), r.period(), r.task().timeframe().due(), r.status()).diagnostic();
    }

    private static Diagnostic submittedByDueDate(Row r, Plan plan, LocalDate asOf) {
        if (r.period() == null || r.submitted() == null) return null;
        LocalDate due = r.due();
        if (!planreport.model.Reporting.late(due, r.submitted())) return null;
        return new Finding.LateReport(r.unitId(), r.task() == null ? null : r.task().id(), r.period(), r.submitted(), due).diagnostic();
    }

    private static Diagnostic submittedByAsOf(Row r, Plan plan, LocalDate asOf) {
        if (r.submitted() == null || !r.submitted().isAfter(asOf)) return null;
        return Diagnostic.of(Code.SUBMITTED_AFTER_AS_OF).with("submitted", r.submitted()).with("as_of", asOf);
    }

    /**
     * A row's values as read by {@link Cells}: null where a cell was empty or did not read;
     * {@code body} is the unit's ({@code unitId}'s) body, {@code periodEnd}, {@code due} and
     * {@code judged} are the period's last day, its report's due date and its judging day
     * ({@link Obligations#judgedOn}).
     */
    record Row(planreport.model.ReportRow raw, String unitId, Body body, Task task, Period period, LocalDate periodEnd, LocalDate due,
               LocalDate judged, Status status, Integer progress, LocalDate completed, LocalDate submitted) {
        /** Whether the completion date cell holds text (a bad date there is already reported). */
        boolean completedCellFilled() {
            String v = raw.get(ReportColumn.COMPLETED_ON);
            return v != null && !v.isEmpty();
        }

        String columnName(ReportColumn c) { return raw.column(c); }

        /** The period's judging day. */
        LocalDate judged(Plan plan) { return judged != null ? judged : Obligations.judgedOn(plan, period); }
    }
}
