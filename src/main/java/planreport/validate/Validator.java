package planreport.validate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import planreport.check.Code;
import planreport.check.Diagnostics;
import planreport.io.ReportReader;
import planreport.io.Source;
import planreport.model.Period;
import planreport.model.Plan;

/** The check step of the pipeline: every report file read and checked, then coverage. */
public final class Validator {
    private Validator() {}

    /** Receives progress: files done, rows so far, bytes read. */
    public interface Progress {
        void update(int filesDone, int files, long rows);

        Progress NONE = (a, b, c) -> {};
    }

    /**
     * Reads and checks every source; rows that resolve go to {@code sink}. {@code only}, when set,
     * limits the missing-report check to one period.
     */
    public static ReportCheck run(Plan plan, List<Source> sources, Charset charset, LocalDate asOf, Period only,
                                  Diagnostics out, Consumer<CheckedRow> sink, Progress progress) {
        ReportCheck check = new ReportCheck(plan, asOf, out, sink);
        int done = 0;
        for (Source s : sources) {
            int index = check.addFile(s.name());
            try (InputStream in = s.open()) {
                ReportReader.read(in, s.name(), index, charset, plan, out, check::row);
            } catch (IOException e) {
                out.add(Code.INPUT, s.name(), null, null, "the file cannot be read: " + e.getMessage());
            }
            progress.update(++done, sources.size(), check.rows());
        }
        check.finish(only);
        return check;
    }
}
