package planreport.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import planreport.io.Reports;

/** Progress on stderr for long runs, only when stderr is a terminal and the output is not JSON. */
final class Progress implements Reports.Progress {
    private final PrintWriter err;
    private long last;
    private boolean shown;

    private Progress(PrintWriter err) { this.err = err; }

    static Progress create(boolean json, PrintWriter err) {
        return new Progress(!json && stderrIsTerminal() ? err : null);
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
        err.print("\r" + filesDone + "/" + files + " files, " + rows + " rows");
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
