package planreport.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import planreport.check.Diagnostic;
import planreport.check.Diagnostics;
import planreport.io.PlanReader;
import planreport.io.Source;
import planreport.model.Entry;
import planreport.model.Plan;

/**
 * Small inputs are read on the calling thread, large ones on a reader thread that hands rows over
 * in batches; small CSV files may be taken ahead while the plan is read (io/EarlyReports), all or
 * some of them. Which way a run goes must not show: the same diagnostics, in the same order, with the
 * same words, and the same rows reach the report in the same order.
 */
class ReadingPathsTest {

    static List<Fixture> fixtures() throws IOException { return Fixture.all(); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixtureReadsTheSameBothWays(Fixture f) throws IOException {
        Plan plan = PlanReader.read(f.planFile(), f.planFile().toString()).plan();
        List<Source> sources = f.reports().stream().map(p -> new Source(p.toString(), p)).toList();
        List<String> inline = run(plan, sources, f, Long.MAX_VALUE, false);
        assertEquals(inline, run(plan, sources, f, 0, false), f.name());
        assertEquals(inline, run(plan, sources, f, 0, true), f.name() + ", checked in two steps");
        List<String> args = f.reports().stream().map(Path::toString).toList();
        assertEquals(inline, early(plan, sources, f, planreport.io.EarlyReports.start(args, f.charset()).await()), f.name() + ", taken ahead");
        assertEquals(inline, early(plan, sources, f, closed(planreport.io.EarlyReports.start(args, f.charset()))), f.name() + ", none taken ahead");
    }

    @Test
    void shippedExamplesReadTheSameBothWays() throws IOException {
        Plan plan = PlanReader.read(Path.of("plan.yaml"), "plan.yaml").plan();
        List<Source> sources;
        try (Stream<Path> s = Files.list(Path.of("examples/reports"))) {
            sources = s.sorted().map(p -> new Source(p.toString(), p)).toList();
        }
        Fixture f = new Fixture("examples", List.of(), Path.of("plan.yaml"), Fixture.DEFAULT_AS_OF, null,
                java.nio.charset.StandardCharsets.UTF_8, List.of());
        List<String> inline = run(plan, sources, f, Long.MAX_VALUE, false);
        assertFalse(inline.isEmpty(), "the examples carry warnings and rows");
        assertEquals(inline, run(plan, sources, f, 0, false));
        assertEquals(inline, run(plan, sources, f, 0, true), "checked in two steps, the first on several threads");
        planreport.io.EarlyReports all = planreport.io.EarlyReports.start(List.of("examples/reports"), f.charset()).await();
        assertEquals(sources.size(), all.parsed(), "every example is a small CSV file, taken ahead");
        assertEquals(inline, early(plan, sources, f, all), "taken ahead while the plan is read");
        assertEquals(inline, early(plan, sources, f, planreport.io.EarlyReports.start(List.of("examples/reports"), f.charset())),
                "taken ahead, the reading waiting for the rest");
        assertEquals(inline, early(plan, sources, f, closed(planreport.io.EarlyReports.start(List.of("examples/reports"), f.charset()))),
                "stopped at once: what it took is dropped, every file read as it comes");
    }

    /**
     * Every row that reached the report, in order, then every diagnostic as the user sees them (the
     * sort is stable). {@code staged}: the check in its two steps, as the pipeline runs it (on a large
     * input, the rows' own checks on several threads, then each row against those before it, in order).
     */
    private static List<String> run(Plan plan, List<Source> sources, Fixture f, long inlineBytes, boolean staged) {
        return run(plan, sources, f, inlineBytes, staged, null);
    }

    /** {@code e} stopped, what it took dropped (as when a run ends before reading its reports). */
    private static planreport.io.EarlyReports closed(planreport.io.EarlyReports e) {
        e.close();
        return e;
    }

    /** As validate runs: the files {@code early} took ahead replayed, the rest read as they come. */
    private static List<String> early(Plan plan, List<Source> sources, Fixture f, planreport.io.EarlyReports early) {
        try (early) {
            return run(plan, sources, f, 0, true, early);
        }
    }

    private static List<String> run(Plan plan, List<Source> sources, Fixture f, long inlineBytes, boolean staged, planreport.io.EarlyReports early) {
        Diagnostics ds = new Diagnostics();
        List<String> out = new ArrayList<>();
        ReportCheck check = new ReportCheck(plan, f.asOf(), sources.stream().map(Source::name).toList(), ds, row -> out.add(text(row)));
        if (staged) {
            planreport.io.Reports.Staged<ReportCheck.Prepared> sink = new planreport.io.Reports.Staged<>() {
                @Override public ReportCheck.Prepared prepare(planreport.model.ReportRow row) { return check.prepare(row); }

                @Override public void accept(ReportCheck.Prepared p) { check.accept(p); }
            };
            if (early != null) planreport.io.Reports.read(plan, sources, f.charset(), ds, sink, planreport.io.Reports.Progress.NONE, early);
            else planreport.io.Reports.read(plan, sources, f.charset(), ds, sink, planreport.io.Reports.Progress.NONE, inlineBytes);
        } else {
            planreport.io.Reports.read(plan, sources, f.charset(), ds, check::row, planreport.io.Reports.Progress.NONE, inlineBytes);
        }
        check.finish(f.period());
        for (Diagnostic d : ds.sorted()) out.add(d.severity() + " " + d.code().id() + " " + d.format(planreport.model.Lang.EN));
        return out;
    }

    private static String text(Entry r) {
        return String.join("|", r.file(), Long.toString(r.line()), r.unitId(), r.taskId(), String.valueOf(r.period()),
                String.valueOf(r.status()), String.valueOf(r.progress()), String.valueOf(r.completedOn()),
                String.valueOf(r.submittedOn()), r.result(), r.difficulties(), r.proposals(),
                String.valueOf(r.indicators()), Boolean.toString(r.clean()));
    }
}
