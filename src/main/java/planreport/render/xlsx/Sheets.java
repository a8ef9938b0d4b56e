package planreport.render.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook of plain tables for the office's own Excel work (compile --format xlsx): one sheet per
 * table, its header row bold, frozen, filtered and repeated on every printed page; numbers as
 * numbers, days as dates (dd/mm/yyyy), text wrapped; printed landscape on A4, fitted to the width.
 * Strings are always text cells, never formulas. The bytes depend on the tables only (fixed zip
 * entry times, no author).
 */
public final class Sheets {
    private Sheets() {}

    /** One sheet: its name, the header, each column's width in characters, and the rows (String, Number, LocalDate or null). */
    public record Table(String name, List<String> header, List<Integer> widths, List<List<Object>> rows) {
        public Table {
            header = List.copyOf(header);
            widths = List.copyOf(widths);
            rows = List.copyOf(rows);
        }
    }

    /** The workbook of {@code tables}, created and modified on {@code day} (midnight UTC), with no author. */
    public static byte[] write(List<Table> tables, LocalDate day) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var core = wb.getProperties().getCoreProperties().getUnderlyingProperties();
            java.util.Optional<java.util.Date> when = java.util.Optional.of(java.util.Date.from(day.atStartOfDay().toInstant(java.time.ZoneOffset.UTC)));
            core.setCreatedProperty(when);
            core.setModifiedProperty(when);
            core.setCreatorProperty(java.util.Optional.empty());
            wb.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("plan-report");
            CellStyle head = headStyle(wb);
            CellStyle text = wb.createCellStyle();
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            border(text);
            CellStyle number = wb.createCellStyle();
            number.cloneStyleFrom(text);
            number.setDataFormat(wb.createDataFormat().getFormat("#,##0.##"));
            CellStyle date = wb.createCellStyle();
            date.cloneStyleFrom(text);
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            for (Table t : tables) {
                XSSFSheet sh = wb.createSheet(t.name());
                XSSFRow h = sh.createRow(0);
                for (int c = 0; c < t.header().size(); c++) {
                    XSSFCell cell = h.createCell(c);
                    cell.setCellValue(t.header().get(c));
                    cell.setCellStyle(head);
                    sh.setColumnWidth(c, Math.min(255, c < t.widths().size() ? t.widths().get(c) : 12) * 256);
                }
                for (int r = 0; r < t.rows().size(); r++) {
                    XSSFRow row = sh.createRow(r + 1);
                    List<Object> values = t.rows().get(r);
                    for (int c = 0; c < values.size(); c++) {
                        Object v = values.get(c);
                        XSSFCell cell = row.createCell(c);
                        if (v instanceof Number n) {
                            cell.setCellValue(n.doubleValue());
                            cell.setCellStyle(number);
                        } else if (v instanceof LocalDate d) {
                            cell.setCellValue(d);
                            cell.setCellStyle(date);
                        } else {
                            if (v != null) cell.setCellValue(v.toString()); // a string cell: never a formula
                            cell.setCellStyle(text);
                        }
                    }
                }
                sh.createFreezePane(0, 1);
                if (!t.header().isEmpty()) sh.setAutoFilter(new CellRangeAddress(0, Math.max(0, t.rows().size()), 0, t.header().size() - 1));
                sh.getPrintSetup().setLandscape(true);
                sh.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
                sh.setFitToPage(true);
                sh.getPrintSetup().setFitWidth((short) 1);
                sh.getPrintSetup().setFitHeight((short) 0);
                sh.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
            }
            if (tables.isEmpty()) wb.createSheet();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return fixed(out.toByteArray());
        }
    }

    /** A header cell's style: bold, wrapped, centred on the height, grey, thin borders (the review's workbook and the forms). */
    public static CellStyle headStyle(org.apache.poi.ss.usermodel.Workbook wb) {
        org.apache.poi.ss.usermodel.Font bold = wb.createFont();
        bold.setBold(true);
        CellStyle head = wb.createCellStyle();
        head.setFont(bold);
        head.setWrapText(true);
        head.setVerticalAlignment(VerticalAlignment.CENTER);
        head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        border(head);
        return head;
    }

    /** Thin borders on all four sides. */
    public static void border(CellStyle s) {
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
    }

    /** The package with every entry's time fixed (1 January 2000), so equal tables give equal bytes. */
    public static byte[] fixed(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        long time = java.time.LocalDateTime.of(2000, 1, 1, 0, 0).atZone(java.time.ZoneOffset.UTC).toInstant().toEpochMilli();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                ZipEntry n = new ZipEntry(e.getName());
                n.setTime(time);
                z.putNextEntry(n);
                z.write(in.readAllBytes());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
