package planreport.model;

import java.util.Optional;

/** What a unit says of a task in a period. */
public enum Status {
    DONE("done", "Hoàn thành"), IN_PROGRESS("in_progress", "Đang thực hiện"), NOT_STARTED("not_started", "Chưa thực hiện");

    private final String id;
    private final String vietnamese;

    Status(String id, String vietnamese) { this.id = id; this.vietnamese = vietnamese; }

    public String id() { return id; }

    public String vietnamese() { return vietnamese; }

    /** Accepts the English id or the Vietnamese label, in any case, with or without diacritics. */
    public static Optional<Status> parse(String text) {
        if (text == null) return Optional.empty();
        String f = Names.fold(text).replace(' ', '_').replace('-', '_');
        for (Status s : values()) {
            if (s.id.equals(f) || Names.fold(s.vietnamese).replace(' ', '_').equals(f)) return Optional.of(s);
        }
        if (f.equals("da_hoan_thanh")) return Optional.of(DONE);
        if (f.equals("dang_trien_khai")) return Optional.of(IN_PROGRESS);
        if (f.equals("chua_trien_khai")) return Optional.of(NOT_STARTED);
        return Optional.empty();
    }
}
