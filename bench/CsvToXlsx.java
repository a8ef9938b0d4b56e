// bench/CsvToXlsx.java: the bench's generated report CSV as the workbook a unit's Excel would save
// (sheet "Báo cáo", shared strings, dates as date cells shown dd/mm/yyyy, whole numbers as numbers),
// written in streaming with POI's SXSSF. Run with the tool's jar on the class path:
//   java -cp target/plan-report.jar bench/CsvToXlsx.java IN.csv OUT.xlsx
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

public class CsvToXlsx {
    public static void main(String[] args) throws Exception {
        Path in = Path.of(args[0]), out = Path.of(args[1]);
        String first;
        try (var lines = Files.lines(in, StandardCharsets.UTF_8)) { first = lines.findFirst().orElse(""); }
        char delimiter = first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count() ? ';' : ',';
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 200, true, true);
             Reader r = Files.newBufferedReader(in, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.parse(r, CSVFormat.RFC4180.builder().setDelimiter(delimiter).get())) {
            SXSSFSheet sh = wb.createSheet("Báo cáo");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            int i = 0;
            java.util.List<String> header = null;
            for (CSVRecord rec : p) {
                Row row = sh.createRow(i);
                if (header == null) header = rec.toList();
                for (int c = 0; c < rec.size(); c++) {
                    String v = rec.get(c).replace("\uFEFF", "");
                    if (v.isEmpty()) continue;
                    Cell cell = row.createCell(c);
                    String h = header.get(c).replace("\uFEFF", "").toLowerCase();
                    if (i > 0 && v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                        cell.setCellValue(LocalDate.parse(v));
                        cell.setCellStyle(date);
                    } else if (i > 0 && v.matches("\\d{1,6}") && (h.contains("progress") || h.contains("tiến độ") || h.startsWith("new_"))) {
                        cell.setCellValue(Double.parseDouble(v));
                    } else {
                        cell.setCellValue(v);
                    }
                }
                i++;
            }
            try (OutputStream o = Files.newOutputStream(out)) { wb.write(o); }
            wb.dispose();
            System.out.println("wrote " + out + ": " + (i - 1) + " rows");
        }
    }
}
