package planreport.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

    /** The last period of the term whose reports were due before {@code asOf}; null when none is. */
    public static Period lastDue(Plan plan, LocalDate asOf) {
        Period last = null;
        for (Period p : plan.termPeriods()) if (asOf.isAfter(plan.reporting().dueDate(p))) last = p;
        return last;
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
