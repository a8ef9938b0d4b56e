package planreport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import planreport.io.PlanReader;

/**
 * A country's plan names tens of thousands of units in one group: reading it must cost work in
 * proportion to its size. Counted, not timed: the bodies visited while the plan's indexes are built
 * (who stands for each task in each of the term's 17 quarters). Before, every task named by the
 * group expanded its 50,000 members once a quarter, twice (about 1.7 million visits).
 */
class PlanScaleTest {
    static final int UNITS = 50_000;

    static String plan(int units) {
        StringBuilder y = new StringBuilder("""
                version: 1
                plan:
                  title: "KẾ HOẠCH"
                  subject: "Thực hiện Nghị quyết số 02-NQ/TW"
                  parent: "ĐẢNG BỘ TỈNH QUẢNG NGÃI"
                  issuer: btv
                  place: "Quảng Ngãi"
                  implements:
                    number: "02-NQ/TW"
                    date: "2021-06-12"
                    body: "Bộ Chính trị"
                    title: "về đổi mới tổ chức và hoạt động của Công đoàn Việt Nam trong tình hình mới"
                  signature:
                    authority: "T/M BAN THƯỜNG VỤ"
                    title: "PHÓ BÍ THƯ"
                    name: "Đặng Ngọc Huy"
                  monitoring_body: bdv
                reporting:
                  due_days: 15
                  term:
                    start: "2021-Q4"
                    end: "2025-Q4"
                sections:
                  - id: "1"
                    title: "Tuyên truyền"
                    tasks:
                      - id: "1.1"
                        content: "Mọi công đoàn cơ sở báo cáo."
                        directing: [btv]
                        leads: [all]
                        coordinators: [bdv]
                        timeframe: "Thường xuyên"
                      - id: "1.2"
                        content: "Cơ quan cũ, rồi cơ quan mới."
                        directing: [btv]
                        leads: [old]
                        coordinators: [all]
                        timeframe: "Thường xuyên"
                bodies:
                  - id: btv
                    name: "Ban Thường vụ Tỉnh ủy"
                    kind: party-committee
                  - id: bdv
                    name: "Ban Dân vận Tỉnh ủy"
                    kind: party-board
                  - id: old
                    name: "Cơ quan cũ"
                    kind: government
                    until: "2023-06-30"
                    successors: [new]
                  - id: new
                    name: "Cơ quan mới"
                    kind: government
                    from: "2023-07-01"
                """);
        y.append("  - id: all\n    name: \"Công đoàn cơ sở\"\n    kind: group\n    members: [");
        for (int i = 0; i < units; i++) y.append(i == 0 ? "" : ", ").append(id(i));
        // written twice, once by name: each member is kept once, where first written
        y.append(", ").append(id(1)).append(", \"").append(name(2)).append("\"]\n");
        for (int i = 0; i < units; i++) {
            y.append("  - {id: ").append(id(i)).append(", name: \"").append(name(i)).append("\", kind: government}\n");
        }
        return y.toString();
    }

    static String id(int i) { return String.format("u%05d", i); }

    static String name(int i) { return "CĐCS " + i; }

    @Test
    void aGroupOfFiftyThousandUnitsIsReadInLinearWork() {
        PlanReader.Result r = PlanReader.parse(plan(UNITS), "plan.yaml");
        assertEquals(List.of(), r.diagnostics());
        Plan p = r.plan();
        int bodies = p.bodies().size();
        assertEquals(UNITS + 5, bodies);
        List<String> members = p.body("all").orElseThrow().members();
        assertEquals(UNITS, members.size(), "a member written twice is kept once");
        assertEquals(id(0), members.get(0));
        assertEquals(id(UNITS - 1), members.get(UNITS - 1), "in the order first written");
        assertTrue(p.dated());
        assertEquals(UNITS, p.leadUnits("1.1", new Period(2025, 4)).size());
        assertEquals(List.of("old"), List.copyOf(p.leadUnits("1.2", new Period(2022, 1))));
        assertEquals(List.of("new"), List.copyOf(p.leadUnits("1.2", new Period(2023, 3))));
        assertEquals(List.of("old", "new"), List.copyOf(p.leadUnits("1.2")));
        // each body is visited a few times (its own leaves, the group's expansion, the group's reach),
        // not once per quarter and task
        assertTrue(p.visits() <= 4L * bodies, "visits " + p.visits() + " for " + bodies + " bodies");
    }

    @Test
    void theWorkGrowsWithThePlanNotFaster() {
        long small = PlanReader.parse(plan(UNITS / 10), "plan.yaml").plan().visits();
        long large = PlanReader.parse(plan(UNITS), "plan.yaml").plan().visits();
        assertTrue(large <= 11 * small, "ten times the units: " + small + " → " + large + " visits");
    }
}
