package planreport.report;

/**
 * Which consolidated report is compiled: a periodic summary (sơ kết) or the final review (tổng
 * kết). Its words are in the report catalogue ({@code kind.<id>}).
 */
public enum Kind implements planreport.model.Identified {
    SUMMARY("summary", "so-ket"),
    FINAL("final", "tong-ket");

    private final String id;
    private final String slug;

    Kind(String id, String slug) {
        this.id = id;
        this.slug = slug;
    }

    /** The value on the command line and in JSON. */
    public String id() { return id; }

    /** The word in output file names: bao-cao-so-ket-…, bao-cao-tong-ket-…. */
    public String slug() { return slug; }
}
