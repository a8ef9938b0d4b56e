package planreport.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import planreport.check.Code;
import planreport.check.Diagnostic;
import planreport.model.Period;
import planreport.model.Plan;

/**
 * The periods one report covers, and the day it is compiled on. {@code name} is the period part of
 * the output file names ("2022-Q2", "2022", "2022-Q1_2022-Q2").
 */
public record Window(Kind kind, Period from, Period to, LocalDate asOf, String name) {

    public Window {
        if (from.compareTo(to) > 0) throw new IllegalArgumentException(from + " is after " + to);
    }

    /** One quarter. */
    public static Window quarter(Period p, LocalDate asOf) { return new Window(Kind.SUMMARY, p, p, asOf, p.toString()); }

    /** A range of quarters for a summary. */
    public static Window range(Period from, Period to, LocalDate asOf) {
        return new Window(Kind.SUMMARY, from, to, asOf, from.equals(to) ? from.toString() : from + "_" + to);
    }

    /** A calendar year, clipped to the plan term; null when the year lies outside it. */
    public static Window year(int year, Plan plan, LocalDate asOf) {
        if (!Period.inRange(year)) return null;
        Period from = new Period(year, 1), to = new Period(year, 4);
        Period ts = plan.reporting().termStart(), te = plan.reporting().termEnd();
        if (from.compareTo(ts) < 0) from = ts;
        if (to.compareTo(te) > 0) to = te;
        if (from.compareTo(to) > 0) return null;
        return new Window(Kind.SUMMARY, from, to, asOf, String.valueOf(year));
    }

    /** The final review: the whole term up to {@code to}. */
    public static Window term(Plan plan, Period to, LocalDate asOf) {
        Period from = plan.reporting().termStart();
        return new Window(Kind.FINAL, from, to, asOf, from + "_" + to);
    }

    /**
     * Why the periods asked for make no window: a key of the command-line texts and the facts it
     * names, for the command to say in the user's language.
     */
    public static final class Unfit extends Exception {
        private final String key;
        private final java.util.Map<String, String> facts;

        Unfit(String key, String... namesAndValues) {
            super(key, null, false, false);
            this.key = key;
            java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
            for (int i = 0; i + 1 < namesAndValues.length; i += 2) m.put(namesAndValues[i], namesAndValues[i + 1]);
            this.facts = java.util.Collections.unmodifiableMap(m);
        }

        public String key() { return key; }

        public java.util.Map<String, String> facts() { return facts; }
    }

    /**
     * The window a command line asks for — the one home of the term and window rules. For a
     * summary: {@code period} (a quarter, "2022-Q2" or "Quý II/2022", or a year, "2022", clipped
     * to the term) or {@code from} and {@code to}; for the final review: the term up to {@code to},
     * by default the last quarter whose reports are due as of {@code asOf}. Every quarter named
     * must lie in the plan term. A window that starts after {@code asOf} makes no report (nothing
     * of it has happened yet); one that ends after it is compiled with a warning ({@link #early()}).
     */
    public static Window select(Kind kind, Plan plan, LocalDate asOf, String period, String from, String to) throws Unfit {
        Window w = choose(kind, plan, asOf, period, from, to);
        if (asOf.isBefore(w.from().start())) {
            throw new Unfit("window.as_of_before_start", "as_of_date", asOf.toString(), "start_date", w.from().start().toString(),
                    "first_period", w.from().toString());
        }
        return w;
    }

    /**
     * The warning a report compiled before its window ends carries (as-of-before-window-end), or
     * null: its last quarter has not ended on the report's date, so its figures are incomplete.
     */
    public Diagnostic early() {
        if (!asOf.isBefore(to.end())) return null;
        return Diagnostic.of(Code.AS_OF_BEFORE_WINDOW_END).period(to).with("as_of", asOf).with("window_end", to.end());
    }

    private static Window choose(Kind kind, Plan plan, LocalDate asOf, String period, String from, String to) throws Unfit {
        if (kind == Kind.FINAL) {
            if (period != null || from != null) throw new Unfit("window.final_whole_term");
            Period end = to != null ? quarter(to, "--to", plan) : lastDue(plan, asOf);
            if (end == null) throw new Unfit("window.none_due", "as_of", asOf.toString());
            return term(plan, end, asOf);
        }
        if (period != null) {
            if (from != null || to != null) throw new Unfit("window.period_or_range");
            String p = period.strip();
            if (p.length() == 4 && p.chars().allMatch(Character::isDigit)) {
                Window w = year(Integer.parseInt(p), plan, asOf);
                if (w == null) throw outside("--period", p, plan);
                return w;
            }
            return quarter(quarter(p, "--period", plan), asOf);
        }
        if (from == null || to == null) throw new Unfit("window.summary_needs_period");
        Period a = quarter(from, "--from", plan), b = quarter(to, "--to", plan);
        if (a.compareTo(b) > 0) throw new Unfit("window.from_after_to", "from", a.toString(), "to", b.toString());
        return range(a, b, asOf);
    }

    /** A quarter named by an option, which must parse and lie in the plan term. */
    public static Period quarter(String text, String option, Plan plan) throws Unfit {
        Period p = Period.parse(text).orElseThrow(() -> new Unfit("window.not_a_period", "option", option, "value", text));
        if (!plan.reporting().inTerm(p)) throw outside(option, p.toString(), plan);
        return p;
    }

    /**
     * A period outside the term, naming the plan.yaml key that sets the side it falls beyond
     * ({@code reporting.term.end} or {@code .start}), and whether that end is marked assumed: a new
     * plan period is added by changing that key, not the code.
     */
    private static Unfit outside(String option, String value, Plan plan) {
        Period p = Period.parse(value).orElse(null);
        boolean after = p == null ? value.compareTo(String.valueOf(plan.reporting().termEnd().year())) > 0
                : p.compareTo(plan.reporting().termEnd()) > 0;
        boolean assumed = after && plan.reporting().termEndAssumed();
        return new Unfit(assumed ? "window.outside_term_assumed" : "window.outside_term", "option", option, "value", value,
                "term_start", plan.reporting().termStart().toString(), "term_end", plan.reporting().termEnd().toString(),
                "plan_key", after ? "reporting.term.end" : "reporting.term.start");
    }

    /** The last period of the term whose reports were due before {@code asOf}; null when none is. */
    public static Period lastDue(Plan plan, LocalDate asOf) {
        Period last = null;
        for (Period p : plan.termPeriods()) if (planreport.model.Obligations.reportsDue(plan, p, asOf)) last = p;
        return last;
    }

    /**
     * Which kind of review this window makes, which decides who issues, signs and receives it
     * (plan.yaml {@code reporting.reviews}): the final review and a review of the whole term are the
     * tổng kết; a year or more across years a sơ kết ({@link Assessment#scope}); one quarter a
     * quarter's progress report; two quarters of one year six months'; any other window a year's.
     */
    public planreport.model.ReviewKind reviewKind(Plan plan) {
        Scope s = Assessment.scope(this, plan);
        if (kind == Kind.FINAL || s == Scope.FINAL) return planreport.model.ReviewKind.FINAL;
        if (s == Scope.MILESTONE) return planreport.model.ReviewKind.MILESTONE;
        int n = periods().size();
        if (n == 1) return planreport.model.ReviewKind.QUARTER;
        if (n == 2 && from.year() == to.year()) return planreport.model.ReviewKind.HALF;
        return planreport.model.ReviewKind.YEAR;
    }

    public List<Period> periods() {
        List<Period> out = new ArrayList<>();
        for (Period p = from; p.compareTo(to) <= 0; p = p.next()) out.add(p);
        return out;
    }

    public boolean contains(Period p) { return p.compareTo(from) >= 0 && p.compareTo(to) <= 0; }

    /** The first period whose rows must be kept: the window, widened to the start of its first year for year-to-date figures. */
    public Period keepFrom() {
        Period q1 = new Period(from.year(), 1);
        return q1.compareTo(from) < 0 ? q1 : from;
    }
}
