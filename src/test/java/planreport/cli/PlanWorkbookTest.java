package planreport.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import planreport.Facade;
import planreport.check.Diagnostic;
import planreport.check.Diagnostics;
import planreport.io.PlanReader;
import planreport.io.PlanWorkbook;
import planreport.model.Lang;
import planreport.render.forms.PlanWorkbookWriter;

/**
 * The plan kept in a workbook: plan.yaml → xlsx → plan.yaml gives the same plan (the shipped one, its
 * tree and what show prints of it), also after LibreOffice has saved the workbook again; the values an
 * office edits come back typed as the plan wants them; every bad cell is named by sheet and cell.
 */
class PlanWorkbookTest {
    private static final Path PLAN = Path.of("plan.yaml");

    private static ObjectNode shipped() throws IOException { return PlanWorkbook.tree(Files.readString(PLAN)); }

    private static Path exported(Path dir) throws IOException {
        Path out = dir.resolve("ke hoach (sửa).xlsx");
        Files.write(out, PlanWorkbookWriter.write(shipped()));
        return out;
    }

    private static PlanWorkbook.Result read(Path file, Diagnostics found) { return PlanWorkbook.read(file, file.getFileName().toString(), found); }

    @Test
    void theShippedPlanRoundTripsUnchanged(@TempDir Path tmp) throws IOException {
        Path xlsx = exported(tmp);
        Diagnostics found = new Diagnostics();
        PlanWorkbook.Result back = read(xlsx, found);
        assertEquals(0, found.errors(), found.sorted().toString());
        assertTrue(shipped().equals(back.tree()), difference(shipped(), back.tree(), ""));
        // the YAML it writes is the same plan to every command: what show prints of it is the same
        var original = PlanReader.read(PLAN, "plan.yaml");
        var again = PlanReader.parse(back.yaml(), "plan.yaml");
        assertNotNull(again.plan(), again.diagnostics().toString());
        assertEquals(original.diagnostics().stream().map(Diagnostic::key).toList(), again.diagnostics().stream().map(Diagnostic::key).toList());
        assertEquals(Facade.show(original.plan(), Lang.VI, true), Facade.show(again.plan(), Lang.VI, true));
        assertEquals(Facade.show(original.plan(), Lang.VI, false), Facade.show(again.plan(), Lang.VI, false));
        // the same plan, the same bytes
        assertArrayEquals(Files.readAllBytes(xlsx), PlanWorkbookWriter.write(shipped()));
    }

    /** Edits a cell of the exported workbook: the row whose column {@code keyCol} reads {@code key}, column {@code col}. */
    private static void edit(Path xlsx, String sheet, int keyCol, String key, int col, Consumer<Cell> change) throws IOException {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(xlsx)) {
            wb = new XSSFWorkbook(in);
        }
        Sheet sh = wb.getSheet(sheet);
        boolean done = false;
        for (Row row : sh) {
            Cell k = row.getCell(keyCol);
            if (k != null && key.equals(k.toString())) {
                Cell c = row.getCell(col) == null ? row.createCell(col) : row.getCell(col);
                change.accept(c);
                done = true;
                break;
            }
        }
        assertTrue(done, sheet + ": " + key);
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            wb.write(out);
        }
        wb.close();
    }

    @Test
    void whatAnOfficeEditsComesBackAsThePlanWantsIt(@TempDir Path tmp) throws IOException {
        Path xlsx = exported(tmp);
        edit(xlsx, PlanWorkbook.PLAN, 1, "plan.number", 2, c -> c.setCellValue("125-KH/TU"));
        edit(xlsx, PlanWorkbook.PLAN, 1, "plan.date", 2, c -> {          // a date typed in Excel: a date cell
            CellStyle s = c.getSheet().getWorkbook().createCellStyle();
            s.setDataFormat(c.getSheet().getWorkbook().createDataFormat().getFormat("dd/mm/yyyy"));
            c.setCellStyle(s);
            c.setCellValue(LocalDate.of(2021, 10, 5));
        });
        edit(xlsx, PlanWorkbook.PLAN, 1, "reporting.term.end", 2, c -> c.setCellValue("Quý I năm 2026"));
        edit(xlsx, PlanWorkbook.PLAN, 1, "plan.signature.name", 2, c -> c.setCellValue("Nguyễn Văn A"));
        edit(xlsx, PlanWorkbook.SIGNERS, 1, "K/T TRƯỞNG BAN", 3, c -> c.setCellValue("Trần Thị B"));
        edit(xlsx, PlanWorkbook.BODIES, 0, "huyen-uy-ba-to", 8, c -> c.setCellValue("vanthu.hu-ba-to@quangngai.example"));
        edit(xlsx, PlanWorkbook.BODIES, 0, "huyen-uy-ba-to", 5, c -> c.setCellValue("30/6/2025"));
        edit(xlsx, PlanWorkbook.TASKS, 2, "2.1", 8, c -> c.setCellValue("so-nganh-lien-quan\nubmttq-tinh"));
        Diagnostics found = new Diagnostics();
        ObjectNode plan = read(xlsx, found).tree();
        assertEquals(0, found.errors(), found.sorted().toString());
        assertEquals("125-KH/TU", plan.path("plan").path("number").asText());
        assertEquals("2021-10-05", plan.path("plan").path("date").asText());
        assertEquals("2026-Q1", plan.path("reporting").path("term").path("end").asText());
        assertEquals("Nguyễn Văn A", plan.path("plan").path("signature").path("name").asText());
        assertEquals("Trần Thị B", plan.path("reporting").path("signers").get(2).path("name").asText());
        ObjectNode baTo = null;
        for (var b : plan.path("bodies")) if (b.path("id").asText().equals("huyen-uy-ba-to")) baTo = (ObjectNode) b;
        assertNotNull(baTo);
        assertEquals("vanthu.hu-ba-to@quangngai.example", baTo.path("contact").path("email").asText());
        assertEquals("2025-06-30", baTo.path("until").asText());
        var coordinators = plan.path("sections").get(1).path("tasks").get(0).path("coordinators");
        assertEquals("[\"so-nganh-lien-quan\",\"ubmttq-tinh\"]", coordinators.toString());
        // everything else as it was
        ObjectNode expected = shipped();
        ((ObjectNode) expected.path("plan")).put("number", "125-KH/TU").put("date", "2021-10-05");
        ((ObjectNode) expected.path("plan").path("signature")).put("name", "Nguyễn Văn A");
        ((ObjectNode) expected.path("reporting").path("term")).put("end", "2026-Q1");
        ((ObjectNode) expected.path("reporting").path("signers").get(2)).put("name", "Trần Thị B");
        for (var b : expected.path("bodies")) if (b.path("id").asText().equals("huyen-uy-ba-to")) ((ObjectNode) b).putObject("contact").put("email", "vanthu.hu-ba-to@quangngai.example");
        var task = (ObjectNode) expected.path("sections").get(1).path("tasks").get(0);
        task.putArray("coordinators").add("so-nganh-lien-quan").add("ubmttq-tinh");
        assertTrue(expected.equals(plan), difference(expected, plan, ""));
    }

    @Test
    void everyBadCellIsNamedBySheetAndCell(@TempDir Path tmp) throws IOException {
        Path xlsx = exported(tmp);
        edit(xlsx, PlanWorkbook.BODIES, 0, "huyen-uy-ba-to", 5, c -> c.setCellValue("31/02/2025"));
        edit(xlsx, PlanWorkbook.TASKS, 2, "1.2", 7, c -> c.setCellValue("dang-doan-ldld-tinhh"));
        edit(xlsx, PlanWorkbook.PLAN, 1, "reporting.term.end", 2, c -> c.setCellValue("Quý V năm 2026"));
        edit(xlsx, PlanWorkbook.PLAN, 1, "plan.place", 1, c -> c.setCellValue("plan..place"));
        Diagnostics found = new Diagnostics();
        assertNull(read(xlsx, found).yaml());
        List<String> lines = new ArrayList<>();
        for (Diagnostic d : found.sorted()) lines.add(d.format(Lang.VI));
        String all = String.join("\n", lines);
        assertEquals(4, found.errors(), all);
        assertTrue(all.matches("(?s).*ke hoach \\(sửa\\)\\.xlsx:Cơ quan!F\\d+: lỗi\\[plan-workbook\\]: “31/02/2025” không phải là một ngày.*"), all);
        assertTrue(all.matches("(?s).*Nhiệm vụ!H\\d+: lỗi\\[plan-workbook\\]: không có cơ quan mã “dang-doan-ldld-tinhh”.*dang-doan-ldld-tinh.*"), all);
        assertTrue(all.matches("(?s).*Kế hoạch!C\\d+: lỗi\\[plan-workbook\\]: “Quý V năm 2026” không phải là một quý.*"), all);
        assertTrue(all.matches("(?s).*Kế hoạch!B\\d+: lỗi\\[plan-workbook\\]: Khóa “plan..place” không đúng dạng.*"), all);
        // the same in English
        assertTrue(found.sorted().get(0).format(Lang.EN).contains("error[plan-workbook]"));
    }

    @Test
    void aWorkbookOfAnotherKindSaysWhichSheetIsMissing(@TempDir Path tmp) throws IOException {
        Path xlsx = tmp.resolve("bao-cao.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            wb.createSheet("Báo cáo");
            wb.write(out);
        }
        Diagnostics found = new Diagnostics();
        assertNull(read(xlsx, found).tree());
        assertTrue(found.sorted().stream().anyMatch(d -> d.format(Lang.VI).contains("không có trang tính “Kế hoạch”")), found.sorted().toString());
        Files.writeString(tmp.resolve("hong.xlsx"), "not a zip");
        Diagnostics damaged = new Diagnostics();
        assertNull(read(tmp.resolve("hong.xlsx"), damaged).tree());
        assertTrue(damaged.sorted().get(0).format(Lang.VI).contains("lưu lại thành .xlsx"), damaged.sorted().toString());
    }

    /** The workbook opened in LibreOffice and saved again (as Excel 2007-365) still reads as the same plan. */
    @Test
    void savedAgainByLibreOfficeItIsStillThePlan(@TempDir Path tmp) throws Exception {
        boolean soffice = false;
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) soffice |= Files.isExecutable(Path.of(dir, "soffice"));
        assumeTrue(soffice, "needs LibreOffice (soffice)");
        Path xlsx = tmp.resolve("in").resolve("plan.xlsx");
        Files.createDirectories(xlsx.getParent());
        Files.write(xlsx, PlanWorkbookWriter.write(shipped()));
        Path outDir = tmp.resolve("out");
        Process p = new ProcessBuilder("soffice", "-env:UserInstallation=file://" + tmp.resolve("profile"), "--headless", "--convert-to",
                "xlsx:Calc MS Excel 2007 XML", "--outdir", outDir.toString(), xlsx.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "soffice ended");
        Path saved = outDir.resolve("plan.xlsx");
        assertTrue(Files.isRegularFile(saved), out);
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(xlsx), Files.readAllBytes(saved)), "LibreOffice wrote its own file");
        Diagnostics found = new Diagnostics();
        PlanWorkbook.Result back = read(saved, found);
        assertEquals(0, found.errors(), found.sorted().toString());
        assertTrue(shipped().equals(back.tree()), difference(shipped(), back.tree(), ""));
    }

    @Test
    void exportAndImportOnTheCommandLine(@TempDir Path tmp) throws IOException {
        Path xlsx = tmp.resolve("Kế hoạch (x86)").resolve("ke-hoach.xlsx");
        CliRun r = CliRun.of("plan", "export", "--out", xlsx.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("đã ghi " + xlsx), r.out());
        assertEquals(2, CliRun.of("plan", "export", "--out", xlsx.toString()).code(), "an existing file is kept");
        assertEquals(2, CliRun.of("plan", "export", "--out", "plan.yaml", "--overwrite").code(), "never over the plan");
        Path yaml = tmp.resolve("plan.yaml");
        CliRun back = CliRun.of("plan", "import", xlsx.toString(), "--out", yaml.toString());
        assertEquals(0, back.code(), back.out() + back.err());
        assertEquals(shipped(), PlanWorkbook.tree(Files.readString(yaml)));
        CliRun show = CliRun.of("show", "--plan", yaml.toString(), "--format", "json");
        assertEquals(CliRun.of("show", "--format", "json").out(), show.out());
    }

    /** Where two trees first differ, as a path and the two values (for a failing assertion's message). */
    static String difference(com.fasterxml.jackson.databind.JsonNode a, com.fasterxml.jackson.databind.JsonNode b, String at) {
        if (a == null || b == null || a.getNodeType() != b.getNodeType()) return at + ": " + a + " ≠ " + b;
        if (a.isObject()) {
            java.util.Set<String> keys = new java.util.TreeSet<>();
            a.fieldNames().forEachRemaining(keys::add);
            b.fieldNames().forEachRemaining(keys::add);
            for (String k : keys) if (!java.util.Objects.equals(a.get(k), b.get(k))) return difference(a.get(k), b.get(k), at + "." + k);
        } else if (a.isArray()) {
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) if (!java.util.Objects.equals(a.get(i), b.get(i))) return difference(a.get(i), b.get(i), at + "[" + i + "]");
        } else if (!a.equals(b)) {
            return at + ": " + a + " ≠ " + b;
        }
        return "equal";
    }
}
