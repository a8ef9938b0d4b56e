package planreport.model;

import java.util.List;

/** A numbered heading of section II, holding its tasks in plan order. */
public record Section(String id, String title, List<Task> tasks) {
    public Section { tasks = List.copyOf(tasks); }
}
