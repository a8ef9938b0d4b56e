package planreport.check;

/**
 * The one catalogue of diagnostic codes. Scripts match on {@link #id()}, so ids never change. Each
 * code's title, description and message templates, in Vietnamese and English, are in
 * {@code diagnostics/*.properties} ({@link Catalogue}); docs/diagnostics.md is generated from both.
 */
public enum Code {
    // the plan
    PLAN_SYNTAX("plan-syntax", Severity.ERROR, Scope.PLAN),
    PLAN_SCHEMA("plan-schema", Severity.ERROR, Scope.PLAN),
    DUPLICATE_ID("duplicate-id", Severity.ERROR, Scope.PLAN),
    UNKNOWN_BODY("unknown-body", Severity.ERROR, Scope.PLAN),
    BAD_TIMEFRAME("bad-timeframe", Severity.ERROR, Scope.PLAN),
    // the plan: bodies that change during it
    BODY_DATES("body-dates", Severity.ERROR, Scope.PLAN),
    BAD_SUCCESSION("bad-succession", Severity.ERROR, Scope.PLAN),
    TASK_UNOWNED("task-unowned", Severity.WARNING, Scope.PLAN),
    // any file: the plan, a report, a template, an output folder
    INPUT("input", Severity.ERROR, Scope.INPUT),
    // the staff's notes for a review (compile --notes)
    NOTES("notes", Severity.ERROR, Scope.INPUT),
    // any text read: a character no text may carry (a warning: the character is dropped)
    CONTROL_CHARACTER("control-character", Severity.WARNING, Scope.INPUT),
    // reports: errors
    CSV_SYNTAX("csv-syntax", Severity.ERROR, Scope.REPORT),
    ENCODING("encoding", Severity.ERROR, Scope.REPORT),
    MISSING_COLUMN("missing-column", Severity.ERROR, Scope.REPORT),
    UNKNOWN_UNIT("unknown-unit", Severity.ERROR, Scope.REPORT),
    UNKNOWN_TASK("unknown-task", Severity.ERROR, Scope.REPORT),
    BAD_PERIOD("bad-period", Severity.ERROR, Scope.REPORT),
    PERIOD_OUTSIDE_PLAN("period-outside-plan", Severity.ERROR, Scope.REPORT),
    BAD_STATUS("bad-status", Severity.ERROR, Scope.REPORT),
    BAD_DATE("bad-date", Severity.ERROR, Scope.REPORT),
    BAD_NUMBER("bad-number", Severity.ERROR, Scope.REPORT),
    STATUS_INCONSISTENT("status-inconsistent", Severity.ERROR, Scope.REPORT),
    NOT_RESPONSIBLE("not-responsible", Severity.ERROR, Scope.REPORT),
    UNIT_CEASED("unit-ceased", Severity.ERROR, Scope.REPORT),
    UNIT_NOT_YET("unit-not-yet", Severity.ERROR, Scope.REPORT),
    DUPLICATE_ROW("duplicate-row", Severity.ERROR, Scope.REPORT),
    WORKBOOK("workbook", Severity.ERROR, Scope.REPORT),
    // reports: warnings
    COMPLETED_AFTER_DEADLINE("completed-after-deadline", Severity.WARNING, Scope.REPORT),
    OVERDUE("overdue", Severity.WARNING, Scope.REPORT),
    LATE_REPORT("late-report", Severity.WARNING, Scope.REPORT),
    MISSING_REPORT("missing-report", Severity.WARNING, Scope.REPORT),
    SUBMITTED_AFTER_AS_OF("submitted-after-as-of", Severity.WARNING, Scope.REPORT),
    STATUS_REGRESSED("status-regressed", Severity.WARNING, Scope.REPORT),
    AS_OF_BEFORE_WINDOW_END("as-of-before-window-end", Severity.WARNING, Scope.REPORT),
    BEFORE_START("before-start", Severity.WARNING, Scope.REPORT),
    UNKNOWN_COLUMN("unknown-column", Severity.WARNING, Scope.REPORT),
    IGNORED_FILE("ignored-file", Severity.WARNING, Scope.INPUT),
    UNIT_SPELLING("unit-spelling", Severity.WARNING, Scope.REPORT);

    /** Which input a code speaks of. */
    public enum Scope {
        PLAN("plan"), INPUT("input"), REPORT("report");

        private final String id;

        Scope(String id) { this.id = id; }

        public String id() { return id; }
    }

    private final String id;
    private final Severity severity;
    private final Scope scope;

    Code(String id, Severity severity, Scope scope) {
        this.id = id;
        this.severity = severity;
        this.scope = scope;
    }

    public String id() { return id; }
    public Severity severity() { return severity; }
    public Scope scope() { return scope; }

    public static Code byId(String id) {
        for (Code c : values()) if (c.id.equals(id)) return c;
        return null;
    }
}
