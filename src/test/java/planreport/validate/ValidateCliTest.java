package planreport.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import planreport.cli.CliRun;
import planreport.cli.ExitCode;

/**
 * validate end to end through the command line, beyond the single runs pinned in
 * src/test/resources/commands (CommandCasesTest): every bad example, the JSON fields, encodings,
 * determinism.
 */
class ValidateCliTest {
    static final String[] BASE = {"validate", "--lang", "en", "--plan", "plan.yaml", "--as-of", "2023-07-20"};

    static CliRun run(String... args) {
        String[] all = new String[BASE.length + args.length];
        System.arraycopy(BASE, 0, all, 0, BASE.length);
        System.arraycopy(args, 0, all, BASE.length, args.length);
        return CliRun.of(all);
    }

    @Test
    void everyBadExampleExitsOneWithItsCode() throws Exception {
        try (var s = Files.list(Path.of("examples/bad"))) {
            for (Path p : s.sorted().toList()) {
                String code = p.getFileName().toString().replaceAll("\\.(csv|xlsx)$", "");
                CliRun r = run(p.toString());
                assertEquals(ExitCode.ERRORS, r.exit(), p.toString());
                assertTrue(r.out().contains("error[" + code + "]"), r.out());
            }
        }
    }

    @Test
    void jsonIsExactlyOneObjectWithTheDocumentedFields() throws Exception {
        CliRun r = run("--format", "json", "examples/bad");
        assertEquals(ExitCode.ERRORS, r.exit());
        assertEquals("", r.err());
        ObjectMapper m = new ObjectMapper();
        JsonNode root;
        try (JsonParser p = m.getFactory().createParser(r.out())) {
            root = m.readTree(p);
            assertNull(p.nextToken(), "nothing may follow the JSON object");
        }
        assertTrue(root.isObject());
        assertEquals(List.of("errors", "warnings", "diagnostics"), fieldNames(root));
        assertEquals(16, root.get("errors").asInt());
        assertEquals(0, root.get("warnings").asInt());
        Set<String> codes = new TreeSet<>();
        for (JsonNode d : root.get("diagnostics")) {
            List<String> fields = fieldNames(d);
            assertEquals(List.of("severity", "code", "file", "line", "column", "message"), fields.subList(0, Math.min(6, fields.size())));
            // then only the typed facts a diagnostic has
            assertTrue(List.of("unit", "task", "period", "value", "suggestion").containsAll(fields.subList(6, fields.size())), fields.toString());
            assertEquals("error", d.get("severity").asText());
            codes.add(d.get("code").asText());
            assertTrue(d.get("file").asText().matches(".*/" + d.get("code").asText() + "\\.(csv|xlsx)"), d.toString());
        }
        assertEquals(16, codes.size(), codes.toString());
    }

    @Test
    void jsonForTheExamplesHasMissingReportsWithoutFile() throws Exception {
        CliRun r = run("--format", "json", "examples/reports");
        assertEquals(ExitCode.OK, r.exit());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(0, root.get("errors").asInt());
        int missing = 0;
        for (JsonNode d : root.get("diagnostics")) {
            if (d.get("code").asText().equals("missing-report")) {
                missing++;
                assertTrue(d.get("file").isNull() && d.get("line").isNull(), d.toString());
            }
        }
        assertEquals(7, missing);
    }

    @Test
    void windows1258IsRecognisedAndEncodingForcesOne(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("excel.csv");
        Files.copy(Path.of("src/test/resources/reports/windows-1258.csv"), f);
        CliRun auto = run(f.toString());
        assertEquals(ExitCode.OK, auto.exit(), auto.out());
        CliRun utf8 = run("--encoding", "UTF-8", f.toString());
        assertEquals(ExitCode.ERRORS, utf8.exit());
        assertTrue(utf8.out().contains("--encoding windows-1258"), utf8.out());
        CliRun cp = run("--encoding", "windows-1258", f.toString());
        assertEquals(ExitCode.OK, cp.exit(), cp.out());
    }

    @Test
    void sameInputsGiveByteIdenticalOutput() {
        assertEquals(run("--format", "json", "examples/reports").out(), run("--format", "json", "examples/reports").out());
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> names = new java.util.ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
