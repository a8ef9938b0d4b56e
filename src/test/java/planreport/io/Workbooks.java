package planreport.io;

import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test files as units send them: a report CSV saved by Excel as a workbook, as windows-1258 "CSV", as UTF-16 "Unicode Text". */
public final class Workbooks {
    private Workbooks() {}

    public static List<List<String>> records(Path csv) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        String first = text.lines().findFirst().orElse("");
        char delimiter = first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count() ? ';' : ',';
        try (Reader r = new java.io.StringReader(text);
             CSVParser p = CSVParser.parse(r, CSVFormat.RFC4180.builder().setDelimiter(delimiter).get())) {
            for (CSVRecord rec : p) {
                List<String> row = new ArrayList<>();
                for (String v : rec) row.add(v.startsWith("\uFEFF") ? v.substring(1) : v);
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * The CSV as a workbook a unit's Excel would save: sheet "Báo cáo", dates (ISO or dd/mm/yyyy) as
     * date cells shown dd/mm/yyyy, whole numbers in progress and indicator columns as numbers, the rest text.
     */
    public static void toXlsx(Path csv, Path xlsx) throws Exception {
        List<List<String>> rows = records(csv);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet sh = wb.createSheet("Báo cáo");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            List<String> header = rows.get(0);
            for (int i = 0; i < rows.size(); i++) {
                Row row = sh.createRow(i);
                for (int c = 0; c < rows.get(i).size(); c++) {
                    String v = rows.get(i).get(c);
                    Cell cell = row.createCell(c);
                    String h = c < header.size() ? header.get(c).toLowerCase() : "";
                    LocalDate d = i == 0 ? null : isoDate(v);
                    if (d != null) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else if (i > 0 && v.matches("\\d{1,6}") && !h.contains("task") && !h.contains("nhiệm vụ") && !h.contains("period")
                            && !h.contains("kỳ")) {
                        cell.setCellValue(Double.parseDouble(v));
                    } else if (!v.isEmpty()) {
                        cell.setCellValue(v);
                    }
                }
            }
            wb.write(out);
        }
    }

    static LocalDate isoDate(String v) {
        try {
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) return LocalDate.parse(v);
            var m = java.util.regex.Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})").matcher(v);
            if (m.matches()) return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    /** The CSV as Excel's plain "CSV" on a Vietnamese Windows writes it: windows-1258, tone marks combining. */
    public static byte[] windows1258(String text) {
        Charset cs = Charset.forName("windows-1258");
        CharsetEncoder enc = cs.newEncoder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (enc.canEncode(ch)) { b.append(ch); continue; }
            String d = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD);
            StringBuilder base = new StringBuilder(), tones = new StringBuilder();
            for (char x : d.toCharArray()) {
                if (x == '\u0300' || x == '\u0301' || x == '\u0303' || x == '\u0309' || x == '\u0323') tones.append(x);
                else base.append(x);
            }
            String composed = Normalizer.normalize(base, Normalizer.Form.NFC);
            if (!enc.canEncode(composed + tones)) throw new IllegalArgumentException("cannot write " + ch + " in windows-1258");
            b.append(composed).append(tones);
        }
        return b.toString().getBytes(cs);
    }

    /** The CSV as Excel's "Unicode Text": UTF-16 LE with a byte-order mark, tab-separated (cells quoted where needed). */
    public static byte[] unicodeText(Path csv) throws Exception {
        StringBuilder b = new StringBuilder("\uFEFF");
        for (List<String> row : records(csv)) {
            List<String> cells = new ArrayList<>();
            for (String v : row) cells.add(v.contains("\t") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
            b.append(String.join("\t", cells)).append("\r\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_16LE);
    }
}
