package planreport.remind;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import planreport.cli.CliRun;
import planreport.cli.ExitCode;
import planreport.render.MailMergeList;
import planreport.io.PlanReader;
import planreport.model.Plan;

/**
 * remind: the letters say exactly what validate says about each unit, nothing for a unit that owes
 * nothing; the files are deterministic, read like a công văn, and the mail-merge list is inert.
 */
class RemindTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Plan PLAN = plan();

    private static Plan plan() {
        try {
            return PlanReader.read(Path.of("plan.yaml"), "plan.yaml").plan();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The facts of one unit, as "missing 2023-Q2 7.3", "late 2022-Q1 1.1", "overdue 2022-Q1 2.1"; an
     * overdue task only of a unit that leads it (a coordinator's row saying "not done" is not the task overdue).
     */
    private static Map<String, Set<String>> fromValidate(String period, String asOf, List<String> reports) throws Exception {
        List<String> args = new ArrayList<>(List.of("validate", "--as-of", asOf, "--format", "json"));
        args.addAll(reports);
        CliRun run = CliRun.of(args.toArray(String[]::new));
        JsonNode root = JSON.readTree(run.out());
        Map<String, Set<String>> facts = new TreeMap<>();
        for (JsonNode d : root.get("diagnostics")) {
            String code = d.get("code").asText();
            if (!Set.of("missing-report", "late-report", "overdue").contains(code)) continue;
            assertTrue(d.hasNonNull("unit"), "validate names the unit of every " + code + ": " + d);
            String unit = d.get("unit").asText(), p = d.get("period").asText();
            int cmp = p.compareTo(period);
            if (code.equals("missing-report") && cmp <= 0) {
                for (String t : d.get("task").asText().split(",\\s*")) facts.computeIfAbsent(unit, u -> new TreeSet<>()).add("missing " + p + " " + t);
            } else if (code.equals("late-report") && cmp == 0) {
                // one late-report per late file, naming its tasks as missing-report does
                for (String t : d.get("task").asText().split(",\\s*")) facts.computeIfAbsent(unit, u -> new TreeSet<>()).add("late " + p + " " + t);
            } else if (code.equals("overdue") && cmp == 0
                    && PLAN.leadUnits(d.get("task").asText(), planreport.model.Period.parse(p).orElseThrow()).contains(unit)) {
                facts.computeIfAbsent(unit, u -> new TreeSet<>()).add("overdue " + p + " " + d.get("task").asText());
            }
        }
        facts.remove("ban-dan-van-tinh-uy"); // the monitoring body writes the letters, to no one but others
        return facts;
    }

    private static JsonNode remindJson(Path out, String period, String asOf, List<String> reports, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("remind", "--period", period, "--as-of", asOf, "--format", "json,md", "--out", out.toString()));
        args.addAll(List.of(more));
        args.addAll(reports);
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(ExitCode.OK, run.exit(), run.output());
        return JSON.readTree(Files.readString(out.resolve("don-doc-" + period + ".json")));
    }

    private static Map<String, Set<String>> fromLetters(JsonNode root) {
        Map<String, Set<String>> facts = new TreeMap<>();
        for (JsonNode l : root.get("letters")) {
            Set<String> mine = facts.computeIfAbsent(l.get("unit").asText(), u -> new TreeSet<>());
            for (JsonNode m : l.get("missing")) for (JsonNode t : m.get("tasks")) mine.add("missing " + m.get("period").asText() + " " + t.get("task").asText());
            for (JsonNode m : l.get("late")) for (JsonNode t : m.get("tasks")) mine.add("late " + m.get("period").asText() + " " + t.get("task").asText());
            for (JsonNode o : l.get("overdue")) mine.add("overdue " + o.get("period").asText() + " " + o.get("task").asText());
            assertFalse(mine.isEmpty(), "a letter owes something: " + l);
        }
        return facts;
    }

    @Test
    void lettersAgreeWithValidateOnTheShippedExample(@TempDir Path out) throws Exception {
        List<String> reports = List.of("examples/reports");
        Map<String, Set<String>> expected = fromValidate("2023-Q2", "2023-07-20", reports);
        JsonNode root = remindJson(out, "2023-Q2", "2023-07-20", reports);
        assertEquals(expected, fromLetters(root));
        assertEquals(Set.of("so-tu-phap"), expected.keySet(), "the example: only Sở Tư pháp owes anything for 2023-Q2");
        JsonNode letter = root.get("letters").get(0);
        assertEquals(7, letter.get("consecutive_periods_missed").asInt(), "2021-Q4 to 2023-Q2 without a report");
        assertEquals("2023-07-27", root.get("send_by").asText(), "send_within_days: 7 of plan.yaml");
        assertEquals("vanthu.so-tu-phap@quangngai.example", letter.get("contact").get("email").asText());
        // exactly one letter per unit owing something, plus the notice; no letter for anyone else
        try (Stream<Path> s = Files.list(out)) {
            List<String> md = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).sorted().toList();
            assertEquals(List.of("don-doc-2023-Q2_so-tu-phap.md", "thong-bao-2023-Q2.md"), md);
        }
    }

    @Test
    void lateReportsAndOverdueTasksAgreeToo(@TempDir Path out) throws Exception {
        // the two quarters' files as a folder: validate asks who has not reported only of a whole set
        Path in = Files.createDirectories(out.resolve("reports"));
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(Path.of("examples/reports"), "{2021-Q4,2022-Q1}_*.csv")) {
            for (Path p : ds) Files.copy(p, in.resolve(p.getFileName()));
        }
        List<String> reports = List.of(in.toString());
        Map<String, Set<String>> expected = fromValidate("2022-Q1", "2022-04-30", reports);
        JsonNode root = remindJson(out, "2022-Q1", "2022-04-30", reports, "--by", "2022-05-10");
        assertEquals(expected, fromLetters(root));
        // not Ủy ban nhân dân huyện Sơn Hà: it coordinates 2.1, whose lead finished it on 18/02/2022
        assertEquals(Set.of("huyen-uy-minh-long", "huyen-uy-son-tay", "so-tu-phap"), expected.keySet());
        assertEquals("2022-05-10", root.get("send_by").asText(), "--by wins over the plan's setting");
        String late = Files.readString(out.resolve("don-doc-2022-Q1_huyen-uy-minh-long.md"));
        assertTrue(late.contains("ngày 26 tháng 4 năm 2022, chậm 11 ngày so với thời hạn (ngày 15 tháng 4 năm 2022)"), late);
        assertFalse(Files.exists(out.resolve("don-doc-2022-Q1_ubnd-huyen-son-ha.md")), "no letter to a coordinator of a task done on time");
        String overdue = Files.readString(out.resolve("don-doc-2022-Q1_huyen-uy-son-tay.md"));
        assertTrue(overdue.contains("Nhiệm vụ 1.1 ("), overdue);
        assertFalse(overdue.contains("2.1"), overdue);
        assertTrue(overdue.contains("chậm nhất vào ngày 10 tháng 5 năm 2022"), overdue);
        // the notice: every unit that owed a report, the missing one with its tasks
        JsonNode units = root.get("units");
        assertTrue(units.size() > 50, "every unit that owed the quarter: " + units.size());
        for (JsonNode u : units) {
            if (u.get("unit").asText().equals("so-tu-phap")) {
                assertEquals(0, u.get("sent").asInt());
                assertEquals(2, u.get("consecutive_periods_missed").asInt());
            }
            if (u.get("unit").asText().equals("huyen-uy-minh-long")) assertEquals(11, u.get("days_late").asInt());
        }
    }

    @Test
    void aQuarterNotYetDueOwesNothing(@TempDir Path out) throws Exception {
        JsonNode root = remindJson(out, "2023-Q3", "2023-07-20", List.of("examples/reports"));
        assertEquals(fromValidate("2023-Q3", "2023-07-20", List.of("examples/reports")), fromLetters(root));
        JsonNode letter = root.get("letters").get(0);
        assertEquals("so-tu-phap", letter.get("unit").asText());
        assertEquals("2023-Q2", letter.get("missing").get(letter.get("missing").size() - 1).get("period").asText(), "2023-Q3 is not due yet");
        assertEquals(7, letter.get("consecutive_periods_missed").asInt(), "counted back from the last quarter due");
    }

    @Test
    void sameInputsGiveTheSameBytes(@TempDir Path a, @TempDir Path b) throws Exception {
        for (Path out : List.of(a, b)) {
            CliRun run = CliRun.of("remind", "--period", "2023-Q2", "--as-of", "2023-07-20", "--format", "md,pdf,json", "--out", out.toString(), "examples/reports");
            assertEquals(ExitCode.OK, run.exit(), run.output());
        }
        List<String> names;
        try (Stream<Path> s = Files.list(a)) {
            names = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of("danh-sach-gui-2023-Q2.csv", "danh-sach-gui-2023-Q2.xlsx", "don-doc-2023-Q2.json", "don-doc-2023-Q2_so-tu-phap.md",
                "don-doc-2023-Q2_so-tu-phap.pdf", "thong-bao-2023-Q2.md", "thong-bao-2023-Q2.pdf"), names);
        for (String n : names) assertArrayEquals(Files.readAllBytes(a.resolve(n)), Files.readAllBytes(b.resolve(n)), n);
    }

    @Test
    void theLetterReadsLikeACongVan(@TempDir Path out) throws Exception {
        CliRun run = CliRun.of("remind", "--period", "2023-Q2", "--as-of", "2023-07-20", "--format", "pdf", "--out", out.toString(), "examples/reports");
        assertEquals(ExitCode.OK, run.exit(), run.output());
        String text;
        try (var doc = Loader.loadPDF(out.resolve("don-doc-2023-Q2_so-tu-phap.pdf").toFile())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        for (String s : List.of("TỈNH ỦY QUẢNG NGÃI", "BAN DÂN VẬN", "ĐẢNG CỘNG SẢN VIỆT NAM", "-CV/BDVTU",
                "V/v đôn đốc báo cáo kết quả thực hiện Kế hoạch số …-KH/TU quý II năm 2023", "Quảng Ngãi, ngày 20 tháng 7 năm 2023",
                "Kính gửi: Sở Tư pháp", "Sở Tư pháp từ quý IV/2021 đến nay (7 kỳ) chưa gửi báo cáo", "chậm nhất vào ngày 27 tháng 7 năm 2023", "Nơi nhận:", "- Như trên,",
                "K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN")) {
            assertTrue(text.contains(s), "the letter has “" + s + "”: " + text);
        }
        assertFalse(text.contains("T/L BAN THƯỜNG VỤ"), "a board's own letter signs as the board, never T/L stacked over K/T");
        assertTrue(run.out().contains("đã soạn 1 công văn đôn đốc quý II năm 2023 (hạn gửi báo cáo: 27/7/2023)"), run.out());
    }

    @Test
    void theWorstLetterOfTheExampleFitsOnePage(@TempDir Path out) throws Exception {
        // 2025-Q3: Sở Tư pháp owes 16 quarters in a row — one sentence, not a table of 16 rows
        CliRun run = CliRun.of("remind", "--period", "2025-Q3", "--as-of", "2025-10-25", "--format", "pdf,docx,md", "--out", out.toString(), "examples/reports");
        assertEquals(ExitCode.OK, run.exit(), run.output());
        String all;
        try (var doc = Loader.loadPDF(out.resolve("don-doc-2025-Q3_so-tu-phap.pdf").toFile())) {
            assertEquals(1, doc.getNumberOfPages(), "one page");
            all = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertTrue(all.contains("qua theo dõi các kỳ báo cáo từ quý IV/2021 đến quý III/2025"), "the letter says which quarters it judged: " + all);
        assertTrue(all.contains("Sở Tư pháp từ quý IV/2021 đến nay (16 kỳ) chưa gửi báo cáo"), all);
        assertTrue(all.contains("nhiệm vụ 7.3 “Xây dựng quy chế"), "the one task named in the sentence: " + all);
        assertFalse(all.contains("1.379"), "no table of 16 rows with their days overdue: " + all);
        assertFalse(all.contains("Nội dung các nhiệm vụ nêu trên"), "no list of one task: " + all);
        assertFalse(all.contains("quan tâm, trực tiếp chỉ đạo"), "“quan tâm” once, in the closing sentence: " + all);
        assertTrue(all.contains("Đề nghị Sở Tư pháp quan tâm thực hiện./. Nơi nhận:"), "the closing sentence stays with the signature: " + all);
    }

    @Test
    void aFewOtherQuartersOwedAreTabulatedBesideTheRun(@TempDir Path out) throws Exception {
        // Sở Tư pháp's 2022 reports given, the others not: 2021-Q4 owed alone, then a run from 2022-Q4 on
        Path in = Files.createDirectories(out.resolve("reports"));
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(Path.of("examples/reports"), "{2021-Q4,2022-Q1,2022-Q2,2022-Q3,2022-Q4,2023-Q1}_*.csv")) {
            for (Path p : ds) Files.copy(p, in.resolve(p.getFileName()));
        }
        for (String q : List.of("2022-Q1", "2022-Q2", "2022-Q3")) {
            Files.writeString(in.resolve(q + "_so-tu-phap.csv"), "unit,period,task,status,progress,completed_on,submitted_on,result\n"
                    + "Sở Tư pháp," + q + ",7.3,in_progress,,,," + "Đang xây dựng dự thảo quy chế\n");
        }
        Path md = out.resolve("md");
        CliRun run = CliRun.of("remind", "--period", "2023-Q1", "--as-of", "2023-04-20", "--format", "md", "--out", md.toString(), in.toString());
        assertEquals(ExitCode.OK, run.exit(), run.output());
        String letter = Files.readString(md.resolve("don-doc-2023-Q1_so-tu-phap.md"));
        assertTrue(letter.contains("Sở Tư pháp từ quý IV/2022 đến nay (2 kỳ) chưa gửi báo cáo"), letter);
        assertTrue(letter.contains("Ngoài ra, Sở Tư pháp chưa gửi báo cáo 1 kỳ trước đó, cụ thể như sau:"), letter);
        assertTrue(letter.contains("| Quý IV/2021 | 15/01/2022 |"), letter);
        assertFalse(letter.contains("| Quý IV/2022 |"), "the run is not tabulated: " + letter);
    }

    private static int page(List<String> pages, String text) {
        for (int i = 0; i < pages.size(); i++) if (pages.get(i).contains(text)) return i + 1;
        throw new AssertionError("no page has “" + text + "”: " + pages);
    }

    @Test
    void englishFilesAreNamedApart(@TempDir Path out) throws Exception {
        CliRun run = CliRun.of("remind", "--lang", "en", "--period", "2023-Q2", "--as-of", "2023-07-20", "--format", "md", "--out", out.toString(), "examples/reports");
        assertEquals(ExitCode.OK, run.exit(), run.output());
        String letter = Files.readString(out.resolve("don-doc-2023-Q2_so-tu-phap.en.md"));
        assertTrue(letter.contains("since Q4 2021 (7 periods)"), letter);
        assertTrue(Files.exists(out.resolve("danh-sach-gui-2023-Q2.en.csv")));
    }

    @Test
    void usageErrors(@TempDir Path out) {
        CliRun docx = CliRun.of("remind", "--period", "2023-Q2", "--format", "xls", "--out", out.toString(), "examples/reports");
        assertEquals(ExitCode.USAGE, docx.exit());
        assertTrue(docx.err().contains("không phải là định dạng của công văn"), docx.err());
        CliRun by = CliRun.of("remind", "--period", "2023-Q2", "--as-of", "2023-07-20", "--by", "2023-07-01", "--out", out.toString(), "examples/reports");
        assertEquals(ExitCode.USAGE, by.exit());
        assertTrue(by.err().contains("phải sau ngày --as-of"), by.err());
        CliRun errors = CliRun.of("remind", "--period", "2023-Q3", "--as-of", "2023-10-20", "--out", out.toString(), "examples/bad/unknown-unit.csv");
        assertEquals(ExitCode.ERRORS, errors.exit(), errors.output());
        assertTrue(out.toFile().list() == null || out.toFile().list().length == 0, "nothing written when the reports have errors");
        CliRun since = CliRun.of("remind", "--period", "2023-Q2", "--since", "2023-Q3", "--out", out.toString(), "examples/reports");
        assertEquals(ExitCode.USAGE, since.exit());
        assertTrue(since.err().contains("--since 2023-Q3 phải không sau --period"), since.err());
    }

    @Test
    void planSettingsAndContacts() throws Exception {
        Plan plan = PlanReader.read(Path.of("plan.yaml"), "plan.yaml").plan();
        var set = plan.info().reminders();
        assertEquals(7, set.sendWithinDays());
        assertEquals("CV/BDVTU", set.letterNumber());
        // the letters' signature is the writer's signer of reporting.signers on the letters' day
        assertEquals(List.of("K/T TRƯỞNG BAN"), plan.letterSettings(java.time.LocalDate.of(2023, 7, 20)).authority());
        assertEquals("PHÓ TRƯỞNG BAN", plan.letterSettings(java.time.LocalDate.of(2025, 10, 20)).title());
        assertEquals("vanthu.so-tu-phap@quangngai.example", plan.body("so-tu-phap").orElseThrow().contact().email());
        assertEquals(null, plan.body("so-tai-chinh").map(b -> b.contact()).orElse(null));

        String bad = Files.readString(Path.of("plan.yaml")).replace("send_within_days: 7", "send_within_days: 0");
        Path f = Files.createTempFile("plan", ".yaml");
        try {
            Files.writeString(f, bad);
            var r = PlanReader.read(f, "plan.yaml");
            assertTrue(r.diagnostics().stream().anyMatch(d -> "send-within-days".equals(d.variant())), r.diagnostics().toString());
        } finally {
            Files.delete(f);
        }
    }

    @Test
    void theMailMergeListHoldsNoFormula() throws Exception {
        List<List<String>> rows = List.of(List.of("unit", "name"), List.of("=HYPERLINK(\"x\")", "+1"), List.of("a-b", "@x"));
        String csv = new String(MailMergeList.csv(rows), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFunit;name\r\n"), csv);
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"x\"\")\";'+1\r\n"), csv);
        assertTrue(csv.contains("a-b;'@x\r\n"), csv);
        byte[] xlsx = MailMergeList.xlsx(rows, "list", java.time.LocalDate.of(2023, 7, 20));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            Cell c = sheet.getRow(1).getCell(0);
            assertEquals(org.apache.poi.ss.usermodel.CellType.STRING, c.getCellType());
            assertEquals("=HYPERLINK(\"x\")", c.getStringCellValue());
            assertTrue(c.getCellStyle().getQuotePrefixed(), "a formula-like cell is quote-prefixed");
            assertFalse(sheet.getRow(2).getCell(0).getCellStyle().getQuotePrefixed(), "plain text is left alone");
        }
    }
}
