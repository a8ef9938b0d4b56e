package planreport.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import planreport.cli.CliRun;
import planreport.cli.ExitCode;

/**
 * Output safety of compile under hostile conditions: two runs at once into one folder, and report
 * text that looks like spreadsheet formulas or template code, which must come out as plain text.
 */
class CompileSafetyTest {
    private static final String[] ARGS = {"compile", "--plan", "plan.yaml", "--kind", "summary", "--period", "2022-Q1", "--format", "md,pdf",
            "--as-of", "2023-07-20"};

    private static void main(String... args) {
        CliRun r = CliRun.of(args);
        assertEquals(ExitCode.OK, r.exit(), r.output());
    }

    private static String[] args(Path out, String reports) {
        List<String> a = new ArrayList<>(List.of(ARGS));
        a.add("--out");
        a.add(out.toString());
        a.add(reports);
        return a.toArray(String[]::new);
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) { return s.sorted().toList(); }
    }

    @Test
    void twoCompilesAtOnceIntoOneFolderLeaveWholeIdenticalFiles(@TempDir Path tmp) throws Exception {
        Path alone = tmp.resolve("alone"), shared = tmp.resolve("shared");
        main(args(alone, "examples/reports"));
        List<Process> ps = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), "planreport.cli.Main"));
            cmd.addAll(List.of(args(shared, "examples/reports")));
            ps.add(new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
        }
        for (Process p : ps) {
            // a guard against a hang, not a time limit: two cold compiles on a loaded 2-core machine took over 120 s once
            boolean ended = p.waitFor(600, TimeUnit.SECONDS);
            if (!ended) p.destroyForcibly();
            assertTrue(ended, "compile finished");
            assertEquals(ExitCode.OK, CliRun.exitCode(p.exitValue()));
        }
        List<Path> a = files(alone), b = files(shared);
        assertEquals(a.stream().map(Path::getFileName).toList(), b.stream().map(Path::getFileName).toList(), "no temporary file left");
        for (int i = 0; i < a.size(); i++) assertArrayEquals(Files.readAllBytes(a.get(i)), Files.readAllBytes(b.get(i)), a.get(i).toString());
    }

    @Test
    void formulaAndTemplateTextInReportsComesOutAsText(@TempDir Path tmp) throws Exception {
        Path reports = Files.createDirectories(tmp.resolve("reports"));
        try (Stream<Path> s = Files.list(Path.of("examples/reports"))) {
            for (Path p : s.toList()) Files.copy(p, reports.resolve(p.getFileName()));
        }
        Path f = reports.resolve("2022-Q1_huyen-uy-binh-son.csv");
        String text = Files.readString(f);
        String hostile = "=HYPERLINK(\"\"http://example.com\"\";\"\"bấm\"\") @SUM(A1:A9) ${7*7} <#assign x=1>${x} #{7*7} [=7*7]";
        String edited = text.replaceFirst("\"Phối hợp với cơ quan chủ trì:", "\"" + java.util.regex.Matcher.quoteReplacement(hostile) + " Phối hợp với cơ quan chủ trì:");
        assertTrue(!edited.equals(text), "the fixture row was found");
        Files.writeString(f, edited);
        Path out = tmp.resolve("out");
        main(args(out, reports.toString()));
        String md = Files.readString(out.resolve("bao-cao-so-ket-2022-Q1.md"), StandardCharsets.UTF_8).replace("\\", "");
        for (String s : List.of("=HYPERLINK(\"http://example.com\";\"bấm\")", "@SUM(A1:A9)", "${7*7}", "<#assign x=1>${x}", "#{7*7}", "[=7*7]")) {
            assertTrue(md.contains(s) || md.contains(s.replace("<", "&lt;").replace(">", "&gt;")), "kept literally: " + s);
        }
    }
}
