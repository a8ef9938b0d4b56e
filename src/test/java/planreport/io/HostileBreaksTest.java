package planreport.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import planreport.check.Code;
import planreport.check.Diagnostic;
import planreport.check.Diagnostics;
import planreport.check.PlanCheck;
import planreport.cli.CliRun;
import planreport.cli.ExitCode;
import planreport.model.Lang;
import planreport.model.Names;
import planreport.render.Templates;

/**
 * The breaks an attack from outside found (issue 14, breaks 1–8), each reproduced as it was found and
 * each ending in a diagnostic or one clear line with a documented exit status: never a stack trace,
 * never a hang, never a half file. The big inputs are generated here, never committed.
 */
class HostileBreaksTest {
    private static final String HEADER = "unit,period,task,status,progress,completed_on,submitted_on,result\n";
    private static final String ROW = "Huyện ủy Bình Sơn,2022-Q1,6.1,in_progress,50,,2022-04-10,";

    @TempDir Path dir;

    private static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    private List<Diagnostic> validate(String name, String content) throws IOException {
        return Hostile.validate(dir, name, utf8(content));
    }

    private static void noStackTrace(CliRun r) {
        assertFalse(r.output().contains("Exception") || r.output().contains("\tat ") || r.output().contains("Error:"), r.output());
    }

    private static String plan() throws IOException { return Files.readString(Path.of("plan.yaml")); }

    private static List<Diagnostic> planDiagnostics(String yaml) { return PlanReader.parse(yaml, "plan.yaml").diagnostics(); }

    // ---- 1. years outside 1900–2999 ----

    @Test
    void aReportPeriodInTheYear22IsABadPeriodAtItsCell() throws IOException {
        List<Diagnostic> ds = validate("y.csv", HEADER + ROW.replace("2022-Q1", "0022-Q4") + "\n");
        assertEquals(List.of("2 bad-period"), Hostile.lineCodes(ds));
        assertEquals("period", ds.get(0).column());
    }

    @Test
    void reportDatesInTheYears22And0AreBadDatesAtTheirCells() throws IOException {
        List<Diagnostic> ds = validate("d.csv", HEADER + "Huyện ủy Bình Sơn,2022-Q1,6.1,completed,100,01/01/0022,0000-04-10,\n");
        assertEquals(List.of("2 bad-date", "2 bad-date"), Hostile.lineCodes(ds.stream().filter(d -> d.code() == Code.BAD_DATE).toList()), ds.toString());
    }

    @Test
    void optionsNamingYearsOutsideTheRangeAreUsageErrors() {
        String[][] runs = {
                {"validate", "--as-of", "2023-07-20", "--period", "1899-Q1", "examples/bad/unknown-unit.csv"},
                {"compile", "--kind", "summary", "--period", "1899-Q1", "--as-of", "2023-07-20", "--out", dir.toString(), "examples/reports"},
                {"compile", "--kind", "summary", "--period", "1899", "--as-of", "2023-07-20", "--out", dir.toString(), "examples/reports"},
                {"compile", "--kind", "summary", "--from", "0022-Q1", "--to", "2022-Q1", "--as-of", "2023-07-20", "--out", dir.toString(), "examples/reports"},
                {"forms", "--period", "3000-Q1", "--out", dir.resolve("forms").toString()},
        };
        for (String[] args : runs) {
            CliRun r = CliRun.of(args);
            assertEquals(ExitCode.USAGE, r.exit(), String.join(" ", args) + "\n" + r.output());
            assertTrue(r.err().contains("--period") || r.err().contains("--from"), r.output());
            noStackTrace(r);
        }
    }

    @Test
    void aPlanTermInTheYear22AndADueDateInTheYear0AreSchemaErrorsWithPositions() throws IOException {
        List<Diagnostic> term = planDiagnostics(plan().replace("start: \"2021-Q4\"", "start: \"0022-Q4\""));
        assertEquals(1, term.size(), term.toString());
        assertEquals(Code.PLAN_SCHEMA, term.get(0).code());
        assertEquals("quarter", term.get(0).variant());
        assertTrue(term.get(0).line() != null && term.get(0).column() != null);

        List<Diagnostic> due = planDiagnostics(plan().replaceFirst("timeframe: \"Trong quý IV/2021\"", "timeframe:\n          due: 0000-01-01"));
        assertEquals(1, due.size(), due.toString());
        assertEquals("date-year", due.get(0).variant());
        assertTrue(due.get(0).message(Lang.VI).contains("1900"), due.get(0).message(Lang.VI));
    }

    // ---- 2. control characters at the way in, and before the renderers ----

    @Test
    void aStrayCtrlZInACellIsAWarningAtItsCellAndTheReportCompiles() throws IOException {
        Path reports = Files.createDirectories(dir.resolve("reports")), out = dir.resolve("out");
        String row = "Huyện ủy Bình Sơn,2022-Q1,6.1,in_progress,50,,2022-04-10,\"Đã \u001Atriển khai\u0007 \uFFFE xong\"\n";
        Files.writeString(reports.resolve("2022-Q1_binh-son.csv"), HEADER + row + "\u001A");
        List<Diagnostic> ds = Hostile.validate(reports.resolve("2022-Q1_binh-son.csv"));
        assertEquals(List.of("2 control-character"), Hostile.lineCodes(ds));
        assertEquals("result", ds.get(0).column());
        assertEquals("U+001A", ds.get(0).arg("char"));
        assertEquals("3", ds.get(0).arg("count"));

        CliRun v = CliRun.of("validate", "--as-of", "2023-07-20", reports.toString());
        assertEquals(ExitCode.OK, v.exit(), v.output());
        CliRun c = CliRun.of("compile", "--kind", "summary", "--period", "2022-Q1", "--as-of", "2023-07-20", "--format", "md,pdf",
                "--out", out.toString(), reports.toString());
        assertEquals(ExitCode.OK, c.exit(), c.output());
        noStackTrace(c);
        String md = Files.readString(out.resolve("bao-cao-so-ket-2022-Q1.md"));
        assertTrue(md.contains("Đã triển khai"), "the text is kept without the characters");
        for (char ch : md.toCharArray()) assertFalse(planreport.model.ControlChars.bad(ch), "no control character in the report");
        assertTrue(Files.size(out.resolve("bao-cao-so-ket-2022-Q1.pdf")) > 1000);
    }

    @Test
    void aControlCharacterSpelledInThePlanIsAWarningAtItsPositionAndDropped() throws IOException {
        PlanReader.Result r = PlanReader.parse(plan().replaceFirst("timeframe: \"Trong quý IV/2021\"", "timeframe: \"Trong quý \\\\x1AIV/2021\""), "plan.yaml");
        assertEquals(1, r.diagnostics().size(), r.diagnostics().toString());
        Diagnostic d = r.diagnostics().get(0);
        assertEquals(Code.CONTROL_CHARACTER, d.code());
        assertTrue(d.line() != null && d.column() != null);
        assertTrue(r.plan() != null, "a warning: the plan loads");
        assertEquals("Trong quý IV/2021", r.plan().tasks().get(0).timeframe().text());
    }

    @Test
    void theLastGuardBeforeTheTemplatesDropsWhatTheWayInMissed() throws Exception {
        Path t = Files.createDirectories(dir.resolve("t"));
        Files.writeString(t.resolve("x.ftlx"), "<p>${text}</p>");
        String html = new Templates(t).render("x.ftlx", Map.of("text", "a\u0001b\u001Bc\uFFFFd"));
        assertEquals("<p>abcd</p>", html);
    }

    // ---- 3. memory: diagnostics kept bounded, caps in text, --quiet, out of memory ----

    @Test
    void diagnosticsCountEveryOneButKeepTheFirstOfEachCodeWhateverTheOrder() {
        List<Diagnostic> all = new ArrayList<>();
        for (int i = 1; i <= 100_000; i++) all.add(Diagnostic.of(Code.UNKNOWN_UNIT).at("a.csv", i, "unit").value("x" + i));
        all.add(Diagnostic.of(Code.BAD_STATUS).at("a.csv", 7, "status"));
        Collections.shuffle(all, new Random(1));
        Diagnostics ds = new Diagnostics();
        ds.addAll(all);
        assertEquals(100_001, ds.errors());
        assertEquals(100_000, ds.count(Code.UNKNOWN_UNIT));
        List<Diagnostic> kept = ds.sorted();
        assertEquals(Diagnostics.KEEP + 1, kept.size());
        assertEquals(100_000 - Diagnostics.KEEP, ds.omitted(Code.UNKNOWN_UNIT));
        // the kept ones are the first lines, as a sorted run of all would begin
        List<Integer> lines = kept.stream().filter(d -> d.code() == Code.UNKNOWN_UNIT).map(Diagnostic::line).toList();
        for (int i = 0; i < lines.size(); i++) assertEquals(i + 1, lines.get(i));
    }

    /** A stream of {@code rows} report rows, one error each, generated as it is read. */
    private static String errorRows(int rows) {
        StringBuilder b = new StringBuilder(HEADER);
        for (int i = 0; i < rows; i++) b.append("Huyện ủy Bình Sơn,2022-Q1,6.1,sai-").append(i).append(",50,,2022-04-10,\n");
        return b.toString();
    }

    @Test
    void textShowsAHundredOfACodeThenHowManyMoreAndQuietOnlyTheCount() {
        CliRun r = CliRun.withStdin(errorRows(1500), "validate", "--as-of", "2023-07-20", "--period", "2022-Q1", "-");
        assertEquals(ExitCode.ERRORS, r.exit());
        List<String> lines = r.out().lines().toList();
        assertEquals(100, lines.stream().filter(l -> l.contains("lỗi[bad-status]")).count());
        assertTrue(lines.contains("… và 1.400 lỗi cùng loại (bad-status) không in ra"), r.out());
        assertTrue(lines.get(lines.size() - 1).matches("\\d+ lỗi, \\d+ cảnh báo"), lines.get(lines.size() - 1));

        CliRun en = CliRun.withStdin(errorRows(1500), "validate", "--lang", "en", "--as-of", "2023-07-20", "--period", "2022-Q1", "-");
        assertTrue(en.out().contains("… and 1,400 more errors of this kind (bad-status), not printed"), en.out());

        CliRun q = CliRun.withStdin(errorRows(1500), "validate", "--quiet", "--as-of", "2023-07-20", "--period", "2022-Q1", "-");
        assertEquals(ExitCode.ERRORS, q.exit());
        assertEquals(1, q.out().lines().count(), q.out());

        CliRun json = CliRun.withStdin(errorRows(1500), "validate", "--format", "json", "--as-of", "2023-07-20", "--period", "2022-Q1", "-");
        assertTrue(json.out().replaceAll("\\s", "").contains("\"bad-status\":500"), json.out().substring(json.out().length() - 300));
    }

    /** plan-report in a child JVM with the launcher's heap (128 MB), {@code stdin} fed from a generator. */
    private static CliRun child(String heap, StdinWriter stdin, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-Xmx" + heap, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "planreport.cli.Main"));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("hostile-out", ".txt"), err = Files.createTempFile("hostile-err", ".txt");
        try {
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            try (OutputStream in = p.getOutputStream()) {
                if (stdin != null) stdin.write(in);
            } catch (IOException e) {
                // the child stopped reading (a file refused early): what it printed tells
            }
            assertTrue(p.waitFor(300, TimeUnit.SECONDS), "finished");
            return new CliRun(p.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    interface StdinWriter {
        void write(OutputStream out) throws IOException;
    }

    @Test
    void aHundredThousandRowsWithAnErrorEachFitTheLaunchersHeap() throws Exception {
        CliRun r = child("128m", out -> {
            out.write(utf8(HEADER));
            for (int i = 0; i < 100_000; i++) out.write(utf8("Huyện ủy Bình Sơn,2022-Q1,6.1,sai-" + i + ",50,,2022-04-10,\n"));
        }, "validate", "--as-of", "2023-07-20", "--period", "2022-Q1", "-");
        assertEquals(ExitCode.ERRORS, CliRun.exitCode(r.code()), r.err());
        assertTrue(r.out().contains("… và 99.900 lỗi cùng loại (bad-status)"), r.out().substring(Math.max(0, r.out().length() - 300)));
        assertTrue(r.out().lines().count() < 400, "capped output: " + r.out().lines().count() + " lines");
        noStackTrace(r);
    }

    @Test
    void oneRowRepeatedAMillionTimesFitsTheLaunchersHeap() throws Exception {
        byte[] row = utf8(ROW + "\"Kết quả, có dấu phẩy và \"\"ngoặc kép\"\".\"\n");
        CliRun r = child("128m", out -> {
            out.write(utf8(HEADER));
            byte[] block = new byte[row.length * 1000];
            for (int i = 0; i < 1000; i++) System.arraycopy(row, 0, block, i * row.length, row.length);
            for (int i = 0; i < 1000; i++) out.write(block);
        }, "validate", "--quiet", "--as-of", "2023-07-20", "--period", "2022-Q1", "-");
        assertEquals(ExitCode.ERRORS, CliRun.exitCode(r.code()), r.err());
        assertTrue(r.out().startsWith("999999 lỗi"), r.out());
        noStackTrace(r);
    }

    @Test
    void aQuotedCellOverManyShortLinesIsRefusedAtItsRowWithinTheHeap() throws Exception {
        CliRun r = child("128m", out -> {
            out.write(utf8(HEADER + ROW + "\"Dòng mở đầu\n"));
            byte[] lines = utf8("ngắn\n".repeat(10_000));
            for (int i = 0; i < 1000; i++) out.write(lines); // 60 MB in one cell
            out.write(utf8("\"\n"));
        }, "validate", "--as-of", "2023-07-20", "--period", "2022-Q1", "-");
        assertEquals(ExitCode.ERRORS, CliRun.exitCode(r.code()), r.err());
        assertTrue(r.out().contains("<stdin>:2: lỗi[csv-syntax]"), r.out());
        noStackTrace(r);
    }

    @Test
    void runningOutOfMemoryIsOneLineSayingWhatToDo() throws Exception {
        // a heap too small for the PDF of a quarter
        CliRun r = child("20m", null, "compile", "--kind", "summary", "--period", "2022-Q1", "--as-of", "2023-07-20", "--format", "pdf",
                "--out", dir.toString(), "examples/reports");
        assertEquals(ExitCode.MEMORY, CliRun.exitCode(r.code()), r.output());
        assertEquals(1, r.err().lines().filter(l -> l.startsWith("plan-report:")).count(), r.err());
        assertTrue(r.err().contains("PLAN_REPORT_XMX=1g"), r.err());
        noStackTrace(r);
        try (var s = Files.list(dir)) { assertEquals(0, s.count(), "nothing written"); }
    }

    // ---- 4. nesting, recursion and endless templates ----

    @Test
    void groupsNestingTenThousandDeepAreAPlanDiagnostic() throws IOException {
        StringBuilder b = new StringBuilder(plan().replaceFirst("\nbodies:\n", "\nbodies:\n"));
        int at = b.indexOf("\nbodies:\n") + "\nbodies:\n".length();
        StringBuilder groups = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            groups.append("  - id: g").append(i).append("\n    name: \"Nhóm ").append(i).append("\"\n    kind: group\n    members: [")
                    .append(i == 9_999 ? "btv-tinh-uy" : "g" + (i + 1)).append("]\n");
        }
        b.insert(at, groups);
        List<Diagnostic> ds = planDiagnostics(b.toString());
        assertTrue(ds.stream().anyMatch(d -> "group-too-deep".equals(d.variant())), ds.stream().limit(3).toList().toString());
        assertTrue(ds.stream().allMatch(d -> d.line() != null));
    }

    @Test
    void aGroupCycleIsStillFoundByTheOnePass() throws IOException {
        String cyc = "  - id: ga\n    name: \"Nhóm A\"\n    kind: group\n    members: [gb]\n  - id: gb\n    name: \"Nhóm B\"\n    kind: group\n    members: [ga]\n";
        String p = plan();
        int at = p.indexOf("\nbodies:\n") + "\nbodies:\n".length();
        List<Diagnostic> ds = planDiagnostics(p.substring(0, at) + cyc + p.substring(at));
        assertEquals(List.of("ga", "gb"), ds.stream().filter(d -> "group-cycle".equals(d.variant())).map(d -> d.arg("group")).toList());
    }

    /** {@code n} bodies, each succeeded by the next the day after it ceases (a valid chain but for its length), cycling back when {@code cycle}. */
    private static String successions(int n, boolean cycle) {
        StringBuilder b = new StringBuilder();
        java.time.LocalDate day = java.time.LocalDate.of(2000, 1, 1);
        for (int i = 0; i < n; i++) {
            b.append("  - id: s").append(i).append("\n    name: \"Cơ quan ").append(i).append("\"\n    kind: government\n");
            if (i > 0) b.append("    from: \"").append(day.plusDays(i)).append("\"\n");
            if (i < n - 1 || cycle) {
                b.append("    until: \"").append(day.plusDays(i)).append("\"\n    successors: [s").append(i < n - 1 ? i + 1 : 0).append("]\n");
            }
        }
        return b.toString();
    }

    @Test
    void tenThousandSuccessionsInARowAreAPlanDiagnosticNotAStackOverflow() throws IOException {
        String p = plan();
        int at = p.indexOf("\nbodies:\n") + "\nbodies:\n".length();
        List<Diagnostic> ds = planDiagnostics(p.substring(0, at) + successions(10_000, false) + p.substring(at));
        List<Diagnostic> deep = ds.stream().filter(d -> "too-long".equals(d.variant()) && d.code() == planreport.check.Code.BAD_SUCCESSION).toList();
        assertEquals(1, deep.size(), ds.stream().limit(3).toList().toString());
        assertEquals("s" + (PlanCheck.MAX_SUCCESSION_DEPTH + 1), deep.get(0).arg("body"), "the first body past the bound, at its line");
        assertTrue(deep.get(0).line() != null);
        assertEquals(null, PlanReader.parse(p.substring(0, at) + successions(10_000, false) + p.substring(at), "plan.yaml").plan());
        // as many as the bound allows are a plan like any other
        List<Diagnostic> within = planDiagnostics(p.substring(0, at) + successions(PlanCheck.MAX_SUCCESSION_DEPTH + 1, false) + p.substring(at));
        assertTrue(within.stream().noneMatch(d -> d.code() == planreport.check.Code.BAD_SUCCESSION), within.toString());
    }

    @Test
    void aCycleOfTenThousandSuccessionsIsFoundWithoutRecursion() throws IOException {
        String p = plan();
        int at = p.indexOf("\nbodies:\n") + "\nbodies:\n".length();
        List<Diagnostic> ds = planDiagnostics(p.substring(0, at) + successions(10_000, true) + p.substring(at));
        List<Diagnostic> cycles = ds.stream().filter(d -> "cycle".equals(d.variant())).toList();
        assertEquals(1, cycles.size(), "one for the cycle, at its first body");
        assertEquals("s0", cycles.get(0).arg("body"));
        assertEquals("s0 → s1 → s2 → s3 → s4 → s5 → s6 → s7 → … → s9998 → s9999 → s0", cycles.get(0).arg("chain"));
    }

    private Templates templates(String body) throws IOException {
        Path t = Files.createDirectories(dir.resolve("tpl"));
        Files.writeString(t.resolve("x.ftl"), body);
        return new Templates(t, 2_000, 1 << 20);
    }

    private static Templates.LimitExceeded limit(Templates t) {
        try {
            t.render("x.ftl", Map.of());
            throw new AssertionError("the template finished");
        } catch (Templates.LimitExceeded e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aMacroThatCallsItselfIsStoppedWithADiagnostic() throws IOException {
        assertEquals("depth", limit(templates("<#macro m n><@m n + 1/></#macro><@m 0/>")).kind());
    }

    @Test
    void aTemplateThatLoopsForeverIsStoppedInItsTime() throws IOException {
        long t0 = System.nanoTime();
        assertEquals("time", limit(templates("<#list 1.. as i><#assign x = i></#list>")).kind());
        assertTrue(System.nanoTime() - t0 < 10_000_000_000L, "stopped");
    }

    @Test
    void aTemplateThatWritesWithoutEndIsStoppedAtItsOutputLimit() throws IOException {
        assertEquals("output", limit(templates("<#list 1.. as i>xxxxxxxxxxxxxxxxxxxx</#list>")).kind());
    }

    @Test
    void compileWithAnEndlessTemplateEndsInOneDiagnostic() throws IOException {
        Path t = Files.createDirectories(dir.resolve("user"));
        Files.writeString(t.resolve("report.ftl"), "<#macro m n><@m n + 1/></#macro><@m 0/>");
        CliRun r = CliRun.of("compile", "--kind", "summary", "--period", "2022-Q1", "--as-of", "2023-07-20", "--format", "md",
                "--templates", t.toString(), "--out", dir.resolve("out").toString(), "examples/reports");
        assertTrue(r.err().contains("lỗi[input]") && r.err().contains("macro"), r.output());
        assertFalse(Files.exists(dir.resolve("out").resolve("bao-cao-so-ket-2022-Q1.md")));
        noStackTrace(r);
    }

    // ---- 5. indicator totals ----

    @Test
    void aValueTooLargeForAReportIsADiagnosticAtItsCell() throws IOException {
        String h = "unit,period,task,status,new_members\n";
        List<Diagnostic> ds = validate("big.csv", h + "dang-doan-ldld-tinh,2022-Q1,2.2,in_progress,9223372036854775807\n"
                + "dang-doan-ldld-tinh,2022-Q2,2.2,in_progress,9223372036854775808\n");
        assertEquals(List.of("2 bad-number", "3 bad-number"), Hostile.lineCodes(ds.stream().filter(d -> d.code() == Code.BAD_NUMBER).toList()));
        assertEquals("indicator-too-large", ds.stream().filter(d -> d.code() == Code.BAD_NUMBER).findFirst().orElseThrow().variant());
    }

    @Test
    void theLargestValuesAddUpExactly() {
        assertEquals(2_000_000_000_000L, planreport.validate.Values.count("1000000000000") * 2);
        assertEquals(Long.MAX_VALUE, planreport.validate.Values.count("99999999999999999999"), "too large for a long: above the bound, not null");
    }

    // ---- 6. "did you mean" in near-linear time ----

    @Test
    void suggestionsAmongFifteenThousandBodiesCompareABoundedShortlist() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 15_000; i++) {
            names.add("Đảng ủy xã Thạch Bàn " + i);
            names.add("DU Thach Ban " + i);
            names.add("xa-thach-ban-" + i);
        }
        Names.Index index = new Names.Index(names);
        int right = 0;
        for (int i = 0; i < 3_000; i++) {
            int n = i * 5;
            String typed = "Đảng ủy xã Thạch Bạn " + n; // one letter off
            if (("Đảng ủy xã Thạch Bàn " + n).equals(index.closest(typed).orElse(null))) right++;
        }
        assertEquals(3_000, right, "each typo finds the name meant");
        assertTrue(index.comparisons() <= 3_000L * Names.Index.SHORTLIST,
                "compared " + index.comparisons() + ", not all 45,000 names each time (" + 3_000L * names.size() + ")");
    }

    @Test
    void aPlanOfFifteenThousandBodiesAndThreeThousandUnknownReferencesIsCheckedQuickly() throws IOException {
        StringBuilder bodies = new StringBuilder();
        for (int i = 0; i < 15_000; i++) {
            bodies.append("  - id: xa-").append(i).append("\n    name: \"Đảng ủy xã số ").append(i).append("\"\n    aliases: [\"ĐU xã ")
                    .append(i).append("\"]\n    kind: party-committee\n");
        }
        StringBuilder groups = new StringBuilder();
        for (int g = 0; g < 30; g++) {
            groups.append("  - id: nhom-").append(g).append("\n    name: \"Nhóm ").append(g).append("\"\n    kind: group\n    members: [");
            for (int k = 0; k < 100; k++) groups.append(k == 0 ? "" : ", ").append("\"Đảng ủy xã sô ").append(g * 100 + k).append('"');
            groups.append("]\n");
        }
        String p = plan();
        int at = p.indexOf("\nbodies:\n") + "\nbodies:\n".length();
        String yaml = p.substring(0, at) + bodies + groups + p.substring(at);
        assertTrue(yaml.length() > 1_000_000 && yaml.length() < YamlGuard.MAX_BYTES, "a plan of " + yaml.length() + " characters");
        long t0 = System.nanoTime();
        List<Diagnostic> ds = planDiagnostics(yaml);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        List<Diagnostic> unknown = ds.stream().filter(d -> d.code() == Code.UNKNOWN_BODY).toList();
        assertTrue(unknown.size() >= Math.min(3_000, Diagnostics.KEEP), unknown.size() + " unknown bodies");
        assertTrue(unknown.stream().allMatch(d -> d.suggestion() != null && d.suggestion().startsWith("Đảng ủy xã số ")), unknown.get(0).toString());
        // a generous bound, not a speed target (bench/run has that): the quadratic search took minutes
        assertTrue(ms < 60_000, ms + " ms");
    }

    // ---- 7. temporary files of an interrupted write ----

    /** A child that writes many large files through OutputFiles into {@code dir}, for the parent to stop mid-write. */
    public static void main(String[] args) throws IOException {
        byte[] big = new byte[8 << 20];
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 400; i++) files.put("bao-cao-" + i + ".pdf", big);
        planreport.render.OutputFiles.write(Path.of(args[0]), files);
    }

    private Process writer(Path out) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m", "-cp",
                System.getProperty("java.class.path"), HostileBreaksTest.class.getName(), out.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static List<String> names(Path d) throws IOException {
        try (var s = Files.list(d)) { return s.map(p -> p.getFileName().toString()).sorted().toList(); }
    }

    private static void awaitTemp(Path out, Process p) throws Exception {
        for (int i = 0; i < 600; i++) {
            if (Files.isDirectory(out) && names(out).stream().anyMatch(n -> n.endsWith(".tmp"))) return;
            if (!p.isAlive()) throw new AssertionError("the writer finished before it could be stopped");
            Thread.sleep(50);
        }
        throw new AssertionError("no temporary file appeared");
    }

    @Test
    void aWriteStoppedBySigtermLeavesNoFile() throws Exception {
        Path out = dir.resolve("term");
        Process p = writer(out);
        awaitTemp(out, p);
        p.destroy(); // SIGTERM
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(List.of(), names(out), "no temporary file and no half set of files");
    }

    @Test
    void aWriteKilledOutrightLeavesTemporariesThatTheNextRunSweeps() throws Exception {
        Path out = dir.resolve("kill");
        Process p = writer(out);
        awaitTemp(out, p);
        p.destroyForcibly(); // SIGKILL: no hook runs
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        List<String> left = names(out).stream().filter(n -> n.endsWith(".tmp")).toList();
        assertFalse(left.isEmpty(), "SIGKILL leaves its temporary file");
        // the leftovers are old by the time a next run comes; a file of another program is never touched
        for (String n : left) Files.setLastModifiedTime(out.resolve(n), java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        Files.writeString(out.resolve(".other-program.tmp"), "x");
        Files.setLastModifiedTime(out.resolve(".other-program.tmp"), java.nio.file.attribute.FileTime.fromMillis(0));
        String fresh = ".plan-report-bao-cao.pdf." + java.util.UUID.randomUUID() + ".tmp"; // another run writing now
        Files.writeString(out.resolve(fresh), "x");
        CliRun r = CliRun.of("compile", "--kind", "summary", "--period", "2022-Q1", "--as-of", "2023-07-20", "--format", "md",
                "--out", out.toString(), "examples/reports");
        assertEquals(ExitCode.OK, r.exit(), r.output());
        List<String> after = names(out).stream().filter(n -> n.endsWith(".tmp")).toList();
        assertEquals(List.of(".other-program.tmp", fresh).stream().sorted().toList(), after);
    }

    // ---- 8. terminal escape sequences shown, not sent ----

    @Test
    void escapeSequencesFromACellAreShownVisiblyInTextOutput() {
        String evil = "\u001B]0;pwned\u0007\u001B[2JHuyện ủy X";
        CliRun r = CliRun.withStdin("unit,period,task,status\n\"" + evil + "\",2022-Q1,6.1,in_progress\n", "validate", "--as-of", "2023-07-20",
                "--period", "2022-Q1", "-");
        assertFalse(r.output().chars().anyMatch(c -> c == 0x1B || c == 0x07), r.output());
        assertTrue(r.out().contains("\\u001B]0;pwned\\u0007\\u001B[2J") || r.out().contains("control-character"), r.out());

        CliRun u = CliRun.of("validate", "--period", "\u001B[2J2022", "examples/bad/unknown-unit.csv");
        assertEquals(ExitCode.USAGE, u.exit());
        assertFalse(u.output().chars().anyMatch(c -> c == 0x1B), u.output());
        assertTrue(u.err().contains("\\u001B[2J2022"), u.err());
    }

    @Test
    void visibleWritesEveryControlAndBidiCharacterAsItsCode() {
        assertEquals("a\\u001Bb\\u0009c\\u202Ed\\u0085", planreport.model.ControlChars.visible("a\u001Bb\tc\u202Ed\u0085"));
        assertEquals("Huyện ủy 😀", planreport.model.ControlChars.visible("Huyện ủy 😀"));
    }
}
