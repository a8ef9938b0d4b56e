package planreport.remind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import planreport.cli.CliRun;
import planreport.cli.ExitCode;

/**
 * The office's receipt register (--register, docs/register.md): a report returned for correction is
 * not received (the review, the notice and the letters say so), one received in an earlier quarter
 * needs no file, and a wrong row is a diagnostic at the register's line.
 */
class RegisterTest {
    private static Path copy(Path dir, String glob) throws Exception {
        Path in = Files.createDirectories(dir.resolve("reports"));
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(Path.of("examples/reports"), glob)) {
            for (Path p : ds) Files.copy(p, in.resolve(p.getFileName()));
        }
        return in;
    }

    private static Path register(Path dir, String... rows) throws Exception {
        Path f = dir.resolve("so-theo-doi.csv");
        Files.writeString(f, "\uFEFFKỳ báo cáo;Đơn vị;Tình trạng;Ngày;Ghi chú\r\n" + String.join("\r\n", rows) + "\r\n", StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void aReturnedReportIsNotReceivedAndEverythingSaysSo(@TempDir Path dir) throws Exception {
        Path in = copy(dir, "{2021-Q4,2022-Q1}_*.csv");
        Path reg = register(dir, "2022-Q1;Huyện ủy Bình Sơn;Đã nhận;08/04/2022;", "2022-Q1;Huyện ủy Bình Sơn;Trả lại để sửa;20/04/2022;thiếu số liệu chỉ tiêu");
        CliRun validate = CliRun.of("validate", "--as-of", "2022-04-30", "--register", reg.toString(), in.toString());
        assertTrue(validate.output().contains("“Huyện ủy Bình Sơn”: báo cáo quý I/2022 đã trả lại để sửa ngày 20/4/2022, chưa gửi lại"), validate.output());

        Path out = dir.resolve("out");
        CliRun remind = CliRun.of("remind", "--period", "2022-Q1", "--as-of", "2022-04-30", "--format", "md", "--register", reg.toString(),
                "--out", out.toString(), in.toString());
        assertEquals(ExitCode.OK, remind.exit(), remind.output());
        String letter = Files.readString(out.resolve("don-doc-2022-Q1_huyen-uy-binh-son.md"));
        assertTrue(letter.contains("Báo cáo kết quả thực hiện quý I năm 2022 của Huyện ủy Bình Sơn đã được Ban Dân vận Tỉnh ủy trả lại để chỉnh sửa "
                + "ngày 20 tháng 4 năm 2022 (thiếu số liệu chỉ tiêu), đến nay chưa gửi lại."), letter);
        assertFalse(letter.contains("chưa nhận được báo cáo"), "not said as a report never sent: " + letter);
        String notice = Files.readString(out.resolve("thong-bao-2022-Q1.md"));
        assertTrue(notice.contains("Huyện ủy Bình Sơn (trả lại để sửa ngày 20/4/2022, chưa gửi lại)"), notice);
        assertTrue(notice.contains("| Huyện ủy Bình Sơn |") && notice.contains("Trả lại để sửa"), notice);

        // as of a day before it was returned, the report counts as received
        CliRun before = CliRun.of("remind", "--period", "2022-Q1", "--as-of", "2022-04-19", "--format", "md", "--register", reg.toString(),
                "--out", dir.resolve("before").toString(), in.toString());
        assertEquals(ExitCode.OK, before.exit(), before.output());
        assertFalse(Files.exists(dir.resolve("before").resolve("don-doc-2022-Q1_huyen-uy-binh-son.md")));

        CliRun compile = CliRun.of("compile", "--kind", "summary", "--period", "2022-Q1", "--as-of", "2022-04-30", "--format", "md",
                "--register", reg.toString(), "--out", dir.resolve("review").toString(), in.toString());
        assertEquals(ExitCode.OK, compile.exit(), compile.output());
        String review = Files.readString(dir.resolve("review").resolve("bao-cao-so-ket-2022-Q1.md"));
        assertTrue(review.contains("1 báo cáo đã trả lại để đơn vị chỉnh sửa, chưa gửi lại (Huyện ủy Bình Sơn, quý I/2022)"), review);
        String internal = Files.readString(dir.resolve("review").resolve("bao-cao-so-ket-2022-Q1-noi-bo.md"));
        assertTrue(internal.contains("Huyện ủy Bình Sơn: ") && internal.contains("đã trả lại để sửa ngày 20/4/2022 (thiếu số liệu chỉ tiêu), chưa gửi lại"), internal);
    }

    @Test
    void theRegisterBringsBackTheHistoryWithoutTheOldFolders(@TempDir Path dir) throws Exception {
        // only 2022-Q1's folder; the register says which units' 2021-Q4 reports came (all but Sở Tư pháp's)
        Path in = copy(dir, "2022-Q1_*.csv");
        List<String> rows = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(Path.of("examples/reports"), "2021-Q4_*.csv")) {
            for (Path p : ds) {
                String unit = p.getFileName().toString().replace("2021-Q4_", "").replace(".csv", "");
                rows.add("Quý IV/2021;" + unit + ";Đã nhận;10/01/2022;");
            }
        }
        java.util.Collections.sort(rows);
        Path reg = register(dir, rows.toArray(String[]::new));
        Path out = dir.resolve("out");
        CliRun without = CliRun.of("remind", "--period", "2022-Q1", "--as-of", "2022-04-30", "--format", "md", "--out", dir.resolve("o1").toString(),
                in.toString());
        assertEquals(ExitCode.OK, without.exit(), without.output());
        assertFalse(Files.readString(dir.resolve("o1").resolve("don-doc-2022-Q1_so-tu-phap.md")).contains("quý IV/2021"));
        CliRun with = CliRun.of("remind", "--period", "2022-Q1", "--as-of", "2022-04-30", "--format", "md", "--register", reg.toString(),
                "--out", out.toString(), in.toString());
        assertEquals(ExitCode.OK, with.exit(), with.output());
        String letter = Files.readString(out.resolve("don-doc-2022-Q1_so-tu-phap.md"));
        assertTrue(letter.contains("từ quý IV/2021 đến nay (2 kỳ) chưa gửi báo cáo"), letter);
        // the register brings back which reports came, not what they said: the same letters as without it, but Sở Tư pháp's
        assertEquals(without.out().lines().filter(l -> l.contains("đã soạn")).toList(), with.out().lines().filter(l -> l.contains("đã soạn")).toList());
        try (var files = Files.list(out)) {
            for (Path f : files.filter(x -> x.getFileName().toString().startsWith("don-doc-") && !x.toString().contains("so-tu-phap")).toList()) {
                String judged = Files.readString(f).replace("các kỳ báo cáo từ quý IV/2021 đến quý I/2022", "kỳ báo cáo quý I/2022");
                assertEquals(Files.readString(dir.resolve("o1").resolve(f.getFileName())), judged, f + " claims 2021-Q4");
            }
        }
    }

    @Test
    void aWrongRowIsADiagnosticAtItsLineAndTheRestIsUsed(@TempDir Path dir) throws Exception {
        Path in = copy(dir, "2022-Q1_*.csv");
        Path reg = register(dir, "2021-Q4;So Tu Phapp;Đã nhận;10/01/2022;", "2021-Q4;Sở Tư pháp;Nhận rồi;10/01/2022;", "2021-Q9;Sở Tư pháp;Đã nhận;;");
        CliRun run = CliRun.of("validate", "--as-of", "2022-04-30", "--register", reg.toString(), in.toString());
        assertEquals(ExitCode.ERRORS, run.exit(), run.output());
        String f = reg.toString();
        assertTrue(run.output().contains(f + ":2:Đơn vị: lỗi[unknown-unit]: “So Tu Phapp” không phải là cơ quan, đơn vị trong Kế hoạch; có phải là “Sở Tư pháp”?"), run.output());
        assertTrue(run.output().contains(f + ":3:Tình trạng: lỗi[register]: “Nhận rồi” không phải là tình trạng của sổ theo dõi"), run.output());
        assertTrue(run.output().contains(f + ":4:Kỳ báo cáo: lỗi[bad-period]"), run.output());
        assertTrue(run.output().contains(f + ":4:Ngày: lỗi[register]: chưa ghi ngày"), run.output());
        Files.writeString(reg, "Kỳ;Đơn vị;Ngày\r\n2021-Q4;Sở Tư pháp;10/01/2022\r\n");
        CliRun noColumn = CliRun.of("validate", "--as-of", "2022-04-30", "--register", reg.toString(), in.toString());
        assertTrue(noColumn.output().contains(f + ":1: lỗi[register]: thiếu cột tinh trang"), noColumn.output());
    }

    @Test
    void aWorkbookRegisterIsReadWithItsCells(@TempDir Path dir) throws Exception {
        Path in = copy(dir, "2022-Q1_*.csv");
        Path reg = dir.resolve("so-theo-doi.xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var os = Files.newOutputStream(reg)) {
            var sh = wb.createSheet("Sổ theo dõi");
            String[][] cells = {{"Kỳ báo cáo", "Đơn vị", "Tình trạng", "Ngày", "Ghi chú"}, {"2022-Q1", "Huyện ủy Bình Sơn", "Trả lại để sửa", null, "sai mẫu"},
                    {"2022-Q1", "Huyện ủy Ba Tơ", "Trả lại", "abc", ""}};
            for (int r = 0; r < cells.length; r++) {
                var row = sh.createRow(r);
                for (int c = 0; c < cells[r].length; c++) if (cells[r][c] != null) row.createCell(c).setCellValue(cells[r][c]);
            }
            var date = sh.getRow(1).createCell(3);
            date.setCellValue(java.time.LocalDate.of(2022, 4, 20));
            var style = wb.createCellStyle();
            style.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            date.setCellStyle(style);
            wb.write(os);
        }
        CliRun run = CliRun.of("validate", "--as-of", "2022-04-30", "--register", reg.toString(), in.toString());
        assertTrue(run.output().contains("“Huyện ủy Bình Sơn”: báo cáo quý I/2022 đã trả lại để sửa ngày 20/4/2022"), run.output());
        assertTrue(run.output().contains(reg + ":3:D3: lỗi[bad-date]"), run.output());
    }

    @Test
    void registerInitStartsTheRegisterFromTheReportsReceived(@TempDir Path dir) throws Exception {
        Path old = copy(dir.resolve("2021-Q4"), "2021-Q4_*.csv");
        for (String name : new String[] {"so-theo-doi.csv", "so-theo-doi.xlsx"}) {
            Path reg = dir.resolve(name);
            CliRun init = CliRun.of("register", "init", "--out", reg.toString(), old.toString());
            assertEquals(ExitCode.OK, init.exit(), init.output());
            assertTrue(init.out().contains("sổ theo dõi có 74 dòng “Đã nhận”"), init.out());
            if (name.endsWith(".csv")) {
                String csv = Files.readString(reg);
                assertTrue(csv.startsWith("\uFEFFKỳ báo cáo;Đơn vị;Tình trạng;Ngày;Ghi chú;Tệp\r\n"), csv);
                assertTrue(csv.contains("2021-Q4;Huyện ủy Bình Sơn;Đã nhận;12/01/2022;;2021-Q4_huyen-uy-binh-son.csv\r\n"), csv);
            }
            // the next quarter's folder alone, with the register: 2021-Q4 is known
            Path out = dir.resolve("out-" + name);
            CliRun remind = CliRun.of("remind", "--period", "2022-Q1", "--as-of", "2022-04-30", "--format", "md", "--register", reg.toString(),
                    "--out", out.toString(), copy(dir.resolve("q1-" + name), "2022-Q1_*.csv").toString());
            assertEquals(ExitCode.OK, remind.exit(), remind.output());
            assertTrue(Files.readString(out.resolve("don-doc-2022-Q1_so-tu-phap.md")).contains("từ quý IV/2021 đến nay (2 kỳ) chưa gửi báo cáo"));
            CliRun again = CliRun.of("register", "init", "--out", reg.toString(), old.toString());
            assertEquals(ExitCode.USAGE, again.exit(), "the office's lines are not overwritten without --overwrite");
        }
    }
}
