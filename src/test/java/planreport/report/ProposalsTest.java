package planreport.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import planreport.io.PlanReader;
import planreport.model.Plan;
import planreport.report.Assessment.NoteGroup;

/**
 * Where the units' requests go, on the shipped plan: a request to a body of the province becomes a
 * direction to the Party organ that answers for it on the report's day; one above the province stays
 * a proposal (part V).
 */
class ProposalsTest {
    static final Plan PLAN = plan();

    static Plan plan() {
        try {
            return PlanReader.read(Path.of("plan.yaml"), "plan.yaml").plan();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static NoteGroup group(String text, String... tasks) { return new NoteGroup(text, List.of("so-noi-vu"), List.of(tasks)); }

    static Point.Assign assigned(String text, LocalDate day, String... tasks) {
        Proposals.Routed r = Proposals.route(PLAN, day, List.of(group(text, tasks)));
        assertEquals(List.of(), r.upward(), text);
        return (Point.Assign) r.assigned().get(0);
    }

    @Test
    void aRequestToTheProvincialGovernmentGoesToItsPartyOrganOfTheDay() {
        String text = "Kiến nghị UBND tỉnh bố trí kinh phí hỗ trợ hoạt động của Tổ Tư vấn pháp luật.";
        Point.Assign in2023 = assigned(text, LocalDate.of(2023, 7, 20), "3.3");
        assertEquals("Ban cán sự đảng Ủy ban nhân dân tỉnh", in2023.organ());
        assertEquals("Ủy ban nhân dân tỉnh", in2023.addressee(), "the body as the plan names it, not as the unit abbreviated it");
        assertEquals("bố trí kinh phí hỗ trợ hoạt động của Tổ Tư vấn pháp luật", in2023.action());
        assertEquals("Đảng ủy Ủy ban nhân dân tỉnh", assigned(text, LocalDate.of(2025, 10, 20), "3.3").organ(),
                "the Ban cán sự đảng ended on 31/01/2025: its successor");
    }

    @Test
    void aRequestToTheLabourFederationGoesToItsPartyDelegationAndOneToTheDepartmentsToTheGovernmentsOrgan() {
        Point.Assign ldld = assigned("Đề nghị LĐLĐ tỉnh hỗ trợ tài liệu tuyên truyền bằng hình ảnh, clip ngắn.", LocalDate.of(2023, 7, 20), "6.1");
        assertEquals(List.of("Đảng đoàn Liên đoàn Lao động tỉnh", "Liên đoàn Lao động tỉnh", "hỗ trợ tài liệu tuyên truyền bằng hình ảnh, clip ngắn"),
                List.of(ldld.organ(), ldld.addressee(), ldld.action()));
        Point.Assign depts = assigned("Đề nghị các sở, ngành chia sẻ danh sách doanh nghiệp mới thành lập hằng quý.", LocalDate.of(2023, 7, 20), "5");
        assertEquals(List.of("Ban cán sự đảng Ủy ban nhân dân tỉnh", "các sở, ngành", "chia sẻ danh sách doanh nghiệp mới thành lập hằng quý"),
                List.of(depts.organ(), depts.addressee(), depts.action()));
    }

    @Test
    void aRequestNamingNoBodyGoesToTheOrganLeadingItsTasksAndOneAboveTheProvinceStaysAProposal() {
        Point.Assign none = assigned("Đề nghị tổ chức tập huấn nghiệp vụ cho cán bộ công đoàn cơ sở.", LocalDate.of(2023, 7, 20), "3.2", "4");
        assertEquals("Đảng đoàn Liên đoàn Lao động tỉnh", none.organ(), "the lead of 3.2 and 4");
        assertEquals(null, none.addressee());
        NoteGroup up = group("Đề nghị Tổng Liên đoàn Lao động Việt Nam sửa đổi hướng dẫn thu kinh phí công đoàn.", "5");
        Proposals.Routed r = Proposals.route(PLAN, LocalDate.of(2023, 7, 20), List.of(up));
        assertEquals(List.of(up), r.upward());
        assertEquals(List.of(), r.assigned());
    }

    /**
     * The organs found through the index of name endings are the ones a pass over the whole plan finds
     * (the rule as it read before the index), for every body of the shipped plan, on days before, inside
     * and after its reorganisations.
     */
    @Test
    void theOrganOfEveryBodyIsTheOneAPassOverThePlanFinds() {
        java.util.Set<planreport.model.BodyKind> organKinds = java.util.EnumSet.of(planreport.model.BodyKind.PARTY_COMMITTEE,
                planreport.model.BodyKind.PARTY_BOARD, planreport.model.BodyKind.PARTY_DELEGATION, planreport.model.BodyKind.STEERING_COMMITTEE);
        int found = 0;
        for (LocalDate day : List.of(LocalDate.of(2021, 1, 1), LocalDate.of(2023, 7, 20), LocalDate.of(2025, 1, 20),
                LocalDate.of(2025, 10, 20), LocalDate.of(2027, 1, 1))) {
            Proposals.Organs organs = new Proposals.Organs(PLAN, day);
            for (planreport.model.Body body : PLAN.bodies()) {
                String expected = byPass(PLAN, organKinds, body, day);
                assertEquals(expected, organs.of(body), body.id() + " on " + day);
                assertEquals(expected, organs.of(body), body.id() + " on " + day + ", asked again");
                if (expected != null && !expected.equals(body.id())) found++;
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(found > 20, "bodies answered for by another organ: " + found);
    }

    /** The rule as a pass over every body of the plan. */
    private static String byPass(Plan plan, java.util.Set<planreport.model.BodyKind> organKinds, planreport.model.Body body, LocalDate day) {
        if (organKinds.contains(body.kind())) return onDay(plan, body.id(), day);
        String suffix = planreport.model.Names.key(body.name());
        for (planreport.model.Body b : plan.bodies()) {
            if (!organKinds.contains(b.kind()) || b.id().equals(body.id())) continue;
            if (planreport.model.Names.key(b.name()).endsWith(" " + suffix) && b.existsOn(day)) return b.id();
        }
        for (planreport.model.Body b : plan.bodies()) {
            if (!organKinds.contains(b.kind())) continue;
            if (planreport.model.Names.key(b.name()).endsWith(" " + suffix)) {
                String now = onDay(plan, b.id(), day);
                if (now != null && plan.exists(now, day)) return now;
            }
        }
        for (String pred : plan.predecessors(body.id())) {
            if (plan.body(pred).map(x -> organKinds.contains(x.kind())).orElse(false) && body.existsOn(day)) return body.id();
        }
        return null;
    }

    private static String onDay(Plan plan, String id, LocalDate day) {
        if (plan.exists(id, day)) return id;
        return plan.unitsOn(id, day).stream().findFirst().orElse(null);
    }
}
