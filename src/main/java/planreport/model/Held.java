package planreport.model;

import java.time.LocalDate;

/**
 * A unit's report of a quarter that came but does not count as received: returned to the unit for
 * correction (the receipt register says so, on {@code date}, {@code detail} its note), or sent as a
 * file that could not be read ({@code detail} the file). The review, the notice and the letters say
 * so instead of "chưa gửi".
 */
public record Held(String unitId, Period period, Reason reason, LocalDate date, String detail) {
    /** Why a report that came is not counted. */
    public enum Reason implements Identified {
        RETURNED("returned"), UNREADABLE("unreadable");

        private final String id;

        Reason(String id) { this.id = id; }

        @Override public String id() { return id; }
    }
}
