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
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            toWorkbook(csv, xlsx, wb);
        }
    }

    /** The CSV as an old Excel workbook (.xls), cell by cell as {@link #toXlsx}. */
    public static void toXls(Path csv, Path xls) throws Exception {
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
            toWorkbook(csv, xls, wb);
        }
    }

    /** Whether a column of the report holds numbers a spreadsheet keeps as numbers (progress, indicators), not ids. */
    private static boolean numeric(String header, String v) {
        String h = header.toLowerCase();
        return v.matches("\\d{1,6}") && !h.contains("task") && !h.contains("nhiệm vụ") && !h.contains("period") && !h.contains("kỳ");
    }

    /**
     * The CSV as LibreOffice Calc saves it (.ods): sheet "Báo cáo", dates as date cells, whole numbers in progress and indicator
     * columns as numbers, the rest text; an empty row repeated to the end of the sheet, as Calc writes it.
     */
    public static void toOds(Path csv, Path ods) throws Exception {
        List<List<String>> rows = records(csv);
        List<String> header = rows.get(0);
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content"
                + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
                + " office:version=\"1.3\"><office:automatic-styles><style:style style:name=\"ta1\" style:family=\"table\">"
                + "<style:table-properties table:display=\"true\"/></style:style></office:automatic-styles>"
                + "<office:body><office:spreadsheet><table:table table:name=\"Báo cáo\" table:style-name=\"ta1\">"
                + "<table:table-column table:number-columns-repeated=\"" + header.size() + "\"/>");
        for (int i = 0; i < rows.size(); i++) {
            x.append("<table:table-row>");
            for (int c = 0; c < rows.get(i).size(); c++) {
                String v = rows.get(i).get(c);
                String h = c < header.size() ? header.get(c) : "";
                LocalDate d = i == 0 ? null : isoDate(v);
                if (v.isEmpty()) x.append("<table:table-cell/>");
                else if (d != null) x.append("<table:table-cell office:value-type=\"date\" office:date-value=\"").append(d)
                        .append("\"><text:p>").append(d.getDayOfMonth()).append('/').append(d.getMonthValue()).append('/').append(d.getYear()).append("</text:p></table:table-cell>");
                else if (i > 0 && numeric(h, v)) x.append("<table:table-cell office:value-type=\"float\" office:value=\"").append(v)
                        .append("\"><text:p>").append(v).append("</text:p></table:table-cell>");
                else {
                    x.append("<table:table-cell office:value-type=\"string\">");
                    for (String line : v.split("\n", -1)) x.append("<text:p>").append(xml(line)).append("</text:p>");
                    x.append("</table:table-cell>");
                }
            }
            x.append("</table:table-row>");
        }
        x.append("<table:table-row table:number-rows-repeated=\"1048000\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>");
        x.append("</table:table></office:spreadsheet></office:body></office:document-content>");
        ods(ods, x.toString(), null);
    }

    /** An .ods of {@code content} (content.xml), and {@code manifest} as META-INF/manifest.xml when given. */
    public static void ods(Path ods, String content, String manifest) throws Exception {
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(Files.newOutputStream(ods))) {
            byte[] mime = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
            java.util.zip.ZipEntry m = new java.util.zip.ZipEntry("mimetype");
            m.setMethod(java.util.zip.ZipEntry.STORED);
            m.setSize(mime.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(mime);
            m.setCrc(crc.getValue());
            z.putNextEntry(m);
            z.write(mime);
            z.closeEntry();
            z.putNextEntry(new java.util.zip.ZipEntry("META-INF/manifest.xml"));
            z.write((manifest != null ? manifest : "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest"
                    + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
                    + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>"
                    + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>")
                    .getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
            z.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
            z.write(content.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void toWorkbook(Path csv, Path file, org.apache.poi.ss.usermodel.Workbook wb) throws Exception {
        List<List<String>> rows = records(csv);
        try (OutputStream out = Files.newOutputStream(file)) {
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
                    } else if (i > 0 && numeric(h, v)) {
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
