package planreport.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import planreport.Facade;
import planreport.check.Code;
import planreport.check.Diagnostic;
import planreport.io.PlanReader;
import planreport.model.Plan;
import planreport.model.Task;
import planreport.model.Timeframe;

/**
 * plan import: the seed's Kế hoạch gives the shipped plan's tasks, bodies and timeframes; plans of
 * other provinces written in the other common forms (tasks as "a)", "-" under bold headings, a table
 * of tasks; "Đơn vị chủ trì:" lines) give drafts whose diagnostics name each place not mapped; a
 * Word document gives the draft its text gives.
 */
class PlanImportTest {
    private static final Path DIR = Path.of("src/test/resources/plans/import");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private record Draft(JsonNode yaml, List<Diagnostic> diagnostics, String text) {
        /** Every task: the sections' tasks, then the duties. */
        List<JsonNode> tasks() {
            List<JsonNode> all = new ArrayList<>();
            for (JsonNode s : yaml.get("sections")) s.get("tasks").forEach(all::add);
            if (yaml.has("duties")) yaml.get("duties").forEach(all::add);
            return all;
        }

        JsonNode body(String id) {
            for (JsonNode b : yaml.get("bodies")) if (b.get("id").asText().equals(id)) return b;
            throw new AssertionError("no body " + id);
        }

        JsonNode task(String id) {
            for (JsonNode t : tasks()) if (t.get("id").asText().equals(id)) return t;
            throw new AssertionError("no task " + id);
        }

        /** The import's own diagnostics of a variant, as "variant@task" (or the variant alone). */
        Set<String> said(String variant) {
            return diagnostics.stream().filter(d -> d.code() == Code.PLAN_IMPORT && d.variant().equals(variant))
                    .map(d -> d.task() == null ? d.variant() : d.variant() + "@" + d.task()).collect(Collectors.toCollection(TreeSet::new));
        }

        List<Diagnostic> errors() { return diagnostics.stream().filter(d -> d.severity() == planreport.check.Severity.ERROR).toList(); }
    }

    private static Draft draft(Path doc) throws IOException {
        Facade.Imported imported = Facade.importPlan(doc, doc.getFileName().toString(), "draft.yaml");
        assertNotNull(imported.yaml(), () -> "no draft: " + imported.diagnostics().sorted());
        return new Draft(YAML.readTree(imported.yaml()), imported.diagnostics().sorted(), imported.yaml());
    }

    private static List<String> ids(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** The shipped plan's body a draft body stands for: the first of its name and aliases the shipped plan knows. */
    private static String shippedId(Plan shipped, Draft d, String draftId) {
        JsonNode b = d.body(draftId);
        List<String> names = new ArrayList<>(List.of(b.get("name").asText()));
        if (b.has("aliases")) b.get("aliases").forEach(a -> names.add(a.asText()));
        for (String n : names) {
            var found = shipped.findBody(n);
            if (found.isPresent()) return found.get().id();
        }
        return "?" + names;
    }

    private static List<String> shippedIds(Plan shipped, Draft d, JsonNode list) {
        return ids(list).stream().map(id -> shippedId(shipped, d, id)).toList();
    }

    @Test
    void theSeedGivesTheShippedPlansTasksLeadsCoordinatorsAndTimeframes() throws IOException {
        Plan shipped = PlanReader.read(Path.of("plan.yaml"), "plan.yaml").plan();
        assertNotNull(shipped);
        Draft d = draft(DIR.resolve("seed.txt"));
        List<JsonNode> tasks = d.tasks();
        assertEquals(24, tasks.size());
        assertEquals(shipped.tasks().stream().map(Task::id).toList(), tasks.stream().map(t -> t.get("id").asText()).toList());
        LocalDate termStart = shipped.reporting().termStart().start();
        for (int i = 0; i < tasks.size(); i++) {
            JsonNode t = tasks.get(i);
            Task s = shipped.tasks().get(i);
            String id = s.id();
            assertEquals(s.leads(), shippedIds(shipped, d, t.get("leads")), "leads of " + id);
            assertEquals(s.coordinators(), shippedIds(shipped, d, t.get("coordinators")), "coordinators of " + id);
            assertEquals(s.directing(), shippedIds(shipped, d, t.get("directing")), "directing of " + id);
            Timeframe tf = Timeframe.parse(t.get("timeframe").asText(), termStart).orElseThrow();
            assertEquals(s.timeframe().kind(), tf.kind(), "timeframe of " + id);
            assertEquals(s.timeframe().start(), tf.start(), "timeframe of " + id);
            assertEquals(s.timeframe().due(), tf.due(), "timeframe of " + id);
            assertEquals(s.content(), t.get("content").asText(), "content of " + id);
        }
        // sections, header, purposes, signature and recipients as the shipped plan transcribed them
        assertEquals(shipped.sections().stream().map(x -> x.id() + " " + x.title()).toList(),
                toList(d.yaml.get("sections"), s -> s.get("id").asText() + " " + s.get("title").asText()));
        JsonNode plan = d.yaml.get("plan");
        assertEquals(shipped.info().subject(), plan.get("subject").asText());
        assertEquals("02-NQ/TW", plan.get("implements").get("number").asText());
        assertEquals("2021-06-12", plan.get("implements").get("date").asText());
        assertEquals("Nghị quyết 02", plan.get("implements").get("short").asText());
        assertEquals("btv-tinh-uy", plan.get("issuer").asText());
        assertEquals("ban-dan-van-tinh-uy", plan.get("monitoring_body").asText());
        assertEquals("Đặng Ngọc Huy", plan.get("signature").get("name").asText());
        assertEquals(shipped.info().recipients(), ids(plan.get("recipients")));
        assertEquals(shipped.purposes(), ids(d.yaml.get("purposes")));
        assertEquals("2021-Q4", d.yaml.get("reporting").get("term").get("start").asText());
        assertEquals("2025-Q4", d.yaml.get("reporting").get("term").get("end").asText());
        // readable ids, as the shipped plan's
        assertEquals(Set.of("btv-tinh-uy", "dang-doan-ldld-tinh", "ubnd-tinh", "bcsd-ubnd-tinh", "ban-to-chuc-tinh-uy", "btv-ldld-tinh"),
                Set.of("btv-tinh-uy", "dang-doan-ldld-tinh", "ubnd-tinh", "bcsd-ubnd-tinh", "ban-to-chuc-tinh-uy", "btv-ldld-tinh").stream()
                        .filter(id -> d.text.contains("- id: " + id + "\n")).collect(Collectors.toSet()));
        // what the seed does not say: no number, date, parent or place; no timeframe in section III; the groups' members
        assertEquals(Set.of("no-number", "no-date", "no-parent", "no-place"),
                new TreeSet<>(List.of(d.said("no-number"), d.said("no-date"), d.said("no-parent"), d.said("no-place")).stream()
                        .flatMap(Set::stream).toList()));
        assertEquals(8, d.said("no-timeframe.duty").size());
        assertTrue(d.said("group-members").contains("group-members@1.1"), d.said("group-members").toString());
        assertEquals(Set.of(), d.said("no-lead"));
        assertEquals(List.of(), d.errors(), "the draft reads as a plan, groups apart");
        // every guess marked in the YAML
        assertTrue(d.text.contains("number: \"…-KH/TU\"  # CẦN ĐIỀN"));
        assertTrue(d.text.contains("members: []  # CẦN ĐIỀN"));
    }

    private static <T> List<T> toList(JsonNode list, java.util.function.Function<JsonNode, T> f) {
        List<T> out = new ArrayList<>();
        list.forEach(n -> out.add(f.apply(n)));
        return out;
    }

    @Test
    void tasksAsLettersWithUnitLinesAndAbbreviationsOfAnotherProvince() throws IOException {
        Draft d = draft(DIR.resolve("variant-letters.txt"));
        JsonNode plan = d.yaml.get("plan");
        assertEquals("125-KH/TU", plan.get("number").asText());
        assertEquals("2024-03-15", plan.get("date").asText());
        assertEquals("Hà Tĩnh", plan.get("place").asText());
        assertEquals("Chỉ thị 31", plan.get("implements").get("short").asText());
        assertEquals(List.of("1", "2"), toList(d.yaml.get("sections"), s -> s.get("id").asText()));
        assertEquals("Công tác tuyên truyền, giáo dục thanh niên", d.yaml.get("sections").get(0).get("title").asText());
        assertEquals(List.of("1.a", "1.b", "2.a", "2.b", "III.1", "III.2", "III.3"), d.tasks().stream().map(t -> t.get("id").asText()).toList());
        JsonNode t1 = d.task("1.a");
        assertEquals(List.of("ban-tuyen-giao-tinh-uy"), ids(t1.get("leads")));
        assertEquals(List.of("btv-tinh-doan", "so-thong-tin-truyen-thong"), ids(t1.get("coordinators")));
        assertEquals("Trong quý II/2024", t1.get("timeframe").asText());
        // "Sở Lao động, Thương binh và Xã hội" is one body; "UBND tỉnh" and "Ủy ban nhân dân tỉnh" are one body with an alias
        JsonNode t3 = d.task("2.a");
        assertEquals(List.of("ubnd-tinh"), ids(t3.get("leads")));
        assertEquals(List.of("so-ldtbxh", "so-tai-chinh"), ids(t3.get("coordinators")));
        assertEquals(List.of("ubnd-tinh"), ids(d.task("2.b").get("coordinators")));
        assertEquals("Ủy ban nhân dân tỉnh", d.body("ubnd-tinh").get("name").asText());
        assertEquals(List.of("UBND tỉnh"), ids(d.body("ubnd-tinh").get("aliases")));
        // what it cannot map, by its place
        assertEquals(Set.of("no-lead@2.b"), d.said("no-lead"));
        assertEquals(Set.of("timeframe@2.b"), d.said("timeframe"));
        Diagnostic noLead = d.diagnostics.stream().filter(x -> x.code() == Code.PLAN_IMPORT && "no-lead".equals(x.variant())).findFirst().orElseThrow();
        assertEquals(32, noLead.line());
        assertTrue(noLead.message(planreport.model.Lang.VI).contains("không xác định được cơ quan chủ trì ở mục 2.b"), noLead.message(planreport.model.Lang.VI));
        // section III: the bodies of each sentence, the monitoring body
        assertEquals(List.of("ban-dan-van-tinh-uy"), ids(d.task("III.3").get("leads")));
        assertEquals(List.of("btv-tinh-doan"), ids(d.task("III.3").get("coordinators")));
        assertEquals("Theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch", d.task("III.3").get("title").asText());
        assertEquals("ban-dan-van-tinh-uy", plan.get("monitoring_body").asText());
        assertEquals("Nguyễn Văn An", plan.get("signature").get("name").asText());
        assertEquals("PHÓ BÍ THƯ THƯỜNG TRỰC", plan.get("signature").get("title").asText());
        // the draft's own check names the two places left to fill, in the draft
        assertEquals(Set.of("plan-schema", "bad-timeframe"), d.errors().stream().map(x -> x.code().id()).collect(Collectors.toSet()));
        assertTrue(d.errors().stream().allMatch(x -> "draft.yaml".equals(x.file()) && x.line() != null));
    }

    @Test
    void boldHeadingsWithBulletTasksAndBulletFields() throws IOException {
        Draft d = draft(DIR.resolve("variant-bullets.md"));
        assertEquals(List.of("1", "2"), toList(d.yaml.get("sections"), s -> s.get("id").asText()));
        assertEquals("Xây dựng, nhân rộng các điển hình học tập và làm theo Bác", d.yaml.get("sections").get(1).get("title").asText());
        assertEquals(List.of("1.1", "1.2", "2.1", "III.1", "III.2"), d.tasks().stream().map(t -> t.get("id").asText()).toList());
        assertEquals(List.of("ban-tuyen-giao-tinh-uy", "truong-chinh-tri-tinh"), ids(d.task("1.2").get("leads")));
        assertEquals(List.of("cap-uy-to-chuc-dang-cac-cap"), ids(d.task("1.1").get("coordinators")));
        assertEquals(List.of("btv-tinh-doan", "hoi-lhpn-tinh", "ldld-tinh"), ids(d.task("2.1").get("leads")));
        assertEquals("Hằng năm", d.task("2.1").get("timeframe").asText());
        assertEquals("mass-organisation", d.body("hoi-lhpn-tinh").get("kind").asText());
        // unnumbered headings and tasks are numbered by the draft, each number said and marked
        assertEquals(Set.of("auto-id@1", "auto-id@1.1", "auto-id@1.2", "auto-id@2", "auto-id@2.1", "auto-id@III.1", "auto-id@III.2"), d.said("auto-id"));
        assertTrue(d.text.contains("# ĐOÁN: mục không đánh số trong Kế hoạch; số 1 do bản nháp đặt"));
        assertEquals("ban-tuyen-giao-tinh-uy", d.yaml.get("plan").get("monitoring_body").asText());
        assertEquals("Hồ Quốc Dũng", d.yaml.get("plan").get("signature").get("name").asText());
        assertEquals(List.of(), d.errors());
    }

    @Test
    void aTableOfTasks() throws IOException {
        Draft d = draft(DIR.resolve("variant-table.md"));
        assertEquals(List.of("1 Công tác tuyên truyền", "2 Công tác vận động nhân dân"),
                toList(d.yaml.get("sections"), s -> s.get("id").asText() + " " + s.get("title").asText()));
        assertEquals(List.of("1.1", "1.2", "2.1", "2.2", "III.1"), d.tasks().stream().map(t -> t.get("id").asText()).toList());
        assertEquals(List.of("bao-binh-dinh", "dai-phat-thanh-truyen-hinh-tinh"), ids(d.task("1.2").get("coordinators")));
        assertEquals(List.of("ubmttq-tinh"), ids(d.task("2.1").get("leads")));
        assertEquals(List.of("ubnd-tinh"), ids(d.task("2.1").get("coordinators")));
        assertEquals("Quý I/2024", d.task("1.1").get("timeframe").asText());
        assertEquals("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", d.body("ubmttq-tinh").get("name").asText());
        assertEquals("ĐẢNG BỘ TỈNH BÌNH ĐỊNH", d.yaml.get("plan").get("parent").asText());
        assertEquals("2024-Q1", d.yaml.get("reporting").get("term").get("start").asText());
        assertEquals(List.of(), d.errors());
    }

    /** A Word document of the same plan gives the same draft as its text: paragraphs, bold headings, Word's bullets and a table. */
    @Test
    void aWordDocumentGivesTheDraftItsTextGives(@TempDir Path tmp) throws IOException {
        for (String name : List.of("variant-letters.txt", "variant-bullets.md", "variant-table.md")) {
            Path docx = tmp.resolve(name.replaceFirst("\\.\\w+$", ".docx"));
            wordOf(DIR.resolve(name), docx);
            String fromText = Facade.importPlan(DIR.resolve(name), name, "draft.yaml").yaml();
            String fromWord = Facade.importPlan(docx, docx.getFileName().toString(), "draft.yaml").yaml();
            assertNotNull(fromWord, name);
            assertEquals(body(fromText), body(fromWord), name);
        }
    }

    /** The YAML after its first line (which names the source file). */
    private static String body(String yaml) { return yaml.substring(yaml.indexOf('\n') + 1); }

    /** A .docx of a text plan: "**…**" and "# …" lines bold, "- " lines Word bullets, Markdown tables Word tables. */
    static void wordOf(Path text, Path docx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            java.math.BigInteger bullets = bulletNumbering(doc);
            XWPFTable table = null;
            for (String raw : Files.readAllLines(text, StandardCharsets.UTF_8)) {
                String line = raw.strip();
                if (line.isEmpty()) { table = null; continue; }
                if (line.startsWith("|")) {
                    if (line.matches("\\|[-|\\s:]+\\|?")) continue;
                    String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
                    var row = table == null ? (table = doc.createTable(1, cells.length)).getRow(0) : table.createRow();
                    for (int i = 0; i < cells.length; i++) row.getCell(i).setText(cells[i].strip());
                    continue;
                }
                table = null;
                boolean bold = line.startsWith("#") || line.startsWith("**") && line.endsWith("**");
                String words = line.replaceFirst("^#+\\s*", "").replace("**", "");
                XWPFParagraph p = doc.createParagraph();
                if (words.startsWith("- ")) {
                    p.setNumID(bullets);
                    words = words.substring(2);
                }
                XWPFRun r = p.createRun();
                r.setBold(bold);
                r.setText(words);
            }
            doc.write(out);
        }
    }

    private static java.math.BigInteger bulletNumbering(XWPFDocument doc) {
        var numbering = doc.createNumbering();
        var abs = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(java.math.BigInteger.ZERO);
        var lvl = abs.addNewLvl();
        lvl.setIlvl(java.math.BigInteger.ZERO);
        lvl.addNewNumFmt().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat.BULLET);
        lvl.addNewLvlText().setVal("-");
        var abstractId = numbering.addAbstractNum(new org.apache.poi.xwpf.usermodel.XWPFAbstractNum(abs));
        return numbering.addNum(abstractId);
    }

    @Test
    void whatCannotBeReadIsSaidAndNoDraftIsMade(@TempDir Path tmp) throws IOException {
        Path doc = tmp.resolve("ke-hoach.doc");
        Files.write(doc, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        assertEquals("document-format", only(doc));
        Path latin = tmp.resolve("ke-hoach.txt");
        Files.write(latin, "K\u1EBE HO\u1EA0CH".getBytes(java.nio.charset.Charset.forName("UTF-16LE")));
        assertEquals("document-not-utf8", only(latin));
        Path none = tmp.resolve("thu.md");
        Files.writeString(none, "# Thư mời\n\nKính mời các đồng chí dự họp.\n", StandardCharsets.UTF_8);
        assertEquals("document-no-tasks", only(none));
        Path broken = tmp.resolve("hong.docx");
        Files.write(broken, "PK\u0003\u0004 not a zip".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("document-unreadable", only(broken));
    }

    private static String only(Path doc) {
        Facade.Imported r = Facade.importPlan(doc, doc.getFileName().toString(), "draft.yaml");
        assertNull(r.yaml());
        List<Diagnostic> ds = r.diagnostics().sorted();
        assertEquals(1, ds.size(), ds.toString());
        assertEquals(Code.INPUT, ds.get(0).code());
        return ds.get(0).variant();
    }

    @Test
    void readsBodiesOfAListAsAnOfficeWritesThem() {
        assertEquals(List.of("Các cấp ủy đảng", "chính quyền", "Mặt trận Tổ quốc Việt Nam", "các tổ chức chính trị - xã hội tỉnh"),
                DraftBodies.split("Các cấp ủy đảng, chính quyền, Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội tỉnh", List.of()));
        assertEquals(List.of("Đảng đoàn Mặt trận Tổ quốc Việt Nam", "Đảng đoàn các tổ chức chính trị - xã hội tỉnh", "Ban Thường vụ Tỉnh đoàn"),
                DraftBodies.split("Đảng đoàn Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội tỉnh, Ban Thường vụ Tỉnh đoàn", List.of()));
        assertEquals(List.of("Ủy ban nhân dân tỉnh", "các sở, ban, ngành liên quan", "Liên đoàn Lao động tỉnh"),
                DraftBodies.split("Ủy ban nhân dân tỉnh, các sở, ban, ngành liên quan, Liên đoàn Lao động tỉnh.", List.of()));
        assertEquals(List.of("Ban Tuyên giáo và Dân vận Tỉnh ủy", "Sở Văn hóa, Thể thao và Du lịch"),
                DraftBodies.split("Ban Tuyên giáo và Dân vận Tỉnh ủy; Sở Văn hóa, Thể thao và Du lịch", List.of()));
        assertEquals(DraftBodies.key("UBND tỉnh"), DraftBodies.key("Ủy ban nhân dân tỉnh"));
        assertEquals(DraftBodies.key("Các sở, ban, ngành có liên quan"), DraftBodies.key("sở, ban, ngành liên quan"));
        assertEquals("dang-doan-ldld-tinh", DraftBodies.idOf("Đảng đoàn LĐLĐ tỉnh"));
        assertEquals("bcsd-ubnd-tinh", DraftBodies.idOf("Ban cán sự đảng Ủy ban nhân dân tỉnh"));
        Map<String, String> kinds = new LinkedHashMap<>();
        for (String n : List.of("Ban Thường vụ Tỉnh ủy", "Ban Dân vận Tỉnh ủy", "Đảng đoàn HĐND tỉnh", "UBND tỉnh", "Ủy ban MTTQ Việt Nam tỉnh",
                "Hội Nông dân tỉnh", "Liên đoàn Lao động tỉnh", "Ban Chỉ đạo 35 tỉnh", "Các sở, ban, ngành")) kinds.put(n, DraftBodies.kindOf(n));
        assertEquals(List.of("party-committee", "party-board", "party-delegation", "government", "front", "mass-organisation",
                "labour-federation", "steering-committee", "group"), List.copyOf(kinds.values()));
    }

}
