package planreport.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import planreport.check.Code;
import planreport.check.Diagnostic;
import planreport.check.Diagnostics;
import planreport.cli.CliRun;
import planreport.cli.ExitCode;
import planreport.model.Lang;
import planreport.model.Plan;
import planreport.model.ReportColumn;
import planreport.model.ReportRow;

/** Unit reports as Excel workbooks: typed cells, positions by sheet and cell, and every workbook that cannot be read. */
class XlsxIntakeTest {
    static Plan plan;

    @BeforeAll
    static void load() throws Exception {
        plan = PlanReader.read(Path.of("plan.yaml"), "plan.yaml").plan();
    }

    static final String[] HEADER = {"Đơn vị", "Kỳ báo cáo", "Nhiệm vụ", "Tình trạng", "Tiến độ", "Ngày hoàn thành", "Ngày báo cáo", "Kết quả"};

    /** A unit's workbook: a hidden sheet first, a title over the header on "Báo cáo", typed cells, merges, a formula, trailing blank rows. */
    static void unitWorkbook(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            unitWorkbook(file, wb);
        }
    }

    /** {@link #unitWorkbook(Path)} in the workbook {@code wb} (an .xlsx or an .xls). */
    static void unitWorkbook(Path file, org.apache.poi.ss.usermodel.Workbook wb) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            Sheet hidden = wb.createSheet("Danh mục");
            hidden.createRow(0).createCell(0).setCellValue("unit");
            wb.setSheetHidden(0, true);
            Sheet other = wb.createSheet("Ghi chú");
            other.createRow(0).createCell(0).setCellValue("Ghi chú của đơn vị");
            Sheet sh = wb.createSheet("Báo cáo");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            sh.createRow(0).createCell(0).setCellValue("BÁO CÁO TIẾN ĐỘ QUÝ II/2022");
            Row h = sh.createRow(2);
            for (int i = 0; i < HEADER.length; i++) h.createCell(i).setCellValue(HEADER[i]);
            // row 4: a date cell, a number, a formula; the unit merged down over rows 4-5
            Row r4 = sh.createRow(3);
            r4.createCell(0).setCellValue("Liên đoàn Lao động tỉnh");
            r4.createCell(1).setCellValue("2022-Q2");
            r4.createCell(2).setCellValue("5");
            r4.createCell(3).setCellValue("Đang thực hiện");
            r4.createCell(4).setCellFormula("40+20");
            r4.createCell(6).setCellValue(LocalDate.of(2022, 7, 5));
            r4.getCell(6).setCellStyle(date);
            r4.createCell(7).setCellValue("Tổ chức 6 cuộc đối thoại");
            Row r5 = sh.createRow(4);
            r5.createCell(1).setCellValue("2022-Q2");
            r5.createCell(2).setCellValue("III.7");
            // a date cell in the status column: the status rule's own code
            r5.createCell(3).setCellValue(LocalDate.of(2022, 6, 30));
            r5.getCell(3).setCellStyle(date);
            r5.createCell(6).setCellValue("05/07/2022"); // text that looks like a date
            sh.addMergedRegion(new CellRangeAddress(3, 4, 0, 0));
            sh.createRow(7); // trailing empty rows with nothing in them
            sh.createRow(8).createCell(2).setCellValue(" ");
            wb.setActiveSheet(2);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll(); // the cached values Excel stores
            wb.write(out);
        }
    }

    static List<ReportRow> rows(Path file, Diagnostics ds) {
        List<ReportRow> rows = new ArrayList<>();
        XlsxReader.read(file.toFile(), file.getFileName().toString(), 0, plan, ds, rows::add);
        return rows;
    }

    @Test
    void typedCellsReachTheRulesAsACsvWouldHoldThem(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("2022-Q2_ldld-tinh.xlsx");
        unitWorkbook(f);
        Diagnostics ds = new Diagnostics();
        List<ReportRow> rows = rows(f, ds);
        assertEquals(0, ds.sorted().size(), ds.sorted().toString());
        assertEquals(2, rows.size());
        ReportRow a = rows.get(0), b = rows.get(1);
        assertEquals(4, a.line());
        assertEquals("Liên đoàn Lao động tỉnh", a.get(ReportColumn.UNIT));
        assertEquals("60", a.get(ReportColumn.PROGRESS), "a formula's cached value");
        assertEquals("2022-07-05", a.get(ReportColumn.SUBMITTED_ON), "a date cell as its ISO date");
        assertEquals("Liên đoàn Lao động tỉnh", b.get(ReportColumn.UNIT), "merged down");
        assertEquals("2022-06-30", b.get(ReportColumn.STATUS));
        assertEquals("05/07/2022", b.get(ReportColumn.SUBMITTED_ON), "text stays text");
        assertEquals("", b.get(ReportColumn.PROGRESS));
    }

    @Test
    void diagnosticsNameTheSheetAndTheCell(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("2022-Q2_ldld-tinh.xlsx");
        unitWorkbook(f);
        CliRun r = CliRun.of("validate", "--lang", "en", "--plan", "plan.yaml", "--as-of", "2022-07-20", f.toString());
        assertEquals(ExitCode.ERRORS, r.exit(), r.output());
        assertTrue(r.out().contains(f + ":Báo cáo!D5: error[bad-status]: "), r.out().lines().filter(l -> !l.contains("missing-report")).toList().toString());
        CliRun j = CliRun.of("validate", "--lang", "en", "--plan", "plan.yaml", "--as-of", "2022-07-20", "--format", "json", f.toString());
        com.fasterxml.jackson.databind.JsonNode bad = null;
        for (var d : new com.fasterxml.jackson.databind.ObjectMapper().readTree(j.out()).get("diagnostics")) {
            if (d.get("code").asText().equals("bad-status")) bad = d;
        }
        assertEquals(5, bad.get("line").asInt(), bad.toString());
        assertEquals("Tình trạng", bad.get("column").asText());
        assertEquals("Báo cáo", bad.get("sheet").asText());
        assertEquals("D5", bad.get("cell").asText());
    }

    static Diagnostic only(Path f) {
        Diagnostics ds = new Diagnostics();
        ds.addAll(planreport.Pipeline.over(plan).sources(List.of(new Source(f.toString(), f))).charset(null).asOf(LocalDate.of(2022, 7, 20)).build().validate(null, true).diagnostics());
        List<Diagnostic> list = ds.sorted().stream().filter(d -> d.code() != Code.MISSING_REPORT).toList();
        assertEquals(1, list.size(), list.toString());
        return list.get(0);
    }

    @Test
    void aHiddenSheetIsNotReadEvenWithTheColumns(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("hidden.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            for (String name : List.of("Cũ", "Quý II")) {
                Sheet sh = wb.createSheet(name);
                Row h = sh.createRow(0);
                for (int i = 0; i < 4; i++) h.createCell(i).setCellValue(HEADER[i]);
                Row r = sh.createRow(1);
                r.createCell(0).setCellValue("Liên đoàn Lao động tỉnh");
                r.createCell(1).setCellValue(name.equals("Cũ") ? "2021-Q4" : "2022-Q2");
                r.createCell(2).setCellValue("5");
                r.createCell(3).setCellValue("Đang thực hiện");
            }
            wb.setSheetHidden(0, true);
            wb.setActiveSheet(1);
            wb.write(out);
        }
        Diagnostics ds = new Diagnostics();
        List<ReportRow> rows = rows(f, ds);
        assertEquals(1, rows.size());
        assertEquals("2022-Q2", rows.get(0).get(ReportColumn.PERIOD), "the first visible sheet, not the hidden one before it");
    }

    @Test
    void aWorkbookOnStandardInputIsReadAsAWorkbook(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("in.xlsx");
        unitWorkbook(f);
        java.io.InputStream saved = System.in;
        Diagnostics ds = new Diagnostics();
        List<ReportRow> rows = new ArrayList<>();
        try {
            System.setIn(new java.io.ByteArrayInputStream(Files.readAllBytes(f)));
            Reports.read(plan, List.of(new Source("<stdin>", null)), null, ds, rows::add, Reports.Progress.NONE);
        } finally {
            System.setIn(saved);
        }
        assertEquals(List.of(), ds.sorted());
        assertEquals(2, rows.size());
        assertEquals("<stdin>", rows.get(0).file());
        assertEquals("2022-07-05", rows.get(0).get(ReportColumn.SUBMITTED_ON));
    }

    @Test
    void anOldXlsIsReadWhateverItsName(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bao-cao.xls.xlsx");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("unit");
            wb.write(out);
        }
        // read as the .xls it is: its one sheet has no report header
        Diagnostic d = only(f);
        assertEquals("workbook.no-sheet", d.key());
        // named .csv, the bytes still say what it is
        Path csv = dir.resolve("renamed.csv");
        Files.copy(f, csv);
        assertEquals("workbook.no-sheet", only(csv).key());
    }

    @Test
    void aPasswordProtectedWorkbookSaysSo(@TempDir Path dir) throws Exception {
        Path plain = dir.resolve("plain.xlsx");
        unitWorkbook(plain);
        Path f = dir.resolve("mat-khau.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("123456");
            try (OutputStream os = enc.getDataStream(fs)) {
                Files.copy(plain, os);
            }
            try (OutputStream out = Files.newOutputStream(f)) {
                fs.writeFilesystem(out);
            }
        }
        Diagnostic d = only(f);
        assertEquals("workbook.encrypted", d.key());
        assertTrue(d.message(Lang.VI).contains("mật khẩu"));
    }

    @Test
    void aWorkbookWithoutTheColumnsNamesItsSheets(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("khac.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            Row r = wb.createSheet("Sheet1").createRow(0);
            r.createCell(0).setCellValue("STT");
            r.createCell(1).setCellValue("Nội dung");
            wb.write(out);
        }
        Diagnostic d = only(f);
        assertEquals("workbook.no-sheet", d.key());
        assertTrue(d.message(Lang.VI).contains("“Sheet1”"), d.message(Lang.VI));
    }

    @Test
    void notAWorkbookAtAll(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("hong.xlsx");
        Files.writeString(f, "unit,period\n");
        assertEquals("workbook.not-xlsx", only(f).key());
        Path zip = dir.resolve("zip.xlsx");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("hello.txt"));
            z.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(Code.WORKBOOK, only(zip).code());
    }

    /** Rewrites one entry of a workbook. */
    static void replace(Path in, Path out, String entry, byte[] content) throws Exception {
        try (ZipInputStream zi = new ZipInputStream(Files.newInputStream(in)); ZipOutputStream zo = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry e; (e = zi.getNextEntry()) != null; ) {
                zo.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(entry)) zo.write(content); else zi.transferTo(zo);
                zo.closeEntry();
            }
        }
    }

    @Test
    void aZipBombIsRefusedUnexpanded(@TempDir Path dir) throws Exception {
        Path plain = dir.resolve("plain.xlsx");
        unitWorkbook(plain);
        // a sheet of 300 MB of spaces compresses about 1000 to 1
        ByteArrayOutputStream sheet = new ByteArrayOutputStream();
        sheet.write("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                .getBytes(StandardCharsets.UTF_8));
        byte[] spaces = new byte[1 << 20];
        java.util.Arrays.fill(spaces, (byte) ' ');
        Path bomb = dir.resolve("bomb.xlsx");
        try (ZipInputStream zi = new ZipInputStream(Files.newInputStream(plain)); ZipOutputStream zo = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (ZipEntry e; (e = zi.getNextEntry()) != null; ) {
                zo.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet3.xml")) {
                    zo.write(sheet.toByteArray());
                    for (int i = 0; i < 300; i++) zo.write(spaces);
                    zo.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
                } else {
                    zi.transferTo(zo);
                }
                zo.closeEntry();
            }
        }
        assertTrue(Files.size(bomb) < 2_000_000, "the bomb is small: " + Files.size(bomb));
        long t = System.nanoTime();
        Diagnostic d = only(bomb);
        assertEquals("workbook.too-large", d.key(), d.format(Lang.EN));
        assertTrue(System.nanoTime() - t < 20_000_000_000L, "refused without expanding it all");
    }

    @Test
    void anExternalEntityIsNeverRead(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-MARKER");
        Path plain = dir.resolve("plain.xlsx");
        unitWorkbook(plain);
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY s SYSTEM \"" + secret.toUri() + "\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>unit</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>period</t></is></c>"
                + "<c r=\"C1\" t=\"inlineStr\"><is><t>task</t></is></c><c r=\"D1\" t=\"inlineStr\"><is><t>status</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&s;</t></is></c></row></sheetData></worksheet>";
        Path xxe = dir.resolve("xxe.xlsx");
        replace(plain, xxe, "xl/worksheets/sheet3.xml", xml.getBytes(StandardCharsets.UTF_8));
        CliRun r = CliRun.of("validate", "--lang", "en", "--plan", "plan.yaml", "--as-of", "2022-07-20", xxe.toString());
        assertFalse(r.output().contains("TOP-SECRET-MARKER"), r.output());
        assertEquals(ExitCode.ERRORS, r.exit(), r.output());
        assertTrue(r.out().contains("error[workbook]"), r.out());
        assertEquals("workbook.unsafe", only(xxe).key());
    }

    @Test
    void aFolderNamesWhatItDoesNotRead(@TempDir Path dir) throws Exception {
        Path reports = Files.createDirectories(dir.resolve("r"));
        Files.copy(Path.of("examples/reports/2022-Q2_ldld-tinh.csv"), reports.resolve("2022-Q2_ldld-tinh.csv"));
        Files.writeString(reports.resolve("ghi-chu.docx"), "x");
        Files.writeString(reports.resolve("~$2022-Q2.xlsx"), "lock");
        Files.createDirectories(reports.resolve("cu"));
        CliRun r = CliRun.of("validate", "--lang", "en", "--plan", "plan.yaml", "--as-of", "2022-07-20", reports.toString());
        assertTrue(r.out().contains("ghi-chu.docx: warning[ignored-file]"), r.out());
        assertTrue(r.out().contains("~$2022-Q2.xlsx: warning[ignored-file]"), r.out());
        assertTrue(r.out().contains("cu: warning[ignored-file]"), r.out());

        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("notes.txt"), "x");
        CliRun e = CliRun.of("validate", "--lang", "en", "--plan", "plan.yaml", empty.toString());
        assertEquals(ExitCode.USAGE, e.exit(), e.output());
        assertTrue(e.out().contains("holds no report"), e.out());

        CliRun blank = CliRun.of("validate", "--lang", "en", "--plan", "plan.yaml", "");
        assertEquals(ExitCode.USAGE, blank.exit(), blank.output());
        assertTrue(blank.output().contains("an argument is empty"), blank.output());

        Path link = dir.resolve("link.csv");
        Files.createSymbolicLink(link, dir.resolve("gone.csv"));
        CliRun l = CliRun.of("validate", "--lang", "en", "--plan", "plan.yaml", link.toString());
        assertEquals(ExitCode.USAGE, l.exit(), l.output());
        assertTrue(l.out().contains("no longer there"), l.output());
    }

    @Test
    void utf16AndTabsAndMixedEncodings(@TempDir Path dir) throws Exception {
        Path src = Path.of("examples/reports/2022-Q2_ldld-tinh.csv");
        Path u16 = dir.resolve("u16.csv");
        Files.write(u16, Workbooks.unicodeText(src));
        Path cp = dir.resolve("cp.csv");
        Files.write(cp, Workbooks.windows1258(Files.readString(src).replace("\uFEFF", "")));
        for (Path f : List.of(u16, cp)) {
            CliRun r = CliRun.of("validate", "--lang", "en", "--plan", "plan.yaml", "--as-of", "2023-07-20", f.toString());
            assertEquals(ExitCode.OK, r.exit(), r.output());
        }
        // UTF-8 text, then a byte that is not: the file mixes two encodings
        Path mixed = dir.resolve("mixed.csv");
        Files.write(mixed, concat(Files.readString(src).getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xF0, 'x', '\n'}));
        assertEquals("encoding.mixed", only(mixed).key());
    }

    /**
     * Issue 24, item 17: Excel's plain "CSV" whose only letters outside ASCII are "Â" followed by a no-break
     * space — bytes C2 A0, which UTF-8 also reads, as a no-break space — is windows-1258 all the same: "PHÂ N"
     * keeps its "Â". A UTF-8 file whose first letter outside ASCII is a no-break space followed by Vietnamese
     * stays UTF-8.
     */
    @Test
    void aWindows1258FileWhoseOnlyLettersAlsoReadAsUtf8KeepsThem() throws Exception {
        String text = "unit,result\nldld-tinh,PH\u00C2\u00A0N CONG\n";
        byte[] bytes = text.getBytes(java.nio.charset.Charset.forName("windows-1258"));
        int a = text.indexOf('\u00C2');
        assertEquals(List.of((byte) 0xC2, (byte) 0xA0), List.of(bytes[a], bytes[a + 1]), "the pair UTF-8 also reads");
        assertEquals(text, decoded(bytes));
        String utf8 = "unit,result\nldld-tinh,\u00A0Ho\u00E0n th\u00E0nh \u0111\u00FAng h\u1EA1n\n";
        assertEquals(utf8, decoded(utf8.getBytes(StandardCharsets.UTF_8)));
    }

    static String decoded(byte[] bytes) throws IOException {
        java.io.StringWriter w = new java.io.StringWriter();
        try (CheckedDecoder d = new CheckedDecoder(new java.io.ByteArrayInputStream(bytes), null, 1 << 20)) {
            d.transferTo(w);
        }
        return w.toString();
    }

    /** Issue 24: half of a surrogate pair alone in "Unicode Text" is named as the character it is, not "byte 0x00". */
    @Test
    void aLoneSurrogateInUnicodeTextIsNamed(@TempDir Path dir) throws Exception {
        Path src = Path.of("examples/reports/2022-Q2_ldld-tinh.csv");
        byte[] good = Workbooks.unicodeText(src);
        byte[] bad = concat(good, new byte[] {0x00, (byte) 0xD8, 'x', 0x00, '\n', 0x00});
        Path f = Files.write(dir.resolve("u16.csv"), bad);
        Diagnostic d = only(f);
        assertEquals("encoding.surrogate", d.key());
        CliRun vi = CliRun.of("validate", "--plan", "plan.yaml", "--as-of", "2022-07-20", f.toString());
        assertTrue(vi.out().contains("ký tự U+D800 là nửa của một cặp thay thế"), vi.output());
    }

    /**
     * A workbook whose entries say they are compressed by Zstandard (method 93, which no office program writes and
     * whose optional codec is not on our class path) is damaged: a diagnostic, not an internal error (found by the
     * workbook fuzzer in CI).
     */
    @Test
    void aWorkbookCompressedByAMethodNoOfficeProgramWritesIsDamaged(@TempDir Path dir) throws Exception {
        assertEquals(ExitCode.OK, CliRun.of("forms", "--plan", "plan.yaml", "--period", "2022-Q2", "--out", dir.toString()).exit());
        byte[] zip = Files.readAllBytes(dir.resolve("2022-Q2_ubnd-tinh.xlsx"));
        int patched = 0;
        for (int i = 0; i + 12 < zip.length; i++) {
            boolean local = zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 3 && zip[i + 3] == 4;
            boolean central = zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2;
            if (local || central) {
                int at = i + (local ? 8 : 10);
                zip[at] = 93;
                zip[at + 1] = 0;
                patched++;
            }
        }
        assertTrue(patched > 4, "entries patched: " + patched);
        Path f = Files.write(dir.resolve("2022-Q2_zstd.xlsx"), zip);
        CliRun r = CliRun.of("validate", "--plan", "plan.yaml", "--as-of", "2022-07-20", f.toString());
        assertEquals(ExitCode.ERRORS, r.exit(), r.output());
        assertTrue(r.out().contains("sổ tính bị hỏng"), r.output());
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
