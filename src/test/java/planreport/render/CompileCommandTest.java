package planreport.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import planreport.cli.CliRun;
import planreport.cli.ExitCode;

/** compile end to end: output names, errors and --force, determinism, atomic output, templates. */
class CompileCommandTest {
    static final String SAMPLE = "src/test/resources/compile/sample";

    static List<String> names(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) { return s.map(p -> p.getFileName().toString()).sorted().toList(); }
    }

    @Test
    void outputNamesArePredictableAndTheOutFolderIsCreated(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("a/b");
        assertEquals(ExitCode.OK, CliRun.of("compile", "--as-of", "2022-07-25", "--kind", "summary", "--period", "2022-Q2", "--format", "md,json", "--out", out.toString(), SAMPLE).exit());
        assertEquals(ExitCode.OK, CliRun.of("compile", "--as-of", "2022-07-25", "--kind", "summary", "--period", "2022", "--format", "json", "--out", out.toString(), SAMPLE).exit());
        assertEquals(ExitCode.OK, CliRun.of("compile", "--as-of", "2022-07-25", "--kind", "summary", "--from", "Quý I/2022", "--to", "2022-Q2", "--format", "json", "--out", out.toString(), SAMPLE).exit());
        assertEquals(ExitCode.OK, CliRun.of("compile", "--as-of", "2022-07-25", "--kind", "final", "--format", "json", "--out", out.toString(), SAMPLE).exit());
        assertEquals(List.of("bao-cao-so-ket-2022-Q1_2022-Q2.json", "bao-cao-so-ket-2022-Q2-noi-bo.md", "bao-cao-so-ket-2022-Q2.chart-targets.png", "bao-cao-so-ket-2022-Q2.json",
                "bao-cao-so-ket-2022-Q2.md", "bao-cao-so-ket-2022.json", "bao-cao-tong-ket-2021-Q4_2022-Q2.json"), names(out));
        JsonNode fin = Json.mapper().readTree(out.resolve("bao-cao-tong-ket-2021-Q4_2022-Q2.json").toFile());
        assertEquals("final", fin.get("kind").asText());
        assertEquals("2022-07-25", fin.get("as_of").asText());
        assertEquals(List.of("2021-Q4", "2022-Q1", "2022-Q2"), Json.mapper().convertValue(fin.get("periods"), List.class));
        JsonNode t11 = fin.get("tasks").get(0);
        assertEquals("1.1", t11.get("id").asText());
        assertEquals("overdue", t11.get("classification").asText(), "Huyện ủy Lý Sơn never reported it done");
        assertEquals(3, t11.get("history").size());
        JsonNode t21 = fin.get("tasks").get(2);
        assertEquals("2.1", t21.get("id").asText());
        assertEquals("done_on_time", t21.get("classification").asText());
        assertEquals(2, t21.get("history").size(), "2.1 starts in 2022-Q1");
        JsonNode ly = null;
        for (JsonNode b : fin.get("reporting")) if (b.get("body").asText().equals("huyen-uy-ly-son")) ly = b;
        assertEquals(0, ly.get("received").asInt());
        assertEquals(9, ly.get("missing").size(), "1.1, 6.1, III.1 in each of three quarters");
        assertTrue(fin.get("indicators").get(0).has("year_to_date"));
    }

    @Test
    void forcedReportsListTheProblems(@TempDir Path out) throws Exception {
        // without --force nothing is written: commands/compile-refused-on-errors.txt
        CliRun r = CliRun.of("compile", "--as-of", "2022-07-25", "--kind", "summary", "--period", "2022-Q1", "--format", "md,json", "--force",
                "--out", out.toString(), "src/test/resources/compile/with-error");
        assertEquals(ExitCode.OK, r.exit(), r.err());
        String md = Files.readString(out.resolve("bao-cao-so-ket-2022-Q1.md"));
        assertTrue(md.contains("Phụ lục 3"), md);
        assertTrue(md.contains("còn 1 lỗi"), "the review says it was made from data with errors: " + md);
        assertFalse(md.contains("unknown-unit") || md.contains("with-error"), "but names no code nor file: " + md);
        String internal = Files.readString(out.resolve("bao-cao-so-ket-2022-Q1-noi-bo.md"));
        assertTrue(internal.contains("lỗi\\[unknown-unit\\]") && internal.contains("with-error/bao-cao-2022-Q1.csv"), internal);
        JsonNode json = Json.mapper().readTree(out.resolve("bao-cao-so-ket-2022-Q1.json").toFile());
        assertEquals("unknown-unit", json.get("problems").get(0).get("code").asText());
    }

    @Test
    void twoRunsGiveIdenticalBytes(@TempDir Path tmp) throws Exception {
        for (String d : List.of("one", "two")) {
            assertEquals(ExitCode.OK, CliRun.of("compile", "--as-of", "2022-07-25", "--kind", "summary", "--period", "2022-Q2", "--format", "md,pdf,json",
                    "--out", tmp.resolve(d).toString(), SAMPLE).exit());
        }
        for (String f : names(tmp.resolve("one"))) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("one").resolve(f)), Files.readAllBytes(tmp.resolve("two").resolve(f)), f);
        }
        assertEquals(6, names(tmp.resolve("one")).size(), "md, pdf, json, the chart beside the Markdown, and the internal md and pdf");
    }

    @Test
    void aFailingRendererLeavesNoFile(@TempDir Path tmp) throws Exception {
        Path templates = Files.createDirectories(tmp.resolve("templates"));
        Files.writeString(templates.resolve("report.ftlx"), "<#ftl output_format=\"XML\"><html><body>${no_such_value}</body></html>");
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("compile", "--as-of", "2022-07-25", "--kind", "summary", "--period", "2022-Q2", "--format", "md,json,pdf",
                "--templates", templates.toString(), "--out", out.toString(), SAMPLE);
        assertEquals(ExitCode.USAGE, r.exit());
        assertTrue(r.err().contains("report.ftlx"), r.err());
        assertFalse(Files.exists(out) && !names(out).isEmpty(), "md and json were rendered but must not be written");
    }

    @Test
    void outputIntoTheReportsFolderNeverOverwritesAnInput(@TempDir Path tmp) throws Exception {
        Path reports = Files.createDirectories(tmp.resolve("reports"));
        Path csv = reports.resolve("bao-cao-2022-Q2.csv");
        Files.copy(Path.of(SAMPLE, "bao-cao-2022-Q2.csv"), csv);
        byte[] before = Files.readAllBytes(csv);
        assertEquals(ExitCode.OK, CliRun.of("compile", "--as-of", "2022-07-25", "--kind", "summary", "--period", "2022-Q2", "--format", "md,json",
                "--out", reports.toString(), reports.toString()).exit());
        assertArrayEquals(before, Files.readAllBytes(csv));
        assertEquals(List.of("bao-cao-2022-Q2.csv", "bao-cao-so-ket-2022-Q2-noi-bo.md", "bao-cao-so-ket-2022-Q2.chart-targets.png", "bao-cao-so-ket-2022-Q2.json", "bao-cao-so-ket-2022-Q2.md"),
                names(reports));
        // an input that has an output's name is refused
        Path clash = reports.resolve("bao-cao-so-ket-2022-Q2.md");
        Files.copy(csv, clash, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        CliRun r = CliRun.of("compile", "--as-of", "2022-07-25", "--kind", "summary", "--period", "2022-Q2", "--format", "md",
                "--out", reports.toString(), clash.toString());
        assertEquals(ExitCode.USAGE, r.exit());
        assertTrue(r.err().contains("sẽ ghi đè lên tệp đầu vào"), r.err());
        assertArrayEquals(before, Files.readAllBytes(clash));
    }

    @Test
    void userTemplatesOverrideByFileNameAndExportWritesTheDefaults(@TempDir Path tmp) throws Exception {
        Path templates = tmp.resolve("t");
        assertEquals(ExitCode.OK, CliRun.of("templates", "export", templates.toString()).exit());
        assertEquals(Templates.NAMES.stream().sorted().toList(), names(templates));
        Files.writeString(templates.resolve("report.ftl"), "Riêng: ${document.title} ${task_total}\n");
        Path out = tmp.resolve("out");
        assertEquals(ExitCode.OK, CliRun.of("compile", "--as-of", "2022-07-25", "--kind", "summary", "--period", "2022-Q2", "--format", "md",
                "--templates", templates.toString(), "--out", out.toString(), SAMPLE).exit());
        assertEquals("Riêng: BÁO CÁO 24\n", Files.readString(out.resolve("bao-cao-so-ket-2022-Q2.md")));
        assertEquals(ExitCode.USAGE, CliRun.of("templates", "export", templates.toString()).exit(), "refuses to overwrite without --force");
    }

    @Test
    void templatesCannotInstantiateClassesOrReachTheApi(@TempDir Path tmp) throws Exception {
        Path templates = Files.createDirectories(tmp.resolve("t"));
        Files.writeString(templates.resolve("report.ftl"), "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}");
        CliRun r = CliRun.of("compile", "--as-of", "2022-07-25", "--kind", "summary", "--period", "2022-Q2", "--format", "md",
                "--templates", templates.toString(), "--out", tmp.resolve("out").toString(), SAMPLE);
        assertEquals(ExitCode.USAGE, r.exit(), r.out());
        Files.writeString(templates.resolve("report.ftl"), "${document?api.size()}");
        r = CliRun.of("compile", "--as-of", "2022-07-25", "--kind", "summary", "--period", "2022-Q2", "--format", "md",
                "--templates", templates.toString(), "--out", tmp.resolve("out").toString(), SAMPLE);
        assertEquals(ExitCode.USAGE, r.exit(), r.out());
        assertFalse(Files.exists(tmp.resolve("out/bao-cao-so-ket-2022-Q2.md")));
    }
}
