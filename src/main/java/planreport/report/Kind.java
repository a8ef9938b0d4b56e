package planreport.report;

/** Which consolidated report is compiled: a periodic summary (sơ kết) or the final review (tổng kết). */
public enum Kind {
    SUMMARY("summary", "so-ket", "Sơ kết"),
    FINAL("final", "tong-ket", "Tổng kết");

    private final String id;
    private final String slug;
    private final String vietnamese;

    Kind(String id, String slug, String vietnamese) {
        this.id = id;
        this.slug = slug;
        this.vietnamese = vietnamese;
    }

    /** The value on the command line and in JSON. */
    public String id() { return id; }

    /** The word in output file names: bao-cao-so-ket-…, bao-cao-tong-ket-…. */
    public String slug() { return slug; }

    public String vietnamese() { return vietnamese; }
}
