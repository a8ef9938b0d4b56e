import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes examples/reports/: the quarterly progress reports the plan's units would send for
 * 2021-Q4 to 2025-Q4, so that validate and compile have realistic input to show, including the 2025
 * reorganisation (plan.yaml's bodies with until/successors): a ceased body sends its last report for
 * the quarter it still exists on the last day of, its successors report from the next. Deterministic
 * (fixed seed, no clock, reads nothing): rerun with {@code java examples/GenerateExamples.java}
 * from the project root and the files come out byte-identical.
 *
 * The unit table below is plan.yaml's registry with groups expanded (from
 * {@code plan-report show --format json}); regenerate it if the plan's bodies or tasks change.
 */
public final class GenerateExamples {

    // ---- the plan, as far as the examples need it ----------------------------------------------

    /**
     * One reporting unit: its lead tasks and the tasks it coordinates, and the quarters it reports
     * for (from {@code first} to {@code last}; null: the whole term), as plan.yaml's from/until give
     * them (a body reports for a quarter when it exists on the quarter's last day).
     */
    record Unit(String id, String name, String kind, List<String> leads, List<String> coordinates, Q first, Q last) {
        boolean reports(Q q) { return (first == null || first.compareTo(q) <= 0) && (last == null || q.compareTo(last) <= 0); }
    }

    static Unit u(String id, String name, String kind, String leads, String coordinates) {
        return new Unit(id, name, kind, split(leads), split(coordinates), null, null);
    }

    /** A unit that ceased: its last quarter. */
    static Unit until(Q last, Unit u) { return new Unit(u.id(), u.name(), u.kind(), u.leads(), u.coordinates(), u.first(), last); }

    /** A unit created during the term: its first quarter. */
    static Unit from(Q first, Unit u) { return new Unit(u.id(), u.name(), u.kind(), u.leads(), u.coordinates(), first, u.last()); }

    /** The last quarter of the bodies that ceased on 31/01/2025 or 28/02/2025, and of the district level (30/6/2025). */
    static final Q BOARDS_LAST = new Q(2024, 4), DISTRICTS_LAST = new Q(2025, 2);
    /** The first quarter of their successors. */
    static final Q BOARDS_FIRST = new Q(2025, 1), DISTRICTS_FIRST = new Q(2025, 3);

    static List<String> split(String s) { return s.isBlank() ? List.of() : List.of(s.split(" ")); }

    static final List<Unit> UNITS = List.of(
        until(DISTRICTS_LAST, u("thanh-uy-quang-ngai", "Thành ủy Quảng Ngãi", "party-committee", "1.1 6.1 III.1", "2.1 2.2")),
        until(DISTRICTS_LAST, u("thi-uy-duc-pho", "Thị ủy Đức Phổ", "party-committee", "1.1 6.1 III.1", "2.1 2.2")),
        until(DISTRICTS_LAST, u("huyen-uy-binh-son", "Huyện ủy Bình Sơn", "party-committee", "1.1 6.1 III.1", "2.1 2.2")),
        until(DISTRICTS_LAST, u("huyen-uy-son-tinh", "Huyện ủy Sơn Tịnh", "party-committee", "1.1 6.1 III.1", "2.1 2.2")),
        until(DISTRICTS_LAST, u("huyen-uy-tu-nghia", "Huyện ủy Tư Nghĩa", "party-committee", "1.1 6.1 III.1", "2.1 2.2")),
        until(DISTRICTS_LAST, u("huyen-uy-nghia-hanh", "Huyện ủy Nghĩa Hành", "party-committee", "1.1 6.1 III.1", "2.1 2.2")),
        until(DISTRICTS_LAST, u("huyen-uy-mo-duc", "Huyện ủy Mộ Đức", "party-committee", "1.1 6.1 III.1", "2.1 2.2")),
        until(DISTRICTS_LAST, u("huyen-uy-ba-to", "Huyện ủy Ba Tơ", "party-committee", "1.1 6.1 III.1", "2.1 2.2")),
        until(DISTRICTS_LAST, u("huyen-uy-minh-long", "Huyện ủy Minh Long", "party-committee", "1.1 6.1 III.1", "2.1 2.2")),
        until(DISTRICTS_LAST, u("huyen-uy-son-ha", "Huyện ủy Sơn Hà", "party-committee", "1.1 6.1 III.1", "2.1 2.2")),
        until(DISTRICTS_LAST, u("huyen-uy-son-tay", "Huyện ủy Sơn Tây", "party-committee", "1.1 6.1 III.1", "2.1 2.2")),
        until(DISTRICTS_LAST, u("huyen-uy-tra-bong", "Huyện ủy Trà Bồng", "party-committee", "1.1 6.1 III.1", "2.1 2.2")),
        until(DISTRICTS_LAST, u("huyen-uy-ly-son", "Huyện ủy Lý Sơn", "party-committee", "1.1 6.1 III.1", "2.1 2.2")),
        until(BOARDS_LAST, u("dang-uy-khoi-co-quan-tinh", "Đảng ủy Khối các cơ quan tỉnh", "party-committee", "1.1 6.1 III.1", "2.1 2.2")),
        until(BOARDS_LAST, u("dang-uy-khoi-doanh-nghiep-tinh", "Đảng ủy Khối Doanh nghiệp tỉnh", "party-committee", "1.1 6.1 III.1", "2.1 2.2")),
        u("dang-uy-quan-su-tinh", "Đảng ủy Quân sự tỉnh", "party-committee", "1.1 6.1 III.1", "2.1 2.2"),
        u("dang-uy-cong-an-tinh", "Đảng ủy Công an tỉnh", "party-committee", "1.1 6.1 III.1", "2.1 2.2"),
        u("dang-uy-bo-doi-bien-phong-tinh", "Đảng ủy Bộ đội Biên phòng tỉnh", "party-committee", "1.1 6.1 III.1", "2.1 2.2"),
        u("ban-to-chuc-tinh-uy", "Ban Tổ chức Tỉnh ủy", "party-board", "3.1 3.4 III.5", "III.8"),
        until(BOARDS_LAST, u("ban-tuyen-giao-tinh-uy", "Ban Tuyên giáo Tỉnh ủy", "party-board", "III.4", "III.8")),
        until(BOARDS_LAST, u("ban-dan-van-tinh-uy", "Ban Dân vận Tỉnh ủy", "party-board", "III.8", "")),
        until(BOARDS_LAST, u("bcsd-ubnd-tinh", "Ban cán sự đảng Ủy ban nhân dân tỉnh", "party-delegation", "III.1 III.3", "III.2 III.8")),
        until(BOARDS_LAST, u("dang-doan-hdnd-tinh", "Đảng đoàn Hội đồng nhân dân tỉnh", "party-delegation", "III.1 III.2", "")),
        until(BOARDS_LAST, u("dang-doan-mttq-tinh", "Đảng đoàn Mặt trận Tổ quốc Việt Nam tỉnh", "party-delegation", "III.1 III.6", "")),
        until(BOARDS_LAST, u("dang-doan-ldld-tinh", "Đảng đoàn Liên đoàn Lao động tỉnh", "party-delegation", "1.2 2.1 2.2 3.2 3.3 4 7.4 III.1 III.7", "3.1 3.4 6.2 III.4 III.5 III.6 III.8")),
        until(BOARDS_LAST, u("dang-doan-hoi-lhpn-tinh", "Đảng đoàn Hội Liên hiệp Phụ nữ tỉnh", "party-delegation", "III.1 III.6", "7.4")),
        until(BOARDS_LAST, u("dang-doan-hoi-nong-dan-tinh", "Đảng đoàn Hội Nông dân tỉnh", "party-delegation", "III.1 III.6", "7.4")),
        until(BOARDS_LAST, u("dang-doan-hoi-ccb-tinh", "Đảng đoàn Hội Cựu chiến binh tỉnh", "party-delegation", "III.1 III.6", "7.4")),
        u("ubnd-tinh", "Ủy ban nhân dân tỉnh", "government", "1.1 7.1 7.2 7.3", "2.1 2.2 III.3"),
        until(DISTRICTS_LAST, u("ubnd-thanh-pho-quang-ngai", "Ủy ban nhân dân thành phố Quảng Ngãi", "government", "1.1", "2.1 2.2 3.2 3.3 4")),
        until(DISTRICTS_LAST, u("ubnd-thi-xa-duc-pho", "Ủy ban nhân dân thị xã Đức Phổ", "government", "1.1", "2.1 2.2 3.2 3.3 4")),
        until(DISTRICTS_LAST, u("ubnd-huyen-binh-son", "Ủy ban nhân dân huyện Bình Sơn", "government", "1.1", "2.1 2.2 3.2 3.3 4")),
        until(DISTRICTS_LAST, u("ubnd-huyen-son-tinh", "Ủy ban nhân dân huyện Sơn Tịnh", "government", "1.1", "2.1 2.2 3.2 3.3 4")),
        until(DISTRICTS_LAST, u("ubnd-huyen-tu-nghia", "Ủy ban nhân dân huyện Tư Nghĩa", "government", "1.1", "2.1 2.2 3.2 3.3 4")),
        until(DISTRICTS_LAST, u("ubnd-huyen-nghia-hanh", "Ủy ban nhân dân huyện Nghĩa Hành", "government", "1.1", "2.1 2.2 3.2 3.3 4")),
        until(DISTRICTS_LAST, u("ubnd-huyen-mo-duc", "Ủy ban nhân dân huyện Mộ Đức", "government", "1.1", "2.1 2.2 3.2 3.3 4")),
        until(DISTRICTS_LAST, u("ubnd-huyen-ba-to", "Ủy ban nhân dân huyện Ba Tơ", "government", "1.1", "2.1 2.2 3.2 3.3 4")),
        until(DISTRICTS_LAST, u("ubnd-huyen-minh-long", "Ủy ban nhân dân huyện Minh Long", "government", "1.1", "2.1 2.2 3.2 3.3 4")),
        until(DISTRICTS_LAST, u("ubnd-huyen-son-ha", "Ủy ban nhân dân huyện Sơn Hà", "government", "1.1", "2.1 2.2 3.2 3.3 4")),
        until(DISTRICTS_LAST, u("ubnd-huyen-son-tay", "Ủy ban nhân dân huyện Sơn Tây", "government", "1.1", "2.1 2.2 3.2 3.3 4")),
        until(DISTRICTS_LAST, u("ubnd-huyen-tra-bong", "Ủy ban nhân dân huyện Trà Bồng", "government", "1.1", "2.1 2.2 3.2 3.3 4")),
        until(DISTRICTS_LAST, u("ubnd-huyen-ly-son", "Ủy ban nhân dân huyện Lý Sơn", "government", "1.1", "2.1 2.2 3.2 3.3 4")),
        until(BOARDS_LAST, u("so-lao-dong-tbxh", "Sở Lao động - Thương binh và Xã hội", "government", "7.3", "2.1 2.2 3.2 3.3 4 7.2")),
        u("so-noi-vu", "Sở Nội vụ", "government", "7.3", "2.1 2.2 3.2 3.3 4 7.2"),
        u("so-tu-phap", "Sở Tư pháp", "government", "7.3", "2.1 2.2 3.2 3.3 4 7.2"),
        until(BOARDS_LAST, u("so-ke-hoach-dau-tu", "Sở Kế hoạch và Đầu tư", "government", "7.3", "2.1 2.2 3.2 3.3 4 7.2")),
        u("so-tai-chinh", "Sở Tài chính", "government", "7.3", "2.1 2.2 3.2 3.3 4 7.2"),
        until(BOARDS_LAST, u("so-thong-tin-truyen-thong", "Sở Thông tin và Truyền thông", "government", "7.3", "2.1 2.2 3.2 3.3 4 7.2")),
        u("cuc-thue-tinh", "Cục Thuế tỉnh", "government", "7.3", "2.1 2.2 3.2 3.3 4 7.2"),
        u("bhxh-tinh", "Bảo hiểm xã hội tỉnh", "government", "7.3", "2.1 2.2 3.2 3.3 4 7.2"),
        u("cong-an-tinh", "Công an tỉnh", "government", "7.3", "2.1 2.2 3.2 3.3 4 7.2"),
        u("bql-kkt-dung-quat", "Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi", "government", "7.3", "2.1 2.2 3.2 3.3 4 7.2"),
        until(BOARDS_LAST, u("ubmttq-tinh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "front", "1.1", "")),
        u("tinh-doan", "Tỉnh đoàn", "mass-organisation", "1.1", ""),
        u("btv-tinh-doan", "Ban Thường vụ Tỉnh đoàn", "mass-organisation", "III.1 III.6", "7.4"),
        until(BOARDS_LAST, u("hoi-lhpn-tinh", "Hội Liên hiệp Phụ nữ tỉnh", "mass-organisation", "1.1", "")),
        until(BOARDS_LAST, u("hoi-nong-dan-tinh", "Hội Nông dân tỉnh", "mass-organisation", "1.1", "")),
        until(BOARDS_LAST, u("hoi-ccb-tinh", "Hội Cựu chiến binh tỉnh", "mass-organisation", "1.1", "")),
        u("ldld-tinh", "Liên đoàn Lao động tỉnh", "labour-federation", "1.1 5 7.3", "III.3 III.7"),
        until(BOARDS_LAST, u("btv-ldld-tinh", "Ban Thường vụ Liên đoàn Lao động tỉnh", "labour-federation", "", "7.1 7.2")),
        until(DISTRICTS_LAST, u("ldld-thanh-pho-quang-ngai", "Liên đoàn Lao động thành phố Quảng Ngãi", "labour-federation", "5", "III.7")),
        until(DISTRICTS_LAST, u("ldld-thi-xa-duc-pho", "Liên đoàn Lao động thị xã Đức Phổ", "labour-federation", "5", "III.7")),
        until(DISTRICTS_LAST, u("ldld-huyen-binh-son", "Liên đoàn Lao động huyện Bình Sơn", "labour-federation", "5", "III.7")),
        until(DISTRICTS_LAST, u("ldld-huyen-son-tinh", "Liên đoàn Lao động huyện Sơn Tịnh", "labour-federation", "5", "III.7")),
        until(DISTRICTS_LAST, u("ldld-huyen-tu-nghia", "Liên đoàn Lao động huyện Tư Nghĩa", "labour-federation", "5", "III.7")),
        until(DISTRICTS_LAST, u("ldld-huyen-nghia-hanh", "Liên đoàn Lao động huyện Nghĩa Hành", "labour-federation", "5", "III.7")),
        until(DISTRICTS_LAST, u("ldld-huyen-mo-duc", "Liên đoàn Lao động huyện Mộ Đức", "labour-federation", "5", "III.7")),
        until(DISTRICTS_LAST, u("ldld-huyen-ba-to", "Liên đoàn Lao động huyện Ba Tơ", "labour-federation", "5", "III.7")),
        until(DISTRICTS_LAST, u("ldld-huyen-minh-long", "Liên đoàn Lao động huyện Minh Long", "labour-federation", "5", "III.7")),
        until(DISTRICTS_LAST, u("ldld-huyen-son-ha", "Liên đoàn Lao động huyện Sơn Hà", "labour-federation", "5", "III.7")),
        until(DISTRICTS_LAST, u("ldld-huyen-son-tay", "Liên đoàn Lao động huyện Sơn Tây", "labour-federation", "5", "III.7")),
        until(DISTRICTS_LAST, u("ldld-huyen-tra-bong", "Liên đoàn Lao động huyện Trà Bồng", "labour-federation", "5", "III.7")),
        until(DISTRICTS_LAST, u("ldld-huyen-ly-son", "Liên đoàn Lao động huyện Lý Sơn", "labour-federation", "5", "III.7")),
        u("cd-kkt-dung-quat", "Công đoàn Khu kinh tế Dung Quất và các Khu Công nghiệp Quảng Ngãi", "labour-federation", "5", "III.7"),
        u("bcd-kinh-te-tu-nhan", "Ban Chỉ đạo xây dựng tổ chức đảng, đoàn thể trong các đơn vị kinh tế tư nhân trên địa bàn tỉnh", "steering-committee", "6.2", ""),
        // the successors created in 2025 (plan.yaml): each takes over all its predecessors' tasks
        from(BOARDS_FIRST, u("dang-uy-cac-co-quan-dang-tinh", "Đảng ủy các cơ quan Đảng tỉnh", "party-committee", "1.1 6.1 III.1", "2.1 2.2")),
        from(BOARDS_FIRST, u("dang-uy-ubnd-tinh", "Đảng ủy Ủy ban nhân dân tỉnh", "party-committee", "1.1 6.1 III.1 III.3", "2.1 2.2 III.2 III.8")),
        from(BOARDS_FIRST, u("ban-tuyen-giao-dan-van-tinh-uy", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "party-board", "III.4 III.8", "")),
        from(BOARDS_FIRST, u("so-khoa-hoc-cong-nghe", "Sở Khoa học và Công nghệ", "government", "7.3", "2.1 2.2 3.2 3.3 4 7.2")),
        // the đảng đoàn ended on 31/01/2025: their organisations take over their part from 2025-Q1 (the
        // same id twice: the body before, with its own tasks, and after, with the đảng đoàn's added)
        from(BOARDS_FIRST, u("thuong-truc-hdnd-tinh", "Thường trực Hội đồng nhân dân tỉnh", "government", "III.1 III.2", "")),
        from(BOARDS_FIRST, u("ubmttq-tinh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "front", "1.1 III.1 III.6", "")),
        from(BOARDS_FIRST, u("hoi-lhpn-tinh", "Hội Liên hiệp Phụ nữ tỉnh", "mass-organisation", "1.1 III.1 III.6", "7.4")),
        from(BOARDS_FIRST, u("hoi-nong-dan-tinh", "Hội Nông dân tỉnh", "mass-organisation", "1.1 III.1 III.6", "7.4")),
        from(BOARDS_FIRST, u("hoi-ccb-tinh", "Hội Cựu chiến binh tỉnh", "mass-organisation", "1.1 III.1 III.6", "7.4")),
        from(BOARDS_FIRST, u("btv-ldld-tinh", "Ban Thường vụ Liên đoàn Lao động tỉnh", "labour-federation",
                "1.2 2.1 2.2 3.2 3.3 4 7.4 III.1 III.7", "3.1 3.4 6.2 7.1 7.2 III.4 III.5 III.6 III.8")),
        // the district Party committees' part from 2025-Q3: the communes', wards' and special zone's Party committees, one unit
        from(DISTRICTS_FIRST, u("dang-uy-cap-xa", "Đảng ủy các xã, phường, đặc khu", "party-committee", "1.1 6.1 III.1", "2.1 2.2"))
    );

    /**
     * Tasks a unit takes over from ceased bodies, from the quarter given: the province's People's
     * Committee coordinates what the district committees coordinated (3.2, 3.3, 4) from 2025-Q3.
     */
    static final Map<String, List<String>> TAKEN_OVER = Map.of("ubnd-tinh", List.of("3.2", "3.3", "4"));
    static final Q TAKEN_OVER_FROM = DISTRICTS_FIRST;

    /** Plan order of tasks and duties. */
    static final List<String> TASK_ORDER = List.of("1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "3.3", "3.4", "4", "5", "6.1", "6.2",
            "7.1", "7.2", "7.3", "7.4", "III.1", "III.2", "III.3", "III.4", "III.5", "III.6", "III.7", "III.8");

    /** Tasks that start after the term does ("Năm 2022 và những năm tiếp theo", "từ quý I/2022", "Trong quý I/2022"). */
    static final Map<String, Q> STARTS = Map.of("2.1", new Q(2022, 1), "3.2", new Q(2022, 1), "3.3", new Q(2022, 1), "3.4", new Q(2022, 1));

    /** Deadline tasks and their due dates; every other task is ongoing ("Thường xuyên"). */
    static final Map<String, LocalDate> DUE = Map.of("1.1", LocalDate.of(2021, 12, 31), "2.1", LocalDate.of(2022, 3, 31));

    /** Reports are due this many days after the quarter (plan.yaml reporting.due_days). */
    static final int DUE_DAYS = 15;

    // ---- the irregularities the examples must show (each named for the warning it produces) -----

    /** missing-report: this body never sends anything. */
    static final String SILENT = "so-tu-phap";
    /** overdue then completed-after-deadline on 1.1: still in progress after 31/12/2021, done in the quarter given. */
    static final Map<String, Q> LATE_1_1 = Map.of("huyen-uy-son-tay", new Q(2022, 2), "ubnd-huyen-ly-son", new Q(2022, 1),
            "hoi-ccb-tinh", new Q(2022, 1));
    /** overdue then completed-after-deadline on 2.1 (a coordinating body). */
    static final String LATE_2_1 = "ubnd-huyen-son-ha";
    /** late-report: these files are sent after the due date. */
    static final Set<String> LATE_FILES = Set.of("2021-Q4_ubnd-huyen-son-tay", "2022-Q1_huyen-uy-minh-long", "2022-Q3_ldld-huyen-ly-son",
            "2022-Q4_bcd-kinh-te-tu-nhan", "2023-Q1_cd-kkt-dung-quat");
    /** before-start: task 3.2 starts in 2022, but this unit already reports on it for 2021-Q4. */
    static final String BEFORE_START_FILE = "2021-Q4_dang-doan-ldld-tinh";
    /** unknown-column: a file with an extra "Ghi chú" column. */
    static final String EXTRA_COLUMN_FILE = "2022-Q3_ldld-tinh";
    /** unit-spelling: a file whose unit is typed without diacritics. */
    static final String NO_DIACRITICS_FILE = "2022-Q4_huyen-uy-ba-to";
    /** repeated-result (stale): this file repeats, word for word and figure for figure, the unit's 6.1 report of the quarter before. */
    static final String STALE_FILE = "2024-Q3_huyen-uy-mo-duc";
    static final String STALE_TASK = "6.1";
    /** implausible-value (jump): a figure typed ten times too large (40 finance inspections where the unit holds 1 to 4 a quarter). */
    static final String JUMP_FILE = "2024-Q2_ldld-huyen-tu-nghia";
    static final String JUMP_MEASURE = "finance_inspections";
    static final long JUMP_VALUE = 40;

    // ---- measures (plan.yaml: each task's measures) ----------------------------------------------

    /**
     * A measure as plan.yaml declares it, as far as the examples need it: its task, its Vietnamese name
     * (the header the Vietnamese-style files write; the others write the id) and the range its values
     * are drawn from when the unit's result sentence does not give the figure. Every measure here is
     * reported by its task's leads. In plan order.
     */
    record Measure(String id, String task, String name, int lo, int hi) {}

    static final List<Measure> MEASURES = List.of(
            new Measure("propagation_conferences", "1.1", "Số hội nghị học tập, quán triệt Nghị quyết 02", 1, 4),
            new Measure("propagation_participants", "1.1", "Số lượt cán bộ, đảng viên, người lao động được quán triệt", 100, 500),
            new Measure("online_items", "1.2", "Số tin, bài, clip tuyên truyền trên internet, mạng xã hội", 10, 50),
            new Measure("new_members", "2.2", "Số đoàn viên kết nạp mới", 0, 0),
            new Measure("new_unions", "2.2", "Số công đoàn cơ sở thành lập mới", 0, 0),
            new Measure("members_total", "2.2", "Tổng số đoàn viên công đoàn trên địa bàn tỉnh", 0, 0),
            new Measure("pilot_unions", "3.2", "Số nghiệp đoàn thí điểm đang hoạt động", 0, 0),
            new Measure("legal_advice_groups", "3.3", "Số Tổ Tư vấn pháp luật được thành lập", 1, 3),
            new Measure("weak_unions_consolidated", "3.3", "Số công đoàn cơ sở yếu kém được củng cố, kiện toàn", 3, 12),
            new Measure("officers_trained", "3.4", "Số cán bộ công đoàn chuyên trách được bồi dưỡng nghiệp vụ", 20, 80),
            new Measure("care_activities", "4", "Số hoạt động chăm lo cho đoàn viên, người lao động", 3, 12),
            new Measure("initiatives", "4", "Số sáng kiến được công nhận trong phong trào thi đua", 8, 40),
            new Measure("finance_inspections", "5", "Số cuộc kiểm tra, giám sát tài chính công đoàn", 1, 4),
            new Measure("party_inspections", "6.1", "Số cuộc kiểm tra, giám sát việc lãnh đạo công tác công đoàn", 1, 5),
            new Measure("workers_admitted_to_party", "6.2", "Số công nhân, người lao động được kết nạp vào Đảng", 15, 40),
            new Measure("party_cells_founded", "6.2", "Số tổ chức đảng thành lập mới trong doanh nghiệp ngoài Nhà nước", 1, 5),
            new Measure("head_dialogues", "7.1", "Số cuộc đối thoại của người đứng đầu chính quyền với đoàn viên, người lao động", 1, 3),
            new Measure("labour_inspections", "7.2", "Số doanh nghiệp được thanh tra, kiểm tra việc chấp hành pháp luật lao động", 20, 80),
            new Measure("disputes_settled", "7.2", "Số vụ tranh chấp lao động tập thể được giải quyết", 0, 3),
            new Measure("collective_agreements", "7.2", "Số thỏa ước lao động tập thể được ký kết", 5, 20),
            new Measure("cooperation_programmes", "7.4", "Số chương trình phối hợp, thỏa thuận hợp tác được ký kết", 1, 4));

    /** The figures of measures not given in a result sentence come from their own draw, so the texts stay as they were. */
    static final Random MEASURE_RANDOM = new Random(20230721L);
    /** The members in all (a stock) at the start of the term, before the first quarter's admissions. */
    static final long MEMBERS_AT_START = 48_250;
    static long membersTotal = MEMBERS_AT_START;

    /** How many pilot unions (3.2) run at the end of a quarter: the first from 2022-Q3, a second from 2023-Q3, a third from 2024-Q3. */
    static long pilotUnions(Q q) {
        if (q.compareTo(new Q(2022, 3)) < 0) return 0;
        if (q.compareTo(new Q(2023, 3)) < 0) return 1;
        return q.compareTo(new Q(2024, 3)) < 0 ? 2 : 3;
    }

    // ---- periods ----------------------------------------------------------------------------

    /** A calendar quarter. */
    record Q(int year, int quarter) implements Comparable<Q> {
        LocalDate start() { return LocalDate.of(year, quarter * 3 - 2, 1); }
        LocalDate end() { return start().plusMonths(3).minusDays(1); }
        Q next() { return quarter == 4 ? new Q(year + 1, 1) : new Q(year, quarter + 1); }
        String roman() { return new String[] {"I", "II", "III", "IV"}[quarter - 1]; }
        static Q of(LocalDate d) { return new Q(d.getYear(), (d.getMonthValue() - 1) / 3 + 1); }
        @Override public String toString() { return year + "-Q" + quarter; }
        @Override public int compareTo(Q o) { return Integer.compare(year * 4 + quarter, o.year * 4 + o.quarter); }
    }

    static final Q FIRST = new Q(2021, 4);
    static final Q LAST = new Q(2025, 4);

    // ---- narratives ---------------------------------------------------------------------------

    /** Result sentences per task; {lo-hi} is a figure drawn from that range. */
    static final Map<String, String[]> RESULTS = new LinkedHashMap<>();

    static {
        RESULTS.put("1.1", new String[] {
                "Tổ chức {2-8:propagation_conferences} hội nghị quán triệt Nghị quyết 02-NQ/TW cho {80-400:propagation_participants} cán bộ, đảng viên chủ chốt.",
                "Ban hành kế hoạch thực hiện Nghị quyết 02; tổ chức {1-4:propagation_conferences} hội nghị học tập, quán triệt với {100-600:propagation_participants} lượt người tham dự.",
                "Đăng {5-30} tin, bài tuyên truyền về Nghị quyết 02 trên trang thông tin điện tử và nhóm Zalo của đơn vị; {50-300:propagation_participants} cán bộ, đảng viên tham gia học tập."});
        RESULTS.put("1.2", new String[] {
                "Đổi mới hình thức tuyên truyền qua mạng xã hội; đăng {10-50:online_items} tin, bài, clip ngắn, thu hút {2000-15000} lượt tương tác.",
                "Tổ chức {2-8} buổi đối thoại, tọa đàm với đoàn viên, người lao động tại các khu công nghiệp; nắm {10-60} ý kiến, kiến nghị.",
                "Phối hợp nắm tình hình tư tưởng công nhân tại {5-30} doanh nghiệp; không để xảy ra đình công trái pháp luật, {1-6} vụ tranh chấp được hòa giải kịp thời."});
        RESULTS.put("2.1", new String[] {
                "Hoàn thành rà soát lực lượng lao động tại {200-900} doanh nghiệp; thành lập ban chỉ đạo phát triển đoàn viên ở {5-16} công đoàn cấp trên trực tiếp cơ sở.",
                "Phối hợp rà soát {20-120} doanh nghiệp chưa có tổ chức công đoàn; cử {1-3} cán bộ tham gia ban chỉ đạo phát triển đoàn viên."});
        RESULTS.put("2.2", new String[] {
                "Kết nạp {20-150} đoàn viên, thành lập {1-4} công đoàn cơ sở tại doanh nghiệp ngoài nhà nước.",
                "Tiếp cận {10-60} doanh nghiệp ngoài nhà nước, vận động thành lập {1-5} công đoàn cơ sở; đơn giản hóa thủ tục kết nạp đoàn viên.",
                "Phối hợp với công đoàn vận động {30-200} người lao động gia nhập công đoàn tại {3-15} doanh nghiệp trên địa bàn."});
        RESULTS.put("3.1", new String[] {
                "Rà soát chức năng, nhiệm vụ của {5-16} công đoàn cấp trên trực tiếp cơ sở; đề xuất sắp xếp {1-3} đầu mối.",
                "Phối hợp hướng dẫn kiện toàn tổ chức bộ máy tại {2-10} đơn vị; {5-30} công đoàn cơ sở được củng cố."});
        RESULTS.put("3.2", new String[] {
                "Xây dựng đề án thí điểm {1-2} mô hình nghiệp đoàn (dịch vụ, xây dựng); khảo sát {150-600} lao động khu vực phi chính thức.",
                "Đang khảo sát nhu cầu của {100-500} lao động tự do; dự kiến thí điểm {1-2} nghiệp đoàn."});
        RESULTS.put("3.3", new String[] {
                "Thành lập {1-4:legal_advice_groups} Tổ Tư vấn pháp luật ở công đoàn cấp trên trực tiếp cơ sở; tư vấn cho {50-300} lượt người lao động.",
                "Củng cố, kiện toàn {3-15:weak_unions_consolidated} công đoàn cơ sở yếu kém; đánh giá, xếp loại {50-200} công đoàn cơ sở theo tiêu chí mới."});
        RESULTS.put("3.4", new String[] {
                "Bồi dưỡng nghiệp vụ cho {20-90:officers_trained} cán bộ công đoàn chuyên trách; luân chuyển {1-5} cán bộ chủ chốt.",
                "Tham mưu cơ cấu người trưởng thành từ công nhân vào cấp ủy; {5-25} cán bộ công đoàn được quy hoạch, {5-40} đảng viên là công nhân được kết nạp."});
        RESULTS.put("4", new String[] {
                "Tổ chức {3-12:care_activities} hoạt động chăm lo cho đoàn viên; tặng {100-800} suất quà cho công nhân có hoàn cảnh khó khăn.",
                "Phát động phong trào thi đua tại {10-60} doanh nghiệp; {8-40:initiatives} sáng kiến được công nhận."});
        RESULTS.put("5", new String[] {
                "Tổ chức {5-30} cuộc đối thoại tại nơi làm việc; giám sát việc thực hiện chính sách tại {10-60} doanh nghiệp.",
                "Kết nạp {50-300} đoàn viên mới; tổ chức {1-5} lớp tập huấn pháp luật lao động cho cán bộ công đoàn cơ sở.",
                "Thương lượng, ký kết {3-20} thỏa ước lao động tập thể; hỗ trợ {10-80} đoàn viên bị mất việc làm."});
        RESULTS.put("6.1", new String[] {
                "Chỉ đạo thành lập {1-4} tổ chức đảng trong doanh nghiệp tư nhân; kết nạp {3-20} đảng viên là công nhân.",
                "Tổ chức {1-5:party_inspections} cuộc kiểm tra việc lãnh đạo công tác công đoàn tại các tổ chức cơ sở đảng; bồi dưỡng {5-30} quần chúng ưu tú."});
        RESULTS.put("6.2", new String[] {
                "Khảo sát {10-50} doanh nghiệp tư nhân đủ điều kiện thành lập tổ chức đảng, đoàn thể; thành lập mới {1-5:party_cells_founded} chi bộ.",
                "Họp ban chỉ đạo {1-3} lần; hướng dẫn {5-20} doanh nghiệp thành lập tổ chức công đoàn."});
        RESULTS.put("7.1", new String[] {
                "Ban hành {1-4} văn bản chỉ đạo về thực hiện chính sách đối với người lao động; giải quyết {3-15} kiến nghị của công đoàn.",
                "Tổ chức hội nghị đối thoại giữa Chủ tịch UBND tỉnh với {150-400} đoàn viên, người lao động; giải quyết dứt điểm {5-25} kiến nghị."});
        RESULTS.put("7.2", new String[] {
                "Chỉ đạo các sở, ngành phối hợp thanh tra, kiểm tra {20-80:labour_inspections} doanh nghiệp về chấp hành pháp luật lao động; xử lý {3-15} vi phạm."});
        RESULTS.put("7.3", new String[] {
                "Thanh tra, kiểm tra {5-40} doanh nghiệp về chế độ, chính sách cho người lao động; kiến nghị xử lý {1-12} trường hợp vi phạm.",
                "Phối hợp kiểm tra việc đóng bảo hiểm xã hội, kinh phí công đoàn tại {10-60} doanh nghiệp; đôn đốc thu hồi nợ tại {2-15} đơn vị.",
                "Cung cấp thông tin về {10-80} doanh nghiệp mới thành lập cho tổ chức công đoàn; phối hợp giải quyết {1-6} vụ việc."});
        RESULTS.put("7.4", new String[] {
                "Phối hợp với Tỉnh đoàn, Hội Phụ nữ tổ chức {2-8} hoạt động cho công nhân trẻ, lao động nữ; {100-800} người tham gia.",
                "Ký kết chương trình phối hợp với {2-4:cooperation_programmes} tổ chức chính trị - xã hội; tổ chức {2-8} buổi sinh hoạt chuyên đề."});
        RESULTS.put("III.1", new String[] {
                "Xây dựng kế hoạch thực hiện Nghị quyết 02 sát với tình hình thực tế; tổ chức {1-5} cuộc kiểm tra, giám sát tại {3-20} tổ chức đảng trực thuộc.",
                "Lồng ghép nội dung Nghị quyết 02 trong sinh hoạt chi bộ; {10-80} chi bộ đã triển khai, {100-900} đảng viên tham gia."});
        RESULTS.put("III.2", new String[] {
                "Tổ chức {1-3} cuộc giám sát việc thực hiện chính sách, pháp luật lao động; ban hành {1-3} báo cáo kết quả giám sát."});
        RESULTS.put("III.3", new String[] {
                "Chỉ đạo UBND tỉnh cụ thể hóa Nghị quyết 02 bằng {1-4} văn bản; bố trí kinh phí hỗ trợ {1-3} thiết chế công đoàn."});
        RESULTS.put("III.4", new String[] {
                "Hướng dẫn tuyên truyền Nghị quyết 02; phát hành {2-8} tài liệu, định hướng {10-60} tin, bài trên báo, đài địa phương."});
        RESULTS.put("III.5", new String[] {
                "Thẩm định {1-4} đề án về tổ chức bộ máy công đoàn; tham mưu công tác cán bộ cho {3-15} trường hợp."});
        RESULTS.put("III.6", new String[] {
                "Phối hợp với công đoàn tổ chức {2-8} hoạt động chăm lo cho đoàn viên, hội viên là công nhân; {50-400} lượt người được hỗ trợ.",
                "Ký kết quy chế phối hợp với LĐLĐ tỉnh; tổ chức {2-8} buổi tuyên truyền cho {100-600} hội viên, đoàn viên."});
        RESULTS.put("III.7", new String[] {
                "Xây dựng chương trình hành động thực hiện Nghị quyết 02; hướng dẫn {5-15} công đoàn cấp trên cơ sở triển khai, kiểm tra {3-15} đơn vị.",
                "Tổ chức sơ kết việc thực hiện Nghị quyết 02 ở {5-20} đơn vị; biểu dương {5-30} tập thể, cá nhân tiêu biểu."});
        RESULTS.put("III.8", new String[] {
                "Tổng hợp báo cáo của {20-70} cơ quan, đơn vị; tổ chức {1-4} cuộc kiểm tra việc thực hiện Nghị quyết 02.",
                "Theo dõi, đôn đốc {3-12} đơn vị chậm báo cáo; tham mưu Ban Thường vụ Tỉnh ủy {1-3} văn bản chỉ đạo."});
    }

    static final String[] EXTRA_SENTENCES = {
            "Công tác phối hợp giữa các cơ quan được duy trì thường xuyên.",
            "Kết quả được báo cáo cấp ủy cùng cấp theo quy định.",
            "Đơn vị tiếp tục theo dõi, đôn đốc thực hiện trong quý tới.",
            "Chất lượng hoạt động có chuyển biến tích cực so với quý trước."};

    static final String[] DIFFICULTIES = {
            "Một số doanh nghiệp ngoài nhà nước chưa tạo điều kiện cho việc thành lập công đoàn cơ sở.",
            "Lực lượng cán bộ chuyên trách mỏng, kiêm nhiệm nhiều việc.",
            "Kinh phí cho công tác tuyên truyền còn hạn chế.",
            "Lao động biến động nhiều, khó quản lý đoàn viên sau khi kết nạp.",
            "Địa bàn miền núi rộng, đi lại khó khăn, doanh nghiệp nhỏ và phân tán."};

    static final String[] PROPOSALS = {
            "Đề nghị LĐLĐ tỉnh hỗ trợ tài liệu tuyên truyền bằng hình ảnh, clip ngắn.",
            "Kiến nghị UBND tỉnh bố trí kinh phí hỗ trợ hoạt động của Tổ Tư vấn pháp luật.",
            "Đề nghị các sở, ngành chia sẻ danh sách doanh nghiệp mới thành lập hằng quý.",
            "Đề nghị tổ chức tập huấn nghiệp vụ cho cán bộ công đoàn cơ sở."};

    // ---- generation ---------------------------------------------------------------------------

    static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final Random RANDOM = new Random(20230720L);

    /** A report row before formatting; {@code measures}: measure id → figure, for the measures of its task the unit reports. */
    record Row(String task, String status, Integer progress, LocalDate completed, String result, String difficulties,
               String proposals, Map<String, Long> measures) {}

    /** Each unit's last row per task ("unit|task"): what a stale report repeats. */
    static final Map<String, Row> LAST_ROW = new LinkedHashMap<>();
    /** The results (normalised) already written per task and quarter, and each unit's last per task: a drawn result that
     *  repeats one of them by chance is told apart (validate's repeated-result is kept for the one deliberate stale report). */
    static final Map<String, Set<String>> WRITTEN = new LinkedHashMap<>();

    /** Tasks done (deadline tasks) per unit, so they are not reported again. */
    static final Map<String, Set<String>> DONE = new LinkedHashMap<>();

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "examples/reports");
        Files.createDirectories(dir);
        try (Stream<Path> old = Files.list(dir)) {
            for (Path p : old.filter(p -> p.toString().endsWith(".csv")).sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
        int files = 0, rows = 0;
        for (Q q = FIRST; q.compareTo(LAST) <= 0; q = q.next()) {
            for (Unit unit : UNITS) {
                List<Row> list = rows(unit, q);
                if (list.isEmpty() || unit.id().equals(SILENT)) continue;
                String name = q + "_" + unit.id();
                write(dir.resolve(name + ".csv"), render(unit, q, name, list));
                files++;
                rows += list.size();
            }
        }
        System.out.println("wrote " + files + " files, " + rows + " rows to " + dir);
    }

    static boolean active(String task, Q q) {
        Q start = STARTS.getOrDefault(task, FIRST);
        return start.compareTo(q) <= 0;
    }

    static List<Row> rows(Unit unit, Q q) {
        List<Row> out = new ArrayList<>();
        // a unit reports only for the quarters it exists on the last day of (checked before any draw,
        // so the quarters before the reorganisation come out as they always did)
        if (!unit.reports(q)) return out;
        String file = q + "_" + unit.id();
        // a successor does not report the deadline tasks its predecessors finished in 2021-2022
        Set<String> done = DONE.computeIfAbsent(unit.id() + "@" + unit.first(), k -> unit.first() == null ? new HashSet<>() : new HashSet<>(DUE.keySet()));
        List<String> tasks = new ArrayList<>();
        for (String t : TASK_ORDER) {
            boolean lead = unit.leads().contains(t);
            boolean coord = unit.coordinates().contains(t)
                    || (q.compareTo(TAKEN_OVER_FROM) >= 0 && TAKEN_OVER.getOrDefault(unit.id(), List.of()).contains(t));
            if (!lead && !coord) continue;
            if (done.contains(t)) continue;
            boolean before = file.equals(BEFORE_START_FILE) && t.equals("3.2");
            if (!active(t, q) && !before) continue;
            if (coord) {
                // coordinators report less often; on 2.1 only in its own quarter (or when it is late)
                if (t.equals("2.1")) {
                    if (!(q.equals(new Q(2022, 1)) || unit.id().equals(LATE_2_1))) continue;
                    if (!unit.id().equals(LATE_2_1) && RANDOM.nextInt(100) >= 45) continue;
                } else if (RANDOM.nextInt(100) >= 35) {
                    continue;
                }
            }
            tasks.add(t);
        }
        for (String t : tasks) out.add(unique(unit, q, row(unit, q, t, done)));
        return out;
    }

    /**
     * The row as the unit writes it: the stale file repeats the quarter before; any other result that
     * would repeat, by the draw's chance, the unit's own last one or another unit's of the same task
     * and quarter gets one of the extra sentences more (a real unit's words are its own).
     */
    static Row unique(Unit unit, Q q, Row r) {
        String key = unit.id() + "|" + r.task();
        Row last = LAST_ROW.get(key);
        if ((q + "_" + unit.id()).equals(STALE_FILE) && r.task().equals(STALE_TASK) && last != null) {
            r = new Row(r.task(), last.status(), last.progress(), last.completed(), last.result(), r.difficulties(), r.proposals(), last.measures());
        } else if (r.result().chars().anyMatch(Character::isDigit)) {
            Set<String> taken = WRITTEN.computeIfAbsent(r.task() + "|" + q, k -> new HashSet<>());
            String own = last == null ? null : normalise(last.result());
            String text = r.result();
            for (int i = 0; taken.contains(normalise(text)) || normalise(text).equals(own); i++) {
                text = r.result() + " " + EXTRA_SENTENCES[i % EXTRA_SENTENCES.length] + (i >= EXTRA_SENTENCES.length ? " " + EXTRA_SENTENCES[(i + 1) % EXTRA_SENTENCES.length] : "");
            }
            taken.add(normalise(text));
            r = new Row(r.task(), r.status(), r.progress(), r.completed(), text, r.difficulties(), r.proposals(), r.measures());
        }
        LAST_ROW.put(key, r);
        return r;
    }

    /** A result as validate compares them: no case, no diacritics, letters and digits only. */
    static String normalise(String s) {
        String d = java.text.Normalizer.normalize(s.toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder();
        for (char c : d.toCharArray()) {
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            if (c == 'đ') c = 'd';
            if (Character.isLetterOrDigit(c)) b.append(c);
        }
        return b.toString();
    }

    static Row row(Unit unit, Q q, String task, Set<String> done) {
        String status;
        Integer progress = null;
        LocalDate completed = null;
        LocalDate due = DUE.get(task);
        if (due != null) {
            Q doneIn = Q.of(due);
            if (task.equals("1.1") && LATE_1_1.containsKey(unit.id())) doneIn = LATE_1_1.get(unit.id());
            if (task.equals("2.1") && unit.id().equals(LATE_2_1)) doneIn = new Q(2022, 2);
            if (q.compareTo(doneIn) < 0) {
                status = "in_progress";
                progress = 40 + 10 * RANDOM.nextInt(5);
            } else {
                status = "done";
                progress = 100;
                if (doneIn.equals(Q.of(due))) {
                    // on time: some weeks before the deadline
                    completed = due.minusDays(5 + RANDOM.nextInt(40));
                } else {
                    completed = doneIn.start().plusDays(10 + RANDOM.nextInt(40));
                }
                done.add(task);
            }
        } else if (q.equals(FIRST) && RANDOM.nextInt(100) < 12) {
            status = "not_started";
        } else {
            status = "in_progress";
        }
        Map<String, Long> drawn = new LinkedHashMap<>();
        String result = status.equals("not_started")
                ? "Đang xây dựng kế hoạch triển khai; dự kiến thực hiện từ quý I/2022."
                : result(task, drawn);
        if (!unit.leads().contains(task) && !result.startsWith("Phối hợp") && !status.equals("not_started")) {
            result = "Phối hợp với cơ quan chủ trì: " + Character.toLowerCase(result.charAt(0)) + result.substring(1);
        }
        if (task.equals("3.2") && q.compareTo(new Q(2022, 1)) < 0) {
            status = "in_progress";
            result = "Đã giao bộ phận chuyên môn nghiên cứu, xây dựng đề án thí điểm mô hình nghiệp đoàn; chưa tổ chức thực hiện.";
        }
        String difficulties = RANDOM.nextInt(100) < 18 ? pick(DIFFICULTIES) : "";
        String proposals = RANDOM.nextInt(100) < 12 ? pick(PROPOSALS) : "";
        if (task.equals("2.2") && unit.leads().contains("2.2")) {
            int members = 700 + RANDOM.nextInt(600);
            int unions = 6 + RANDOM.nextInt(9);
            result = "Kết nạp " + fmt(members) + " đoàn viên, thành lập " + unions + " công đoàn cơ sở tại doanh nghiệp ngoài nhà nước. "
                    + "Ban chỉ đạo phát triển đoàn viên các cấp giao chỉ tiêu cụ thể cho từng công đoàn cấp trên trực tiếp cơ sở.";
            drawn.put("new_members", (long) members);
            drawn.put("new_unions", (long) unions);
            // the members in all: this quarter's admissions less those who left (a third to two thirds of them)
            membersTotal += members - members * (33 + MEASURE_RANDOM.nextInt(34)) / 100;
            drawn.put("members_total", membersTotal);
        }
        Map<String, Long> measures = new LinkedHashMap<>();
        if (unit.leads().contains(task) && !status.equals("not_started")) {
            for (Measure m : MEASURES) {
                if (!m.task().equals(task)) continue;
                long v;
                if (drawn.containsKey(m.id())) v = drawn.get(m.id());
                else if (m.id().equals("pilot_unions")) v = pilotUnions(q);
                else v = m.lo() + MEASURE_RANDOM.nextInt(m.hi() - m.lo() + 1);
                if ((q + "_" + unit.id()).equals(JUMP_FILE) && m.id().equals(JUMP_MEASURE)) v = JUMP_VALUE;
                measures.put(m.id(), v);
            }
        }
        return new Row(task, status, progress, completed, result, difficulties, proposals, measures);
    }

    static String fmt(int n) { return n >= 1000 ? (n / 1000) + "." + String.format("%03d", n % 1000) : Integer.toString(n); }

    /** {lo-hi} or {lo-hi:measure}: a figure drawn from that range, the measure's figure when named. */
    static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile("\\{(\\d+)-(\\d+)(?::([a-z_]+))?\\}");

    /** A result sentence for the task, its figures drawn; the figures of measures it names go into {@code drawn}. */
    static String result(String task, Map<String, Long> drawn) {
        String[] pool = RESULTS.get(task);
        String s = pool[RANDOM.nextInt(pool.length)];
        java.util.regex.Matcher m = FIGURE.matcher(s);
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            int lo = Integer.parseInt(m.group(1)), hi = Integer.parseInt(m.group(2));
            int n = lo + RANDOM.nextInt(hi - lo + 1);
            if (m.group(3) != null) drawn.put(m.group(3), (long) n);
            m.appendReplacement(filled, fmt(n));
        }
        m.appendTail(filled);
        String text = filled.toString();
        int extra = RANDOM.nextInt(3);
        if (extra > 0) text += " " + EXTRA_SENTENCES[RANDOM.nextInt(EXTRA_SENTENCES.length)];
        return text;
    }

    static String pick(String[] a) { return a[RANDOM.nextInt(a.length)]; }

    // ---- formatting ---------------------------------------------------------------------------

    /** How a unit writes its files: the Vietnamese Excel way (';', BOM, CRLF, Vietnamese words) or the plain English template. */
    static boolean vietnameseStyle(Unit u) {
        return u.kind().equals("party-committee") || u.id().startsWith("ubnd-huyen") || u.id().startsWith("ubnd-thi-xa")
                || u.id().startsWith("ubnd-thanh-pho") || u.id().startsWith("ldld-huyen");
    }

    static String render(Unit unit, Q q, String fileName, List<Row> rows) {
        boolean vi = vietnameseStyle(unit);
        boolean bom = vi || unit.id().hashCode() % 3 == 0;
        char d = vi ? ';' : ',';
        String nl = vi ? "\r\n" : "\n";
        // a column for each measure of the tasks on this file's rows that the unit reports (it leads them)
        List<Measure> measures = new ArrayList<>();
        for (Measure m : MEASURES) if (rows.stream().anyMatch(r -> r.measures().containsKey(m.id()))) measures.add(m);
        boolean extraColumn = fileName.equals(EXTRA_COLUMN_FILE);
        List<String> header = new ArrayList<>(vi
                ? List.of("Đơn vị", "Kỳ báo cáo", "Nhiệm vụ", "Tình trạng", "Tiến độ", "Ngày hoàn thành", "Ngày báo cáo", "Kết quả", "Khó khăn", "Kiến nghị")
                : List.of("unit", "period", "task", "status", "progress", "completed_on", "submitted_on", "result", "difficulties", "proposals"));
        for (Measure m : measures) header.add(vi ? m.name() : m.id());
        if (extraColumn) header.add("Ghi chú");
        LocalDate submitted = submitted(q, fileName);
        String unitText = unitText(unit, fileName);
        StringBuilder b = new StringBuilder();
        if (bom) b.append('\uFEFF');
        line(b, header, d, nl);
        for (Row r : rows) {
            List<String> cells = new ArrayList<>();
            cells.add(unitText);
            cells.add(vi ? "Quý " + q.roman() + "/" + q.year() : q.toString());
            cells.add(r.task());
            cells.add(vi ? switch (r.status()) {
                case "done" -> "Hoàn thành";
                case "in_progress" -> "Đang thực hiện";
                default -> "Chưa thực hiện";
            } : r.status());
            cells.add(r.progress() == null ? "" : r.progress().toString());
            cells.add(r.completed() == null ? "" : vi ? VI_DATE.format(r.completed()) : r.completed().toString());
            cells.add(vi ? VI_DATE.format(submitted) : submitted.toString());
            cells.add(r.result());
            cells.add(r.difficulties());
            cells.add(r.proposals());
            for (Measure m : measures) cells.add(r.measures().containsKey(m.id()) ? r.measures().get(m.id()).toString() : "");
            if (extraColumn) cells.add(r.task().equals("5") ? "Số liệu tính đến ngày 30/9/2022" : "");
            line(b, cells, d, nl);
        }
        return b.toString();
    }

    /** The unit as its staff type it: the full name mostly, sometimes the short alias or the id. */
    static String unitText(Unit unit, String fileName) {
        if (fileName.equals(NO_DIACRITICS_FILE)) return stripDiacritics(unit.name());
        int h = Math.floorMod(fileName.hashCode(), 10);
        if (h == 0) return unit.id();
        return unit.name();
    }

    static String stripDiacritics(String s) {
        String d = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{Mn}", "");
        return d.replace('đ', 'd').replace('Đ', 'D');
    }

    /** Usually 5–14 days after the quarter; the late files 18–30 days (the report is due after 15). */
    static LocalDate submitted(Q q, String fileName) {
        int h = Math.floorMod(fileName.hashCode(), 10);
        if (LATE_FILES.contains(fileName)) return q.end().plusDays(18 + Math.floorMod(fileName.hashCode(), 13));
        return q.end().plusDays(5 + h);
    }

    static void line(StringBuilder b, List<String> cells, char d, String nl) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) b.append(d);
            b.append(quote(cells.get(i), d));
        }
        b.append(nl);
    }

    static String quote(String s, char d) {
        if (s.indexOf(d) < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** Atomic: a half-written example never replaces a good one. */
    static void write(Path target, String text) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
