package planreport.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The monitoring staff's own text for the parts of a review (read from {@code compile --notes FILE}):
 * per {@link Part}, its paragraphs and "-" items in the order written. Text is NFC, plain (never
 * markup: the renderers escape it).
 */
public record Notes(Map<Part, List<Block>> parts) {
    public Notes {
        Map<Part, List<Block>> m = new EnumMap<>(Part.class);
        for (var e : parts.entrySet()) m.put(e.getKey(), List.copyOf(e.getValue()));
        parts = java.util.Collections.unmodifiableMap(m);
    }

    public static final Notes NONE = new Notes(Map.of());

    public List<Block> of(Part p) { return parts.getOrDefault(p, List.of()); }

    /** A paragraph, or a "-" list item when {@code item}. */
    public record Block(boolean item, String text) {}

    /**
     * The parts a notes file may name with a {@code ##} heading, in the order of the report. Their
     * headings, in both languages and with their accepted aliases, are in the report catalogue
     * ({@code notes.heading.<id>}, {@code notes.aliases.<id>}).
     */
    public enum Part {
        LEADERSHIP("leadership"), RESULTS("results"), STRENGTHS("strengths"), WEAKNESSES("weaknesses"), CAUSES("causes"),
        LESSONS("lessons"), DIRECTIONS("directions"), PROPOSALS("proposals");

        private final String id;

        Part(String id) { this.id = id; }

        public String id() { return id; }
    }
}
