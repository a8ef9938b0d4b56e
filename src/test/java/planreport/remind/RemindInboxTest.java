package planreport.remind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import planreport.cli.CliRun;
import planreport.cli.ExitCode;

/**
 * The inbox model of remind: the reports given are what the office has received. A quarter before
 * --period of which nothing was given is not claimed missing unless --since asks; rows of later
 * quarters never block an earlier quarter's letters; --ignore-errors writes them anyway.
 */
class RemindInboxTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every missing period of every letter, as "unit period". */
    private static Set<String> missing(JsonNode root) {
        Set<String> s = new TreeSet<>();
        for (JsonNode l : root.get("letters")) for (JsonNode m : l.get("missing")) s.add(l.get("unit").asText() + " " + m.get("period").asText());
        return s;
    }

    /** The plan with its term run on to 2026-Q4, and a folder holding only 2026-Q1's reports (2025-Q4's, sent a quarter later). */
    private static Path oneQuarterInbox(Path dir) throws Exception {
        Files.writeString(dir.resolve("plan.yaml"), Files.readString(Path.of("plan.yaml")).replace("end: \"2025-Q4\"", "end: \"2026-Q4\""));
        Path in = Files.createDirectories(dir.resolve("bao-cao/2026-Q1"));
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(Path.of("examples/reports"), "2025-Q4_*.csv")) {
            for (Path p : ds) {
                // byte for byte (some files are in Windows-1258): only ASCII is replaced
                String text = Files.readString(p, StandardCharsets.ISO_8859_1).replace("2025-Q4", "2026-Q1").replace("IV/2025", "I/2026")
                        .replaceAll("2026-01-(\\d\\d)", "2026-04-$1").replaceAll("(\\d\\d)/01/2026", "$1/04/2026");
                Files.writeString(in.resolve(p.getFileName().toString().replace("2025-Q4", "2026-Q1")), text, StandardCharsets.ISO_8859_1);
            }
        }
        return in;
    }

    private static CliRun remind(Path dir, String out, String... more) {
        List<String> args = new ArrayList<>(List.of("remind", "--plan", dir.resolve("plan.yaml").toString(), "--period", "2026-Q1",
                "--as-of", "2026-04-20", "--format", "json,md", "--out", dir.resolve(out).toString()));
        args.addAll(List.of(more));
        args.add(dir.resolve("bao-cao/2026-Q1").toString());
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void aOneQuarterFolderGivesLettersAboutThatQuarterOnly(@TempDir Path dir) throws Exception {
        oneQuarterInbox(dir);
        CliRun run = remind(dir, "out");
        assertEquals(ExitCode.OK, run.exit(), run.output());
        assertFalse(run.err().contains("quý IV/2025"), "no earlier quarter claimed missing: " + run.err());
        JsonNode root = JSON.readTree(Files.readString(dir.resolve("out/don-doc-2026-Q1.json")));
        Set<String> m = missing(root);
        assertTrue(m.contains("so-tu-phap 2026-Q1"), m.toString());
        assertTrue(m.stream().allMatch(x -> x.endsWith(" 2026-Q1")), "2026-Q1 alone: " + m);
        String letter = Files.readString(dir.resolve("out/don-doc-2026-Q1_so-tu-phap.md"));
        assertTrue(letter.contains("qua theo dõi kỳ báo cáo quý I/2026"), "the letter says which quarter it judged: " + letter);
        assertFalse(letter.contains("2025"), letter);
    }

    @Test
    void sinceBringsTheEarlierQuartersBack(@TempDir Path dir) throws Exception {
        oneQuarterInbox(dir);
        CliRun run = remind(dir, "out", "--since", "2025-Q4");
        assertEquals(ExitCode.OK, run.exit(), run.output());
        JsonNode root = JSON.readTree(Files.readString(dir.resolve("out/don-doc-2026-Q1.json")));
        Set<String> m = missing(root);
        assertTrue(m.contains("so-tu-phap 2025-Q4") && m.contains("so-tu-phap 2026-Q1"), m.toString());
        assertTrue(m.stream().filter(x -> x.endsWith("2025-Q4")).count() > 10, "2025-Q4 judged as if all of it was given: " + m);
        String letter = Files.readString(dir.resolve("out/don-doc-2026-Q1_so-tu-phap.md"));
        assertTrue(letter.contains("qua theo dõi các kỳ báo cáo từ quý IV/2025 đến quý I/2026"), letter);
        assertTrue(letter.contains("Sở Tư pháp từ quý IV/2025 đến nay (2 kỳ) chưa gửi báo cáo"), letter);
    }

    @Test
    void laterQuartersNeverBlockAnEarlierQuarter(@TempDir Path out) throws Exception {
        // the whole example folder, 2021-Q4 to 2025-Q4, and a bad file of 2023-Q3: the 2022-Q1 letters are written
        Path in = Files.createDirectories(out.resolve("reports"));
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(Path.of("examples/reports"), "{2021-Q4,2022-Q1,2023-Q3}_*.csv")) {
            for (Path p : ds) Files.copy(p, in.resolve(p.getFileName()));
        }
        Files.copy(Path.of("examples/bad/unknown-unit.csv"), in.resolve("2023-Q3_unknown-unit.csv"));
        CliRun run = CliRun.of("remind", "--period", "2022-Q1", "--as-of", "2022-04-25", "--format", "md", "--out", out.resolve("a").toString(), in.toString());
        assertEquals(ExitCode.OK, run.exit(), run.output());
        assertTrue(Files.exists(out.resolve("a/don-doc-2022-Q1_so-tu-phap.md")));
        assertFalse(run.err().contains("lỗi["), "no error of a later quarter: " + run.err());
    }

    @Test
    void ignoreErrorsWritesTheLettersAnyway(@TempDir Path out) throws Exception {
        Path in = Files.createDirectories(out.resolve("reports"));
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(Path.of("examples/reports"), "2023-Q3_*.csv")) {
            for (Path p : ds) Files.copy(p, in.resolve(p.getFileName()));
        }
        Files.copy(Path.of("examples/bad/unknown-unit.csv"), in.resolve("2023-Q3_unknown-unit.csv"));
        List<String> args = List.of("remind", "--period", "2023-Q3", "--as-of", "2023-10-20", "--format", "md", "--out", out.resolve("a").toString(), in.toString());
        CliRun stopped = CliRun.of(args.toArray(String[]::new));
        assertEquals(ExitCode.ERRORS, stopped.exit(), stopped.output());
        List<String> ignoring = new ArrayList<>(args);
        ignoring.add(1, "--ignore-errors");
        CliRun run = CliRun.of(ignoring.toArray(String[]::new));
        assertEquals(ExitCode.OK, run.exit(), run.output());
        assertTrue(run.err().contains("lỗi[unknown-unit]"), "the errors are still listed: " + run.err());
        assertTrue(Files.exists(out.resolve("a/thong-bao-2023-Q3.md")));
    }
}
