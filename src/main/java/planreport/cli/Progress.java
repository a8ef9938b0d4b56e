package planreport.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import planreport.io.Reports;

/** Progress on stderr for long runs, only when stderr is a terminal and the output is not JSON. */
final class Progress implements Reports.Progress {
    private final PrintWriter err;
    private final Texts texts;
    private long last;
    private boolean shown;

    private Progress(PrintWriter err, Texts texts) {
        this.err = err;
        this.texts = texts;
    }

    /** Progress in the language of {@code t}: "12/471 tệp, 3.080 dòng". */
    static Progress create(boolean json, PrintWriter err, Texts t) {
        return new Progress(!json && stderrIsTerminal() ? err : null, t);
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
        long now = System.nanoTime();
        if (now - last < 200_000_000L && filesDone < files) return;
        last = now;
        err.print("\r" + texts.get("progress", "done", filesDone, "files", files, "rows", rows));
        err.flush();
        shown = true;
    }

    void done() {
        if (err != null && shown) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
