package planreport.render;

import java.util.ArrayList;
import java.util.List;
import planreport.model.Lang;
import planreport.model.Notes;
import planreport.render.view.ReviewView;
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
    public static String template(Report report, Lang lang) {
        Messages msg = Messages.of(lang);
        ReviewView review = report == null ? null : new Review(planreport.report.Assessment.of(report), msg, Notes.NONE, report.measures()).build();
        StringBuilder b = new StringBuilder();
        String window = report == null ? "…" : msg.window(report.window().from(), report.window().to());
        b.append("<!-- ").append(safe(msg.fill("notes.file_intro", "window", window))).append(" -->\n");
        for (Notes.Part p : Notes.Part.values()) {
            b.append("\n## ").append(msg.get("notes.heading." + p.id())).append("\n\n");
            List<String> points = new ArrayList<>();
            if (review != null) {
                switch (p) {
                    case LEADERSHIP -> points.addAll(review.leadership().points());
                    case RESULTS -> {
                        points.add(review.overall());
                        for (ReviewView.SectionView s : review.sections()) points.add(s.id() + ". " + s.text());
                    }
                    case STRENGTHS -> points.addAll(review.strengths().points());
                    case WEAKNESSES -> points.addAll(review.weaknesses().points());
                    case CAUSES -> {
                        points.addAll(groups(review.causes()));
                        points.addAll(review.causes().points());
                    }
                    case LESSONS -> { } // the data draws no lessons: the office writes them
                    case DIRECTIONS -> points.addAll(review.directions().points());
                    case PROPOSALS -> {
                        // a board's review: the units' requests put to its superiors, then those upward
                        for (ReviewView.Block x : review.proposals().notes()) if (x instanceof ReviewView.Items i) points.addAll(i.items());
                        points.addAll(groups(review.proposals()));
                    }
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

    /** A grouped part's groups as draft lines: the text, then who wrote it. */
    private static List<String> groups(ReviewView.GroupedView part) {
        List<String> out = new ArrayList<>();
        for (ReviewView.GroupView g : part.groups()) out.add(g.text() + " " + g.byText());
        return out;
    }

    /** Text inside a comment: one line, and no "--" that could close it early ("-->") or start another. */
    static String safe(String s) {
        String t = s.replace("\r", " ").replace("\n", " ");
        while (t.contains("--")) t = t.replace("--", "- -");
        return t.replace("<!", "< !");
    }
}
