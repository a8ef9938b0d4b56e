package planreport.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The mail-merge list of reminder letters, written as a spreadsheet (.xlsx) and as the CSV Vietnamese
 * Excel opens (UTF-8 with a byte-order mark, {@code ;} between cells, CRLF). Every cell is text: a
 * cell starting with {@code = + - @} (or a tab or carriage return) is made inert — quote-prefixed
 * in the workbook, led by an apostrophe in the CSV — so that no unit name becomes a formula.
 * The workbook is byte-identical for the same rows and day: its dates and zip entry times are {@code day}.
 */
public final class MailMergeList {
    private MailMergeList() {}

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setDelimiter(';').setQuoteMode(QuoteMode.MINIMAL)
            .setRecordSeparator("\r\n").get();

    /** Whether a spreadsheet would read the text as a formula. */
    static boolean formulaLike(String s) {
        return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0;
    }

    /** The rows (header first) as CSV. */
    public static byte[] csv(List<List<String>> rows) {
        StringWriter w = new StringWriter();
        w.write('\uFEFF');
        try (CSVPrinter out = new CSVPrinter(w, CSV)) {
            for (List<String> row : rows) {
                out.printRecord(row.stream().map(c -> c == null ? "" : formulaLike(c) ? "'" + c : c).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return w.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The rows (header first, in bold) as one sheet named {@code sheet}; dated {@code day}. */
    public static byte[] xlsx(List<List<String>> rows, String sheet, LocalDate day) throws IOException {
        Date date = Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var props = wb.getProperties().getCoreProperties();
            props.setCreated(Optional.of(date));
            props.setModified(Optional.of(date));
            props.setCreator("plan-report");
            XSSFSheet s = wb.createSheet(sheet);
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle head = wb.createCellStyle();
            head.setFont(bold);
            CellStyle inert = wb.createCellStyle();
            inert.setQuotePrefixed(true);
            CellStyle headInert = wb.createCellStyle();
            headInert.setFont(bold);
            headInert.setQuotePrefixed(true);
            int[] widths = new int[rows.isEmpty() ? 0 : rows.get(0).size()];
            for (int r = 0; r < rows.size(); r++) {
                Row row = s.createRow(r);
                List<String> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    String v = cells.get(c) == null ? "" : cells.get(c);
                    var cell = row.createCell(c);
                    cell.setCellValue(v);
                    boolean f = formulaLike(v);
                    if (r == 0) cell.setCellStyle(f ? headInert : head);
                    else if (f) cell.setCellStyle(inert);
                    if (c < widths.length) widths[c] = Math.max(widths[c], Math.min(60, v.length()));
                }
            }
            for (int c = 0; c < widths.length; c++) s.setColumnWidth(c, (widths[c] + 2) * 256);
            s.createFreezePane(0, 1);
            wb.write(raw);
        }
        return fixedTimes(raw.toByteArray(), day);
    }

    /** The same zip with every entry dated {@code day}, so the file does not change with the clock. */
    private static byte[] fixedTimes(byte[] zip, LocalDate day) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + 256);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(day.atStartOfDay()); // DOS time as written, whatever the time zone
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
