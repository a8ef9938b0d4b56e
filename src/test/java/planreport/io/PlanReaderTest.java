package planreport.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import planreport.check.Code;
import planreport.check.Diagnostic;

/** Positions and refusals of the plan reader, where Jackson's own locations would be wrong. */
class PlanReaderTest {
    static String plan() throws Exception { return Files.readString(Path.of("plan.yaml")); }

    static Diagnostic only(PlanReader.Result r) {
        assertEquals(1, r.diagnostics().size(), r.diagnostics().toString());
        return r.diagnostics().get(0);
    }

    @Test
    void shippedPlanReadsClean() throws Exception {
        PlanReader.Result r = PlanReader.read(Path.of("plan.yaml"), "plan.yaml");
        assertTrue(r.diagnostics().isEmpty(), r.diagnostics().toString());
        assertNotNull(r.plan());
        assertEquals(16, r.plan().sections().stream().mapToInt(s -> s.tasks().size()).sum());
        assertEquals(8, r.plan().duties().size());
    }

    @Test
    void tabIndentIsReportedWhereTheTabIs() {
        Diagnostic d = only(PlanReader.parse("version: 1\nplan:\n\ttitle: x\n", "p.yaml"));
        assertEquals(Code.PLAN_SYNTAX, d.code());
        assertEquals(3, d.line());
        assertEquals(1, d.column());
    }

    @Test
    void unclosedQuoteIsReported() {
        Diagnostic d = only(PlanReader.parse("version: 1\nplan:\n  title: \"KẾ HOẠCH\n  subject: x\n", "p.yaml"));
        assertEquals(Code.PLAN_SYNTAX, d.code());
        assertNotNull(d.line());
    }

    @Test
    void anchorsAreRefused() throws Exception {
        String text = plan().replaceFirst("\nreporting:", "\nx_anchor: &a [1]\nreporting:");
        Diagnostic d = only(PlanReader.parse(text, "p.yaml"));
        assertEquals(Code.PLAN_SYNTAX, d.code());
        assertEquals("anchor", d.variant());
        assertEquals("a", d.value());
    }

    @Test
    void billionLaughsIsRefusedAtOnce() {
        StringBuilder b = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            b.append(c).append(": &").append(c).append(" [*").append(p);
            for (int i = 0; i < 8; i++) b.append(",*").append(p);
            b.append("]\n");
        }
        long t0 = System.nanoTime();
        PlanReader.Result r = PlanReader.parse(b.toString(), "laughs.yaml");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertNull(r.plan());
        assertEquals(Code.PLAN_SYNTAX, r.diagnostics().get(0).code());
        assertTrue(ms < 5000, "took " + ms + " ms");
    }

    @Test
    void duplicateKeyNamesBothLines() throws Exception {
        String text = plan().replaceFirst("\nplan:\n", "\nplan:\n  place: \"Huế\"\n");
        List<Diagnostic> ds = PlanReader.parse(text, "p.yaml").diagnostics();
        assertEquals(1, ds.size(), ds.toString());
        assertEquals(Code.DUPLICATE_ID, ds.get(0).code());
        assertEquals("key", ds.get(0).variant());
        assertEquals("place", ds.get(0).value());
        assertEquals("plan", ds.get(0).arg("in"));
    }

    @Test
    void unknownKeySuggestsTheRightOne() throws Exception {
        String text = plan().replaceFirst("\n  due_days:", "\n  due_dayz:");
        Diagnostic d = only(PlanReader.parse(text, "p.yaml"));
        assertEquals(Code.PLAN_SCHEMA, d.code());
        assertEquals("unknown-key", d.variant());
        assertEquals("due_dayz", d.value());
        assertEquals("due_days", d.suggestion());
    }

    @Test
    void unquotedIdsStayTextAsWritten() throws Exception {
        // YAML 1.1 would read 4 as a number and 01 as 1; ids are kept as the text written
        String text = plan().replace("id: \"4\"", "id: 4").replace("task: \"2.2\"", "task: 2.2");
        PlanReader.Result r = PlanReader.parse(text, "p.yaml");
        assertTrue(r.diagnostics().isEmpty(), r.diagnostics().toString());
        assertTrue(r.plan().task("4").isPresent());
    }

    /**
     * The plan finds a body by any of its names with the keys its reader made (each name's key made
     * once): the same body as a plan that makes them itself, for every id, name and alias of the
     * shipped plan and of the fixtures whose names clash, as written and retyped.
     */
    @Test
    void theReadersKeysFindTheBodiesThePlansOwnWould() throws Exception {
        List<Path> plans = new java.util.ArrayList<>(List.of(Path.of("plan.yaml")));
        try (var fixtures = Files.list(Path.of("src/test/resources/plans"))) {
            fixtures.filter(f -> f.toString().endsWith(".yaml")).sorted().forEach(plans::add);
        }
        int compared = 0;
        for (Path file : plans) {
            planreport.model.Plan read = PlanReader.read(file, file.toString()).plan();
            if (read == null) continue;
            planreport.model.Plan own = new planreport.model.Plan(read.info(), read.purposes(), read.reporting(), read.sections(),
                    read.duties(), read.bodies(), read.indicators());
            for (planreport.model.Body b : read.bodies()) {
                for (String n : b.names()) {
                    for (String typed : List.of(n, n.toUpperCase(java.util.Locale.ROOT), "  " + n.replace(" ", "   ") + " ")) {
                        assertEquals(own.findBody(typed).map(planreport.model.Body::id), read.findBody(typed).map(planreport.model.Body::id),
                                file + ": " + typed);
                        compared++;
                    }
                }
            }
        }
        assertTrue(compared > 500, "names compared: " + compared);
    }
}
