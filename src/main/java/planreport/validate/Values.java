package planreport.validate;

import java.time.LocalDate;

/** Parsers for the values units type into report cells: dates, percentages, counts. */
public final class Values {
    private Values() {}

    // compiled once: String.split and String.matches compile their pattern on every call
    private static final java.util.regex.Pattern GROUPED = java.util.regex.Pattern.compile("\\d{1,3}([., \u00a0]\\d{3})+");
    private static final java.util.regex.Pattern GROUP_SEPARATOR = java.util.regex.Pattern.compile("[., \u00a0]");

    /** "2022-03-25", "25/03/2022", "25/3/2022", "25-03-2022", "25.03.2022"; null when it does not parse, does not exist or lies outside 1900–2999 ({@link planreport.model.Dates}). */
    public static LocalDate date(String s) { return planreport.model.Dates.parse(s); }

    /** A percentage 0–100 ("80", "80%", "80,5" rounds); null when not a number, -1 when out of range. */
    public static Integer percent(String s) {
        if (s == null) return null;
        String t = s.strip();
        if (t.endsWith("%")) t = t.substring(0, t.length() - 1).strip();
        t = t.replace(',', '.');
        try {
            double d = Double.parseDouble(t);
            if (Double.isNaN(d) || Double.isInfinite(d) || hasLetter(t)) return null;
            if (d < 0 || d > 100) return -1;
            return (int) Math.round(d);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Whether a progress that reads ({@link #percent}) has a fraction that rounding drops: "1,5" is 2 %,
     * where the unit may have meant 15 % or 1.5 %. "50,0" and "50 %" are whole.
     */
    public static boolean rounded(String s) {
        if (s == null || digits(s)) return false; // a whole number, as most are: no parse of a double
        String t = s.strip();
        if (t.endsWith("%")) t = t.substring(0, t.length() - 1).strip();
        t = t.replace(',', '.');
        try {
            double d = Double.parseDouble(t);
            return !hasLetter(t) && d >= 0 && d <= 100 && d != Math.rint(d);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Whether {@code t} holds an ASCII letter ("1e3" and "Infinity" parse as doubles but are not percentages). */
    private static boolean hasLetter(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
        }
        return false;
    }

    /** Only ASCII digits, at least one. */
    private static boolean digits(String t) {
        if (t.isEmpty()) return false;
        for (int i = 0; i < t.length(); i++) if (t.charAt(i) < '0' || t.charAt(i) > '9') return false;
        return true;
    }

    /** A count: digits, optionally grouped by '.', ',' or spaces in thousands; null when not such a number or negative; Long.MAX_VALUE when too large for a long. */
    public static Long count(String s) {
        if (s == null) return null;
        String t = s.strip();
        if (t.isEmpty() || t.length() > 30) return null;
        if (!digits(t)) {
            if (!GROUPED.matcher(t).matches()) return null;
            t = GROUP_SEPARATOR.matcher(t).replaceAll("");
        }
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE; // only digits: too large for a long, and so above any bound
        }
    }
}
