package planreport.render.view;

/**
 * What compile writes as JSON: the {@link ReportView} the templates see, under the version of its
 * shape, so that a program reading it can tell which fields to expect (the templates never see it).
 */
public record CompileJson(@Key("schema_version") int schemaVersion, @Inline ReportView report) {
    /** Raised when a field is removed, renamed or changes its meaning; a field added keeps the version. */
    public static final int SCHEMA_VERSION = 1;

    public static CompileJson of(ReportView report) { return new CompileJson(SCHEMA_VERSION, report); }
}
