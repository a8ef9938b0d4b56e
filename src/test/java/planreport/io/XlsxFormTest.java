package planreport.io;

import planreport.render.forms.ReportForm;
import planreport.render.forms.XlsxForm;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import planreport.check.Code;
import planreport.check.Diagnostic;
import planreport.check.Diagnostics;
import planreport.cli.CliRun;
import planreport.cli.ExitCode;
import planreport.model.Lang;
import planreport.model.Plan;

/** forms --format xlsx (the default): workbooks a unit fills in Excel, which then validate. */
class XlsxFormTest {
    /** A form filled as a unit would in Excel: statuses from the list, date cells, numbers; returns the rows filled. */
    static int fill(Path file) throws Exception {
        int n = 0;
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sh = wb.getSheet("Báo cáo");
            XSSFRow h = sh.getRow(0);
            java.util.Map<String, Integer> col = new java.util.HashMap<>();
            for (int c = 0; c < h.getLastCellNum(); c++) col.put(h.getCell(c).getStringCellValue(), c);
            for (int r = 1; r <= sh.getLastRowNum(); r++) {
                XSSFRow row = sh.getRow(r);
                switch (r % 3) {
                    case 0 -> {
                        row.getCell(col.get("Tình trạng")).setCellValue("Hoàn thành");
                        row.getCell(col.get("Tiến độ")).setCellValue(100);
                        row.getCell(col.get("Ngày hoàn thành")).setCellValue(LocalDate.of(2022, 6, 20));
                    }
                    case 1 -> {
                        row.getCell(col.get("Tình trạng")).setCellValue("Đang thực hiện");
                        row.getCell(col.get("Tiến độ")).setCellValue(60);
                    }
                    default -> row.getCell(col.get("Tình trạng")).setCellValue("Chưa thực hiện");
                }
                row.getCell(col.get("Ngày báo cáo")).setCellValue(LocalDate.of(2022, 7, 10));
                // each unit's own words (the same sentence from two units would be repeated-result)
                row.getCell(col.get("Kết quả")).setCellValue("Tổ chức 3 hội nghị đối thoại với người lao động;\nkết nạp đoàn viên mới tại "
                        + row.getCell(col.get("Đơn vị")).getStringCellValue());
                String task = row.getCell(col.get("Nhiệm vụ")).getStringCellValue();
                for (String name : col.keySet()) {
                    if (name.equals("Số đoàn viên kết nạp mới") && task.equals("2.2")) row.getCell(col.get(name)).setCellValue(1250);
                }
                n++;
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return n;
    }

    static List<Path> forms(Path dir, String ext) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(ext)).sorted().toList();
        }
    }

    @Test
    void filledWorkbooksValidate(@TempDir Path dir) throws Exception {
        assertEquals(ExitCode.OK, CliRun.of("forms", "--plan", "plan.yaml", "--period", "2022-Q2", "--out", dir.toString()).exit());
        List<Path> files = forms(dir, ".xlsx");
        assertTrue(files.size() > 50, "one workbook per unit with work: " + files.size());
        assertTrue(Files.exists(dir.resolve("HUONG-DAN.pdf")));
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(dir.resolve("HUONG-DAN.pdf").toFile())) {
            String first = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).lines().filter(l -> !l.isBlank()).limit(2)
                    .map(l -> l.replace('\u00a0', ' ').strip()).reduce("", (x, y) -> x + "|" + y);
            // the period is never split: the title's first line ends with it, or it is the second line
            assertTrue(first.matches("\\|[^|]*QUÝ II NĂM 2022(\\|.*)?") || first.matches("\\|[^|]*\\|QUÝ II NĂM 2022"),
                    "the title's period on one line: " + first);
        }
        int n = 0;
        for (Path f : files) n += fill(f);
        assertTrue(n > 100, "rows filled: " + n);
        Plan plan = PlanReader.read(Path.of("plan.yaml"), "plan.yaml").plan();
        Diagnostics ds = new Diagnostics();
        ds.addAll(planreport.Pipeline.over(plan).sources(files.stream().map(p -> new Source(p.toString(), p)).toList()).charset(null).asOf(LocalDate.of(2022, 7, 20)).build().validate(null, true).diagnostics());
        assertEquals(0, ds.errors(), () -> ds.sorted().stream().limit(5).map(d -> d.format(Lang.EN)).toList().toString());
        for (Diagnostic d : ds.sorted()) {
            if (d.code() == Code.DONE_ONGOING) continue; // the filler reports some ongoing tasks "Hoàn thành": said, rightly
            assertEquals(Code.MISSING_REPORT, d.code(), d.format(Lang.EN));
        }
    }

    /**
     * A filled form opened and saved again by LibreOffice Calc (soffice --headless --convert-to xlsx), as a
     * unit's spreadsheet program would save it: kept as a fixture so this runs everywhere.
     */
    @Test
    void aFormSavedByLibreOfficeValidates() {
        Path f = Path.of("src/test/resources/forms/2022-Q2_ldld-tinh.libreoffice.xlsx");
        CliRun r = CliRun.of("validate", "--lang", "en", "--plan", "plan.yaml", "--as-of", "2022-07-20", "--format", "json", f.toString());
        assertEquals(ExitCode.OK, r.exit(), r.output());
        assertTrue(!r.out().contains("\"error\""), r.out());
    }

    /**
     * The share of its on-screen size a sheet prints at when its columns fit landscape A4's width: a character
     * of the default font is about 1.9 mm, and 277 mm less 0.4" margins hold 145 of them at full size.
     */
    static double printedShare(XSSFSheet sh) {
        int chars = 0;
        for (int c = 0; c < sh.getRow(0).getLastCellNum(); c++) chars += sh.getColumnWidth(c) / 256;
        return (297 - 2 * 0.4 * 25.4) / (chars * 1.9);
    }

    /** A district committee's form (two measures) prints at 2/3 of its size or more: 11 pt becomes 7.5 pt or larger. */
    @Test
    void aUnitsFormPrintsReadablyOnOnePageWidth(@TempDir Path dir) throws Exception {
        assertEquals(ExitCode.OK, CliRun.of("forms", "--plan", "plan.yaml", "--period", "2022-Q2", "--out", dir.toString()).exit());
        for (String unit : List.of("huyen-uy-mo-duc", "ubnd-tinh")) {
            try (InputStream in = Files.newInputStream(dir.resolve("2022-Q2_" + unit + ".xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                XSSFSheet sh = wb.getSheetAt(0);
                assertTrue(sh.getFitToPage() && sh.getPrintSetup().getFitWidth() == 1 && sh.getPrintSetup().getLandscape());
                assertTrue(printedShare(sh) >= 0.66, unit + " printed at " + Math.round(100 * printedShare(sh)) + "%");
            }
        }
    }

    @Test
    void theWorkbookIsAFormWithListsDatesAndLockedContext(@TempDir Path dir) throws Exception {
        assertEquals(ExitCode.OK, CliRun.of("forms", "--plan", "plan.yaml", "--period", "2022-Q2", "--out", dir.toString()).exit());
        try (InputStream in = Files.newInputStream(dir.resolve("2022-Q2_dang-doan-ldld-tinh.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals("Báo cáo", wb.getSheetName(0));
            assertEquals("Hướng dẫn", wb.getSheetName(1));
            XSSFSheet sh = wb.getSheetAt(0);
            assertTrue(sh.getProtect(), "the sheet is protected");
            assertTrue(sh.getPaneInformation().isFreezePane());
            XSSFRow h = sh.getRow(0);
            assertEquals("Tên nhiệm vụ", h.getCell(3).getStringCellValue());
            assertEquals("Thời hạn", h.getCell(4).getStringCellValue());
            XSSFRow r1 = sh.getRow(1);
            assertTrue(r1.getCell(0).getCellStyle().getLocked(), "context locked");
            assertTrue(!r1.getCell(5).getCellStyle().getLocked(), "input unlocked");
            assertEquals("dd/mm/yyyy", r1.getCell(7).getCellStyle().getDataFormatString());
            boolean list = false;
            for (DataValidation v : sh.getDataValidations()) {
                String[] values = v.getValidationConstraint().getExplicitListValues();
                if (values != null) list = List.of(values).equals(List.of("Hoàn thành", "Đang thực hiện", "Chưa thực hiện"));
            }
            assertTrue(list, "Tình trạng is a drop-down of the statuses");
            // printed: landscape A4, the columns fit the page's width at a readable size, the header row on every page
            assertTrue(sh.getFitToPage() && sh.getPrintSetup().getFitWidth() == 1 && sh.getPrintSetup().getFitHeight() == 0);
            assertTrue(sh.getPrintSetup().getLandscape());
            assertEquals(0, sh.getRepeatingRows().getFirstRow());
            assertEquals(0, sh.getRepeatingRows().getLastRow());
            // the Labour Federation reports ten measures, a column each: its form still prints at half size or more
            assertTrue(printedShare(sh) >= 0.5, "printed at " + Math.round(100 * printedShare(sh)) + "%");
            assertTrue(wb.getSheetAt(1).getRow(0).getCell(0).getStringCellValue().startsWith("Hướng dẫn"));
            // the instructions print on a portrait page: every row as tall as its wrapped lines, the column on the page's width
            XSSFSheet g = wb.getSheetAt(1);
            assertTrue(g.getFitToPage() && g.getPrintSetup().getFitWidth() == 1 && !g.getPrintSetup().getLandscape());
            assertTrue(g.getColumnWidth(0) <= 70 * 256, "the column fits a portrait A4 page");
            boolean tall = false;
            for (int i = 1; i <= g.getLastRowNum(); i++) {
                String text = g.getRow(i).getCell(0).getStringCellValue();
                float lines = g.getRow(i).getHeightInPoints() / 15f;
                assertTrue(lines >= Math.ceil(text.length() / 70.0) - 0.01, "row " + i + " too short for " + text.length() + " characters");
                tall |= lines >= 2;
            }
            assertTrue(tall, "long lines get rows of two lines or more");
        }
    }

    @Test
    void formulaLeadingTextIsNeverAFormula(@TempDir Path dir) throws Exception {
        Plan plan = PlanReader.read(Path.of("plan.yaml"), "plan.yaml").plan();
        var tasks = List.of(plan.tasks().get(0));
        byte[] x = XlsxForm.write(plan, "=1+1", "@SUM(A1)", tasks, List.of("-2"), List.of("+cmd"), LocalDate.of(2021, 10, 1), LocalDate.of(2022, 6, 30));
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(x))) {
            XSSFCell unit = wb.getSheetAt(0).getRow(1).getCell(0);
            assertEquals(CellType.STRING, unit.getCellType());
            assertEquals("=1+1", unit.getStringCellValue());
            assertEquals(CellType.STRING, wb.getSheetAt(0).getRow(1).getCell(1).getCellType());
            assertEquals(CellType.STRING, wb.getSheetAt(1).getRow(0).getCell(0).getCellType());
        }
        String csv = new String(ReportForm.write(plan, "=1+1", "@SUM(A1)", tasks), StandardCharsets.UTF_8);
        assertTrue(csv.contains("\r\n'=1+1;'@SUM(A1);"), csv);
        for (String s : List.of("=x", "+x", "-x", "@x", "\tx", "\rx")) assertEquals("'" + s, ReportForm.neutral(s));
        assertEquals("Hoàn thành", ReportForm.neutral("Hoàn thành"));
        // the same form, the same bytes
        assertArrayEquals(x, XlsxForm.write(plan, "=1+1", "@SUM(A1)", tasks, List.of("-2"), List.of("+cmd"), LocalDate.of(2021, 10, 1),
                LocalDate.of(2022, 6, 30)));
    }
}
