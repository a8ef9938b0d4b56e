package planreport.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The hand-made plan of the rule tests: units A and B form group G, which leads deadline task T1
 * (its timeframe given by the test); A leads ongoing task T2 (from 2022-Q1), which B coordinates.
 * The term is 2022-Q1 to 2022-Q4, reports are due 15 days after each quarter.
 */
public final class TinyPlan {
    private TinyPlan() {}

    public static final Period Q1 = new Period(2022, 1), Q2 = new Period(2022, 2), Q3 = new Period(2022, 3), Q4 = new Period(2022, 4);

    public static Plan of(Timeframe t1Timeframe, List<Indicator> indicators) {
        List<Body> bodies = List.of(new Body("a", "Đơn vị A", List.of(), BodyKind.GOVERNMENT, List.of()),
                new Body("b", "Đơn vị B", List.of(), BodyKind.GOVERNMENT, List.of()),
                new Body("g", "Nhóm G", List.of(), BodyKind.GROUP, List.of("a", "b")));
        Task t1 = new Task("T1", "1", "Việc có hạn", List.of(), "G", List.of("g"), List.of(), t1Timeframe, false);
        Task t2 = new Task("T2", "1", "Việc thường xuyên", List.of(), "A", List.of("a"), List.of("b"),
                new Timeframe(Timeframe.Kind.ONGOING, LocalDate.of(2022, 1, 1), null, "Thường xuyên"), false);
        PlanInfo info = new PlanInfo("KẾ HOẠCH", "Thử", "1-KH/TU", null, "ĐẢNG BỘ TỈNH X", "a", "Quảng Ngãi", "02-NQ/TW",
                LocalDate.of(2021, 6, 12), "Bộ Chính trị", "về thử", "NQ 02", "", null, List.of(), "a");
        Reporting rep = new Reporting(15, Reporting.Cutoff.CALENDAR, Q1, Q4, false, null);
        return new Plan(info, List.of(), rep, List.of(new Section("1", "Mục 1", List.of(t1, t2))), List.of(), bodies, indicators);
    }

    /** A plan of the given bodies and tasks over 2022-Q1..Q4, data closing on {@code cutoff}'s day (bodies that change: SuccessionTest). */
    public static Plan of(List<Body> bodies, List<Task> tasks, Reporting.Cutoff cutoff) {
        PlanInfo info = new PlanInfo("KẾ HOẠCH", "Thử", "1-KH/TU", null, "ĐẢNG BỘ TỈNH X", bodies.get(0).id(), "Quảng Ngãi", "02-NQ/TW",
                LocalDate.of(2021, 6, 12), "Bộ Chính trị", "về thử", "NQ 02", "", null, List.of(), bodies.get(0).id());
        Reporting rep = new Reporting(15, cutoff, Q1, Q4, false, null);
        return new Plan(info, List.of(), rep, List.of(new Section("1", "Mục 1", tasks)), List.of(), bodies, List.of());
    }

    /** A concrete body existing from {@code from} to {@code until} (null: the whole term), succeeded by {@code successors}. */
    public static Body body(String id, String from, String until, String... successors) {
        return new Body(id, "Đơn vị " + id.toUpperCase(), List.of(), BodyKind.GOVERNMENT, List.of(),
                from == null ? null : LocalDate.parse(from), until == null ? null : LocalDate.parse(until), List.of(successors));
    }

    /** An ongoing task from 2022-01-01 with these leads and coordinators. */
    public static Task ongoing(String id, List<String> leads, List<String> coordinators) {
        return new Task(id, "1", "Việc " + id, List.of(), "", leads, coordinators,
                new Timeframe(Timeframe.Kind.ONGOING, LocalDate.of(2022, 1, 1), null, "Thường xuyên"), false);
    }
}
