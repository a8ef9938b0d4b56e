package planreport.model;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

/**
 * The monitoring staff's own text for the parts of a review (read from {@code compile --notes FILE}):
 * per {@link Part}, its paragraphs and "-" items in the order written. A part with notes says them
 * instead of the data's points, unless its heading asked to keep the data too ({@code keep}: "##
 * Ưu điểm (giữ số liệu)"). Text is NFC, plain (never markup: the renderers escape it).
 */
public record Notes(Map<Part, List<Block>> parts, Set<Part> keep) {
    public Notes {
        Map<Part, List<Block>> m = new EnumMap<>(Part.class);
        for (var e : parts.entrySet()) m.put(e.getKey(), List.copyOf(e.getValue()));
        parts = java.util.Collections.unmodifiableMap(m);
        keep = keep.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(keep));
    }

    /** Notes that replace the data's points in every part they name. */
    public Notes(Map<Part, List<Block>> parts) { this(parts, Set.of()); }

    public static final Notes NONE = new Notes(Map.of());

    public List<Block> of(Part p) { return parts.getOrDefault(p, List.of()); }

    /** Whether the part says the data's points after the notes (its heading asked to keep them). */
    public boolean keeps(Part p) { return keep.contains(p); }

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
