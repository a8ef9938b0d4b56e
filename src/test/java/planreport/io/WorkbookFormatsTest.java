package planreport.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import planreport.check.Diagnostic;
import planreport.check.Diagnostics;
import planreport.cli.CliRun;
import planreport.cli.ExitCode;
import planreport.model.ReportHeader;
import planreport.model.ReportRow;

/**
 * Old Excel (.xls) and LibreOffice (.ods) workbooks read as an .xlsx is: the same sheet choice (hidden
 * sheets skipped, "Báo cáo" first, a title above the header), typed cells as a CSV would hold them,
 * merged cells, diagnostics by sheet and cell, and the same refusals (zip bomb, DOCTYPE, password, damage).
 * The .ods fixtures were saved by LibreOffice itself (soffice --headless --convert-to ods) from the .xlsx.
 */
class WorkbookFormatsTest {
    private static final Path FIXTURES = Path.of("src/test/resources/reports/workbooks");

    @BeforeAll
    static void load() throws Exception { XlsxIntakeTest.load(); }

    private static List<String> rows(Path file, ReportFormat format) throws Exception {
        Diagnostics ds = new Diagnostics();
        List<ReportRow> rows = new ArrayList<>();
        try (var in = Files.newInputStream(file)) {
            format.read(in, file.getFileName().toString(), 0, null, XlsxIntakeTest.plan, ds, rows::add, false);
        }
        List<String> out = new ArrayList<>();
        for (ReportRow r : rows) {
            ReportHeader h = r.header();
            out.add(r.line() + " " + h.sheet() + " " + h.names() + " " + h.columnLetters() + " " + r.cells() + " " + r.indicators());
        }
        for (Diagnostic d : ds.sorted()) out.add(d.key() + " " + d.sheet() + " " + d.arg("cell"));
        return out;
    }

    @Test
    void anXlsAndAnOdsGiveTheRowsOfTheXlsx(@TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("unit.xlsx");
        XlsxIntakeTest.unitWorkbook(xlsx);
        Path xls = dir.resolve("unit.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            XlsxIntakeTest.unitWorkbook(xls, wb);
        }
        List<String> expected = rows(xlsx, ReportFormat.XLSX);
        assertEquals(2, expected.size(), expected.toString());
        assertEquals(expected, rows(xls, ReportFormat.XLS));
        assertEquals(expected, rows(FIXTURES.resolve("unit.libreoffice.ods"), ReportFormat.ODS));
        assertEquals(expected, rows(FIXTURES.resolve("unit.libreoffice.xls"), ReportFormat.XLS));
    }

    @Test
    void diagnosticsNameTheSheetAndTheCell() {
        for (String f : List.of("unit.libreoffice.ods", "unit.libreoffice.xls")) {
            Path p = FIXTURES.resolve(f);
            CliRun r = CliRun.of("validate", "--lang", "en", "--plan", "plan.yaml", "--as-of", "2022-07-20", p.toString());
            assertEquals(ExitCode.ERRORS, r.exit(), r.output());
            assertTrue(r.out().contains(p + ":Báo cáo!D5: error[bad-status]: "), r.out());
        }
    }

    /** The filled form LibreOffice saved as .xlsx, saved again by it as .ods and as .xls: each validates as the .xlsx does. */
    @Test
    void aFormSavedByLibreOfficeAsOdsOrXlsValidates() {
        String xlsx = CliRun.of("validate", "--lang", "en", "--plan", "plan.yaml", "--as-of", "2022-07-20", "--format", "json",
                "src/test/resources/forms/2022-Q2_ldld-tinh.libreoffice.xlsx").out();
        for (String ext : List.of("ods", "xls")) {
            CliRun r = CliRun.of("validate", "--lang", "en", "--plan", "plan.yaml", "--as-of", "2022-07-20", "--format", "json",
                    "src/test/resources/forms/2022-Q2_ldld-tinh.libreoffice." + ext);
            assertEquals(ExitCode.OK, r.exit(), r.output());
            assertEquals(xlsx.replace(".xlsx", ""), r.out().replace("." + ext, ""), ext);
        }
    }

    @Test
    void whatCannotBeReadSaysWhatToDo(@TempDir Path dir) throws Exception {
        // a zip bomb: content.xml of 64 MB of spaces, compressed a thousandfold
        Path bomb = dir.resolve("bomb.ods");
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(Files.newOutputStream(bomb))) {
            z.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 64; i++) z.write(spaces);
            z.closeEntry();
        }
        assertEquals("workbook.too-large", XlsxIntakeTest.only(bomb).key());
        // entities: refused by the parser before any is expanded
        Path entities = dir.resolve("entities.ods");
        Workbooks.ods(entities, "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\">&b;</office:document-content>", null);
        assertEquals("workbook.unsafe", XlsxIntakeTest.only(entities).key());
        // saved with a password: the manifest lists encrypted parts
        Path locked = dir.resolve("locked.ods");
        Workbooks.ods(locked, "not readable", "<?xml version=\"1.0\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"><manifest:encryption-data/>"
                + "</manifest:file-entry></manifest:manifest>");
        Diagnostic d = XlsxIntakeTest.only(locked);
        assertEquals("workbook.encrypted", d.key());
        assertTrue(d.message(planreport.model.Lang.VI).contains("LibreOffice"), d.message(planreport.model.Lang.VI));
        // an .xls with a password
        Path lockedXls = dir.resolve("locked.xls");
        Biff8EncryptionKey.setCurrentUserPassword("mat-khau");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(lockedXls)) {
            wb.createSheet("Báo cáo").createRow(0).createCell(0).setCellValue("unit");
            wb.write(out);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        assertEquals("workbook.encrypted", XlsxIntakeTest.only(lockedXls).key());
        // damaged, or not a workbook at all
        Path text = dir.resolve("not.ods");
        Files.writeString(text, "unit,period\n", StandardCharsets.UTF_8);
        assertEquals("workbook.not-ods", XlsxIntakeTest.only(text).key());
        Path notXls = dir.resolve("not.xls");
        Files.writeString(notXls, "unit,period\n", StandardCharsets.UTF_8);
        assertEquals("workbook.not-xls", XlsxIntakeTest.only(notXls).key());
        Path noContent = dir.resolve("empty.ods");
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(Files.newOutputStream(noContent))) {
            z.putNextEntry(new java.util.zip.ZipEntry("mimetype"));
            z.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
            z.closeEntry();
        }
        assertEquals("workbook.not-ods", XlsxIntakeTest.only(noContent).key());
    }

    /** A folder of .ods and .xls files is read for them (no ignored-file), as for .csv and .xlsx. */
    @Test
    void aFolderPicksUpOdsAndXls(@TempDir Path dir) throws Exception {
        Files.copy(FIXTURES.resolve("unit.libreoffice.ods"), dir.resolve("a.ods"));
        Files.copy(FIXTURES.resolve("unit.libreoffice.xls"), dir.resolve("b.xls"));
        Diagnostics ds = new Diagnostics();
        List<Source> sources = Sources.expand(List.of(dir.toString()), ds);
        assertEquals(2, sources.size(), ds.sorted().toString());
        assertEquals(List.of(), ds.sorted());
    }
}
