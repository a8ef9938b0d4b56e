package planreport.model;

/**
 * The kinds of review, each issued, numbered, signed and sent by whom plan.yaml says
 * ({@code reporting.reviews.<id>}): a quarter's and six months' progress report (by default the
 * monitoring board's own, to the Thường trực Tỉnh ủy), a year's, a sơ kết at a milestone of the term
 * and the tổng kết of the plan (by default the standing committee's, to the central bodies).
 */
public enum ReviewKind implements Identified {
    QUARTER("quarter"), HALF("half"), YEAR("year"), MILESTONE("milestone"), FINAL("final");

    private final String id;

    ReviewKind(String id) { this.id = id; }

    /** The key under {@code reporting.reviews} and the value in JSON. */
    public String id() { return id; }

    public static ReviewKind byId(String id) {
        for (ReviewKind k : values()) if (k.id.equals(id)) return k;
        return null;
    }

    /** Whether the kind is issued by the monitoring board when plan.yaml does not say: the progress reports of a quarter or six months. */
    public boolean boardsByDefault() { return this == QUARTER || this == HALF; }
}
