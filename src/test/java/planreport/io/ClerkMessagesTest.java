package planreport.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import planreport.check.Code;
import planreport.check.Diagnostic;
import planreport.check.Diagnostics;
import planreport.model.Lang;

/** Issue 21's messages for clerks: one per thing to fix, and the real kind of a file not read. */
class ClerkMessagesTest {
    private static final String HEADER = "unit,period,task,status,progress,completed_on,submitted_on,result\n";

    @TempDir Path dir;

    private List<Diagnostic> validate(String csv) throws IOException {
        return Hostile.validate(dir, "2022-Q1_binh-son.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void oneLateFileIsOneLateReportWithItsRowCount() throws IOException {
        StringBuilder b = new StringBuilder(HEADER);
        for (String task : new String[] {"6.1", "2.1", "III.1"}) b.append("Huyện ủy Bình Sơn,2022-Q1,").append(task).append(",in_progress,50,,2022-05-20,x\n");
        List<Diagnostic> ds = validate(b.toString());
        List<Diagnostic> late = ds.stream().filter(d -> d.code() == Code.LATE_REPORT).toList();
        assertEquals(1, late.size(), ds.toString());
        Diagnostic d = late.get(0);
        assertEquals("late-report.rows", d.key());
        assertEquals("3", d.arg("rows"));
        assertEquals(2, d.line(), "at the first late row");
        assertTrue(d.message(Lang.VI).endsWith("— cả 3 dòng của tệp"), d.message(Lang.VI));
        assertEquals("6.1, 2.1, III.1", d.task(), "its tasks named as missing-report names them");
        assertTrue(d.finding() instanceof planreport.check.Finding.LateReport, "it carries the first row's finding; the others are heard one by one");
    }

    @Test
    void aNoteTypedUnderTheTableIsOneWarningNotFiveErrors() throws IOException {
        String csv = HEADER + "Huyện ủy Bình Sơn,2022-Q1,6.1,in_progress,50,,2022-04-10,x\n,,,,,,,\n"
                + "\"Ghi chú: số liệu tính đến ngày 31/3/2022, chưa gồm các xã mới sáp nhập\",,,,,,,\n";
        List<Diagnostic> ds = validate(csv);
        assertEquals(List.of("4 stray-row"), Hostile.lineCodes(ds), ds.toString());
        assertEquals("unit", ds.get(0).column());
        assertTrue(ds.get(0).value().startsWith("Ghi chú: số liệu") && ds.get(0).value().endsWith("…"), ds.get(0).value());
    }

    @Test
    void aDecimalProgressIsAWarningSayingWhatItBecame() throws IOException {
        List<Diagnostic> ds = validate(HEADER + "Huyện ủy Bình Sơn,2022-Q1,6.1,in_progress,\"1,5\",,2022-04-10,x\n");
        assertEquals(List.of("2 rounded-progress"), Hostile.lineCodes(ds), ds.toString());
        assertEquals("2", ds.get(0).arg("progress"));
        assertTrue(ds.get(0).message(Lang.VI).startsWith("tiến độ “1,5” không phải số nguyên nên được làm tròn thành 2 %"), ds.get(0).message(Lang.VI));
        assertEquals(List.of(), validate(HEADER + "Huyện ủy Bình Sơn,2022-Q1,6.1,in_progress,\"50,0\",,2022-04-10,x\n"));
    }

    @Test
    void anOngoingTaskReportedCompletedIsAWarning() throws IOException {
        List<Diagnostic> ds = validate(HEADER + "Huyện ủy Bình Sơn,2022-Q1,6.1,Hoàn thành,100,2022-03-20,2022-04-10,x\n");
        assertEquals(List.of("2 done-ongoing"), Hostile.lineCodes(ds), ds.toString());
        assertEquals("6.1", ds.get(0).task());
        assertTrue(ds.get(0).message(Lang.VI).contains("Thường xuyên"), ds.get(0).message(Lang.VI));
    }

    @Test
    void filesNotReadAreNamedByWhatTheyAre() throws IOException {
        Files.write(dir.resolve("2022-Q1_binh-son.csv"), (HEADER + "Huyện ủy Bình Sơn,2022-Q1,6.1,in_progress,50,,2022-04-10,x\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Files.write(dir.resolve("2022-Q1_son-ha.ods"), new byte[] {1});
        Files.write(dir.resolve("2022-Q1_tra-bong.xls"), new byte[] {1});
        Files.write(dir.resolve("2022-Q1_son-tay.fods"), new byte[] {1});
        Files.write(dir.resolve("2022-Q1_ba-to.xlsm"), new byte[] {1});
        Files.write(dir.resolve("ghi-chu.txt"), new byte[] {1});
        Diagnostics ds = new Diagnostics();
        Sources.expand(List.of(dir.toString()), ds);
        List<Diagnostic> ignored = ds.sorted().stream().filter(d -> d.code() == Code.IGNORED_FILE).toList();
        // .ods and .xls are reports, read by their own readers: only the other three are named
        assertEquals(List.of(".fods", ".txt", ".xlsm"),
                ignored.stream().map(d -> d.file().substring(d.file().lastIndexOf('.'))).sorted().toList(), ignored.toString());
        for (Diagnostic d : ignored) {
            if (d.file().endsWith(".fods")) assertTrue(d.message(Lang.VI).startsWith("tệp LibreOffice dạng phẳng (.fods)"), d.message(Lang.VI));
            if (d.file().endsWith(".xlsm")) assertTrue(d.message(Lang.VI).startsWith("sổ tính Excel có macro"), d.message(Lang.VI));
            if (d.file().endsWith(".txt")) assertEquals("ignored-file", d.key());
        }
    }

    @Test
    void aLibreOfficeFileNamedXlsxSaysSo() throws IOException {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(b)) {
            byte[] mime = "application/vnd.oasis.opendocument.spreadsheet".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            java.util.zip.ZipEntry e = new java.util.zip.ZipEntry("mimetype");
            e.setMethod(java.util.zip.ZipEntry.STORED);
            e.setSize(mime.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(mime);
            e.setCrc(crc.getValue());
            z.putNextEntry(e);
            z.write(mime);
            z.closeEntry();
            z.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
            z.write("<office:document-content/>".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            z.closeEntry();
        }
        List<Diagnostic> ds = Hostile.validate(dir, "2022-Q1_son-ha.xlsx", b.toByteArray());
        assertEquals(1, ds.size(), ds.toString());
        assertEquals("workbook.ods", ds.get(0).key());
        assertTrue(ds.get(0).message(Lang.VI).startsWith("đây là tệp LibreOffice (.ods)"), ds.get(0).message(Lang.VI));
    }
}
