package planreport.model;

import java.time.LocalDate;

/**
 * The number and date a document is issued with, when the office gives them (compile's
 * {@code --number} and {@code --date}): {@code number} as typed ("12", or "12-BC/BDVTU" in full),
 * {@code date} the day on the date line; either null when not given (plan.yaml's default, or a blank
 * to fill by hand, and the report's date).
 */
public record Issue(String number, LocalDate date) {
    /** Nothing given. */
    public static final Issue NONE = new Issue(null, null);

    public Issue {
        if (number != null && number.isBlank()) number = null;
        if (number != null) number = number.strip();
    }

    /**
     * The text after "Số " for a document whose number ends with {@code suffix} ("BC/BDVTU"): the
     * given number with the suffix ("12-BC/BDVTU"), a full number as given, or — with none —
     * {@code fallback} the same way, else a blank of six spaces the office fills by hand.
     */
    public String numberText(String suffix, String fallback) {
        String n = number != null ? number : fallback;
        if (n == null) return "\u00a0".repeat(6) + "-" + suffix;
        return n.contains("-") || n.contains("/") ? n : n + "-" + suffix;
    }
}
