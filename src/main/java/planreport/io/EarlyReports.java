package planreport.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import planreport.check.Diagnostics;

/**
 * Small report files read and parsed on a second thread while the plan is read: decoding, the
 * delimiter and the CSV syntax need no plan (ReportReader.Parsed), and at a cold start the
 * plan's reading leaves a core mostly idle. The rows are then made and checked in order as before,
 * from the records taken here ({@link Reports}, which lets this thread finish first); a file not
 * taken ahead is read as it comes. Only CSV files (by name and first bytes) of at most
 * {@link #MAX_FILE_BYTES} are taken, at most {@link #MAX_BYTES} in all (their records held until
 * the plan is read: about four times their bytes), so a folder of large files costs no memory here.
 */
public final class EarlyReports implements AutoCloseable {
    static final int MAX_FILE_BYTES = 64 << 10;
    static final long MAX_BYTES = 4 << 20;

    /** A file to be read as it comes (a workbook, a large file, one this thread could not read). */
    private static final Object LIVE = new Object();

    private final Charset charset;
    private final List<String> args;
    private final Map<Path, Object> taken = new ConcurrentHashMap<>();
    /** The bytes of the files taken ahead, kept for the run's manifest (compile), which hashes them rather than reading the files again; null: not kept. */
    private final Map<Path, byte[]> contents;
    private final Thread thread;
    /** The REPORT arguments as this thread found them, for the run to take instead of listing the folders again. */
    private record Listing(List<Source> sources, Diagnostics found) {}

    private final java.util.concurrent.CountDownLatch listed = new java.util.concurrent.CountDownLatch(1);
    private volatile Listing listing;
    /** Set when this thread has taken every file it will take (or stopped): {@link #next} waits no longer. */
    private volatile boolean ended;
    /** Whether the run waits in {@link #next} for the file in hand (then each file taken is announced). */
    private volatile boolean waiting;
    /** Counted down when this thread has taken every file it will take: what {@link #await} waits for. */
    private final java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
    /** Run on this thread once the files are taken (null: nothing), while the run still makes their rows. */
    private final Runnable after;
    private volatile boolean stop;
    /** Files taken ahead: what a test counts. */
    private volatile int parsed;

    private EarlyReports(List<String> args, Charset charset, boolean keep, Runnable after) {
        this.charset = charset;
        this.after = after;
        this.contents = keep ? new ConcurrentHashMap<>() : null;
        this.args = List.copyOf(args);
        thread = new Thread(() -> run(this.args), "plan-report-early");
        thread.setDaemon(true);
    }

    /**
     * Starts taking the REPORT arguments {@code args} ahead, read in {@code charset} (null: each file's own,
     * as {@link CheckedDecoder} decides). Close it when the run has read its reports or ends without.
     */
    public static EarlyReports start(List<String> args, Charset charset) {
        return start(args, charset, false);
    }

    /** {@link #start(List, Charset)}; {@code keep}: the bytes of the files taken are kept for {@link #contents} (the manifest's hashes). */
    public static EarlyReports start(List<String> args, Charset charset, boolean keep) {
        return start(args, charset, keep, null);
    }

    /**
     * {@link #start(List, Charset, boolean)}, then {@code after} run on this thread once the files are
     * taken: work the run needs later (the diagnostics' texts), done while it makes the rows. A failure
     * there is left to the run, which meets it again when it asks for the same.
     */
    public static EarlyReports start(List<String> args, Charset charset, boolean keep, Runnable after) {
        EarlyReports e = new EarlyReports(args, charset, keep, after);
        e.thread.start();
        return e;
    }

    private void run(List<String> args) {
        try {
            take(args);
        } finally {
            ended = true;
            done.countDown();
            announce();
        }
        if (after == null || stop) return;
        try {
            after.run();
        } catch (RuntimeException | Error e) {
            // not said here: the run asks for the same and meets the same failure where it is handled
        }
    }

    /** Tells a run waiting in {@link #next} that a file was taken, or that there will be no more. */
    private void announce() {
        if (!waiting) return;
        synchronized (this) {
            notifyAll();
        }
    }

    private void take(List<String> args) {
        List<Source> sources;
        try {
            Diagnostics found = new Diagnostics();
            sources = Sources.expand(args, found);
            listing = new Listing(sources, found);
        } finally {
            listed.countDown(); // without a listing (a bug met while listing): the run lists the arguments itself
        }
        if (sources == null) return;
        long total = 0;
        boolean workbook = false;
        for (Source s : sources) {
            if (stop) return;
            if (s.path() == null) continue;
            Object got;
            try {
                ReportFormat named = ReportFormat.of(s.path().getFileName().toString());
                if (named == ReportFormat.XLSX && !workbook) {
                    // the first workbook's styles and shared strings (one workbook's: what they hold stays bounded)
                    workbook = true;
                    XlsxReader.Ahead a = XlsxReader.Ahead.read(s.path().toFile());
                    taken.put(s.path(), a == null ? LIVE : a);
                    announce();
                    continue;
                }
                byte[] bytes = named == null || named == ReportFormat.CSV ? bytes(s.path()) : null;
                if (bytes != null && (total += bytes.length) > MAX_BYTES) return;
                if (bytes != null && contents != null) contents.put(s.path(), bytes);
                ReportReader.Parsed p = bytes == null ? null : ReportReader.Parsed.of(input(bytes), charset);
                got = p == null ? LIVE : p;
                if (p != null) parsed++;
            } catch (IOException | RuntimeException e) {
                got = LIVE; // read as it comes, where its problem is said as it always was
            }
            taken.put(s.path(), got);
            announce();
        }
    }

    /** The file's bytes when it is a small text file (not a workbook by its first bytes), else null. */
    private static byte[] bytes(Path file) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // as many bytes as the file says it holds and one more (reading MAX_FILE_BYTES + 1 at once would
            // allocate 8 KB for each of a folder's thousand small files); past that, the rest up to the limit
            int asked = (int) Math.min(MAX_FILE_BYTES + 1L, Math.max(0, in.available()) + 1L);
            bytes = in.readNBytes(asked);
            if (bytes.length == asked && asked <= MAX_FILE_BYTES) {
                byte[] more = in.readNBytes(MAX_FILE_BYTES + 1 - asked);
                byte[] all = java.util.Arrays.copyOf(bytes, asked + more.length);
                System.arraycopy(more, 0, all, asked, more.length);
                bytes = all;
            }
        }
        if (bytes.length > MAX_FILE_BYTES) return null;
        if (ReportFormat.starts(bytes, bytes.length, ReportFormat.OLE2_MAGIC) || ReportFormat.starts(bytes, bytes.length, ReportFormat.ZIP_MAGIC)) {
            return null;
        }
        return bytes;
    }

    /** The bytes as the reader sees a file: its first bytes read and given back (the decoder sizes its buffers by what is available). */
    private static InputStream input(byte[] bytes) throws IOException {
        PushbackInputStream in = new PushbackInputStream(new ByteArrayInputStream(bytes), 8);
        int n = Math.min(8, bytes.length);
        in.unread(in.readNBytes(n), 0, n);
        return in;
    }

    /**
     * The records of {@code file} taken ahead in {@code cs}, or null: read it as it comes. Asked for a
     * file this thread has not reached, it stops (after the file it is on) and what it has not taken is read as it comes.
     */
    Object take(Path file, Charset cs) {
        if (file == null || !java.util.Objects.equals(cs, charset)) return null;
        Object got = taken.remove(file);
        if (got == null && !ended) {
            halt();
            got = taken.remove(file);
        }
        return got instanceof ReportReader.Parsed || got instanceof XlsxReader.Ahead ? got : null;
    }

    /**
     * The records of {@code file} taken ahead in {@code cs}, waiting while this thread is still on it or
     * on a file before it; null when it was not taken (a workbook, a large file, one not read here, or
     * this thread stopped first: read it as it comes). Unlike {@link #take}, this never stops the
     * reading ahead, so the run can make rows of the files taken while the rest are still being read,
     * and which files are taken depends on the inputs alone.
     */
    ReportReader.Parsed next(Path file, Charset cs) {
        if (file == null || !java.util.Objects.equals(cs, charset)) return null;
        Object got = taken.get(file);
        if (got == null && !ended) {
            waiting = true;
            synchronized (this) {
                while ((got = taken.get(file)) == null && !ended) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
            }
            if (got == null) got = taken.get(file); // put just before the end was announced
        }
        if (!(got instanceof ReportReader.Parsed p)) return null; // a workbook's parts stay for take, as the run reads it
        taken.remove(file);
        return p;
    }

    /**
     * The REPORT arguments as {@link Sources#expand} gives them, with its diagnostics added to {@code out}
     * (null, as there, when one cannot be read): listed here once, at the start (for {@code args} as this was started with).
     */
    public List<Source> sources(List<String> args, Diagnostics out) {
        try {
            listed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Listing l = listing;
        listing = null; // taken once: asked again, the arguments are listed again
        if (l == null || !args.equals(this.args)) return Sources.expand(args, out);
        out.addAll(l.found());
        return l.sources();
    }

    /**
     * The bytes of {@code file} as this read them, once (then let go), or null: not read here, or not kept.
     * Asked before this has finished, it waits for that.
     */
    public byte[] contents(Path file) {
        if (contents == null || file == null) return null;
        await();
        return contents.remove(file);
    }

    /** Whether this was started for the REPORT arguments {@code args}, read in {@code cs}, keeping the files' bytes when {@code keep}. */
    public boolean startedFor(List<String> args, Charset cs, boolean keep) {
        return this.args.equals(args) && java.util.Objects.equals(charset, cs) && (contents != null) == keep;
    }

    /** Whether {@code file} was taken ahead in {@code cs} and not yet asked for. */
    boolean holds(Path file, Charset cs) {
        return file != null && java.util.Objects.equals(cs, charset) && taken.get(file) instanceof ReportReader.Parsed;
    }

    /** Waits until this has taken every file it will take. */
    public EarlyReports await() {
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return this;
    }

    /** How many files were taken ahead. */
    public int parsed() { return parsed; }

    /** Stops taking files ahead, once the file in hand is done; what was taken and not asked for is dropped. */
    @Override
    public void close() {
        halt();
        for (Object got : taken.values()) if (got instanceof XlsxReader.Ahead a) a.close(); // a workbook read ahead and not asked for
        taken.clear();
        if (contents != null) contents.clear();
    }

    /** Stops taking files ahead once the file in hand is done, and waits for that. */
    void halt() {
        stop = true;
        await();
    }
}
