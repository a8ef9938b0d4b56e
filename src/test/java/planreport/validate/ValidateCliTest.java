package planreport.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import planreport.cli.Main;

/** validate end to end through Main.run: exit statuses, text and JSON output, --strict, directories and stdin. */
class ValidateCliTest {
    static final String[] BASE = {"validate", "--lang", "en", "--plan", "plan.yaml", "--as-of", "2023-07-20"};

    /** One run: exit status and what went to stdout and stderr. */
    record Run(int status, String out, String err) {}

    static Run run(String... args) {
        String[] all = new String[BASE.length + args.length];
        System.arraycopy(BASE, 0, all, 0, BASE.length);
        System.arraycopy(args, 0, all, BASE.length, args.length);
        StringWriter out = new StringWriter(), err = new StringWriter();
        int status = Main.run(all, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void examplesExitZeroWithWarnings() {
        Run r = run("examples/reports");
        assertEquals(0, r.status(), r.out());
        assertTrue(r.out().strip().endsWith("0 errors, 30 warnings"), r.out().lines().reduce((a, b) -> b).orElse(""));
        assertEquals("", r.err());
    }

    @Test
    void strictTurnsWarningsIntoExitOne() {
        assertEquals(1, run("--strict", "examples/reports").status());
        assertEquals(0, run("--strict", "src/test/resources/reports/ok-english.csv").status());
    }

    @Test
    void errorsExitOne() {
        Run r = run("examples/bad/bad-status.csv");
        assertEquals(1, r.status());
        assertTrue(r.out().startsWith("examples/bad/bad-status.csv:2:status: error[bad-status]: "), r.out());
    }

    @Test
    void everyBadExampleExitsOneWithItsCode() throws Exception {
        try (var s = Files.list(Path.of("examples/bad"))) {
            for (Path p : s.sorted().toList()) {
                String code = p.getFileName().toString().replace(".csv", "");
                Run r = run(p.toString());
                assertEquals(1, r.status(), p.toString());
                assertTrue(r.out().contains("error[" + code + "]"), r.out());
            }
        }
    }

    @Test
    void missingFileExitsTwo() {
        Run r = run("examples/no-such-file.csv");
        assertEquals(2, r.status());
        assertTrue(r.out().contains("error[input]"), r.out());
        assertEquals(2, Main.run(new String[] {"validate", "--plan", "no-such-plan.yaml"}, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())));
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("--as-of", "20/07/2023", "examples/bad").status());
        assertEquals(2, run("--period", "Q9", "examples/bad").status());
        assertEquals(2, run("--encoding", "no-such-charset", "examples/bad").status());
    }

    @Test
    void badPlanExitsOne() {
        StringWriter out = new StringWriter();
        int status = Main.run(new String[] {"validate", "--lang", "en", "--plan", "examples/plan-bad/unknown-body.yaml"}, new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertEquals(1, status);
        assertTrue(out.toString().contains("error[unknown-body]"), out.toString());
    }

    @Test
    void jsonIsExactlyOneObjectWithTheDocumentedFields() throws Exception {
        Run r = run("--format", "json", "examples/bad");
        assertEquals(1, r.status());
        assertEquals("", r.err());
        ObjectMapper m = new ObjectMapper();
        JsonNode root;
        try (JsonParser p = m.getFactory().createParser(r.out())) {
            root = m.readTree(p);
            assertNull(p.nextToken(), "nothing may follow the JSON object");
        }
        assertTrue(root.isObject());
        assertEquals(List.of("errors", "warnings", "diagnostics"), fieldNames(root));
        assertEquals(13, root.get("errors").asInt());
        assertEquals(0, root.get("warnings").asInt());
        Set<String> codes = new TreeSet<>();
        for (JsonNode d : root.get("diagnostics")) {
            List<String> fields = fieldNames(d);
            assertEquals(List.of("severity", "code", "file", "line", "column", "message"), fields.subList(0, Math.min(6, fields.size())));
            // then only the typed facts a diagnostic has
            assertTrue(List.of("unit", "task", "period", "value", "suggestion").containsAll(fields.subList(6, fields.size())), fields.toString());
            assertEquals("error", d.get("severity").asText());
            codes.add(d.get("code").asText());
            assertTrue(d.get("file").asText().endsWith(d.get("code").asText() + ".csv"), d.toString());
        }
        assertEquals(13, codes.size(), codes.toString());
    }

    @Test
    void jsonForTheExamplesHasMissingReportsWithoutFile() throws Exception {
        Run r = run("--format", "json", "examples/reports");
        assertEquals(0, r.status());
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
    void directoryReadsEveryCsvInNameOrder() {
        Run r = run("src/test/resources/reports/duplicate-across");
        assertEquals(1, r.status());
        assertTrue(r.out().contains("duplicate-across/b.csv:3:unit: error[duplicate-row]"), r.out());
        assertTrue(r.out().contains("duplicate-across/a.csv:3"), "the message names the first place: " + r.out());
    }

    @Test
    void stdinIsReadForDash() {
        InputStream saved = System.in;
        try {
            String csv = "unit,period,task,status\nLiên đoàn Lao động tỉnh,2023-Q3,5,xong\n";
            System.setIn(new ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            Run r = run("-");
            assertEquals(1, r.status());
            assertTrue(r.out().startsWith("<stdin>:2:status: error[bad-status]"), r.out());
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void windows1258NeedsTheEncodingOption(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("excel.csv");
        Files.copy(Path.of("src/test/resources/reports/windows-1258.csv"), f);
        Run utf8 = run(f.toString());
        assertEquals(1, utf8.status());
        assertTrue(utf8.out().contains("--encoding windows-1258"), utf8.out());
        Run cp = run("--encoding", "windows-1258", f.toString());
        assertEquals(0, cp.status(), cp.out());
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
