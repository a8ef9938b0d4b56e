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
 * Plan reading as data: each src/test/resources/plans/NAME.yaml has a NAME.expected listing the
 * exact {@code LINE CODE} (or {@code - CODE} without a line) diagnostics it must produce; each
 * examples/plan-bad/CODE.yaml produces only CODE.
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
        for (Diagnostic d : r.diagnostics()) out.add((d.line() == null ? "-" : d.line().toString()) + " " + d.code().id());
        out.sort(null);
        if (r.ok()) assertTrue(out.stream().noneMatch(s -> Code.byId(s.substring(s.indexOf(' ') + 1)).severity() == planreport.check.Severity.ERROR));
        else assertFalse(out.isEmpty(), plan + " was refused without a diagnostic");
        return out;
    }

    static List<String> expected(Path plan) throws IOException {
        Path e = plan.resolveSibling(plan.getFileName().toString().replace(".yaml", ".expected"));
        List<String> out = new ArrayList<>();
        for (String l : Files.readAllLines(e, StandardCharsets.UTF_8)) {
            String t = l.strip();
            if (t.isEmpty() || t.startsWith("#")) continue;
            out.add(String.join(" ", t.split("\\s+")));
        }
        out.sort(null);
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void planFixtureProducesExactlyItsDiagnostics(Path plan) throws IOException {
        assertEquals(expected(plan), actual(plan), "diagnostics of " + plan + " (line code)");
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
        assertNull(r.plan(), name + " must be refused");
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
        for (Path p : fixtures()) for (String e : expected(p)) fixtureCodes.add(e.substring(e.indexOf(' ') + 1));
        for (Code c : Code.values()) {
            if (!c.scope().equals("plan")) continue;
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
        assertTrue(d.message(planreport.model.Lang.EN).contains("anchors"), d.message(planreport.model.Lang.EN));
    }

    @Test
    void theRealPlanLoadsClean() throws IOException {
        PlanReader.Result r = PlanReader.read(Path.of("plan.yaml"), "plan.yaml");
        assertTrue(r.ok(), r.diagnostics().toString());
        assertEquals(List.of(), r.diagnostics());
    }
}
