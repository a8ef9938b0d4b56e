package planreport.model;

import java.util.List;

/**
 * One tracked assignment: a task of section II or a duty of section III.
 * {@code leads} are the "chủ trì" bodies (every listed body when the plan names no lead).
 */
public record Task(String id, String sectionId, String content, List<String> directing, String implementing,
                   List<String> leads, List<String> coordinators, Timeframe timeframe, boolean duty) {
    public Task {
        directing = List.copyOf(directing);
        leads = List.copyOf(leads);
        coordinators = List.copyOf(coordinators);
    }
}
