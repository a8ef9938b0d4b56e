package planreport.report;

/**
 * How a review names its window, which decides its subject, opening and closing: a period of a
 * year, a milestone inside the term (sơ kết N năm), or the whole term (tổng kết).
 */
public enum Scope {
    PERIOD, MILESTONE, FINAL;

    /** The value in JSON and the last part of the message keys ({@code subject.period}, …). */
    public String id() { return name().toLowerCase(java.util.Locale.ROOT); }
}
