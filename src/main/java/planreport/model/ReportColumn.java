package planreport.model;

/** The columns of a unit's progress report, each with its English and Vietnamese header. */
public enum ReportColumn {
    UNIT("unit", "Đơn vị", true),
    PERIOD("period", "Kỳ báo cáo", true),
    TASK("task", "Nhiệm vụ", true),
    STATUS("status", "Tình trạng", true),
    PROGRESS("progress", "Tiến độ", false),
    COMPLETED_ON("completed_on", "Ngày hoàn thành", false),
    SUBMITTED_ON("submitted_on", "Ngày báo cáo", false),
    RESULT("result", "Kết quả", false),
    DIFFICULTIES("difficulties", "Khó khăn", false),
    PROPOSALS("proposals", "Kiến nghị", false);

    private final String english;
    private final String vietnamese;
    private final boolean required;

    ReportColumn(String english, String vietnamese, boolean required) {
        this.english = english;
        this.vietnamese = vietnamese;
        this.required = required;
    }

    public String english() { return english; }
    public String vietnamese() { return vietnamese; }
    public boolean required() { return required; }
}
