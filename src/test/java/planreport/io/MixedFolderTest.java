package planreport.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import planreport.cli.CliRun;
import planreport.cli.ExitCode;

/**
 * The shipped example's reports as units really send them — one folder mixing UTF-8 CSV (with and
 * without BOM), windows-1258 CSV, UTF-16 "Unicode Text", .xlsx, old Excel .xls and LibreOffice .ods workbooks — validate and compile in
 * one run with the same result as the all-CSV example.
 */
class MixedFolderTest {
    static final ObjectMapper JSON = new ObjectMapper();

    /** Builds the mixed folder: every file's own encoding or format, in turn. */
    static Path mixed(Path dir) throws Exception {
        Path out = Files.createDirectories(dir.resolve("reports"));
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("examples/reports"))) {
            files = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        int i = 0;
        for (Path f : files) {
            String base = f.getFileName().toString().replaceAll("\\.csv$", "");
            switch (i++ % 6) {
                case 0 -> Files.copy(f, out.resolve(base + ".csv"));
                case 1 -> Files.write(out.resolve(base + ".csv"), Workbooks.windows1258(Files.readString(f, StandardCharsets.UTF_8).replace("\uFEFF", "")));
                case 2 -> Files.write(out.resolve(base + ".csv"), Workbooks.unicodeText(f));
                case 3 -> Workbooks.toXlsx(f, out.resolve(base + ".xlsx"));
                case 4 -> Workbooks.toXls(f, out.resolve(base + ".xls"));
                default -> Workbooks.toOds(f, out.resolve(base + ".ods"));
            }
        }
        return out;
    }

    /** The diagnostics of a JSON run with the file's folder and extension and a workbook's sheet and cell left out. */
    static List<String> diagnostics(String json) throws Exception {
        JsonNode root = JSON.readTree(json);
        List<String> list = new ArrayList<>();
        for (JsonNode d : root.get("diagnostics")) {
            ObjectNode o = (ObjectNode) d.deepCopy();
            o.remove("sheet");
            o.remove("cell");
            if (o.hasNonNull("file")) o.put("file", Path.of(o.get("file").asText()).getFileName().toString().replaceAll("\\.(csv|xlsx|xls|ods)$", ""));
            String m = o.get("message").asText();
            list.add(o.toString().replace(m, m.replaceAll("[^ ]*\\.(csv|xlsx|xls|ods)", "FILE")));
        }
        java.util.Collections.sort(list);
        return list;
    }

    @Test
    void aMixedFolderValidatesAsTheAllCsvExample(@TempDir Path dir) throws Exception {
        Path mixed = mixed(dir);
        try (Stream<Path> s = Files.list(mixed)) {
            List<String> names = s.map(p -> p.getFileName().toString()).toList();
            for (String ext : List.of(".csv", ".xlsx", ".xls", ".ods")) assertTrue(names.stream().anyMatch(n -> n.endsWith(ext)), ext);
        }
        String[] base = {"validate", "--lang", "en", "--plan", "plan.yaml", "--as-of", "2023-07-20", "--format", "json"};
        CliRun csv = CliRun.of(concat(base, "examples/reports"));
        CliRun mix = CliRun.of(concat(base, mixed.toString()));
        assertEquals(ExitCode.OK, csv.exit(), csv.output());
        assertEquals(csv.exit(), mix.exit(), mix.output());
        assertEquals(diagnostics(csv.out()), diagnostics(mix.out()));
    }

    @Test
    void aMixedFolderCompilesAsTheAllCsvExample(@TempDir Path dir) throws Exception {
        Path mixed = mixed(dir);
        for (String[] run : List.of(new String[] {"examples/reports", "a"}, new String[] {mixed.toString(), "b"})) {
            CliRun r = CliRun.of("compile", "--plan", "plan.yaml", "--kind", "summary", "--period", "2023-Q2", "--as-of", "2023-07-20",
                    "--format", "md,json", "--out", dir.resolve(run[1]).toString(), run[0]);
            assertEquals(ExitCode.OK, r.exit(), r.output());
        }
        for (String name : List.of("bao-cao-so-ket-2023-Q2.md", "bao-cao-so-ket-2023-Q2.json")) {
            String a = Files.readString(dir.resolve("a").resolve(name)), b = Files.readString(dir.resolve("b").resolve(name));
            // the manifest names each run's own files and their hashes: the rest is the same review
            a = a.contains("\n  \"manifest\"") ? a.substring(0, a.indexOf("\n  \"manifest\"")) : a;
            b = b.contains("\n  \"manifest\"") ? b.substring(0, b.indexOf("\n  \"manifest\"")) : b;
            // a figure's row names its cell in a workbook ("Báo cáo!L3"), not in a CSV file
            assertEquals(a.replace("examples/reports/", "").replace(".csv", ""),
                    b.replace(mixed + "/", "").replace(".csv", "").replace(".xlsx", "").replace(".xls", "").replace(".ods", "")
                            .replaceAll("\"cell\": \"[^\"]*\"", "\"cell\": null"), name);
        }
    }

    static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
