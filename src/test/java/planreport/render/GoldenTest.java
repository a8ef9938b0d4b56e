package planreport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import planreport.cli.CliRun;
import planreport.cli.ExitCode;

/**
 * Golden Markdown and JSON for the compiled reports. {@code mvn test -Dgolden.accept=true} rewrites
 * the files under src/test/resources/golden/ from the current output (review the diff before committing).
 */
class GoldenTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden");
    static final boolean ACCEPT = Boolean.getBoolean("golden.accept");

    /** name, reports folder, as-of, compile arguments. */
    static Stream<Arguments> cases() {
        List<Arguments> list = new ArrayList<>();
        list.add(Arguments.of("sample", "src/test/resources/compile/sample", "2022-07-25", List.of("--kind", "summary", "--period", "2022-Q2")));
        list.add(Arguments.of("sample", "src/test/resources/compile/sample", "2022-07-25", List.of("--kind", "summary", "--from", "2022-Q1", "--to", "2022-Q2")));
        list.add(Arguments.of("sample", "src/test/resources/compile/sample", "2022-07-25", List.of("--kind", "final")));
        // the examples ship with the repository: a missing folder fails its cases, it never drops them
        list.add(Arguments.of("example", "examples/reports", "2023-07-20", List.of("--kind", "summary", "--period", "2023-Q2")));
        list.add(Arguments.of("example", "examples/reports", "2023-07-20", List.of("--kind", "final")));
        list.add(Arguments.of("example", "examples/reports", "2023-07-20", List.of("--kind", "summary", "--period", "2023-Q2", "--lang", "en")));
        return list.stream();
    }

    @ParameterizedTest(name = "{0} {3}")
    @MethodSource("cases")
    void markdownAndJsonMatchTheGoldenFiles(String name, String reports, String asOf, List<String> kindArgs, @TempDir Path out) throws Exception {
        assertTrue(Files.isDirectory(Path.of(reports)), reports + " is missing: it ships with the repository and its golden files must be checked");
        List<String> args = new ArrayList<>(List.of("compile", "--plan", "plan.yaml", "--as-of", asOf, "--format", "md,json", "--out", out.toString()));
        args.addAll(kindArgs);
        args.add(reports);
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertEquals(ExitCode.OK, r.exit(), r.err());
        List<Path> all;
        try (Stream<Path> s = Files.list(out)) { all = s.sorted().toList(); }
        // the charts' pictures beside the Markdown, each shown by the review (a link's backslash escapes are the name's own characters;
        // their bytes: ChartsTest)
        List<Path> written = all.stream().filter(f -> !f.toString().endsWith(".png")).toList();
        String md = Files.readString(written.stream().filter(f -> f.toString().endsWith(".md") && !f.toString().contains("-noi-bo.")).findFirst().orElseThrow());
        for (Path png : all) if (png.toString().endsWith(".png")) assertTrue(md.contains("](" + png.getFileName().toString().replace("_", "\\_") + ")"), png + " not in the Markdown");
        // the review, its JSON, and the internal material in its own file (…-noi-bo.md)
        assertEquals(3, written.size(), written.toString());
        for (Path f : written) {
            Path golden = GOLDEN.resolve(name + "-" + f.getFileName());
            String actual = Files.readString(f, StandardCharsets.UTF_8);
            if (ACCEPT) {
                Files.createDirectories(GOLDEN);
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
                continue;
            }
            assertTrue(Files.exists(golden), "no golden file " + golden + "; run mvn test -Dgolden.accept=true");
            assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, "differs from " + golden + " (refresh with -Dgolden.accept=true)");
        }
    }
}
