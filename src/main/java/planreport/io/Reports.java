package planreport.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import planreport.check.Code;
import planreport.check.Diagnostic;
import planreport.check.Diagnostics;
import planreport.model.Plan;
import planreport.model.ReportRow;

/**
 * The read step for unit reports: every source read in order, its rows handed to a sink on the
 * calling thread, exactly as if all were read there. For more than a unit's few files, reading (decoding and
 * CSV parsing, the larger half of the work) runs on its own thread and hands rows over in small
 * batches through a bounded queue, so the checks overlap the parsing while memory stays flat.
 */
public final class Reports {
    private Reports() {}

    /** Receives progress: files done, of how many, rows so far. */
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
     * Inputs smaller than this in all (a unit's few reports) are read on the calling thread, where
     * starting threads would cost more than the overlap gains. Anything larger, a folder of many small
     * reports as much as one large file, is read in the stages below, so a cold run's two cores share
     * it: on the shipped example's 1,041 files (4 MB) validate's calling thread works about two fifths
     * less (CPU 0.71 s to 0.42 s), for about 5 % more CPU time in all.
     */
    static final long INLINE_BYTES = 64 << 10;
    /**
     * A zipped workbook's (.xlsx, .ods) bytes count this many times a CSV's in deciding how to read: its
     * XML is compressed about tenfold, so a 4.5 MB workbook holds the rows of a 40 MB CSV.
     */
    static final int WORKBOOK_WEIGHT = 8;
    /** Threads for the first step of the checks on inputs read in stages: one a core (the reader and the checks' second step share them). */
    static final int WORKERS = Math.max(1, Runtime.getRuntime().availableProcessors());

    /** How much reading {@code s} ({@code size} bytes, -1 if unknown) is, in CSV bytes. */
    static long work(Source s, long size) {
        if (size < 0 || s.path() == null) return size;
        ReportFormat f = ReportFormat.of(s.path().getFileName().toString());
        return f == ReportFormat.XLSX || f == ReportFormat.ODS ? size * WORKBOOK_WEIGHT : size;
    }

    /** The end of one file. */
    private static final Object FILE_END = new Object();

    /** The reader failed with a bug (not a data problem): rethrown on the checking thread. */
    private record Failure(Throwable error) {}

    private static final Object END = new Object();

    /**
     * A sink whose work on a row comes in two steps: {@code prepare} depends on the row alone and may
     * run on any thread, several rows at once; {@code accept} then takes the prepared rows one by one,
     * in the order read, on the calling thread.
     */
    public interface Staged<P> {
        P prepare(ReportRow row);

        void accept(P prepared);

        /**
         * Told once, before the first row, how much there is to read ({@link #work}: CSV bytes, a
         * workbook's weighed), when it is known: a sink that keeps something a row may make room at once.
         */
        default void expect(long bytes) {}

        /** A sink of one step: all its work is done in order. */
        static Staged<ReportRow> of(ReportReader.Sink sink) {
            return new Staged<>() {
                @Override public ReportRow prepare(ReportRow row) { return row; }

                @Override public void accept(ReportRow row) { sink.row(row); }
            };
        }
    }

    /**
     * Reads every source into {@code sink}, in order; the diagnostics of reading (csv-syntax,
     * encoding, …) go to {@code out}. A row's index of its file is the source's index in the list.
     */
    public static void read(Plan plan, List<Source> sources, Charset charset, Diagnostics out, ReportReader.Sink sink, Progress progress) {
        read(plan, sources, charset, out, Staged.of(sink), progress, INLINE_BYTES);
    }

    /** As above, for a sink in two steps: for inputs read in stages the first runs on as many threads as there are cores. */
    public static <P> void read(Plan plan, List<Source> sources, Charset charset, Diagnostics out, Staged<P> sink, Progress progress) {
        read(plan, sources, charset, out, sink, progress, INLINE_BYTES);
    }

    /** As above; inputs under {@code inlineBytes} in all are read on the calling thread (tests compare both ways). */
    public static void read(Plan plan, List<Source> sources, Charset charset, Diagnostics out, ReportReader.Sink sink, Progress progress,
                            long inlineBytes) {
        read(plan, sources, charset, out, Staged.of(sink), progress, inlineBytes);
    }

    /** As above, for a sink in two steps. */
    public static <P> void read(Plan plan, List<Source> sources, Charset charset, Diagnostics out, Staged<P> sink, Progress progress,
                                long inlineBytes) {
        read(plan, sources, charset, out, sink, progress, inlineBytes, null);
    }

    /** As above, for a sink in two steps, with the files {@code early} took ahead (null: none). */
    public static <P> void read(Plan plan, List<Source> sources, Charset charset, Diagnostics out, Staged<P> sink, Progress progress,
                                EarlyReports early) {
        read(plan, sources, charset, out, sink, progress, INLINE_BYTES, early);
    }

    /** As above; inputs under {@code inlineBytes} in all are read on the calling thread. */
    static <P> void read(Plan plan, List<Source> sources, Charset charset, Diagnostics out, Staged<P> sink, Progress progress,
                         long inlineBytes, EarlyReports early) {
        long[] sizes = new long[sources.size()];
        long total = 0;
        long[] rows = {0};
        ReportReader.Sink counted = r -> { rows[0]++; sink.accept(sink.prepare(TextGuard.clean(r, out))); }; // no control character goes further
        // the files the early reading took, from the first on, are made into rows on this thread as each
        // is ready (handing a few rows a file between threads costs more), while it reads the next ones;
        // from the first it did not take, it is let finish (so which way the rest is read does not depend
        // on how far it got, nor do the classes a run loads, which the class-data archive holds), and what
        // it did not take is read here
        int first = 0;
        if (early != null) {
            for (ReportReader.Parsed p; first < sources.size() && (p = early.next(sources.get(first).path(), charset)) != null; first++) {
                ReportReader.read(p, sources.get(first).name(), first, plan, out, counted);
                progress.update(first + 1, sources.size(), rows[0]);
            }
            early.await();
        }
        for (int i = first; i < sources.size(); i++) {
            // a file taken ahead is no work left, and its size (a small file's) is not asked again
            boolean taken = early != null && early.holds(sources.get(i).path(), charset);
            sizes[i] = taken ? 0 : sources.get(i).size();
            long work = taken ? 0 : work(sources.get(i), sizes[i]);
            total = work < 0 || total < 0 ? -1 : total + work; // standard input: size unknown
        }
        if (total > 0) sink.expect(total);
        if (total >= 0 && total < inlineBytes) {
            for (int i = first; i < sources.size(); i++) {
                readFile(plan, sources.get(i), sizes[i], i, charset, out, counted, early);
                progress.update(i + 1, sources.size(), rows[0]);
            }
            return;
        }
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE);
        // the first step of each batch (control characters, then the sink's own) runs on these, while
        // this thread takes the batches' results in the order read
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS, r -> {
            Thread t = new Thread(r, "plan-report-check");
            t.setDaemon(true);
            return t;
        });
        Function<ReportRow[], Object[]> prepare = batch -> {
            Object[] done = new Object[batch.length];
            for (int i = 0; i < batch.length && batch[i] != null; i++) done[i] = sink.prepare(TextGuard.clean(batch[i], out));
            return done;
        };
        int from = first;
        Thread reader = new Thread(() -> read(plan, sources, from, sizes, charset, out, queue, workers, prepare, early), "plan-report-reader");
        reader.setDaemon(true);
        reader.start();
        int done = first;
        try {
            while (true) {
                Object item = queue.take();
                if (item == END) break;
                if (item instanceof Future<?> f) {
                    Object[] batch;
                    try {
                        batch = (Object[]) f.get();
                    } catch (ExecutionException e) {
                        item = new Failure(e.getCause());
                        batch = null;
                    }
                    if (batch != null) {
                        for (Object p : batch) {
                            if (p == null) break;
                            rows[0]++;
                            @SuppressWarnings("unchecked") P prepared = (P) p;
                            sink.accept(prepared);
                        }
                        progress.update(done, sources.size(), rows[0]); // a large file shows its rows as they go
                        continue;
                    }
                }
                if (item instanceof ReportRow[] batch) {
                    for (ReportRow r : batch) {
                        if (r == null) break;
                        counted.row(r);
                    }
                    progress.update(done, sources.size(), rows[0]); // a large file shows its rows as they go
                } else if (item == FILE_END) {
                    progress.update(++done, sources.size(), rows[0]);
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
            workers.shutdownNow();
        }
    }

    /** The reader thread: every source from {@code first} in order, rows in batches (each handed to a worker, its result queued in order), then the file's diagnostics. */
    private static void read(Plan plan, List<Source> sources, int first, long[] sizes, Charset charset, Diagnostics out, BlockingQueue<Object> queue,
                             ExecutorService workers, Function<ReportRow[], Object[]> prepare, EarlyReports early) {
        try {
            for (int i = first; i < sources.size(); i++) {
                Batcher batcher = new Batcher(queue, workers, prepare);
                readFile(plan, sources.get(i), sizes[i], i, charset, out, batcher, early);
                batcher.flush();
                queue.put(FILE_END);
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

    /**
     * Reads one source ({@code size} bytes, -1 if unknown) into {@code sink}. What the first bytes say
     * wins over the name: a workbook named .csv is read as a workbook, and an old .xls or an encrypted
     * workbook (both OLE2 containers) gets its own diagnostic, whatever its name.
     */
    private static void readFile(Plan plan, Source s, long size, int index, Charset charset, Diagnostics out, ReportReader.Sink sink,
                                 EarlyReports early) {
        Object got = early == null ? null : early.take(s.path(), charset);
        if (got instanceof ReportReader.Parsed parsed) {
            ReportReader.read(parsed, s.name(), index, plan, out, sink);
            return;
        }
        ReportFormat named = s.path() == null ? null : ReportFormat.of(s.path().getFileName().toString());
        try (XlsxReader.Ahead ahead = got instanceof XlsxReader.Ahead a ? a : null;
             java.io.PushbackInputStream in = new java.io.PushbackInputStream(s.open(), 8)) {
            byte[] head = new byte[8];
            int n = 0;
            while (n < head.length) {
                int r = in.read(head, n, head.length - n);
                if (r < 0) break;
                n += r;
            }
            in.unread(head, 0, n);
            if (ReportFormat.starts(head, n, ReportFormat.OLE2_MAGIC)) {
                // an .xls, or a workbook with a password (kept in an OLE2 container), whatever its name
                if (s.path() != null) XlsReader.read(s.path().toFile(), s.name(), index, plan, out, sink);
                else ReportFormat.XLS.read(in, s.name(), index, charset, plan, out, sink, false);
            } else if (ReportFormat.starts(head, n, ReportFormat.ZIP_MAGIC)) {
                ReportFormat zip = named == ReportFormat.ODS ? ReportFormat.ODS : ReportFormat.XLSX;
                if (s.path() == null) zip.read(in, s.name(), index, charset, plan, out, sink, false);
                else if (zip == ReportFormat.ODS) OdsReader.read(s.path().toFile(), s.name(), index, plan, out, sink);
                else XlsxReader.read(s.path().toFile(), s.name(), index, plan, out, sink, ahead);
            } else if (named == ReportFormat.XLSX) {
                out.add(Diagnostic.of(Code.WORKBOOK, "not-xlsx").in(s.name()));
            } else if (named == ReportFormat.XLS) {
                out.add(Diagnostic.of(Code.WORKBOOK, "not-xls").in(s.name()));
            } else if (named == ReportFormat.ODS) {
                out.add(Diagnostic.of(Code.WORKBOOK, "not-ods").in(s.name()));
            } else {
                ReportFormat.CSV.read(in, s.name(), index, charset, plan, out, sink, size > READ_AHEAD_BYTES);
            }
        } catch (IOException e) {
            out.add(Diagnostic.of(Code.INPUT, "read-failed").in(s.name()).with("detail", String.valueOf(e.getMessage())));
        }
    }

    /** Collects rows into batches, each given to a worker; what the queue holds is the batch's result to come, in order. */
    private static final class Batcher implements ReportReader.Sink {
        private final BlockingQueue<Object> queue;
        private final ExecutorService workers;
        private final Function<ReportRow[], Object[]> prepare;
        private ReportRow[] batch = new ReportRow[BATCH];
        private int n;

        Batcher(BlockingQueue<Object> queue, ExecutorService workers, Function<ReportRow[], Object[]> prepare) {
            this.queue = queue;
            this.workers = workers;
            this.prepare = prepare;
        }

        @Override
        public void row(ReportRow row) {
            batch[n++] = row;
            if (n == BATCH) flush();
        }

        void flush() {
            if (n == 0) return;
            try {
                ReportRow[] full = batch;
                queue.put(workers.submit(() -> prepare.apply(full)));
            } catch (InterruptedException | java.util.concurrent.RejectedExecutionException e) {
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
