package planreport.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A day as people type it: "2023-07-20", "20/07/2023", "20/7/2023" (also with "-" or "." between
 * day, month and year). The one reader of a date a person wrote, for report cells and for the
 * command line's --as-of and --by alike.
 */
public final class Dates {
    private Dates() {}

    // compiled once: String.split compiles its pattern on every call
    private static final Pattern SEPARATOR = Pattern.compile("[/.\\-]");

    /** The day written, or null when it does not parse, does not exist or lies outside 1900–2999. */
    public static LocalDate parse(String s) {
        LocalDate d = read(s);
        return d == null || Period.inRange(d) ? d : null; // 25/03/0022 is a typo, not a date of a report
    }

    private static LocalDate read(String s) {
        if (s == null) return null;
        String t = s.strip();
        try {
            if (t.length() == 10 && t.charAt(4) == '-' && t.charAt(7) == '-') {
                return LocalDate.of(num(t, 0, 4), num(t, 5, 7), num(t, 8, 10));
            }
            String[] p = SEPARATOR.split(t);
            if (p.length == 3 && p[2].length() == 4 && !p[0].isEmpty() && p[0].length() <= 2 && !p[1].isEmpty() && p[1].length() <= 2) {
                return LocalDate.of(num(p[2], 0, 4), num(p[1], 0, p[1].length()), num(p[0], 0, p[0].length()));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static int num(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') throw new NumberFormatException(s);
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
