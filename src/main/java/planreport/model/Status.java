package planreport.model;

import java.util.List;
import java.util.Optional;

/**
 * What a unit says of a task in a period. The words a reader sees are in the report catalogue
 * ({@code status.<id>}); {@code spellings} are the words units type, which the reader accepts.
 */
public enum Status implements Identified {
    DONE("done", List.of("hoan thanh", "da hoan thanh")),
    IN_PROGRESS("in_progress", List.of("dang thuc hien", "dang trien khai")),
    NOT_STARTED("not_started", List.of("chua thuc hien", "chua trien khai"));

    private final String id;
    /** Accepted Vietnamese wordings, folded (no diacritics, lower case). */
    private final List<String> spellings;

    Status(String id, List<String> spellings) {
        this.id = id;
        this.spellings = spellings;
    }

    public String id() { return id; }

    /** Accepts the English id or a Vietnamese wording, in any case, with or without diacritics, "_", "-" or spaces between words. */
    public static Optional<Status> parse(String text) {
        if (text == null) return Optional.empty();
        String f = Names.fold(text).replace('_', ' ').replace('-', ' ');
        for (Status s : values()) {
            if (s.id.replace('_', ' ').equals(f) || s.spellings.contains(f)) return Optional.of(s);
        }
        return Optional.empty();
    }
}
