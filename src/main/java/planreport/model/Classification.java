package planreport.model;

/** How a task stands in a period, after the government's task-tracking classification. */
public enum Classification {
    DONE_ON_TIME("done_on_time", "Hoàn thành đúng hạn", "Done on time"),
    DONE_LATE("done_late", "Hoàn thành quá hạn", "Done late"),
    IN_PROGRESS("in_progress", "Đang thực hiện, trong hạn", "In progress, within deadline"),
    OVERDUE("overdue", "Quá hạn, chưa hoàn thành", "Overdue, not done"),
    NOT_STARTED("not_started", "Chưa triển khai", "Not started"),
    ONGOING("ongoing", "Thực hiện thường xuyên", "Ongoing"),
    NO_REPORT("no_report", "Chưa có báo cáo", "No report");

    private final String id;
    private final String vietnamese;
    private final String english;

    Classification(String id, String vietnamese, String english) {
        this.id = id; this.vietnamese = vietnamese; this.english = english;
    }

    public String id() { return id; }

    public String vietnamese() { return vietnamese; }

    public String english() { return english; }
}
