package planreport.model;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter, the reporting period of the plan ("2022-Q2", "Quý II/2022"). */
public record Period(int year, int quarter) implements Comparable<Period> {

    private static final Pattern ISO = Pattern.compile("(\\d{4})\\s*-?\\s*q\\s*([1-4])");
    private static final Pattern VI = Pattern.compile("(?:quy\\s*|q\\s*)?([ivx]+|[1-4])\\s*[/\\-.]\\s*(?:nam\\s*)?(\\d{4})");
    /** "Quý I năm 2026", "quý 1 năm 2026", "Q1 2026": the quarter named, then its year after a space or "năm". */
    private static final Pattern WORDS = Pattern.compile("(?:quy|q)\\s*([ivx]+|[1-4])(?:\\s*,)?\\s+(?:nam\\s+)?(\\d{4})");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    /** The years a period can be in: a plan, a report or a command line naming another is refused where it is read. */
    public static final int MIN_YEAR = 1900, MAX_YEAR = 2999;

    public Period {
        if (quarter < 1 || quarter > 4) throw new IllegalArgumentException("quarter " + quarter);
        if (year < MIN_YEAR || year > MAX_YEAR) throw new IllegalArgumentException("year " + year);
    }

    /** Whether a year is one a period can be in (1900–2999). */
    public static boolean inRange(int year) { return year >= MIN_YEAR && year <= MAX_YEAR; }

    /** Whether a date lies in a year a period can be in. */
    public static boolean inRange(LocalDate d) { return d.getYear() >= MIN_YEAR && d.getYear() <= MAX_YEAR; }

    /**
     * Parses a quarter as people write it: "2022-Q2", "2022Q2", "Quý II/2022", "quý 2/2022", "Q2/2022",
     * "Quý II năm 2022", "Q2 2022" (case, diacritics and spacing ignored). The one reader of a period,
     * for report cells and the command line alike.
     */
    public static Optional<Period> parse(String text) {
        if (text == null) return Optional.empty();
        String s = Names.fold(text);
        Matcher m = ISO.matcher(s);
        if (m.matches()) {
            int y = Integer.parseInt(m.group(1));
            return y >= MIN_YEAR && y <= MAX_YEAR ? Optional.of(new Period(y, Integer.parseInt(m.group(2)))) : Optional.empty();
        }
        m = VI.matcher(s);
        if (!m.matches()) m = WORDS.matcher(s);
        if (m.matches()) {
            int q = quarterNumber(m.group(1));
            int y = Integer.parseInt(m.group(2));
            if (q > 0 && y >= MIN_YEAR && y <= MAX_YEAR) return Optional.of(new Period(y, q));
        }
        return Optional.empty();
    }

    /** "i".."iv" or "1".."4" to 1..4; 0 when neither. */
    public static int quarterNumber(String token) {
        String t = token.trim().toUpperCase(java.util.Locale.ROOT);
        for (int i = 0; i < ROMAN.length; i++) if (ROMAN[i].equals(t)) return i + 1;
        if (t.length() == 1 && t.charAt(0) >= '1' && t.charAt(0) <= '4') return t.charAt(0) - '0';
        return 0;
    }

    public static Period of(LocalDate date) {
        return new Period(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate start() { return LocalDate.of(year, (quarter - 1) * 3 + 1, 1); }

    public LocalDate end() { return start().plusMonths(3).minusDays(1); }

    public Period next() { return quarter == 4 ? new Period(year + 1, 1) : new Period(year, quarter + 1); }

    public Period previous() { return quarter == 1 ? new Period(year - 1, 4) : new Period(year, quarter - 1); }

    public String roman() { return ROMAN[quarter - 1]; }

    /** Index counting quarters from year 0, so that differences are quarter counts. */
    public int ordinal() { return year * 4 + quarter - 1; }

    /** The period of an {@link #ordinal()}. */
    public static Period ofOrdinal(int ordinal) { return new Period(ordinal / 4, ordinal % 4 + 1); }

    @Override public int compareTo(Period o) { return Integer.compare(ordinal(), o.ordinal()); }

    @Override public String toString() { return year + "-Q" + quarter; }
}
