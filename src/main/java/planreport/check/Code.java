package planreport.check;

/**
 * The one catalogue of diagnostic codes. Scripts match on {@link #id()}, so ids never change. Each
 * code's title, description and message templates, in Vietnamese and English, are in
 * {@code diagnostics/*.properties} ({@link Catalogue}); docs/diagnostics.md is generated from both.
 * Each code declares its message variants beside it ({@link #OWN}: the code's own message, which a
 * code without a list has alone); {@link Diagnostic#of} refuses any other, and CatalogueTest checks
 * that each declared variant has its message in both languages and each message a declared variant.
 */
public enum Code {
    // the plan
    PLAN_SYNTAX("plan-syntax", Severity.ERROR, Scope.PLAN, "alias", "anchor", "character", "documents", "not-utf8", "too-deep",
            "too-large", "too-long", "yaml", "yaml-tab"),
    PLAN_SCHEMA("plan-schema", Severity.ERROR, Scope.PLAN, "body-kind", "cutoff", "date", "date-year", "due-days", "empty",
            "group-cycle", "group-empty", "group-too-deep", "indicator-task", "item-not-mapping", "item-not-text", "key-not-text", "measure-kind", "measure-phrase",
            "members-not-group", "missing-key", "no-lead", "no-lead.duty", "not-integer", "not-list.mapping", "not-list.text",
            "not-mapping.list", "not-mapping.text", "not-text.list", "not-text.mapping", "quarter", "recipient-dates",
            "reporting-period", "review-date", "root-not-mapping", "send-within-days", "signer-dates", "targets", "term-reversed", "term-target", "timeframe-type",
            "timeframe-type.duty", "unknown-key", "version"),
    DUPLICATE_ID("duplicate-id", Severity.ERROR, Scope.PLAN, "body-id", "indicator-id", "key", "name", "section-id",
            "target-year", "task-id"),
    UNKNOWN_BODY("unknown-body", Severity.ERROR, Scope.PLAN, "in-duty", "in-group", "in-key", "in-task", "successor"),
    BAD_TIMEFRAME("bad-timeframe", Severity.ERROR, Scope.PLAN, "no-date", "not-understood", "not-understood.duty", "outside-term",
            "outside-term.duty", "starts-after-due", "starts-after-due.duty"),
    // the plan: bodies that change during it
    BODY_DATES("body-dates", Severity.ERROR, Scope.PLAN, "successors-without-until", "until-before-from"),
    BAD_SUCCESSION("bad-succession", Severity.ERROR, Scope.PLAN, "ceased", "cycle", "not-yet", "too-long"),
    TASK_UNOWNED("task-unowned", Severity.WARNING, Scope.PLAN),
    // a Kế hoạch read into a draft plan (plan import): what the draft could not map, or had to guess
    PLAN_IMPORT("plan-import", Severity.WARNING, Scope.INPUT, "auto-id", "duplicate-task", "group-members", "no-date", "no-issuer",
            "no-lead", "no-lead.duty", "no-monitoring", "no-number", "no-parent", "no-place", "no-signature", "no-term", "no-timeframe",
            "no-timeframe.duty", "not-body", "timeframe"),
    // the plan kept in a workbook (plan export --format xlsx, plan import plan.xlsx): a cell or sheet it cannot read
    PLAN_WORKBOOK("plan-workbook", Severity.ERROR, Scope.INPUT, "date", "header", "no-key", "no-sheet", "number", "other", "part", "path",
            "path-conflict", "period", "section", "task", "unknown-body", "unreadable"),
    // any file: the plan, a report, a template, an output folder
    INPUT("input", Severity.ERROR, Scope.INPUT, "access-denied", "broken-link", "dir-io.access-denied", "dir-io.no-such-file",
            "dir-io.other", "document-encrypted", "document-format", "document-no-tasks", "document-not-utf8",
            "document-too-large", "document-unreadable", "document-unsafe", "empty-arg", "empty-dir", "layout-duplicate", "layout-key", "layout-not-boolean",
            "layout-not-mapping", "layout-not-number", "layout-not-text", "layout-not-utf8", "layout-syntax", "layout-too-large",
            "layout-value", "no-plan", "no-such-file", "not-a-file", "plan-io.access-denied", "plan-io.no-such-file",
            "plan-io.other", "plan-unreadable", "read-failed", "render-failed", "render-too-deep", "template", "template-depth",
            "template-output", "template-resource", "template-time"),
    // the staff's notes for a review (compile --notes)
    NOTES("notes", Severity.ERROR, Scope.INPUT, "before-heading", "control", "encoding", "no-such-file", "not-a-file",
            "too-large", "unknown-heading", "unreadable", "unclosed-comment"),
    // the office's receipt register (--register): its file and its rows
    REGISTER("register", Severity.ERROR, Scope.INPUT, "csv", "empty", "encoding", "format", "no-column", "no-date", "no-state", "no-such-file",
            "not-a-file", "state", "too-large", "unreadable", "workbook"),
    // any text read: a character no text may carry (a warning: the character is dropped)
    CONTROL_CHARACTER("control-character", Severity.WARNING, Scope.INPUT, Code.OWN, "plan"),
    // reports: errors
    CSV_SYNTAX("csv-syntax", Severity.ERROR, Scope.REPORT, "after-quote", "binary", "unicode", "cell-too-long", "line-too-long",
            "record-too-long", "same-column", "too-many-cells", "too-many-columns", "unclosed-quote", "unreadable"),
    ENCODING("encoding", Severity.ERROR, Scope.REPORT, "mixed", "other", "surrogate", "utf8"),
    MISSING_COLUMN("missing-column", Severity.ERROR, Scope.REPORT, "empty", "required"),
    UNKNOWN_UNIT("unknown-unit", Severity.ERROR, Scope.REPORT, Code.OWN, "empty", "group"),
    UNKNOWN_TASK("unknown-task", Severity.ERROR, Scope.REPORT, Code.OWN, "empty"),
    BAD_PERIOD("bad-period", Severity.ERROR, Scope.REPORT, Code.OWN, "empty"),
    PERIOD_OUTSIDE_PLAN("period-outside-plan", Severity.ERROR, Scope.REPORT),
    BAD_STATUS("bad-status", Severity.ERROR, Scope.REPORT, Code.OWN, "empty"),
    BAD_DATE("bad-date", Severity.ERROR, Scope.REPORT, Code.OWN, "before-plan", "before-resolution"),
    BAD_NUMBER("bad-number", Severity.ERROR, Scope.REPORT, "indicator", "indicator-too-large", "progress"),
    STATUS_INCONSISTENT("status-inconsistent", Severity.ERROR, Scope.REPORT, "completed-after-submitted", "completed-in-future",
            "date-without-done", "done-below-full", "done-without-date"),
    NOT_RESPONSIBLE("not-responsible", Severity.ERROR, Scope.REPORT),
    UNIT_CEASED("unit-ceased", Severity.ERROR, Scope.REPORT, Code.OWN, "none"),
    UNIT_NOT_YET("unit-not-yet", Severity.ERROR, Scope.REPORT, Code.OWN, "none"),
    DUPLICATE_ROW("duplicate-row", Severity.ERROR, Scope.REPORT),
    WORKBOOK("workbook", Severity.ERROR, Scope.REPORT, "encrypted", "no-sheet", "not-ods", "not-xls", "not-xlsx", "too-large", "unsafe",
            "file-too-large", "too-many-parts", "duplicate-parts", "damaged", "no-workbook", "docx", "pptx", "same-sheet", "no-sheets",
            "hidden-sheets", "row-number", "row-order", "cell-ref", "shared-string", "formula-no-value", "above-header", "ods"),
    // reports: warnings
    COMPLETED_AFTER_DEADLINE("completed-after-deadline", Severity.WARNING, Scope.REPORT),
    OVERDUE("overdue", Severity.WARNING, Scope.REPORT),
    LATE_REPORT("late-report", Severity.WARNING, Scope.REPORT, Code.OWN, "rows"),
    MISSING_REPORT("missing-report", Severity.WARNING, Scope.REPORT, Code.OWN, "many", "returned", "unreadable"),
    SUBMITTED_AFTER_AS_OF("submitted-after-as-of", Severity.WARNING, Scope.REPORT),
    STATUS_REGRESSED("status-regressed", Severity.WARNING, Scope.REPORT),
    AS_OF_BEFORE_WINDOW_END("as-of-before-window-end", Severity.WARNING, Scope.REPORT),
    /** The review's signer on its date is not named in plan.yaml (reporting.signers): the name line is left blank. */
    SIGNER_UNKNOWN("signer-unknown", Severity.WARNING, Scope.REPORT),
    REVIEW_TO_FILL("review-to-fill", Severity.WARNING, Scope.REPORT, "lessons", "proposals"),
    BEFORE_START("before-start", Severity.WARNING, Scope.REPORT),
    UNKNOWN_COLUMN("unknown-column", Severity.WARNING, Scope.REPORT),
    IGNORED_FILE("ignored-file", Severity.WARNING, Scope.INPUT, Code.OWN, "folder", "lock", "ods", "xls", "docx", "pdf"),
    UNIT_SPELLING("unit-spelling", Severity.WARNING, Scope.REPORT),
    STRAY_ROW("stray-row", Severity.WARNING, Scope.REPORT),
    ROUNDED_PROGRESS("rounded-progress", Severity.WARNING, Scope.REPORT),
    DONE_ONGOING("done-ongoing", Severity.WARNING, Scope.REPORT),
    // reports: figures and results against the unit's other reports and the other units'
    MEASURE_NOT_ASKED("measure-not-asked", Severity.WARNING, Scope.REPORT, "not-reporter", "other-task"),
    IMPLAUSIBLE_VALUE("implausible-value", Severity.WARNING, Scope.REPORT, "jump", "stock-fell"),
    REPEATED_RESULT("repeated-result", Severity.WARNING, Scope.REPORT, "copied", "stale");

    /** Which input a code speaks of. */
    public enum Scope {
        PLAN("plan"), INPUT("input"), REPORT("report");

        private final String id;

        Scope(String id) { this.id = id; }

        public String id() { return id; }
    }

    /** In a code's list of variants: the code's own message, with no variant (key "unknown-unit"). */
    public static final String OWN = "";

    private final String id;
    private final Severity severity;
    private final Scope scope;
    private final java.util.Set<String> variants;

    Code(String id, Severity severity, Scope scope, String... variants) {
        this.id = id;
        this.severity = severity;
        this.scope = scope;
        this.variants = variants.length == 0 ? java.util.Set.of(OWN) : java.util.Set.of(variants);
    }

    public String id() { return id; }

    /** The message variants this code may be given ({@link #OWN} among them when it has a message of its own). */
    public java.util.Set<String> variants() { return variants; }

    /** Whether {@code variant} (null: the code's own message) is one this code declares. */
    public boolean declares(String variant) { return variants.contains(variant == null ? OWN : variant) && !"".equals(variant); }
    public Severity severity() { return severity; }
    public Scope scope() { return scope; }

    public static Code byId(String id) {
        for (Code c : values()) if (c.id.equals(id)) return c;
        return null;
    }
}
