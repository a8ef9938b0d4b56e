package planreport.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The one writer of dates, periods and numbers in words, so that every document, message and
 * command writes them alike: a language's pattern (a key of a {@link TextFile}) filled with the
 * parts of a date ({dd} {d} {mm} {m} {month} {year}), a period ({roman} {q} {year}) or a number.
 * The report's own patterns are {@code messages/<lang>.properties} ({@link #of(Lang)}).
 */
public final class Wording {
    private final TextFile patterns;

    /** The writer over the patterns of {@code patterns}. */
    public Wording(TextFile patterns) { this.patterns = patterns; }

    /** The writer over the report's patterns of a language ({@code messages/<lang>.properties}). */
    public static Wording of(Lang lang) { return new Wording(report(lang)); }

    /** The report's words of a language: the patterns {@link #of(Lang)} writes by, and every text the documents say. */
    public static TextFile report(Lang lang) { return TextFile.of("/messages/" + lang.tag() + ".properties"); }

    /**
     * The date by the pattern {@code key}. {@code {month}} is the catalogue's {@code month.<m>} when it
     * has one ("July"), else the month as Vietnamese documents write it: "01" and "02", then "3" to
     * "12" (ngày 05/01/2022, 20/7/2022).
     */
    public String date(String key, LocalDate d) {
        if (d == null) return null;
        int m = d.getMonthValue();
        String month = patterns.has("month." + m) ? patterns.get("month." + m) : m <= 2 ? two(m) : Integer.toString(m);
        return patterns.get(key, "dd", two(d.getDayOfMonth()), "d", d.getDayOfMonth(), "mm", two(m), "m", m, "month", month,
                "year", d.getYear());
    }

    /** The period by the pattern {@code key}: "quý II/2022", "Q2 2022", "2022-Q2". */
    public String period(String key, Period p) { return patterns.get(key, "roman", p.roman(), "q", p.quarter(), "year", p.year()); }

    /** "ngày 05 tháng 01 năm 2022", "20 July 2023" (the report's {@code date.long}). */
    public String longDate(LocalDate d) { return date("date.long", d); }

    /** "05/01/2022", "20/7/2022": dates in tables (the report's {@code date.short}). */
    public String shortDate(LocalDate d) { return date("date.short", d); }

    /** "12/6/2021", "12 June 2021": a date inside a document reference ({@code date.plain}). */
    public String plainDate(LocalDate d) { return date("date.plain", d); }

    /** "Quý II/2022", "Q2 2022" ({@code period.short}). */
    public String period(Period p) { return period("period.short", p); }

    /** "quý II/2022", "Q2 2022": inside a sentence ({@code period.inline}). */
    public String periodInline(Period p) { return period("period.inline", p); }

    /** "quý II năm 2022", "Q2 2022" ({@code period.words}). */
    public String periodWords(Period p) { return period("period.words", p); }

    /** 1234567 → "1.234.567", "1,234,567": grouped by the catalogue's {@code number.grouping}. */
    public String number(long n) {
        String sep = patterns.get("number.grouping");
        String s = Long.toString(Math.abs(n));
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && (s.length() - i) % 3 == 0) b.append(sep);
            b.append(s.charAt(i));
        }
        return (n < 0 ? "-" : "") + b;
    }

    /** 85.7 → "85,7%" or "85.7%" (the catalogue's {@code number.decimal}), 100.0 → "100%", null → "—". */
    public String percent(BigDecimal p) {
        if (p == null) return "—";
        BigDecimal s = p.stripTrailingZeros();
        if (s.scale() < 0) s = s.setScale(0);
        return s.toPlainString().replace(".", patterns.get("number.decimal")) + "%";
    }

    private static String two(int n) { return n < 10 ? "0" + n : Integer.toString(n); }
}
