package planreport.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import planreport.check.Code;

/**
 * The {@code bodies:} list is read item by item as the file is composed, not from the whole tree:
 * on any text that reading must give what reading the tree gives — the same diagnostics (the kept
 * ones and every count), and the same plan — whatever the list holds and wherever the file breaks.
 */
class PlanStreamTest {
    private static final String PLAN;

    static {
        try {
            PLAN = Files.readString(Path.of("plan.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads {@code text} both ways and asserts they agree; returns the streamed result. */
    private static PlanReader.Result same(String text) {
        PlanReader.Result streamed = PlanReader.parse(text, "plan.yaml");
        PlanReader.Result tree = PlanReader.parseAsTree(text, "plan.yaml");
        assertEquals(tree.diagnostics(), streamed.diagnostics());
        assertEquals(tree.found().errors(), streamed.found().errors(), "errors counted");
        assertEquals(tree.found().warnings(), streamed.found().warnings(), "warnings counted");
        for (Code c : Code.values()) assertEquals(tree.found().count(c), streamed.found().count(c), c.id());
        assertEquals(tree.ok(), streamed.ok());
        if (tree.ok()) {
            assertEquals(tree.plan().bodies(), streamed.plan().bodies());
            assertEquals(tree.plan().tasks(), streamed.plan().tasks());
            assertEquals(tree.plan().indicators(), streamed.plan().indicators());
        }
        return streamed;
    }

    private static List<String> codes(PlanReader.Result r) {
        return r.diagnostics().stream().map(d -> d.code().id()).distinct().sorted().toList();
    }

    /** The text of the shipped plan with its {@code n}-th body's {@code - id:} line (counted from 0) replaced by {@code with}. */
    private static String atBody(int n, String with) {
        String[] lines = PLAN.split("\n", -1);
        int seen = -1;
        for (int i = lines.length - 1; i >= 0 && seen < 0; i--) if (lines[i].equals("bodies:")) seen = i;
        int count = 0;
        for (int i = seen; i < lines.length; i++) {
            if (lines[i].startsWith("  - id:") && count++ == n) {
                lines[i] = with + lines[i];
                return String.join("\n", lines);
            }
        }
        throw new AssertionError("no body " + n);
    }

    @Test
    void theShippedPlanAndEveryFixtureReadTheSameBothWays() throws IOException {
        assertTrue(same(PLAN).ok());
        List<Path> fixtures;
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/plans"))) {
            fixtures = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertFalse(fixtures.isEmpty());
        for (Path p : fixtures) same(Files.readString(p));
    }

    @Test
    void aSyntaxErrorAfterBodiesWereReadLeavesOnlyTheSyntaxError() {
        // the first bodies are read (one with a wrong kind) before the file breaks near its end
        String text = atBody(1, "  - id: x\n    name: X\n    kind: nonsense\n") + "\n  - id: [unclosed\n";
        PlanReader.Result r = same(text);
        assertEquals(List.of("plan-syntax"), codes(r));
        assertEquals(1, r.diagnostics().size());
    }

    @Test
    void anAliasOrATabInTheMiddleOfTheListIsRefusedAlone() {
        int bodies = (int) PLAN.lines().dropWhile(l -> !l.equals("bodies:")).filter(l -> l.startsWith("  - id:")).count();
        assertEquals(List.of("plan-syntax"), codes(same(atBody(bodies / 2, "  - id: a\n    name: &n A\n    kind: unit\n"))));
        assertEquals(List.of("plan-syntax"), codes(same(atBody(bodies / 2, "\t- id: a\n"))));
    }

    @Test
    void itemsThatAreNotBodiesAndBodiesWithErrorsAreReportedAsFromTheTree() {
        same(atBody(3, "  - just a text\n  -\n  - [a, list]\n"));
        same(atBody(3, "  - id: thanh-uy-quang-ngai\n    name: Another\n    kind: party-committee\n    colour: red\n"));
        same(atBody(5, "  - id: g\n    name: G\n    kind: group\n    members: [nobody-at-all, btv-tinh-uy]\n"));
    }

    @Test
    void aListWrittenTwiceWithATagOrInFlowStyleReadsAsFromTheTree() {
        same(PLAN + "bodies:\n  - id: again\n    name: Again\n    kind: unit\n");
        same(PLAN.replace("\nbodies:\n", "\nbodies: !!seq\n"));
        same(PLAN.replace("\nbodies:\n", "\nbodies_:\n") + "bodies: [{id: a, name: A, kind: unit}, b]\n");
        same(PLAN.replace("\nbodies:\n", "\nbodies: ~\nx:\n"));
        // the list first in the file, before the parts that name its bodies
        int at = PLAN.indexOf("\nbodies:\n");
        same(PLAN.substring(at + 1) + "\n" + PLAN.substring(0, at + 1));
    }

    @Test
    void moreDiagnosticsOfOneCodeThanAreKeptAreCountedTheSame() {
        StringBuilder extra = new StringBuilder();
        for (int i = 0; i < 1500; i++) extra.append("  - id: u").append(i).append("\n    name: U").append(i).append("\n    kind: unit\n    colour: red\n");
        PlanReader.Result r = same(atBody(2, extra.toString()));
        assertTrue(r.found().count(Code.PLAN_SCHEMA) >= 1500, "every unknown key counted");
    }

    @Property(tries = 150)
    void mutationsOfThePlanReadTheSameBothWays(@ForAll("mutatedPlan") byte[] bytes) {
        same(new String(bytes, StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<byte[]> mutatedPlan() {
        List<byte[]> fragments = new ArrayList<>();
        for (String f : List.of(":", "\n  ", "\t", "&a ", "*a", "[", "\"", "- ", "{x: [", "\n---\n", "\n  - id: btv-tinh-uy\n", "members: [",
                "\n    kind: group\n", "\n  - ~\n", "!!str ", "\n    until: 2020-01-01\n")) fragments.add(f.getBytes(StandardCharsets.UTF_8));
        // mutations in the bodies: the list is the last part of the shipped plan, so edits fall there in proportion
        return Mutations.of(PLAN.getBytes(StandardCharsets.UTF_8), fragments.toArray(new byte[0][]));
    }
}
