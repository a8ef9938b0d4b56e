package planreport.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import planreport.check.Code;
import planreport.check.Diagnostic;

/**
 * Plan reading as data: each src/test/resources/plans/NAME.yaml has a NAME.expected listing exactly
 * the diagnostics it must produce, nothing missing and nothing more, one per line as
 * {@code LINE COLUMN CODE}: the 1-based line and column in the YAML, {@code -} for either when the
 * diagnostic has none ({@code - - plan-schema}: the plan is empty). {@code #} starts a comment.
 * Each examples/plan-bad/CODE.yaml produces only CODE.
 */
class PlanFixturesTest {
    static final Path ROOT = Path.of("src/test/resources/plans");

    static List<Path> fixtures() throws IOException {
        try (Stream<Path> s = Files.list(ROOT)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    static List<String> actual(Path plan) throws IOException {
        PlanReader.Result r = PlanReader.read(plan, plan.toString());
        List<String> out = new ArrayList<>();
        for (Diagnostic d : r.diagnostics()) {
            assertTrue(d.column() == null || d.column() instanceof Integer, "a plan column is a number: " + d);
            out.add(key(d));
        }
        out.sort(null);
        if (r.ok()) assertTrue(out.stream().noneMatch(s -> Code.byId(code(s)).severity() == planreport.check.Severity.ERROR));
        else assertFalse(out.isEmpty(), plan + " was refused without a diagnostic");
        return out;
    }

    static List<String> expected(Path plan) throws IOException {
        Path e = plan.resolveSibling(plan.getFileName().toString().replace(".yaml", ".expected"));
        List<String> out = new ArrayList<>();
        for (String l : Files.readAllLines(e, StandardCharsets.UTF_8)) {
            String t = l.strip();
            if (t.isEmpty() || t.startsWith("#")) continue;
            String[] lcc = t.split("\\s+");
            if (lcc.length != 3 || Code.byId(lcc[2]) == null || !lcc[0].matches("\\d+|-") || !lcc[1].matches("\\d+|-")) {
                throw new IllegalStateException(e + ": write LINE COLUMN CODE (- for no line or column), not " + l);
            }
            out.add(String.join(" ", lcc));
        }
        out.sort(null);
        return out;
    }

    /** One diagnostic as the fixtures compare it: {@code LINE COLUMN CODE}. */
    static String key(Diagnostic d) {
        return (d.line() == null ? "-" : d.line().toString()) + " " + (d.column() == null ? "-" : d.column().toString()) + " " + d.code().id();
    }

    static String code(String key) {
        return key.substring(key.lastIndexOf(' ') + 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void planFixtureProducesExactlyItsDiagnostics(Path plan) throws IOException {
        assertEquals(expected(plan), actual(plan), "diagnostics of " + plan + " (line column code)");
    }

    static List<Path> badExamples() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("examples/plan-bad"))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badExamples")
    void badPlanExampleProducesOnlyItsCode(Path plan) throws IOException {
        String name = plan.getFileName().toString().replace(".yaml", "");
        String code = name.equals("billion-laughs") ? "plan-syntax" : name;
        PlanReader.Result r = PlanReader.read(plan, plan.toString());
        if (Code.byId(code).severity() == planreport.check.Severity.ERROR) assertNull(r.plan(), name + " must be refused");
        else assertTrue(r.ok(), name + " (a warning) must be read");
        assertFalse(r.diagnostics().isEmpty());
        for (Diagnostic d : r.diagnostics()) {
            assertEquals(code, d.code().id(), d.format(planreport.model.Lang.EN));
            assertTrue(d.line() != null, "a plan diagnostic carries its line: " + d.format(planreport.model.Lang.EN));
        }
    }

    @Test
    void everyPlanCodeHasABadExampleAndAFixture() throws IOException {
        Set<String> examples = new TreeSet<>();
        for (Path p : badExamples()) examples.add(p.getFileName().toString().replace(".yaml", ""));
        Set<String> fixtureCodes = new TreeSet<>();
        for (Path p : fixtures()) for (String e : expected(p)) fixtureCodes.add(code(e));
        for (Code c : Code.values()) {
            if (c.scope() != Code.Scope.PLAN) continue;
            assertTrue(examples.contains(c.id()), "examples/plan-bad lacks " + c.id() + ".yaml");
            assertTrue(fixtureCodes.contains(c.id()), "no plan fixture expects " + c.id());
        }
    }

    /** The alias bomb is refused at its first anchor, long before any expansion (bound is loose on purpose). */
    @Test
    void billionLaughsIsRefusedQuickly() {
        PlanReader.Result r = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> PlanReader.read(Path.of("examples/plan-bad/billion-laughs.yaml"), "billion-laughs.yaml"));
        assertNull(r.plan());
        assertEquals(1, r.diagnostics().size(), r.diagnostics().toString());
        Diagnostic d = r.diagnostics().get(0);
        assertEquals(Code.PLAN_SYNTAX, d.code());
        assertEquals(3, d.line());
        assertEquals("anchor", d.variant());
    }

    @Test
    void theRealPlanLoadsClean() throws IOException {
        PlanReader.Result r = PlanReader.read(Path.of("plan.yaml"), "plan.yaml");
        assertTrue(r.ok(), r.diagnostics().toString());
        assertEquals(List.of(), r.diagnostics());
    }
}
