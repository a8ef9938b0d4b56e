package planreport.io;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.OfficeXmlFileException;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import planreport.check.Code;
import planreport.check.Diagnostic;
import planreport.check.Diagnostics;
import planreport.model.Names;
import planreport.model.Plan;

/**
 * A unit report saved as an old Excel workbook (.xls, BIFF8), read by POI's HSSF through the same
 * sheet choice, header search, columns and rules as an .xlsx ({@link XlsxReader#readSheets}), each cell
 * as the text a CSV of it would hold ({@link XlsxValues}). HSSF holds the workbook in memory, so a file
 * is read only up to {@link #MAX_BYTES} (an .xls holds at most 65,536 rows a sheet); a workbook with a
 * password, or a damaged one, is a {@code workbook} diagnostic saying what to do.
 */
final class XlsReader {
    /** Larger than any report an .xls can hold (65,536 rows of a report's columns is under 20 MB). */
    static final long MAX_BYTES = 64L << 20;

    private XlsReader() {}

    /** Reads the .xls {@code path} ({@code file} is its name in diagnostics) into {@code sink}; returns the data rows. */
    static long read(File path, String file, int fileIndex, Plan plan, Diagnostics out, ReportReader.Sink sink) {
        if (path.length() > MAX_BYTES) {
            out.add(Diagnostic.of(Code.WORKBOOK, "file-too-large").in(file).with("limit", (MAX_BYTES >> 20) + " MB"));
            return 0;
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(path, true)) {
            if (fs.getRoot().hasEntry("EncryptedPackage") || fs.getRoot().hasEntry("EncryptionInfo")) {
                // an encrypted .xlsx (Excel keeps it in an OLE2 container)
                out.add(Diagnostic.of(Code.WORKBOOK, "encrypted").in(file));
                return 0;
            }
            try (HSSFWorkbook wb = new HSSFWorkbook(fs.getRoot(), false)) {
                XlsxValues values = new XlsxValues(wb.getInternalWorkbook().isUsing1904DateWindowing());
                List<XlsxReader.GridSheet> sheets = new ArrayList<>();
                for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                    boolean visible = !wb.isSheetHidden(i) && !wb.isSheetVeryHidden(i);
                    sheets.add(new Grid(wb.getSheetAt(i), Names.nfc(wb.getSheetName(i)), visible, values));
                }
                return XlsxReader.readSheets(sheets, file, fileIndex, plan, out, sink);
            }
        } catch (XlsxReader.SinkFailure f) {
            throw (RuntimeException) f.getCause();
        } catch (EncryptedDocumentException e) {
            out.add(Diagnostic.of(Code.WORKBOOK, "encrypted").in(file));
        } catch (OfficeXmlFileException e) {
            // an .xlsx named .xls: read as what it is
            return XlsxReader.read(path, file, fileIndex, plan, out, sink);
        } catch (IOException | RuntimeException e) {
            // not an OLE2 container, or a damaged one: HSSF's own message (English, internal) is not the user's
            out.add(Diagnostic.of(Code.WORKBOOK, "not-xls").in(file));
        }
        return 0;
    }

    /** One sheet of the workbook, its rows in order. */
    private record Grid(Sheet sheet, String name, boolean visible, XlsxValues values) implements XlsxReader.GridSheet {
        @Override
        public void rows(XSSFSheetXMLHandler.SheetContentsHandler handler, XlsxReader.Merges merges) {
            for (CellRangeAddress r : sheet.getMergedRegions()) merges.add(r.getFirstRow() + 1, r.getLastRow() + 1, r.getFirstColumn());
            for (Row row : sheet) {
                int r = row.getRowNum();
                handler.startRow(r);
                for (Cell c : row) {
                    String v = value(c);
                    if (v != null) handler.cell(CellReference.convertNumToColString(c.getColumnIndex()) + (r + 1), v, null);
                }
                handler.endRow(r);
            }
        }

        /** The cell as a CSV of it would hold it: text as written, a number or date through {@link XlsxValues}, a formula as its cached value. */
        private String value(Cell c) {
            CellType t = c.getCellType();
            if (t == CellType.FORMULA) t = c.getCachedFormulaResultType();
            return switch (t) {
                case STRING -> c.getRichStringCellValue().getString();
                case NUMERIC -> values.formatRawCellContents(c.getNumericCellValue(), c.getCellStyle().getDataFormat(),
                        c.getCellStyle().getDataFormatString());
                case BOOLEAN -> c.getBooleanCellValue() ? "TRUE" : "FALSE";
                case ERROR -> FormulaError.forInt(c.getErrorCellValue()).getString();
                default -> null;
            };
        }
    }
}
