package planreport.check;

/**
 * The one catalogue of diagnostic codes. Scripts match on {@link #id()}, so ids never change;
 * the reference in docs/diagnostics.md is generated from this enum.
 */
public enum Code {
    // plan
    PLAN_SYNTAX("plan-syntax", Severity.ERROR, "plan", "The plan YAML cannot be parsed (bad indentation, an unclosed quote, tabs, anchors or aliases, a document too large or too deeply nested)."),
    PLAN_SCHEMA("plan-schema", Severity.ERROR, "plan", "A required field is missing, a value has the wrong type, or a key is unknown."),
    DUPLICATE_ID("duplicate-id", Severity.ERROR, "plan", "Two sections, tasks, bodies or indicators share an id, a name or alias names two bodies, or a key is given twice in one mapping."),
    UNKNOWN_BODY("unknown-body", Severity.ERROR, "plan", "A task or group names a body the registry lacks (matched by id, name or alias)."),
    BAD_TIMEFRAME("bad-timeframe", Severity.ERROR, "plan", "A timeframe does not parse, or falls outside the plan term."),
    // reports: errors
    INPUT("input", Severity.ERROR, "report", "A file or directory cannot be read at all (missing, no permission, not a regular file). Exit status 2."),
    CSV_SYNTAX("csv-syntax", Severity.ERROR, "report", "The CSV cannot be read: an unclosed quote, a row with more cells than the header, a cell or line too long, binary data."),
    ENCODING("encoding", Severity.ERROR, "report", "The file is not valid in its encoding (UTF-8 unless --encoding says otherwise)."),
    MISSING_COLUMN("missing-column", Severity.ERROR, "report", "A required column (unit, period, task, status) is missing, or the file has no header at all."),
    UNKNOWN_UNIT("unknown-unit", Severity.ERROR, "report", "The unit is not a body of the plan, or names a group instead of one of its members."),
    UNKNOWN_TASK("unknown-task", Severity.ERROR, "report", "The task id is not a task or duty of the plan."),
    BAD_PERIOD("bad-period", Severity.ERROR, "report", "The period does not parse (write 2022-Q2 or Quý II/2022)."),
    PERIOD_OUTSIDE_PLAN("period-outside-plan", Severity.ERROR, "report", "The period is outside the plan term."),
    BAD_STATUS("bad-status", Severity.ERROR, "report", "The status is not done, in_progress, not_started (or Hoàn thành, Đang thực hiện, Chưa thực hiện)."),
    BAD_DATE("bad-date", Severity.ERROR, "report", "A date does not parse or does not exist (write 2022-03-25 or 25/03/2022)."),
    BAD_NUMBER("bad-number", Severity.ERROR, "report", "Progress is not a number from 0 to 100, or an indicator is negative or not a number."),
    STATUS_INCONSISTENT("status-inconsistent", Severity.ERROR, "report", "Status and dates disagree: done without a completion date, a completion date on a task not done, done with progress under 100, completed after the report was submitted or after --as-of."),
    NOT_RESPONSIBLE("not-responsible", Severity.ERROR, "report", "The unit is neither a lead nor a coordinating body of the task, directly or as a member of a group."),
    DUPLICATE_ROW("duplicate-row", Severity.ERROR, "report", "One unit, task and period reported twice, in one file or across files."),
    // reports: warnings
    COMPLETED_AFTER_DEADLINE("completed-after-deadline", Severity.WARNING, "report", "Done, but after the task's deadline (hoàn thành quá hạn)."),
    OVERDUE("overdue", Severity.WARNING, "report", "Not done, and the deadline is on or before the last day of the reported period (quá hạn)."),
    LATE_REPORT("late-report", Severity.WARNING, "report", "Submitted after the period's due date."),
    MISSING_REPORT("missing-report", Severity.WARNING, "report", "A lead body sent no row for a task active in a period whose due date has passed; one diagnostic per body and period, naming the tasks."),
    BEFORE_START("before-start", Severity.WARNING, "report", "A report for a period before the task starts."),
    UNKNOWN_COLUMN("unknown-column", Severity.WARNING, "report", "A header names no known column or indicator; its values are ignored."),
    UNIT_SPELLING("unit-spelling", Severity.WARNING, "report", "The unit matches a body only once diacritics are ignored; write it as the plan does.");

    private final String id;
    private final Severity severity;
    private final String scope;
    private final String description;

    Code(String id, Severity severity, String scope, String description) {
        this.id = id;
        this.severity = severity;
        this.scope = scope;
        this.description = description;
    }

    public String id() { return id; }
    public Severity severity() { return severity; }
    /** "plan" or "report": which input the code speaks of. */
    public String scope() { return scope; }
    public String description() { return description; }

    public static Code byId(String id) {
        for (Code c : values()) if (c.id.equals(id)) return c;
        return null;
    }
}
