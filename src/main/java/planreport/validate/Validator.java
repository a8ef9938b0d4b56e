package planreport.validate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import planreport.check.Code;
import planreport.check.Diagnostics;
import planreport.io.ReportReader;
import planreport.io.Source;
import planreport.model.Period;
import planreport.model.Plan;
import planreport.model.ReportRow;

/**
 * The check step of the pipeline: every report file read and checked, then coverage. For inputs of
 * megabytes, reading (decoding and CSV parsing, the larger half of the work) runs on its own thread and hands rows
 * over in small batches through a bounded queue, so the checks overlap the parsing while memory
 * stays flat. The rows are checked in file order on the calling thread, exactly as if read there.
 */
public final class Validator {
    private Validator() {}

    /** Receives progress: files done, rows so far, bytes read. */
    public interface Progress {
        void update(int filesDone, int files, long rows);

        Progress NONE = (a, b, c) -> {};
    }

    /** Rows per hand-over; with {@link #QUEUE} batches in flight at most ~1,000 rows are held. */
    static final int BATCH = 128;
    static final int QUEUE = 8;
    /** Files larger than this are also decoded on a thread of their own (three stages on two cores balance better). */
    static final long READ_AHEAD_BYTES = 1 << 20;
    /**
     * Inputs smaller than this in all are read on the calling thread: for a quarter's few hundred
     * small reports the hand-over costs more than the overlap gains, and the spare core is left to
     * the JIT compiler, which is what a short run waits for.
     */
    static final long INLINE_BYTES = 8 << 20;

    /** The end of one file: the diagnostics its reading produced. */
    private record FileEnd(Diagnostics diagnostics) {}

    /** The reader failed with a bug (not a data problem): rethrown on the checking thread. */
    private record Failure(Throwable error) {}

    private static final Object END = new Object();

    /**
     * Reads and checks every source; rows that resolve go to {@code sink}. {@code only}, when set,
     * limits the missing-report check to one period.
     */
    public static ReportCheck run(Plan plan, List<Source> sources, Charset charset, LocalDate asOf, Period only,
                                  Diagnostics out, Consumer<CheckedRow> sink, Progress progress) {
        return run(plan, sources, charset, asOf, only, out, sink, progress, INLINE_BYTES);
    }

    /** As above; inputs under {@code inlineBytes} in all are read on the calling thread (tests compare both ways). */
    static ReportCheck run(Plan plan, List<Source> sources, Charset charset, LocalDate asOf, Period only,
                           Diagnostics out, Consumer<CheckedRow> sink, Progress progress, long inlineBytes) {
        ReportCheck check = new ReportCheck(plan, asOf, out, sink);
        int[] index = new int[sources.size()];
        long[] sizes = new long[sources.size()];
        long total = 0;
        for (int i = 0; i < sources.size(); i++) {
            index[i] = check.addFile(sources.get(i).name());
            sizes[i] = sources.get(i).size();
            total = sizes[i] < 0 || total < 0 ? -1 : total + sizes[i]; // standard input: size unknown
        }
        if (total >= 0 && total < inlineBytes) {
            for (int i = 0; i < sources.size(); i++) {
                Diagnostics ds = readFile(plan, sources.get(i), sizes[i], index[i], charset, check::row);
                out.addAll(ds.sorted()); // the reader's own diagnostics, kept apart as on the reader thread
                progress.update(i + 1, sources.size(), check.rows());
            }
            check.finish(only);
            return check;
        }
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE);
        Thread reader = new Thread(() -> read(plan, sources, sizes, index, charset, queue), "plan-report-reader");
        reader.setDaemon(true);
        reader.start();
        int done = 0;
        try {
            while (true) {
                Object item = queue.take();
                if (item == END) break;
                if (item instanceof ReportRow[] batch) {
                    for (ReportRow r : batch) {
                        if (r == null) break;
                        check.row(r);
                    }
                    progress.update(done, sources.size(), check.rows()); // a large file shows its rows as they go
                } else if (item instanceof FileEnd end) {
                    // the reader's own diagnostics (csv-syntax, encoding, …) kept apart so that a row's
                    // "clean" flag counts only the checks of that row, as when reading on this thread
                    out.addAll(end.diagnostics().sorted());
                    progress.update(++done, sources.size(), check.rows());
                } else if (item instanceof Failure f) {
                    if (f.error() instanceof RuntimeException e) throw e;
                    if (f.error() instanceof Error e) throw e;
                    throw new IllegalStateException(f.error());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            reader.interrupt();
        }
        check.finish(only);
        return check;
    }

    /** The reader thread: every source in order, rows in batches, then the file's diagnostics. */
    private static void read(Plan plan, List<Source> sources, long[] sizes, int[] index, Charset charset, BlockingQueue<Object> queue) {
        try {
            for (int i = 0; i < sources.size(); i++) {
                Batcher batcher = new Batcher(queue);
                Diagnostics ds = readFile(plan, sources.get(i), sizes[i], index[i], charset, batcher);
                batcher.flush();
                queue.put(new FileEnd(ds));
            }
            queue.put(END);
        } catch (InterruptedException | Stopped e) {
            // the checking side has stopped; nothing is waiting for more rows
        } catch (Throwable t) {
            try {
                queue.put(new Failure(t));
            } catch (InterruptedException e) {
                // the checking side has stopped
            }
        }
    }

    /** Reads one source ({@code size} bytes, -1 if unknown) into {@code sink}; returns the diagnostics of reading it. */
    private static Diagnostics readFile(Plan plan, Source s, long size, int index, Charset charset, ReportReader.Sink sink) {
        Diagnostics ds = new Diagnostics();
        try (InputStream in = s.open()) {
            ReportReader.read(in, s.name(), index, charset, plan, ds, sink, size > READ_AHEAD_BYTES);
        } catch (IOException e) {
            ds.add(Code.INPUT, s.name(), null, null, "the file cannot be read: " + e.getMessage());
        }
        return ds;
    }

    /** Collects rows into batches for the queue. */
    private static final class Batcher implements ReportReader.Sink {
        private final BlockingQueue<Object> queue;
        private ReportRow[] batch = new ReportRow[BATCH];
        private int n;

        Batcher(BlockingQueue<Object> queue) { this.queue = queue; }

        @Override
        public void row(ReportRow row) {
            batch[n++] = row;
            if (n == BATCH) flush();
        }

        void flush() {
            if (n == 0) return;
            try {
                queue.put(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Stopped();
            }
            batch = new ReportRow[BATCH];
            n = 0;
        }
    }

    /** Unwinds the reader when the checking side has stopped. */
    private static final class Stopped extends RuntimeException {
        Stopped() { super(null, null, false, false); }
    }
}
