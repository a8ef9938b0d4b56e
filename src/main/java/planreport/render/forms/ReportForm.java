package planreport.render.forms;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import planreport.model.Indicator;
import planreport.model.Plan;
import planreport.model.ReportColumn;
import planreport.model.Task;

/**
 * Writes a unit's pre-filled report form as CSV: the report CSV the reader reads, with Vietnamese
 * headers, one row per task with unit, period and task filled in, as Vietnamese Excel reads it in
 * columns (a UTF-8 byte-order mark, ';' — the list separator of a Vietnamese Windows —, CRLF, quotes only
 * where needed). A cell that Excel would take for a formula (starting with =, +, -, @, a tab or a CR)
 * is written with a leading apostrophe, so it stays text ({@link #neutral}).
 */
public final class ReportForm {
    private ReportForm() {}

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setDelimiter(';').setQuoteMode(QuoteMode.MINIMAL).setRecordSeparator("\r\n").get();

    /** Text Excel would read as a formula gets an apostrophe first: it is then shown as the text it is. */
    public static String neutral(String s) {
        if (s == null || s.isEmpty()) return s;
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }

    /** The indicators a unit fills: those of the tasks on its form. */
    public static List<Indicator> indicators(Plan plan, List<Task> tasks) {
        List<Indicator> list = new ArrayList<>();
        for (Indicator i : plan.indicators()) {
            if (tasks.stream().anyMatch(t -> t.id().equals(i.taskId()))) list.add(i);
        }
        return list;
    }

    /** The form of {@code unitName} for the period written {@code periodLabel} ("Quý II/2022"), with one row per task. */
    public static byte[] write(Plan plan, String unitName, String periodLabel, List<Task> tasks) {
        return write(plan, unitName, periodLabel, tasks, indicators(plan, tasks));
    }

    /** The form with a column for each of {@code indicators} (the measures the unit reports, {@link Plan#measuresFor}). */
    public static byte[] write(Plan plan, String unitName, String periodLabel, List<Task> tasks, List<Indicator> indicators) {
        StringWriter w = new StringWriter();
        w.write('\uFEFF');
        try (CSVPrinter out = new CSVPrinter(w, FORMAT)) {
            List<String> header = new ArrayList<>();
            for (ReportColumn c : ReportColumn.values()) header.add(c.vietnamese());
            for (Indicator i : indicators) header.add(i.name());
            out.printRecord(header.stream().map(ReportForm::neutral).toList());
            for (Task t : tasks) {
                List<String> cells = new ArrayList<>();
                for (ReportColumn c : ReportColumn.values()) {
                    String v = prefilled(c, unitName, periodLabel, t);
                    cells.add(v == null ? "" : v);
                }
                for (int k = 0; k < indicators.size(); k++) cells.add("");
                out.printRecord(cells.stream().map(ReportForm::neutral).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return w.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** What a form fills in before the unit does: its name, the period and the task in their columns; null in the others. */
    static String prefilled(ReportColumn c, String unitName, String periodLabel, Task t) {
        return switch (c) {
            case UNIT -> unitName;
            case PERIOD -> periodLabel;
            case TASK -> t.id();
            default -> null;
        };
    }
}
