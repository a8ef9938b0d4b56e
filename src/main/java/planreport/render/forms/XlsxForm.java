package planreport.render.forms;


import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;





import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;

import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import planreport.check.Catalogue;
import planreport.model.Indicator;
import planreport.model.Lang;
import planreport.model.Plan;
import planreport.model.ReportColumn;
import planreport.model.Status;
import planreport.model.Task;
import planreport.model.TextFile;
import planreport.render.xlsx.Sheets;

/**
 * A unit's report form as an Excel workbook, written with POI's XSSF: sheet "Báo cáo" with the report's
 * columns (Vietnamese headers the reader knows) and, locked as context, the task's short title and
 * its deadline; one row per task with unit, period and task filled in; Tình trạng a drop-down of the
 * statuses the validator accepts, dates as date cells shown dd/mm/yyyy with date validation, progress
 * limited to 0–100, indicator columns limited to whole numbers; the sheet protected without a password
 * so only the input cells can be changed; the header frozen. Sheet "Hướng dẫn" holds the instructions.
 *
 * <p>Every text is written as a string cell, never a formula, so a name like "=1+1" stays text. The
 * bytes are deterministic: fixed core properties and, after POI has written, every zip entry rewritten
 * in order with one fixed time.
 */
public final class XlsxForm {
    private XlsxForm() {}

    private static final TextFile WORDS = TextFile.of("/forms/form.vi.properties");

    static String word(String key) { return WORDS.get(key); }

    /** The form's words, filled from {@code facts}. */
    public static String word(String key, Map<String, String> facts) { return WORDS.get(key, facts); }

    /** A task's short title, as the compiled report names it (model/Task#shortTitle). */
    public static String title(Task t) {
        return t.shortTitle(); // plan.yaml title, else the content's first clause
    }

    /**
     * The workbook of {@code unitName} for the period written {@code periodLabel}; {@code guide} are the
     * lines of the "Hướng dẫn" sheet; {@code deadlines} the task's deadline as words, by task.
     */
    public static byte[] write(Plan plan, String unitName, String periodLabel, List<Task> tasks, List<String> deadlines,
                               List<String> guide, LocalDate termStart, LocalDate created) {
        return write(plan, unitName, periodLabel, tasks, deadlines, guide, termStart, created, ReportForm.indicators(plan, tasks));
    }

    /**
     * The workbook with a column for each of {@code indicators} (the measures the unit reports,
     * {@link Plan#measuresFor}): whole numbers not below 0 on the rows of each measure's task, the cell
     * locked and grey on the other rows.
     */
    public static byte[] write(Plan plan, String unitName, String periodLabel, List<Task> tasks, List<String> deadlines,
                               List<String> guide, LocalDate termStart, LocalDate created, List<Indicator> indicators) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var props = wb.getProperties().getCoreProperties();
            props.setCreator("plan-report");
            props.setTitle(word("sheet.report") + " " + periodLabel + " — " + unitName);
            props.setCreated(Optional.of(Date.from(created.atStartOfDay().toInstant(ZoneOffset.UTC))));
            props.setModified(Optional.of(Date.from(created.atStartOfDay().toInstant(ZoneOffset.UTC))));

            CellStyle head = Sheets.headStyle(wb);
            short text = wb.createDataFormat().getFormat("@");
            CellStyle locked = wb.createCellStyle();
            locked.setWrapText(true);
            locked.setVerticalAlignment(VerticalAlignment.TOP);
            locked.setDataFormat(text);
            locked.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            locked.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            Sheets.border(locked);
            CellStyle input = wb.createCellStyle();
            input.setLocked(false);
            input.setWrapText(true);
            input.setVerticalAlignment(VerticalAlignment.TOP);
            input.setDataFormat(text);
            Sheets.border(input);
            CellStyle date = wb.createCellStyle();
            date.cloneStyleFrom(input);
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle number = wb.createCellStyle();
            number.cloneStyleFrom(input);
            number.setDataFormat(wb.createDataFormat().getFormat("0"));

            XSSFSheet sh = wb.createSheet(word("sheet.report"));
            List<String> header = new ArrayList<>();
            List<CellStyle> styles = new ArrayList<>();
            List<Integer> widths = new ArrayList<>();
            // the columns: unit, period, task, then the two context columns, then what the unit fills
            for (ReportColumn c : ReportColumn.values()) {
                header.add(c.vietnamese());
                styles.add(switch (c) {
                    case UNIT, PERIOD, TASK -> locked;
                    case PROGRESS -> number;
                    case COMPLETED_ON, SUBMITTED_ON -> date;
                    default -> input;
                });
                // widths in characters, kept narrow (the text wraps): printed on one landscape A4 page's
                // width the whole row stays at about 80 % of its size, readable (MAX_PRINT_WIDTH)
                widths.add(switch (c) {
                    case UNIT -> 14;
                    case PERIOD -> 9;
                    case TASK -> 8;
                    case STATUS -> 14;
                    case PROGRESS -> 7;
                    case COMPLETED_ON, SUBMITTED_ON -> 11;
                    case RESULT -> 36;
                    default -> 18;
                });
                if (c == ReportColumn.TASK) {
                    header.add(word("column.title"));
                    styles.add(locked);
                    widths.add(28);
                    header.add(word("column.deadline"));
                    styles.add(locked);
                    widths.add(12);
                }
            }
            for (Indicator i : indicators) {
                header.add(i.name());
                styles.add(number);
                // a count needs 8 characters; the name wraps in the header row, which grows to hold it:
                // the Labour Federation's form, with ten measures, still prints at about half its size
                widths.add(MEASURE_WIDTH);
            }
            XSSFRow h = sh.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                XSSFCell cell = h.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(head);
                sh.setColumnWidth(c, widths.get(c) * 256);
            }
            h.setHeightInPoints(height(header, widths));
            for (int r = 0; r < tasks.size(); r++) {
                Task t = tasks.get(r);
                XSSFRow row = sh.createRow(r + 1);
                List<String> values = new ArrayList<>();
                for (ReportColumn c : ReportColumn.values()) {
                    values.add(ReportForm.prefilled(c, unitName, periodLabel, t));
                    if (c == ReportColumn.TASK) {
                        values.add(title(t));
                        values.add(deadlines.get(r));
                    }
                }
                row.setHeightInPoints(height(values, widths));
                int firstMeasure = header.size() - indicators.size();
                for (int c = 0; c < header.size(); c++) {
                    XSSFCell cell = row.createCell(c);
                    boolean otherTask = c >= firstMeasure && !indicators.get(c - firstMeasure).taskId().equals(t.id());
                    cell.setCellStyle(otherTask ? locked : styles.get(c));
                    String v = c < values.size() ? values.get(c) : null;
                    if (v != null) cell.setCellValue(v); // a string cell: never a formula
                }
            }
            int last = Math.max(1, tasks.size());
            DataValidationHelper dv = sh.getDataValidationHelper();
            int status = header.indexOf(ReportColumn.STATUS.vietnamese());
            Catalogue vi = Catalogue.of(Lang.VI);
            String[] statuses = {vi.get("status." + Status.DONE.id()), vi.get("status." + Status.IN_PROGRESS.id()),
                    vi.get("status." + Status.NOT_STARTED.id())};
            validate(sh, dv.createExplicitListConstraint(statuses), status, last, "status");
            validate(sh, dv.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", "100"),
                    header.indexOf(ReportColumn.PROGRESS.vietnamese()), last, "progress");
            String from = "DATE(" + termStart.getYear() + "," + termStart.getMonthValue() + "," + termStart.getDayOfMonth() + ")";
            for (ReportColumn c : List.of(ReportColumn.COMPLETED_ON, ReportColumn.SUBMITTED_ON)) {
                validate(sh, dv.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN, from, "DATE(2100,12,31)", "dd/mm/yyyy"),
                        header.indexOf(c.vietnamese()), last, "date");
            }
            for (Indicator i : indicators) {
                validate(sh, dv.createIntegerConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null),
                        header.indexOf(i.name()), last, "count");
            }
            sh.createFreezePane(0, 1);
            // printed: landscape A4, every column on the page's width, the header on every page
            sh.getPrintSetup().setLandscape(true);
            sh.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            sh.setFitToPage(true);
            sh.getPrintSetup().setFitWidth((short) 1);
            sh.getPrintSetup().setFitHeight((short) 0);
            sh.setRepeatingRows(org.apache.poi.ss.util.CellRangeAddress.valueOf("1:1"));
            sh.setMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT, 0.4);
            sh.setMargin(org.apache.poi.ss.usermodel.PageMargin.RIGHT, 0.4);
            sh.setMargin(org.apache.poi.ss.usermodel.PageMargin.TOP, 0.5);
            sh.setMargin(org.apache.poi.ss.usermodel.PageMargin.BOTTOM, 0.5);
            sh.enableLocking(); // protected, no password: only the input cells can be changed
            sh.lockFormatColumns(false);
            sh.lockFormatRows(false);
            sh.lockFormatCells(false);

            XSSFSheet g = wb.createSheet(word("sheet.guide"));
            int guideWidth = 62;
            g.setColumnWidth(0, guideWidth * 256);
            // printed: portrait A4, the column on the page's width; each row as tall as its wrapped text
            g.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            g.setFitToPage(true);
            g.getPrintSetup().setFitWidth((short) 1);
            g.getPrintSetup().setFitHeight((short) 0);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle title = wb.createCellStyle();
            title.cloneStyleFrom(wrap);
            title.setFont(wb.getFontAt(head.getFontIndex())); // the header's bold
            for (int i = 0; i < guide.size(); i++) {
                Row row = g.createRow(i);
                var cell = row.createCell(0);
                cell.setCellValue(guide.get(i));
                cell.setCellStyle(i == 0 ? title : wrap);
                row.setHeightInPoints(height(java.util.Arrays.asList(guide.get(i)), List.of(guideWidth)));
            }
            wb.setActiveSheet(0);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return Sheets.fixed(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: does not fail
        }
    }

    /** The width of a measure's column, in characters. */
    static final int MEASURE_WIDTH = 8;

    /**
     * A row's height that shows its wrapped text: spreadsheet programs do not grow a row a file gives
     * no height (about 1.1 characters of a column's width per character of text, 15 points a line).
     */
    static float height(List<String> values, List<Integer> widths) {
        int lines = 1;
        for (int c = 0; c < values.size() && c < widths.size(); c++) {
            String v = values.get(c);
            if (v == null || v.isEmpty()) continue;
            int perLine = Math.max(1, (int) (widths.get(c) * 1.1) - 1);
            int n = 0;
            for (String part : v.split("\n", -1)) n += Math.max(1, (part.length() + perLine - 1) / perLine);
            lines = Math.max(lines, n);
        }
        return Math.min(409, 15f * lines + 2);
    }

    private static void validate(XSSFSheet sh, DataValidationConstraint constraint, int column, int lastRow, String what) {
        if (column < 0) return;
        DataValidation v = sh.getDataValidationHelper().createValidation(constraint, new CellRangeAddressList(1, lastRow, column, column));
        v.setShowErrorBox(true);
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.createErrorBox(word("error.title"), word(what + ".error"));
        v.setShowPromptBox(true);
        v.createPromptBox(what.equals("status") ? word("status.prompt.title") : "", word(what + ".prompt"));
        if (what.equals("status")) v.setSuppressDropDownArrow(true); // POI's "true" shows the arrow for a list
        sh.addValidationData(v);
    }

}
