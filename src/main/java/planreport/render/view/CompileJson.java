package planreport.render.view;

import planreport.model.Manifest;

/**
 * What compile writes as JSON: the {@link ReportView} the templates see, under the version of its
 * shape, so that a program reading it can tell which fields to expect (the templates never see it),
 * then the manifest of the inputs it was made from (null when the caller gave none).
 */
public record CompileJson(@Key("schema_version") int schemaVersion, @Inline ReportView report, Manifest manifest) {
    /** Raised when a field is removed, renamed or changes its meaning; a field added keeps the version. */
    public static final int SCHEMA_VERSION = 1;

    public static CompileJson of(ReportView report) { return new CompileJson(SCHEMA_VERSION, report, null); }

    public static CompileJson of(ReportView report, Manifest manifest) { return new CompileJson(SCHEMA_VERSION, report, manifest); }
}
