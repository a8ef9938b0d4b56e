package planreport.render;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import planreport.model.Lang;
import planreport.model.TextFile;
import planreport.model.Wording;
import planreport.model.Period;

/**
 * One language's message catalogue ({@code messages/<lang>.properties}) and the dates, periods and
 * numbers written by its patterns (through the one writer, {@link Wording}), so that neither the
 * templates nor {@link ReportModel} hold text of one language: Vietnamese (the default) and English
 * are two catalogues of the same keys.
 */
public final class Messages {
    private final Lang lang;
    private final TextFile text;
    private final Wording wording;

    private Messages(Lang lang) {
        this.lang = lang;
        this.text = Wording.report(lang);
        this.wording = new Wording(text);
    }

    /** The packaged catalogue of a language. */
    public static Messages of(Lang lang) { return new Messages(lang); }

    public Lang lang() { return lang; }

    /** "" for the default language, ".en" for English: goes before the extension of output names. */
    public String fileSuffix() { return lang.fileSuffix(); }

    /** Every key and its text, sorted: what a catalogue holds (the templates see it as {@code msg}). */
    public Map<String, String> all() { return text.all(); }

    public String get(String key) { return text.get(key); }

    /** Whether the catalogue has {@code key} (an optional variant of a message). */
    public boolean has(String key) { return text.has(key); }

    /** The message with each {name} replaced, in one pass (a value's own braces stay as they are): pairs of name and value. */
    public String fill(String key, String... namesAndValues) { return text.get(key, (Object[]) namesAndValues); }

    /** A date by the catalogue's pattern {@code key} (the one writer, {@link Wording#date}). */
    public String date(String key, LocalDate d) { return wording.date(key, d); }

    /** "ngày 05 tháng 01 năm 2022", "ngày 20 tháng 7 năm 2022"; "20 July 2023". */
    public String longDate(LocalDate d) { return wording.longDate(d); }

    /** "05/01/2022", "20/7/2022": dates in tables (in Vietnamese, the month as documents write it). */
    public String shortDate(LocalDate d) { return wording.shortDate(d); }

    /** "12/6/2021", "12 June 2021": a date inside a document reference. */
    public String plainDate(LocalDate d) { return wording.plainDate(d); }

    /** "Quý II/2022", "Q2 2022". */
    public String period(Period p) { return wording.period(p); }

    /** "quý II/2022", "Q2 2022": a period inside a sentence or in brackets after a task. */
    public String periodInline(Period p) { return wording.periodInline(p); }

    /** "quý II năm 2022", "Q2 2022". */
    public String periodWords(Period p) { return wording.periodWords(p); }

    /** "quý II năm 2022", "6 tháng đầu năm 2022", "năm 2022", "từ quý IV năm 2021 đến quý II năm 2023". */
    public String window(Period from, Period to) {
        if (from.equals(to)) return periodWords(from);
        if (from.year() == to.year()) {
            int a = from.quarter(), b = to.quarter();
            String y = String.valueOf(from.year());
            if (a == 1 && b == 4) return fill("window.year", "year", y);
            if (a == 1 && b == 2) return fill("window.first_half", "year", y);
            if (a == 3 && b == 4) return fill("window.second_half", "year", y);
            if (a == 1 && b == 3) return fill("window.nine_months", "year", y);
        }
        return fill("window.range", "from", periodWords(from), "to", periodWords(to));
    }

    /**
     * The resolution a plan implements, as the report's subject and opening cite it: "Nghị quyết số
     * 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị về …" — the number, then its date, body and title where
     * plan.yaml gives them (the plan's own text, kept as written in every language).
     */
    public String resolution(planreport.model.PlanInfo info) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        parts.add(fill("resolution.number", "number", info.resolutionNumber()));
        if (info.resolutionDate() != null) parts.add(fill("resolution.date", "date", plainDate(info.resolutionDate())));
        if (info.resolutionBody() != null) parts.add(fill("resolution.body", "body", info.resolutionBody()));
        if (info.resolutionTitle() != null) parts.add(fill("resolution.title", "title", info.resolutionTitle()));
        return String.join(" ", parts);
    }

    /** 1234567 → "1.234.567", "1,234,567". */
    public String number(long n) { return wording.number(n); }

    /** 85.7 → "85,7%" or "85.7%", 100.0 → "100%", null → "—". */
    public String percentText(BigDecimal p) { return wording.percent(p); }
}
