package planreport.model;

/**
 * How a task stands in a period, after the government's task-tracking classification. The words a
 * reader sees are in the report catalogue ({@code classification.<id>} in messages/*.properties).
 */
public enum Classification implements Identified {
    DONE_ON_TIME("done_on_time"),
    DONE_LATE("done_late"),
    IN_PROGRESS("in_progress"),
    OVERDUE("overdue"),
    NOT_STARTED("not_started"),
    ONGOING("ongoing"),
    NO_REPORT("no_report");

    private final String id;

    Classification(String id) { this.id = id; }

    /** The id in JSON and in the catalogue's keys. */
    public String id() { return id; }
}
