package planreport.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import planreport.model.Entry;
import planreport.model.Plan;
import planreport.model.TextFile;
import planreport.model.Task;

/**
 * What the committees did under the plan's section III, summed from the units' rows on its duties
 * (documents issued, inspections, conferences…), for part I of a review: said as totals, never the
 * rows pasted. The kinds and their patterns are data ({@code report/activities.properties}), so an
 * office whose units write otherwise changes a file, not this class.
 */
public final class Activities {
    private Activities() {}

    /** A figure as units write it: "12", "1.200", "1 200". */
    static final String FIGURE = "(\\d{1,3}(?:[. ]\\d{3})+|\\d+)";

    /**
     * One kind of activity and its patterns; {@code figureFirst}: the patterns written to start with a figure
     * ({n} first), whose matches can only start at a digit (both of {@link #FIGURE}'s ways start with \d, an ASCII digit).
     */
    record Kind(String id, List<Pattern> patterns, Set<Pattern> figureFirst) {
        Kind(String id, List<Pattern> patterns) { this(id, patterns, Set.of()); }
    }

    private static List<Kind> kinds;

    /** The kinds of activity in the order the review names them, read once. */
    static synchronized List<Kind> kinds() {
        if (kinds == null) {
            TextFile f = TextFile.of("/report/activities.properties");
            List<Kind> out = new ArrayList<>();
            for (String id : f.get("kinds").split(",")) {
                List<Pattern> ps = new ArrayList<>();
                Set<Pattern> figureFirst = new HashSet<>();
                for (int i = 1; f.has(id.strip() + "." + i); i++) {
                    String written = f.get(id.strip() + "." + i);
                    Pattern p = Pattern.compile(written.replace("{n}", FIGURE), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
                    ps.add(p);
                    if (written.startsWith("{n}")) figureFirst.add(p);
                }
                out.add(new Kind(id.strip(), List.copyOf(ps), Set.copyOf(figureFirst)));
            }
            kinds = List.copyOf(out);
        }
        return kinds;
    }

    /** From this many rows on duties on, their texts are read on two threads, half each (fewer, or one processor: on the caller's alone). */
    static final int SPLIT = 2_000;

    /**
     * The activities of the window's rows on duties (section III), each kind with its totals and the
     * units that reported it, in the order of the kinds; kinds nobody reported are left out.
     */
    public static List<Report.Activity> of(Plan plan, Window window, Iterable<Entry> entries) {
        List<Kind> ks = kinds();
        List<Entry> rows = new ArrayList<>();
        for (Entry e : entries) {
            if (!window.contains(e.period()) || e.result() == null) continue;
            Task t = plan.task(e.taskId()).orElse(null);
            if (t == null || !t.duty()) continue;
            rows.add(e);
        }
        Found found = rows.size() < SPLIT || Runtime.getRuntime().availableProcessors() < 2 ? Found.of(ks, rows) : Found.ofHalves(ks, rows);
        Map<String, Report.Activity> out = new LinkedHashMap<>();
        for (int i = 0; i < ks.size(); i++) {
            if (!found.units.get(i).isEmpty()) {
                out.put(ks.get(i).id(), new Report.Activity(ks.get(i).id(), found.first[i], found.second[i], found.units.get(i).size()));
            }
        }
        return List.copyOf(out.values());
    }

    /**
     * What some rows say, kind by kind: the sums of the first and second figures, the units. Sums and sets
     * do not depend on the order the rows are read in, so two halves read at once and added up give what
     * the rows read in turn give (the figures are never negative: a sum too large for a long overflows in
     * the addition of the halves exactly when it would in turn).
     */
    private record Found(long[] first, long[] second, List<Set<String>> units) {
        static Found of(List<Kind> ks, List<Entry> rows) {
            Found f = new Found(new long[ks.size()], new long[ks.size()], new ArrayList<>());
            for (int i = 0; i < ks.size(); i++) f.units.add(new HashSet<>());
            for (Entry e : rows) {
                for (int i = 0; i < ks.size(); i++) {
                    long[] found = find(ks.get(i), e.result());
                    if (found == null) continue;
                    f.first[i] = Math.addExact(f.first[i], found[0]);
                    f.second[i] = Math.addExact(f.second[i], found[1]);
                    f.units.get(i).add(e.unitId());
                }
            }
            return f;
        }

        /** The rows' first half read on a thread of its own while the caller reads the second (a country's 10,000 rows: half a second of regular expressions). */
        static Found ofHalves(List<Kind> ks, List<Entry> rows) {
            int half = rows.size() / 2;
            Object[] done = new Object[1];
            Thread other = new Thread(() -> {
                try {
                    done[0] = of(ks, rows.subList(0, half));
                } catch (RuntimeException | Error e) {
                    done[0] = e;
                }
            }, "plan-report-activities");
            other.setDaemon(true);
            other.start();
            Found second = of(ks, rows.subList(half, rows.size()));
            try {
                other.join();
            } catch (InterruptedException e) {
                other.interrupt();
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the rows' activities", e);
            }
            if (done[0] instanceof RuntimeException e) throw e;
            if (done[0] instanceof Error e) throw e;
            Found first = (Found) done[0];
            for (int i = 0; i < ks.size(); i++) {
                first.first[i] = Math.addExact(first.first[i], second.first[i]);
                first.second[i] = Math.addExact(first.second[i], second.second[i]);
                first.units.get(i).addAll(second.units.get(i));
            }
            return first;
        }
    }

    /**
     * The figures one text gives for a kind (each match of each pattern summed: "2 cuộc kiểm tra …; 3
     * cuộc giám sát" is 5), or null when none of its patterns matches.
     */
    static long[] find(Kind k, String text) {
        long[] sum = null;
        for (Pattern p : k.patterns()) {
            Matcher m = p.matcher(text);
            boolean figureFirst = k.figureFirst().contains(p);
            if (figureFirst) m.useTransparentBounds(true).useAnchoringBounds(false);
            for (int at = figureFirst ? digit(text, 0) : 0; at >= 0; ) {
                // A pattern that starts with a figure is tried only where a digit is, each match where find()
                // would find it: no match of it starts elsewhere, and the region's bounds are transparent and
                // anchor nothing, so the pattern sees the whole text. (Tried at every place, these patterns
                // took 40 % of a country's aggregation.)
                if (figureFirst) {
                    if (!m.region(at, text.length()).lookingAt()) {
                        at = digit(text, at + 1);
                        continue;
                    }
                    at = digit(text, m.end());
                } else if (!m.find()) {
                    break;
                }
                if (sum == null) sum = new long[2];
                if (m.groupCount() >= 1 && m.group(1) != null) sum[0] += figure(m.group(1));
                if (m.groupCount() >= 2 && m.group(2) != null) sum[1] += figure(m.group(2));
            }
        }
        return sum;
    }

    /** Where the first ASCII digit at or after {@code from} is in {@code text}, or -1. */
    private static int digit(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') return i;
        }
        return -1;
    }

    private static long figure(String s) {
        String digits = s.replaceAll("[. ]", "");
        return digits.length() > 12 ? 0 : Long.parseLong(digits);
    }
}
