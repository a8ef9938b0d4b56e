package planreport.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The plan reader on arbitrary text and on mutations of the shipped plan: a plan or diagnostics,
 * never an exception; a plan that loads comes with no error, and one that fails has at least one.
 */
class PlanFuzzTest {
    private static final String PLAN;

    static {
        try {
            PLAN = Files.readString(Path.of("plan.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 300)
    void arbitraryTextEndsInDiagnostics(@ForAll("yamlish") String text) {
        PlanReader.Result r = PlanReader.parse(text, "fuzz.yaml");
        assertTrue(r.ok() || !r.diagnostics().isEmpty(), "a failed plan says why");
    }

    @Provide
    Arbitrary<String> yamlish() {
        return Arbitraries.strings().withChars(":-[]{}&*!|>'\"#%@`,?\n\t ").withCharRange('a', 'z').withChars("ĐđỳÀ\u0301\uFEFF\u0000")
                .ofMaxLength(300);
    }

    @Property(tries = 200)
    void mutationsOfThePlanEndInDiagnostics(@ForAll("mutatedPlan") byte[] bytes) {
        PlanReader.Result r = PlanReader.parse(new String(bytes, StandardCharsets.UTF_8), "mutated.yaml");
        assertTrue(r.ok() || !r.diagnostics().isEmpty(), "a failed plan says why");
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
