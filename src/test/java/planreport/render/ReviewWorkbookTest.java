package planreport.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import planreport.cli.CliRun;
import planreport.cli.ExitCode;

/**
 * compile --format xlsx: every row the units sent for the quarter, as sent, on one sheet (with its
 * file and line), the indicators summed on another, the same as the review's JSON; numbers are
 * numbers, days are dates, and two runs give the same bytes.
 */
class ReviewWorkbookTest {
    static byte[] compile(Path out, String format) throws Exception {
        CliRun r = CliRun.of("compile", "--plan", "plan.yaml", "--as-of", "2022-07-25", "--kind", "summary", "--period", "2022-Q2",
                "--format", format, "--out", out.toString(), "src/test/resources/compile/sample");
        assertEquals(ExitCode.OK, r.exit(), r.err());
        return Files.readAllBytes(out.resolve("bao-cao-so-ket-2022-Q2.xlsx"));
    }

    @Test
    void theQuartersRowsAsSentAndTheSums(@TempDir Path a, @TempDir Path b) throws Exception {
        byte[] one = compile(a, "xlsx,json"), two = compile(b, "xlsx");
        assertArrayEquals(one, two, "two runs, one workbook");
        List<CSVRecord> csv;
        Path source = Path.of("src/test/resources/compile/sample/bao-cao-2022-Q2.csv");
        try (var p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(Files.newBufferedReader(source, StandardCharsets.UTF_8))) {
            csv = p.getRecords();
        }
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(a.resolve("bao-cao-so-ket-2022-Q2.json").toFile());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(one))) {
            assertEquals(List.of("Báo cáo của đơn vị", "Tổng hợp chỉ tiêu", "Chỉ tiêu theo năm"),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)));
            XSSFSheet rows = wb.getSheetAt(0);
            XSSFRow h = rows.getRow(0);
            assertEquals("Đơn vị", h.getCell(0).getStringCellValue());
            int members = column(h, "Số đoàn viên kết nạp mới (người)"), file = column(h, "Tệp");
            assertEquals(h.getLastCellNum() - 2, file, "the file and its line close each row");
            assertEquals(csv.size(), rows.getLastRowNum(), "one row per row sent");
            int found = 0;
            for (int i = 1; i <= rows.getLastRowNum(); i++) {
                XSSFRow r = rows.getRow(i);
                long line = (long) r.getCell(file + 1).getNumericCellValue();
                assertEquals(source.toString(), r.getCell(file).getStringCellValue());
                CSVRecord c = csv.get((int) line - 2); // line 1 is the header
                assertEquals(c.get("task"), r.getCell(3).getStringCellValue(), "line " + line);
                assertEquals(c.get("result"), r.getCell(9).getStringCellValue(), "line " + line);
                assertEquals(c.get("difficulties"), r.getCell(10).getStringCellValue(), "line " + line);
                if (!c.get("progress").isEmpty()) assertEquals(Double.parseDouble(c.get("progress")), r.getCell(6).getNumericCellValue());
                if (!c.get("submitted_on").isEmpty()) {
                    assertTrue(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(r.getCell(8)), "a date cell");
                    assertEquals(c.get("submitted_on"), r.getCell(8).getLocalDateTimeCellValue().toLocalDate().toString());
                }
                if (!c.get("new_members").isEmpty()) {
                    found++;
                    assertEquals(CellType.NUMERIC, r.getCell(members).getCellType());
                    assertEquals(Double.parseDouble(c.get("new_members")), r.getCell(members).getNumericCellValue());
                }
            }
            assertTrue(found > 0, "rows with an indicator");
            XSSFSheet sums = wb.getSheetAt(1);
            for (int i = 0; i < json.get("indicators").size(); i++) {
                var ind = json.get("indicators").get(i);
                XSSFRow r = sums.getRow(i + 1);
                assertEquals(ind.get("name").asText(), r.getCell(0).getStringCellValue(), "the sums in the JSON's order");
                assertEquals(ind.get("value").asDouble(), r.getCell(3).getNumericCellValue());
                assertEquals(ind.get("year_to_date").asDouble(), r.getCell(5).getNumericCellValue());
            }
            assertTrue(rows.getFitToPage() && rows.getPrintSetup().getLandscape() && rows.getPrintSetup().getFitWidth() == 1);
        }
    }

    /** The column headed {@code name}: a unit's columns move as measures are added to the plan. */
    static int column(XSSFRow header, String name) {
        for (int i = 0; i < header.getLastCellNum(); i++) if (name.equals(header.getCell(i).getStringCellValue())) return i;
        throw new AssertionError("no column " + name);
    }
}
