package planreport.render.view;

import java.util.List;

/**
 * The written parts of a review as the templates place them and the JSON holds them ({@code review}):
 * the subject, opening and closing, and parts I–V, each the staff's notes beside the sentences
 * render/Review words from the assessment's points.
 */
public record ReviewView(String scope, int years, String subject, String opening, String closing, String appendixRef,
                         PartView leadership, List<Block> resultsNotes, List<SectionView> sections, String overall,
                         PartView strengths, PartView weaknesses, GroupedView causes, PartView lessons, PartView directions,
                         GroupedView proposals, List<GroupView> difficultiesByUnit, List<GroupView> proposalsByUnit) {
    public ReviewView {
        resultsNotes = Copy.of(resultsNotes);
        sections = Copy.of(sections);
        difficultiesByUnit = Copy.of(difficultiesByUnit);
        proposalsByUnit = Copy.of(proposalsByUnit);
    }

    /** A part: the staff's notes, then the data's points; {@code empty} (one line) only when it has neither. */
    public record PartView(List<Block> notes, List<String> points, String empty) {
        public PartView {
            notes = Copy.of(notes);
            points = Copy.of(points);
        }
    }

    /**
     * A part of grouped notes (causes, proposals): the staff's notes, an intro and the groups, then
     * {@code pointsIntro} and the points (the subjective causes); {@code empty} only with none.
     */
    public record GroupedView(List<Block> notes, List<String> points, String empty, String intro, List<GroupView> groups, String pointsIntro) {
        public GroupedView {
            notes = Copy.of(notes);
            points = Copy.of(points);
            groups = Copy.of(groups);
        }
    }

    /** A block of the staff's notes: a paragraph, or a run of list items ({@code list} tells the templates which). */
    public sealed interface Block permits Paragraph, Items {}

    /** A paragraph of the staff's notes. */
    public record Paragraph(boolean list, String text) implements Block {
        public Paragraph(String text) { this(false, text); }
    }

    /** Consecutive list items of the staff's notes. */
    public record Items(boolean list, List<String> items) implements Block {
        public Items(List<String> items) { this(true, items); }

        public Items { items = Copy.of(items); }
    }

    /** Part II for one section of the plan: its synthesised paragraph and the sentences of its indicators. */
    public record SectionView(String id, String title, String text, List<String> indicators) {
        public SectionView { indicators = Copy.of(indicators); }
    }

    /**
     * Identical difficulties or proposals said once, with who wrote them: in the body how many
     * ({@code byText}: "(7 cơ quan, đơn vị nêu)"), in the appendix their names ("(7 đơn vị: …; nhiệm vụ …)").
     */
    public record GroupView(String text, int count, List<String> bodies, List<String> tasks, String byText) {
        public GroupView {
            bodies = Copy.of(bodies);
            tasks = Copy.of(tasks);
        }
    }
}
