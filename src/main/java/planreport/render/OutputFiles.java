package planreport.render;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes a run's output files all or nothing: each to a temporary name in the target folder, then
 * moved into place atomically; if anything fails, the temporary files and the files this run
 * already moved are removed, so a failed run leaves no half file.
 */
public final class OutputFiles {
    private OutputFiles() {}

    /** Our temporary files' names: {@code .plan-report-<name>.<uuid>.tmp}, so a later run knows its own leftovers. */
    static final String PREFIX = ".plan-report-";
    private static final java.util.regex.Pattern OURS = java.util.regex.Pattern.compile(
            "\\.plan-report-.+\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.tmp");
    /** A temporary file is in flight for well under a second (written, then moved): one last written longer ago is a leftover. */
    static final long STALE_MILLIS = 60_000;

    /**
     * The files of a write in progress (temporaries, and targets already moved into place): removed by
     * the shutdown hook if the process is stopped (Ctrl-C, SIGTERM) in the middle of a write.
     */
    private static final java.util.Set<Path> IN_FLIGHT = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Held while a file of a write is created or moved: the hook waits for it, and no file is made after the hook began. */
    private static final Object LOCK = new Object();
    private static boolean stopping;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (LOCK) { stopping = true; }
            for (Path p : IN_FLIGHT) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException | RuntimeException e) {
                    // stopping: nothing more can be done; the next run into the folder sweeps it
                }
            }
        }, "plan-report-cleanup"));
    }

    /** Writes every file (name → bytes) into {@code dir}, creating it if missing; returns the paths written. */
    public static List<Path> write(Path dir, Map<String, byte[]> files) throws IOException {
        Files.createDirectories(dir);
        sweep(dir);
        List<Path> temps = new ArrayList<>();
        List<Path> moved = new ArrayList<>();
        boolean ok = false;
        try {
            for (var e : files.entrySet()) {
                // createFile, not createTempFile: the file gets the usual permissions, not 0600
                Path tmp = dir.resolve(PREFIX + e.getKey() + "." + UUID.randomUUID() + ".tmp");
                synchronized (LOCK) {
                    if (stopping) throw new java.io.InterruptedIOException("stopping");
                    IN_FLIGHT.add(tmp);
                    Files.createFile(tmp);
                }
                temps.add(tmp);
                Files.write(tmp, e.getValue());
            }
            int i = 0;
            for (var e : files.entrySet()) {
                Path target = dir.resolve(e.getKey());
                Path tmp = temps.get(i++);
                synchronized (LOCK) {
                    if (stopping) throw new java.io.InterruptedIOException("stopping");
                    IN_FLIGHT.add(target);
                    try {
                        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    } catch (AtomicMoveNotSupportedException x) {
                        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                moved.add(target);
            }
            ok = true;
            return moved;
        } finally {
            if (!ok) {
                for (Path p : temps) Files.deleteIfExists(p);
                for (Path p : moved) Files.deleteIfExists(p);
            }
            for (Path p : temps) IN_FLIGHT.remove(p);
            for (var e : files.keySet()) IN_FLIGHT.remove(dir.resolve(e));
        }
    }

    /**
     * Removes our own temporary files that a run killed outright (SIGKILL, a power cut) left in
     * {@code dir}: only names of our pattern, and only those last written more than a minute ago
     * (a write takes under a second), so a run writing into the same folder at the same time keeps its files. Returns how
     * many were removed.
     */
    public static int sweep(Path dir) {
        int removed = 0;
        long before = System.currentTimeMillis() - STALE_MILLIS;
        try (java.nio.file.DirectoryStream<Path> ds = Files.newDirectoryStream(dir, PREFIX + "*.tmp")) {
            for (Path p : ds) {
                try {
                    if (!OURS.matcher(p.getFileName().toString()).matches() || !Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) continue;
                    if (Files.getLastModifiedTime(p, java.nio.file.LinkOption.NOFOLLOW_LINKS).toMillis() >= before) continue;
                    if (Files.deleteIfExists(p)) removed++;
                } catch (IOException e) {
                    // another run removed it, or it cannot be removed: leave it
                }
            }
        } catch (IOException | java.nio.file.DirectoryIteratorException e) {
            // a folder we cannot list: the write itself will say what is wrong
        }
        return removed;
    }
}
