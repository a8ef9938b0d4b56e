package planreport.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import planreport.model.Period;

/** Vietnamese formatting of dates, periods, numbers and percentages, done here so templates only place text. */
public final class Vn {
    private Vn() {}

    /**
     * "ngày 05 tháng 01 năm 2022", "ngày 20 tháng 7 năm 2022": a leading zero for days under 10 and
     * for months 1 and 2, as Party and state documents write dates (so "tháng 1" cannot become 10–12).
     */
    public static String longDate(LocalDate d) {
        if (d == null) return null;
        int m = d.getMonthValue();
        return "ngày " + two(d.getDayOfMonth()) + " tháng " + (m <= 2 ? two(m) : String.valueOf(m)) + " năm " + d.getYear();
    }

    /** "05/01/2022": dates in tables. */
    public static String shortDate(LocalDate d) {
        if (d == null) return null;
        return two(d.getDayOfMonth()) + "/" + two(d.getMonthValue()) + "/" + d.getYear();
    }

    /** "12/6/2021": a date inside a document reference, as the plan writes it. */
    public static String plainDate(LocalDate d) {
        if (d == null) return null;
        return d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear();
    }

    private static String two(int n) { return n < 10 ? "0" + n : String.valueOf(n); }

    /** "Quý II/2022". */
    public static String period(Period p) { return "Quý " + p.roman() + "/" + p.year(); }

    /** "quý II năm 2022". */
    public static String periodWords(Period p) { return "quý " + p.roman() + " năm " + p.year(); }

    /** "quý II năm 2022", "6 tháng đầu năm 2022", "năm 2022", "từ quý IV năm 2021 đến quý II năm 2023". */
    public static String window(Period from, Period to) {
        if (from.equals(to)) return periodWords(from);
        if (from.year() == to.year()) {
            int a = from.quarter(), b = to.quarter();
            if (a == 1 && b == 4) return "năm " + from.year();
            if (a == 1 && b == 2) return "6 tháng đầu năm " + from.year();
            if (a == 3 && b == 4) return "6 tháng cuối năm " + from.year();
            if (a == 1 && b == 3) return "9 tháng đầu năm " + from.year();
        }
        return "từ " + periodWords(from) + " đến " + periodWords(to);
    }

    /** 1234567 → "1.234.567". */
    public static String number(long n) {
        String s = Long.toString(Math.abs(n));
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && (s.length() - i) % 3 == 0) b.append('.');
            b.append(s.charAt(i));
        }
        return (n < 0 ? "-" : "") + b;
    }

    /** part ÷ whole as a percentage with one decimal, half up; null when whole is 0. */
    public static BigDecimal percent(long part, long whole) {
        if (whole == 0) return null;
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** 85.7 → "85,7%", 100.0 → "100%", null → "—". */
    public static String percentText(BigDecimal p) {
        if (p == null) return "—";
        BigDecimal s = p.stripTrailingZeros();
        if (s.scale() < 0) s = s.setScale(0);
        return s.toPlainString().replace('.', ',') + "%";
    }

    /** A bar of up to 20 blocks for Markdown charts. */
    public static String bar(BigDecimal percent) {
        if (percent == null) return "";
        int n = percent.divide(BigDecimal.valueOf(5), 0, RoundingMode.HALF_UP).intValue();
        if (n == 0 && percent.signum() > 0) n = 1;
        return "█".repeat(Math.min(20, n));
    }
}
