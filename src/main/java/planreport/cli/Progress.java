package planreport.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongSupplier;
import planreport.io.Reports;
import planreport.io.Source;

/**
 * Progress on stderr for long runs, only when stderr is a terminal and the output is not JSON:
 * "12/471 tệp, 3.080 dòng", and when the inputs' sizes are known (files, not standard input) the
 * share read and the time left: "…, đã đọc 42%, còn khoảng 1 phút 05 giây". The share counts the
 * bytes of the files done, and of the file being read its rows so far times the bytes a row takes
 * (from the files done, or from a sample of the file's first 64 KB); the time left is the time
 * so far scaled by the share to go, shown once a second has passed and a fiftieth is read.
 */
final class Progress implements Reports.Progress {
    /** Bytes of a file sampled to estimate its bytes per row. */
    static final int SAMPLE = 64 * 1024;

    private final PrintWriter err;
    private final Texts texts;
    private final LongSupplier clock;
    private final long start;
    /** Each input's size in bytes, and the sum of those before it; null when a size is unknown. */
    private final long[] sizes, before;
    private final List<Source> sources;
    private final long total;
    private long last;
    private boolean shown;
    /** The file being read and the rows counted when it began. */
    private int current = -1;
    private long rowsAtCurrent;
    private double bytesPerRow;

    Progress(PrintWriter err, Texts texts, List<Source> sources, LongSupplier clock) {
        this.err = err;
        this.texts = texts;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.last = start - 1_000_000_000L;
        this.sources = sources;
        long[] s = null, b = null;
        long sum = 0;
        if (sources != null && !sources.isEmpty()) {
            s = new long[sources.size()];
            b = new long[sources.size() + 1];
            for (int i = 0; i < s.length; i++) {
                s[i] = sources.get(i).size();
                if (s[i] < 0) { s = null; b = null; sum = 0; break; }
                b[i] = sum;
                sum += s[i];
            }
            if (b != null) b[s.length] = sum;
        }
        sizes = s;
        before = b;
        total = sum;
    }

    /** Progress in the language of {@code t}: "12/471 tệp, 3.080 dòng". */
    static Progress create(boolean json, PrintWriter err, Texts t) {
        return create(json, err, t, null);
    }

    /** As {@link #create(boolean, PrintWriter, Texts)}, with the share read and the time left when the sizes of {@code sources} are known. */
    static Progress create(boolean json, PrintWriter err, Texts t, List<Source> sources) {
        PrintWriter shown = !json && stderrIsTerminal() ? err : null;
        // the inputs are sized only for a progress that is shown (a file system call a file: 1,041 on the shipped example)
        return new Progress(shown, t, shown == null ? null : sources, System::nanoTime);
    }

    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void update(int filesDone, int files, long rows) {
        if (err == null) return;
        long now = clock.getAsLong();
        if (now - last < 200_000_000L && filesDone < files) return;
        last = now;
        err.print("\r" + line(filesDone, files, rows, now) + "\033[K");
        err.flush();
        shown = true;
    }

    /** The progress line at {@code now}. */
    String line(int filesDone, int files, long rows, long now) {
        double share = share(filesDone, files, rows);
        if (share < 0) return texts.get("progress", "done", filesDone, "files", files, "rows", rows);
        double elapsed = (now - start) / 1e9;
        String left = share >= 0.02 && elapsed >= 1 && share < 1 ? duration(elapsed * (1 - share) / share) : null;
        if (left == null) return texts.get("progress", "done", filesDone, "files", files, "rows", rows) + ", " + percent(share);
        return texts.get("progress.share", "done", filesDone, "files", files, "rows", rows, "share", percent(share), "left", left);
    }

    /** The share of the inputs' bytes read (0–1), or -1 when a size is unknown. */
    double share(int filesDone, int files, long rows) {
        if (sizes == null || total <= 0 || files != sizes.length) return -1;
        if (filesDone >= files) return 1;
        if (filesDone != current) {
            current = filesDone;
            // the rows of the files done: a file's end is reported with its rows counted, so this call's
            // (the first file's own rows may be counted already when it is first seen)
            rowsAtCurrent = filesDone == 0 ? 0 : rows;
            // bytes per row: from the files done, else from the start of this one
            bytesPerRow = rowsAtCurrent > 0 ? before[filesDone] / (double) rowsAtCurrent : sample(sources.get(filesDone));
        }
        double inFile = bytesPerRow > 0 ? Math.min(sizes[filesDone] * 0.99, (rows - rowsAtCurrent) * bytesPerRow) : 0;
        return Math.min(1, (before[filesDone] + inFile) / total);
    }

    /** Bytes per line in the first {@link #SAMPLE} bytes of a file, or 0 when it cannot be read or has no line break. */
    static double sample(Source s) {
        if (s.path() == null) return 0;
        byte[] b = new byte[SAMPLE];
        int n = 0;
        try (InputStream in = Files.newInputStream(s.path())) {
            for (int r; n < b.length && (r = in.read(b, n, b.length - n)) > 0; ) n += r;
        } catch (IOException e) {
            return 0;
        }
        int lines = 0;
        for (int i = 0; i < n; i++) if (b[i] == '\n') lines++;
        return lines == 0 ? 0 : n / (double) lines;
    }

    private static String percent(double share) { return (int) Math.floor(share * 100) + "%"; }

    /** "12 giây", "3 phút 05 giây". */
    private String duration(double seconds) {
        long s = Math.max(1, Math.round(seconds));
        if (s < 60) return texts.get("progress.seconds", "n", s);
        return texts.get("progress.minutes", "m", s / 60, "s", String.format("%02d", s % 60));
    }

    void done() {
        if (err != null && shown) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
