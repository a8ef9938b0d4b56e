package planreport.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import planreport.check.Code;
import planreport.check.Diagnostic;
import planreport.check.Severity;
import planreport.model.Lang;

/**
 * The plan reader on arbitrary text and on mutations of the shipped plan: a plan or diagnostics,
 * never an exception; a plan that loads comes with no error, and one that fails has at least one;
 * each diagnostic names the file and a line of it; the same text gives the same diagnostics.
 */
class PlanFuzzTest {
    private static final String PLAN = Mutations.shippedPlan();

    /** What every reading of any text must give: diagnostics on the file and its lines, a plan only without errors, the same result twice. */
    private static void check(String text, String file) {
        PlanReader.Result r = PlanReader.parse(text, file);
        assertTrue(r.ok() || !r.diagnostics().isEmpty(), "a refused plan says why");
        long lines = Math.max(1, text.lines().count());
        for (Diagnostic d : r.diagnostics()) {
            String shown = d.format(Lang.EN);
            assertEquals(file, d.file(), "names the file it was given: " + shown);
            assertTrue(d.code().scope() == Code.Scope.PLAN, "a plan code: " + shown);
            // no line: a problem of the whole text (empty, too large) or, a known gap, a character YAML forbids (PlanCorpusTest)
            if (d.line() != null) assertTrue(d.line() >= 1 && d.line() <= lines + 1, "a line within the text's " + lines + " lines: " + shown);
            if (d.column() instanceof Integer c) assertTrue(c >= 1, "a 1-based column: " + shown);
            if (r.ok()) assertTrue(d.severity() != Severity.ERROR, "a plan that loads has no error: " + shown);
        }
        assertEquals(r.diagnostics(), PlanReader.parse(text, file).diagnostics(), "the same text read twice gives the same diagnostics");
    }

    @Property(tries = 300)
    void arbitraryTextEndsInDiagnosticsOnItsLines(@ForAll("yamlish") String text) {
        check(text, "fuzz.yaml");
    }

    @Provide
    Arbitrary<String> yamlish() {
        return Arbitraries.strings().withChars(":-[]{}&*!|>'\"#%@`,?\n\t ").withCharRange('a', 'z').withChars("ĐđỳÀ\u0301\uFEFF\u0000")
                .ofMaxLength(300);
    }

    @Property(tries = 200)
    void mutationsOfThePlanEndInDiagnosticsOnTheirLines(@ForAll("mutatedPlan") byte[] bytes) {
        check(new String(bytes, StandardCharsets.UTF_8), "mutated.yaml");
    }

    @Provide
    Arbitrary<byte[]> mutatedPlan() {
        return Mutations.of(PLAN.getBytes(StandardCharsets.UTF_8), new byte[][] {
                ":".getBytes(StandardCharsets.UTF_8), "\n  ".getBytes(StandardCharsets.UTF_8), "\t".getBytes(StandardCharsets.UTF_8),
                "&a ".getBytes(StandardCharsets.UTF_8), "*a".getBytes(StandardCharsets.UTF_8), "[".getBytes(StandardCharsets.UTF_8),
                "\"".getBytes(StandardCharsets.UTF_8), "- ".getBytes(StandardCharsets.UTF_8), "{x: [".getBytes(StandardCharsets.UTF_8),
                "\n---\n".getBytes(StandardCharsets.UTF_8), "!!java.lang.Object ".getBytes(StandardCharsets.UTF_8),
                "Trong quý V/2021".getBytes(StandardCharsets.UTF_8), "2021-Q9".getBytes(StandardCharsets.UTF_8)});
    }
}
