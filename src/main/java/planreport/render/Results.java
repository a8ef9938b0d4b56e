package planreport.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import planreport.model.Indicator;
import planreport.model.Names;
import planreport.report.Kind;
import planreport.report.Measures;
import planreport.report.Window;

/**
 * The words of part II's results for one section: what was achieved, as an official writes it —
 * "Trong quý II năm 2023, kết nạp 873 đoàn viên (tăng 12,5% so với quý trước …; từ đầu năm đạt 2.020
 * người, bằng 50,5% chỉ tiêu năm 2023)". Every figure, comparison and rate is {@link Measures}'; this
 * class only words them, every word from the report catalogue ({@code results.*}).
 */
final class Results {
    private final Messages msg;
    private final Window w;

    Results(Messages msg, Window w) {
        this.msg = msg;
        this.w = w;
    }

    /** The section's results sentence, or null when none of its measures has a value in the window. */
    String sentence(List<Measures.Result> measures) {
        List<String> items = new ArrayList<>();
        for (Measures.Result m : measures) {
            if (m.window() == null) continue;
            items.add(item(m));
        }
        if (items.isEmpty()) return null;
        String lead = w.kind() == Kind.FINAL ? msg.get("results.lead.final") : msg.fill("results.lead", "window", msg.window(w.from(), w.to()));
        return lead + " " + String.join("; ", items) + ".";
    }

    /** One measure: its figure in the official's words, then in brackets the comparisons and where it stands against its targets. */
    private String item(Measures.Result m) {
        Indicator ind = m.measure();
        String figure = said(ind, m.window().value());
        List<String> notes = new ArrayList<>();
        if (w.kind() != Kind.FINAL) {
            boolean quarter = m.span().length() == 1;
            if (m.previous() != null) notes.add(change(m.previous().change(), msg.get(ind.stock() ? "results.base.previous_stock" : quarter ? "results.base.previous_quarter" : "results.base.previous")));
            if (m.yearAgo() != null) {
                String base = m.span().length() == 4 ? msg.fill("results.base.year_before", "year", String.valueOf(m.yearAgo().span().to().year()))
                        : msg.fill("results.base.year_ago", "year", String.valueOf(m.yearAgo().span().to().year()));
                notes.add(change(m.yearAgo().change(), base));
            }
            if (!ind.stock() && m.yearTarget() != null && m.yearTarget() > 0) {
                boolean wholeYear = m.span().length() == 4 && m.span().from().quarter() == 1;
                notes.add(wholeYear
                        ? msg.fill("results.year_rate", "rate", msg.percentText(m.yearRate()), "year", String.valueOf(m.year()))
                        : msg.fill("results.ytd", "ytd", msg.number(m.yearToDate() == null ? 0 : m.yearToDate().value()), "unit", ind.unit(),
                                "rate", msg.percentText(m.yearRate()), "year", String.valueOf(m.year())));
            }
            if (!ind.stock() && m.termTarget() != null && m.termTarget() > 0) {
                notes.add(msg.fill("results.term", "term", msg.number(m.termToDate() == null ? 0 : m.termToDate().value()), "unit", ind.unit(),
                        "rate", msg.percentText(m.termRate())));
            }
        } else {
            if (!ind.stock() && m.termTarget() != null && m.termTarget() > 0) {
                notes.add(msg.fill("results.term_final", "rate", msg.percentText(m.termRate()), "target", msg.number(m.termTarget()), "unit", ind.unit()));
            }
            List<String> below = new ArrayList<>();
            for (Measures.YearFigure y : m.yearsBelowTarget()) {
                below.add(msg.fill("results.below_year", "year", String.valueOf(y.year()), "rate", msg.percentText(y.rate())));
            }
            if (!below.isEmpty()) notes.add(msg.fill("results.below", "years", String.join(", ", below)));
        }
        return notes.isEmpty() ? figure : figure + " (" + String.join("; ", notes) + ")";
    }

    /** "kết nạp 873 đoàn viên" by the measure's phrase, else "số …: 873 người". */
    private String said(Indicator ind, long n) {
        if (ind.phrase() != null) return ind.phrase().replace("{n}", msg.number(n));
        return msg.fill("results.plain", "name", Names.lowerFirst(ind.name()), "n", msg.number(n), "unit", ind.unit());
    }

    /** "tăng 12,5% so với quý trước", "giảm 3,1% so với cùng kỳ năm 2022", "bằng quý trước". */
    private String change(BigDecimal p, String base) {
        if (p == null) return msg.fill("results.change.from_zero", "base", base);
        int sign = p.signum();
        if (sign == 0) return msg.fill("results.change.same", "base", base);
        return msg.fill(sign > 0 ? "results.change.up" : "results.change.down", "p", msg.percentText(p.abs()), "base", base);
    }
}
