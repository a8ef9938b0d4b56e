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

    /** One kind of activity and its patterns. */
    record Kind(String id, List<Pattern> patterns) {}

    private static List<Kind> kinds;

    /** The kinds of activity in the order the review names them, read once. */
    static synchronized List<Kind> kinds() {
        if (kinds == null) {
            TextFile f = TextFile.of("/report/activities.properties");
            List<Kind> out = new ArrayList<>();
            for (String id : f.get("kinds").split(",")) {
                List<Pattern> ps = new ArrayList<>();
                for (int i = 1; f.has(id.strip() + "." + i); i++) {
                    String p = f.get(id.strip() + "." + i).replace("{n}", FIGURE);
                    ps.add(Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                }
                out.add(new Kind(id.strip(), List.copyOf(ps)));
            }
            kinds = List.copyOf(out);
        }
        return kinds;
    }

    /**
     * The activities of the window's rows on duties (section III), each kind with its totals and the
     * units that reported it, in the order of the kinds; kinds nobody reported are left out.
     */
    public static List<Report.Activity> of(Plan plan, Window window, Iterable<Entry> entries) {
        List<Kind> ks = kinds();
        long[] first = new long[ks.size()], second = new long[ks.size()];
        List<Set<String>> units = new ArrayList<>();
        for (int i = 0; i < ks.size(); i++) units.add(new HashSet<>());
        for (Entry e : entries) {
            if (!window.contains(e.period()) || e.result() == null) continue;
            Task t = plan.task(e.taskId()).orElse(null);
            if (t == null || !t.duty()) continue;
            for (int i = 0; i < ks.size(); i++) {
                long[] found = find(ks.get(i), e.result());
                if (found == null) continue;
                first[i] = Math.addExact(first[i], found[0]);
                second[i] = Math.addExact(second[i], found[1]);
                units.get(i).add(e.unitId());
            }
        }
        Map<String, Report.Activity> out = new LinkedHashMap<>();
        for (int i = 0; i < ks.size(); i++) {
            if (!units.get(i).isEmpty()) out.put(ks.get(i).id(), new Report.Activity(ks.get(i).id(), first[i], second[i], units.get(i).size()));
        }
        return List.copyOf(out.values());
    }

    /**
     * The figures one text gives for a kind (each match of each pattern summed: "2 cuộc kiểm tra …; 3
     * cuộc giám sát" is 5), or null when none of its patterns matches.
     */
    static long[] find(Kind k, String text) {
        long[] sum = null;
        for (Pattern p : k.patterns()) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (sum == null) sum = new long[2];
                if (m.groupCount() >= 1 && m.group(1) != null) sum[0] += figure(m.group(1));
                if (m.groupCount() >= 2 && m.group(2) != null) sum[1] += figure(m.group(2));
            }
        }
        return sum;
    }

    private static long figure(String s) {
        String digits = s.replaceAll("[. ]", "");
        return digits.length() > 12 ? 0 : Long.parseLong(digits);
    }
}
