package planreport.model;

import java.util.List;

/**
 * One tracked assignment: a task of section II or a duty of section III.
 * {@code leads} are the "chủ trì" bodies (every listed body when the plan names no lead).
 * {@code title} is the optional short name the compiled report uses for the task (null when the
 * plan gives none: {@link #shortTitle()} then falls back to the content's first clause).
 */
public record Task(String id, String sectionId, String content, List<String> directing, String implementing,
                   List<String> leads, List<String> coordinators, Timeframe timeframe, boolean duty, String title) {
    public Task {
        directing = List.copyOf(directing);
        leads = List.copyOf(leads);
        coordinators = List.copyOf(coordinators);
    }

    /** A task without a short title. */
    public Task(String id, String sectionId, String content, List<String> directing, String implementing,
                List<String> leads, List<String> coordinators, Timeframe timeframe, boolean duty) {
        this(id, sectionId, content, directing, implementing, leads, coordinators, timeframe, duty, null);
    }

    /** Words of a fallback title at most; a longer first clause is cut at a word and ends with "…". */
    static final int FALLBACK_WORDS = 14;

    /**
     * The task's short name: its {@code title}, or else the first clause of its content (up to the
     * first ".", ";" or ":" or line end), cut after {@value #FALLBACK_WORDS} words.
     */
    public String shortTitle() {
        if (title != null && !title.isBlank()) return title.strip();
        String c = content == null ? "" : content.strip();
        int end = c.length();
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            if (ch == ';' || ch == ':' || ch == '\n' || (ch == '.' && (i + 1 == c.length() || Character.isWhitespace(c.charAt(i + 1))))) {
                end = i;
                break;
            }
        }
        String clause = c.substring(0, end).strip();
        String[] words = clause.split("\\s+");
        if (words.length <= FALLBACK_WORDS) return clause;
        String cut = String.join(" ", java.util.Arrays.copyOf(words, FALLBACK_WORDS));
        while (!cut.isEmpty() && ",-–".indexOf(cut.charAt(cut.length() - 1)) >= 0) cut = cut.substring(0, cut.length() - 1);
        return cut + "…";
    }
}
