package planreport.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The one percentage rule of every document and of the assessment's thresholds: one decimal, half up. */
public final class Percent {
    private Percent() {}

    /** part ÷ whole as a percentage with one decimal, half up; null when whole is 0 (no rate to give). */
    public static BigDecimal of(long part, long whole) {
        if (whole == 0) return null;
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
