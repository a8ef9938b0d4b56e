package planreport.io;

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
 * Writes a unit's pre-filled report form: the report CSV the reader reads, with Vietnamese headers,
 * one row per task with unit, period and task filled in, as Excel writes CSV UTF-8 (a byte-order
 * mark, commas, CRLF, quotes only where needed).
 */
public final class ReportForm {
    private ReportForm() {}

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.MINIMAL).setRecordSeparator("\r\n").get();

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
        List<Indicator> indicators = indicators(plan, tasks);
        StringWriter w = new StringWriter();
        w.write('\uFEFF');
        try (CSVPrinter out = new CSVPrinter(w, FORMAT)) {
            List<String> header = new ArrayList<>();
            for (ReportColumn c : ReportColumn.values()) header.add(c.vietnamese());
            for (Indicator i : indicators) header.add(i.name());
            out.printRecord(header);
            for (Task t : tasks) {
                List<String> cells = new ArrayList<>();
                for (ReportColumn c : ReportColumn.values()) {
                    cells.add(switch (c) {
                        case UNIT -> unitName;
                        case PERIOD -> periodLabel;
                        case TASK -> t.id();
                        default -> "";
                    });
                }
                for (int k = 0; k < indicators.size(); k++) cells.add("");
                out.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return w.toString().getBytes(StandardCharsets.UTF_8);
    }
}
