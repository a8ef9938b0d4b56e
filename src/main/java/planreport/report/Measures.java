package planreport.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import planreport.model.Entry;
import planreport.model.Indicator;
import planreport.model.Period;
import planreport.model.Plan;

/**
 * The figures of the plan's measures for a window (docs/plan-format.md "Measures"), each traced to
 * the rows it comes from: the window's value (a flow summed over the units and the window's periods,
 * a stock as the units' latest values at the window's end), the same for the window before and the
 * same window a year earlier, the year to date and the term to date against their targets, by year
 * and by period. Only the values the plan asks for count ({@link Plan#counts}). Computed once here;
 * render/ only words them.
 */
public final class Measures {
    private Measures() {}

    /** One row a figure comes from: its file, line (the sheet's row in a workbook) and cell ("Sheet!F7", null in a CSV file). */
    public record Source(String file, long line, String cell, String unitId, String taskId, Period period, long value) {}

    /**
     * A figure and the rows it sums: for a flow every counted value in its periods, for a stock each
     * unit's latest value up to its end. {@code value} is the sum of the rows' values.
     */
    public record Figure(long value, List<Source> rows) {
        public Figure { rows = List.copyOf(rows); }

        static Figure of(List<Source> rows) {
            if (rows.isEmpty()) return null;
            long v = 0;
            for (Source s : rows) v = Math.addExact(v, s.value());
            return new Figure(v, rows);
        }
    }

    /** A span of periods a figure covers (for a stock: the periods it looks back over, its value at {@code to}). */
    public record Span(Period from, Period to) {
        /** The same span shifted {@code quarters} back. */
        Span back(int quarters) { return new Span(Period.ofOrdinal(from.ordinal() - quarters), Period.ofOrdinal(to.ordinal() - quarters)); }

        public int length() { return to.ordinal() - from.ordinal() + 1; }
    }

    /** A figure set against another (an earlier period's): the change in percent of the earlier one (null when it was 0). */
    public record Comparison(Span span, Figure figure, BigDecimal change) {}

    /** A year's figure against its target ({@code rate}: the share of the target reached, null without a target). */
    public record YearFigure(int year, Figure figure, Long target, BigDecimal rate, boolean complete) {
        /** A whole year with a target that it did not reach. */
        public boolean belowTarget() { return complete && target != null && target > 0 && (figure == null ? 0 : figure.value()) < target; }
    }

    /**
     * One area's figure of a measure in the window: a district's ({@code area}: the plan's name of it,
     * the values of the bodies that answer for it) or, after those bodies ceased, a body that took over
     * their part ({@code bodyId}, its values from {@code since}, the day after they ceased).
     */
    public record AreaFigure(String area, String bodyId, LocalDate since, Figure figure) {}

    /** A period's figure (for the trend and the charts). */
    public record PeriodFigure(Period period, Figure figure) {}

    /**
     * One measure over a window. {@code window} is null when no unit gave a value; {@code previous} and
     * {@code yearAgo} are null when they do not apply (the term review) or nothing was reported then.
     */
    public record Result(Indicator measure, Span span, Figure window, Comparison previous, Comparison yearAgo, int year,
                         Figure yearToDate, Long yearTarget, BigDecimal yearRate, Figure termToDate, Long termTarget,
                         BigDecimal termRate, List<YearFigure> byYear, List<PeriodFigure> byPeriod, List<AreaFigure> byArea) {
        public Result {
            byYear = List.copyOf(byYear);
            byPeriod = List.copyOf(byPeriod);
            byArea = List.copyOf(byArea);
        }

        /** The whole years of the window's term below their targets. */
        public List<YearFigure> yearsBelowTarget() { return byYear.stream().filter(YearFigure::belowTarget).toList(); }
    }

    /** Every measure of the plan over the window, in the plan's order, from {@code measured} (the entries with values, up to the window's end). */
    public static List<Result> of(Plan plan, Window w, Iterable<Entry> measured) {
        List<Indicator> all = plan.indicators();
        // per measure: its counted values, by period
        List<Map<Period, List<Source>>> values = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) values.add(new HashMap<>());
        for (Entry e : measured) {
            if (e.period().compareTo(w.to()) > 0) continue;
            for (int i = 0; i < all.size(); i++) {
                Long v = e.indicator(i);
                if (v == null || !plan.counts(all.get(i), e.unitId(), e.taskId(), e.period())) continue;
                values.get(i).computeIfAbsent(e.period(), k -> new ArrayList<>())
                        .add(new Source(e.file(), e.line(), e.cell(i), e.unitId(), e.taskId(), e.period(), v));
            }
        }
        Map<String, Integer> unitOrder = new HashMap<>();
        for (int i = 0; i < plan.bodies().size(); i++) unitOrder.put(plan.bodies().get(i).id(), i);
        Comparator<Source> order = Comparator.comparing(Source::period)
                .thenComparing(s -> unitOrder.getOrDefault(s.unitId(), Integer.MAX_VALUE)).thenComparing(Source::file)
                .thenComparingLong(Source::line);
        for (Map<Period, List<Source>> m : values) m.values().forEach(l -> l.sort(order));

        Period termStart = plan.reporting().termStart();
        Span span = new Span(w.from(), w.to());
        boolean review = w.kind() == Kind.FINAL;
        List<Result> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Indicator m = all.get(i);
            Map<Period, List<Source>> v = values.get(i);
            Figure window = figure(plan, m, v, span, termStart);
            Comparison previous = null, yearAgo = null;
            if (!review && window != null) { // nothing to compare when no unit gave a value in the window
                Span before = span.back(span.length());
                if (span.length() < 4) previous = compare(window, before, figure(plan, m, v, before, termStart));
                Span lastYear = span.back(4);
                if (span.length() <= 4) yearAgo = compare(window, lastYear, figure(plan, m, v, lastYear, termStart));
            }
            int year = w.to().year();
            Span ytdSpan = new Span(max(new Period(year, 1), termStart), w.to());
            Figure ytd = figure(plan, m, v, ytdSpan, termStart);
            Long yearTarget = m.targets().get(year);
            Figure term = figure(plan, m, v, new Span(termStart, w.to()), termStart);
            List<YearFigure> years = new ArrayList<>();
            for (int y = (review ? termStart : w.from()).year(); y <= year; y++) {
                Period to = min(new Period(y, 4), w.to());
                Figure f = figure(plan, m, v, new Span(max(new Period(y, 1), termStart), to), termStart);
                Long t = m.targets().get(y);
                years.add(new YearFigure(y, f, t, rate(f, t), to.quarter() == 4 || to.equals(plan.reporting().termEnd())));
            }
            List<PeriodFigure> periods = new ArrayList<>();
            for (Period p = termStart; p.compareTo(w.to()) <= 0; p = p.next()) periods.add(new PeriodFigure(p, figure(plan, m, v, new Span(p, p), termStart)));
            out.add(new Result(m, span, window, previous, yearAgo, year, ytd, yearTarget, rate(ytd, yearTarget), term, m.termTarget(),
                    rate(term, m.termTarget()), years, periods, byArea(plan, m, window)));
        }
        return out;
    }

    /**
     * A measure's figure over a span: a flow sums every value of its periods; a stock takes each
     * unit's latest value up to the span's end (looking back to the term's start), and sums those —
     * of the units that still exist on the span's last day: a ceased unit's stock is its successors'
     * to report (the LĐLĐ's members, counted by its Đảng đoàn until 2025 and by its Ban Thường vụ after,
     * are counted once).
     */
    static Figure figure(Plan plan, Indicator m, Map<Period, List<Source>> v, Span s, Period termStart) {
        List<Source> rows = new ArrayList<>();
        if (!m.stock()) {
            for (Period p = s.from(); p.compareTo(s.to()) <= 0; p = p.next()) rows.addAll(v.getOrDefault(p, List.of()));
            return Figure.of(rows);
        }
        Map<String, Source> latest = new java.util.LinkedHashMap<>();
        for (Period p = s.to(); p.compareTo(termStart) >= 0 && p.compareTo(s.to()) <= 0; p = p.previous()) {
            for (Source src : v.getOrDefault(p, List.of())) {
                if (p.equals(s.to()) || plan.exists(src.unitId(), s.to().end())) latest.putIfAbsent(src.unitId(), src);
            }
        }
        rows.addAll(latest.values());
        rows.sort(Comparator.comparing(Source::period).thenComparing(Source::file).thenComparingLong(Source::line));
        return Figure.of(rows);
    }

    /**
     * The window's figure split by area (the per-area appendix): the rows of each district's bodies
     * (plan.yaml {@code area}), then, for a body that took over from ceased bodies of an area, its rows
     * of the periods after they ceased, of the measures those bodies reported; the rows of the province's own
     * bodies are in no area. Areas in
     * the order of their first body in the plan, then the successors in plan order.
     */
    static List<AreaFigure> byArea(Plan plan, Indicator m, Figure window) {
        if (window == null) return List.of();
        Map<String, List<Source>> areas = new java.util.LinkedHashMap<>(), successors = new java.util.LinkedHashMap<>();
        Map<String, LocalDate> since = new HashMap<>();
        for (Source s : window.rows()) {
            planreport.model.Body b = plan.body(s.unitId()).orElse(null);
            if (b == null) continue;
            if (b.area() != null) {
                areas.computeIfAbsent(b.area(), k -> new ArrayList<>()).add(s);
                continue;
            }
            LocalDate from = takenOverFromAnArea(plan, m, b.id(), s.period());
            if (from == null) continue;
            successors.computeIfAbsent(b.id(), k -> new ArrayList<>()).add(s);
            since.merge(b.id(), from, (x, y) -> x.isBefore(y) ? x : y);
        }
        List<AreaFigure> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (planreport.model.Body b : plan.bodies()) {
            if (b.area() != null && areas.containsKey(b.area()) && seen.add(b.area())) out.add(new AreaFigure(b.area(), null, null, Figure.of(areas.get(b.area()))));
        }
        for (planreport.model.Body b : plan.bodies()) {
            if (successors.containsKey(b.id())) out.add(new AreaFigure(null, b.id(), since.get(b.id()), Figure.of(successors.get(b.id()))));
        }
        return out;
    }

    /**
     * The day a body took over the part of a ceased body of an area that reported the measure, when
     * {@code p} comes after it (null: it did not, or not yet): the Ủy ban nhân dân tỉnh's own measures
     * are no district's, though it took over the district People's Committees' tasks.
     */
    private static LocalDate takenOverFromAnArea(Plan plan, Indicator m, String bodyId, Period p) {
        LocalDate first = null;
        for (String pred : plan.predecessors(bodyId)) {
            planreport.model.Body pb = plan.body(pred).orElse(null);
            if (pb == null || pb.area() == null || pb.until() == null || !p.start().isAfter(pb.until())) continue;
            if (!plan.reporters(m, Period.of(pb.until())).contains(pred)) continue;
            LocalDate d = pb.until().plusDays(1);
            if (first == null || d.isBefore(first)) first = d;
        }
        return first;
    }

    private static Comparison compare(Figure now, Span span, Figure then) {
        if (then == null) return null;
        BigDecimal change = now == null ? null : Percent.of(now.value() - then.value(), then.value());
        return new Comparison(span, then, change);
    }

    private static BigDecimal rate(Figure f, Long target) {
        return target == null || target == 0 ? null : Percent.of(f == null ? 0 : f.value(), target);
    }

    private static Period max(Period a, Period b) { return a.compareTo(b) >= 0 ? a : b; }

    private static Period min(Period a, Period b) { return a.compareTo(b) <= 0 ? a : b; }
}
