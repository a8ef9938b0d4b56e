package planreport.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import planreport.check.Diagnostic;
import planreport.check.Diagnostics;
import planreport.model.Plan;

/** Shared by the hostile-input tests: the shipped plan, and a validate run over files that returns its diagnostics. */
final class Hostile {
    static final LocalDate AS_OF = LocalDate.of(2023, 7, 20);
    private static Plan plan;

    private Hostile() {}

    static synchronized Plan plan() {
        if (plan == null) {
            try {
                PlanReader.Result r = PlanReader.read(Path.of("plan.yaml"), "plan.yaml");
                if (!r.ok()) throw new IllegalStateException("plan.yaml does not load: " + r.diagnostics());
                plan = r.plan();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return plan;
    }

    /**
     * Validates the files (named by their file name) and returns the sorted diagnostics, without missing-report (coverage is not the point here).
     * Each run is made twice, the second time with what {@link EarlyReports} reads ahead while a run reads its plan (small CSV files, the
     * first workbook's styles and shared strings), and must say the same: what was read ahead never changes what a run says.
     */
    static List<Diagnostic> validate(Path... files) {
        List<Source> sources = new ArrayList<>();
        for (Path f : files) sources.add(new Source(f.getFileName().toString(), f));
        List<Diagnostic> now = validate(sources, null);
        List<String> args = java.util.Arrays.stream(files).map(Path::toString).toList();
        try (EarlyReports early = EarlyReports.start(args, StandardCharsets.UTF_8).await()) {
            org.junit.jupiter.api.Assertions.assertEquals(now, validate(sources, early), "read ahead, the run says otherwise");
        }
        return now;
    }

    private static List<Diagnostic> validate(List<Source> sources, EarlyReports early) {
        Diagnostics ds = new Diagnostics();
        ds.addAll(planreport.Pipeline.over(plan()).sources(sources).charset(StandardCharsets.UTF_8).asOf(AS_OF).early(early).build()
                .validate(null, true).diagnostics());
        return ds.sorted().stream().filter(d -> d.code() != planreport.check.Code.MISSING_REPORT).toList();
    }

    static List<Diagnostic> validate(Path dir, String name, byte[] content) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, content);
        return validate(f);
    }

    /** "line code" for each diagnostic, what the expectations are written in. */
    static List<String> lineCodes(List<Diagnostic> ds) {
        return ds.stream().map(d -> (d.line() == null ? "-" : d.line().toString()) + " " + d.code().id()).toList();
    }

    static List<String> codes(List<Diagnostic> ds) {
        return ds.stream().map(d -> d.code().id()).distinct().sorted().toList();
    }

    /** A valid report of the shipped example: the base that mutations start from. */
    static byte[] validReport() {
        try {
            return Files.readAllBytes(Path.of("examples/reports/2022-Q1_huyen-uy-binh-son.csv"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
