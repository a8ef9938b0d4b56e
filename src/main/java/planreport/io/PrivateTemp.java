package planreport.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A private temporary copy of a stream (a workbook on standard input, which is read by its zip
 * directory and so needs a file): created 0600 by {@link Files#createTempFile} and written in place
 * (never replaced, which would give it the usual 0644), at most a given number of bytes, and removed on
 * every way out: closed, an exception, or the JVM stopped by Ctrl-C or SIGTERM (a shutdown hook).
 */
final class PrivateTemp implements AutoCloseable {
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (Path p : LIVE) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException | RuntimeException e) {
                    // stopping: nothing more can be done
                }
            }
        }, "plan-report-temp-cleanup"));
    }

    private final Path path;
    private final boolean complete;

    private PrivateTemp(Path path, boolean complete) {
        this.path = path;
        this.complete = complete;
    }

    /** Copies {@code in} into a new private file, stopping after {@code max} bytes (then {@link #complete()} is false). */
    static PrivateTemp copy(InputStream in, String suffix, long max) throws IOException {
        Path p = Files.createTempFile("plan-report-", suffix);
        LIVE.add(p);
        boolean ok = false;
        try (OutputStream out = Files.newOutputStream(p, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            byte[] buf = new byte[1 << 16];
            long total = 0;
            boolean complete = true;
            int n;
            while ((n = in.read(buf)) >= 0) {
                total += n;
                if (total > max) { complete = false; break; }
                out.write(buf, 0, n);
            }
            ok = true;
            return new PrivateTemp(p, complete);
        } finally {
            if (!ok) {
                Files.deleteIfExists(p);
                LIVE.remove(p);
            }
        }
    }

    /** A new empty private file, removed as a copy is. */
    static PrivateTemp create(String suffix) throws IOException {
        Path p = Files.createTempFile("plan-report-", suffix);
        LIVE.add(p);
        return new PrivateTemp(p, true);
    }

    Path path() { return path; }

    /** Whether the whole stream fitted within the limit. */
    boolean complete() { return complete; }

    @Override
    public void close() throws IOException {
        try {
            Files.deleteIfExists(path);
        } finally {
            LIVE.remove(path);
        }
    }
}
