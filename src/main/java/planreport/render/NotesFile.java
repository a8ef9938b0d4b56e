package planreport.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import planreport.model.Lang;
import planreport.model.Notes;
import planreport.report.Report;

/**
 * The notes file of a review as {@code notes init} writes it: the headings of the report's language
 * and the data's draft points as comments (io/NotesReader reads one back).
 */
public final class NotesFile {
    private NotesFile() {}

    /**
     * An empty notes file in {@code lang}: a comment saying how to fill it, then each part's {@code ##}
     * heading with the points the data drafts for it ({@code report} null: the headings alone).
     */
    @SuppressWarnings("unchecked")
    public static String template(Report report, Lang lang) {
        Messages msg = Messages.of(lang);
        Map<String, Object> review = report == null ? null : new Review(planreport.report.Assessment.of(report), msg, Notes.NONE).build();
        StringBuilder b = new StringBuilder();
        String window = report == null ? "…" : msg.window(report.window().from(), report.window().to());
        b.append("<!-- ").append(safe(msg.fill("notes.file_intro", "window", window))).append(" -->\n");
        for (Notes.Part p : Notes.Part.values()) {
            b.append("\n## ").append(msg.get("notes.heading." + p.id())).append("\n\n");
            List<String> points = new ArrayList<>();
            if (review != null) {
                switch (p) {
                    case LEADERSHIP -> points.addAll((List<String>) ((Map<String, Object>) review.get("leadership")).get("points"));
                    case RESULTS -> {
                        points.add((String) review.get("overall"));
                        for (Object o : (List<Object>) review.get("sections")) {
                            Map<String, Object> s = (Map<String, Object>) o;
                            points.add(s.get("id") + ". " + s.get("text"));
                        }
                    }
                    case STRENGTHS -> points.addAll(points(review, "strengths"));
                    case WEAKNESSES -> points.addAll(points(review, "weaknesses"));
                    case CAUSES -> points.addAll(groups(review, "causes"));
                    case LESSONS -> { }
                    case DIRECTIONS -> points.addAll(points(review, "directions"));
                    case PROPOSALS -> points.addAll(groups(review, "proposals"));
                }
            }
            if (!points.isEmpty()) {
                b.append("<!-- ").append(safe(msg.get("notes.draft"))).append('\n');
                for (String x : points) b.append("- ").append(safe(x)).append('\n');
                b.append("-->\n");
            }
        }
        return b.toString();
    }

    @SuppressWarnings("unchecked")
    private static List<String> points(Map<String, Object> review, String part) {
        return (List<String>) ((Map<String, Object>) review.get(part)).get("points");
    }

    @SuppressWarnings("unchecked")
    private static List<String> groups(Map<String, Object> review, String part) {
        List<String> out = new ArrayList<>();
        for (Object o : (List<Object>) ((Map<String, Object>) review.get(part)).get("groups")) {
            Map<String, Object> g = (Map<String, Object>) o;
            out.add(g.get("text") + " " + g.get("by_text"));
        }
        return out;
    }

    /** Text inside a comment: one line, and no "--" that could close it early ("-->") or start another. */
    static String safe(String s) {
        String t = s.replace("\r", " ").replace("\n", " ");
        while (t.contains("--")) t = t.replace("--", "- -");
        return t.replace("<!", "< !");
    }
}
