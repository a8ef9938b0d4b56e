package planreport.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import planreport.check.Code;
import planreport.check.Diagnostic;
import planreport.check.Diagnostics;
import planreport.check.Severity;
import planreport.io.PlanReader;
import planreport.io.Source;
import planreport.model.Plan;

/**
 * Report validation as data: each fixture under src/test/resources/reports states the exact
 * [file, line, column, code] list it must produce (see {@link Fixture}); the examples must keep their promises.
 */
class ReportFixturesTest {
    static Plan plan;

    @BeforeAll
    static void load() throws IOException {
        PlanReader.Result r = PlanReader.read(Path.of("plan.yaml"), "plan.yaml");
        assertTrue(r.ok(), () -> "plan.yaml must load: " + r.diagnostics());
        plan = r.plan();
    }

    static List<Fixture> fixtures() throws IOException { return Fixture.all(); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixtureProducesExactlyItsDiagnostics(Fixture f) throws IOException {
        assertEquals(f.expected(), f.run(), "diagnostics of fixture " + f.name() + " (file:line column code)");
    }

    /**
     * Warnings about the day of the check against a compile's window, or about the parts of a review left for
     * the office to write (review-to-fill), not about a row: validate
     * never gives them, so no fixture can (render/CompileNumbersTest, report/NumbersTest test them).
     */
    static final Set<Code> COMPILE_ONLY = EnumSet.of(Code.AS_OF_BEFORE_WINDOW_END, Code.REVIEW_TO_FILL, Code.SIGNER_UNKNOWN);

    /**
     * The warnings examples/reports does not show: a report sent after the day checked, a status set
     * back, a window not over, a review to fill, a signer to name, and a measure's value where the plan does not ask for
     * it (the examples' units fill their own measures only; the fixture measure-not-asked shows it).
     */
    static final Set<Code> NOT_IN_EXAMPLES = EnumSet.of(Code.SUBMITTED_AFTER_AS_OF, Code.STATUS_REGRESSED, Code.AS_OF_BEFORE_WINDOW_END,
            Code.REVIEW_TO_FILL, Code.SIGNER_UNKNOWN, Code.MEASURE_NOT_ASKED,
            // issue 21's clerk warnings, newer than the example generator: the fixtures show them
            Code.STRAY_ROW, Code.ROUNDED_PROGRESS, Code.DONE_ONGOING);

    /** Every report code has at least one fixture that expects it, so a code cannot go untested. */
    @Test
    void everyReportCodeIsCovered() throws IOException {
        Set<String> covered = new TreeSet<>();
        for (Fixture f : Fixture.all()) for (String e : f.expected()) covered.add(Fixture.code(e));
        List<String> missing = new ArrayList<>();
        for (Code c : Code.values()) {
            if (c.scope() == Code.Scope.REPORT && c != Code.INPUT && !COMPILE_ONLY.contains(c) && !covered.contains(c.id())) missing.add(c.id());
        }
        assertEquals(List.of(), missing, "report codes without a fixture");
    }

    static List<Path> badExamples() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("examples/bad"))) {
            return s.filter(p -> p.toString().endsWith(".csv") || p.toString().endsWith(".xlsx")).sorted().toList();
        }
    }

    /** examples/bad/CODE.csv produces that code and nothing else. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("badExamples")
    void badExampleProducesOnlyItsCode(Path file) {
        String name = file.getFileName().toString();
        String code = name.substring(0, name.lastIndexOf('.'));
        assertTrue(Code.byId(code) != null && Code.byId(code).severity() == Severity.ERROR, name + " must be named for an error code");
        List<String> got = Fixture.actual(plan, List.of(file), StandardCharsets.UTF_8, Fixture.DEFAULT_AS_OF, null);
        assertFalse(got.isEmpty(), name + " produced nothing");
        for (String g : got) assertTrue(g.endsWith(" " + code), name + " produced " + got);
    }

    @Test
    void everyReportErrorCodeHasABadExample() throws IOException {
        Set<String> names = new TreeSet<>();
        for (Path p : badExamples()) names.add(p.getFileName().toString().replaceAll("\\.(csv|xlsx)$", ""));
        for (Code c : Code.values()) {
            if (c.scope() == Code.Scope.REPORT && c.severity() == Severity.ERROR && c != Code.INPUT) {
                assertTrue(names.contains(c.id()), "examples/bad lacks " + c.id() + ".csv (or .xlsx)");
            }
        }
    }

    /** examples/reports, checked after the last quarter is due: no error, and every warning kind at least once. */
    @Test
    void examplesShowEveryWarningAndNoError() throws IOException {
        List<Source> sources;
        try (Stream<Path> s = Files.list(Path.of("examples/reports"))) {
            sources = s.filter(p -> p.toString().endsWith(".csv")).sorted().map(p -> new Source(p.toString(), p)).toList();
        }
        Diagnostics ds = new Diagnostics();
        ds.addAll(planreport.Pipeline.over(plan).sources(sources).charset(StandardCharsets.UTF_8).asOf(java.time.LocalDate.of(2026, 1, 20)).build().validate(null, true).diagnostics());
        assertEquals(0, ds.errors(), () -> "errors in examples/reports: " + ds.sorted().stream().filter(d -> d.severity() == Severity.ERROR).limit(5).toList());
        Set<Code> kinds = EnumSet.noneOf(Code.class);
        for (Diagnostic d : ds.sorted()) kinds.add(d.code());
        Set<Code> warnings = EnumSet.noneOf(Code.class);
        // ignored-file speaks of a folder's other files, not of the reports in it
        for (Code c : Code.values()) if (c.severity() == Severity.WARNING && c.scope() == Code.Scope.REPORT && !NOT_IN_EXAMPLES.contains(c)) warnings.add(c);
        assertEquals(warnings, kinds);
    }

    /**
     * The examples' figures and results: the one stale report (Huyện ủy Mộ Đức repeats its 6.1 result of
     * 2024-Q2 in 2024-Q3) and the one implausible jump (LĐLĐ huyện Tư Nghĩa's 40 finance inspections in
     * 2024-Q2), and nothing else: examples/GenerateExamples.java names both.
     */
    @Test
    void examplesFlagTheirStaleReportAndJumpOnly() throws IOException {
        List<Source> sources;
        try (Stream<Path> s = Files.list(Path.of("examples/reports"))) {
            sources = s.filter(p -> p.toString().endsWith(".csv")).sorted().map(p -> new Source(p.toString(), p)).toList();
        }
        Diagnostics ds = new Diagnostics();
        ds.addAll(planreport.Pipeline.over(plan).sources(sources).charset(StandardCharsets.UTF_8).asOf(java.time.LocalDate.of(2026, 1, 20)).build().validate(null, true).diagnostics());
        List<String> found = new java.util.ArrayList<>();
        for (Diagnostic d : ds.sorted()) {
            if (d.code() == Code.IMPLAUSIBLE_VALUE || d.code() == Code.REPEATED_RESULT || d.code() == Code.MEASURE_NOT_ASKED) {
                found.add(Path.of(d.file()).getFileName() + ":" + d.line() + " " + d.key());
            }
        }
        assertEquals(List.of("2024-Q2_ldld-huyen-tu-nghia.csv:2 implausible-value.jump", "2024-Q3_huyen-uy-mo-duc.csv:3 repeated-result.stale"), found);
    }
}
