package planreport.render;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
     * The files of a write in progress: temporaries, and targets already moved into place, each with
     * the previous run's file it replaced (kept aside under a temporary name) or null. If the process
     * is stopped (Ctrl-C, SIGTERM) in the middle of a write, the shutdown hook removes the temporaries
     * and puts the previous files back, so a stopped run leaves the folder as it found it.
     */
    private static final java.util.Set<Path> IN_FLIGHT = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static final Map<Path, Optional<Path>> REPLACED = new java.util.concurrent.ConcurrentHashMap<>();

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
            for (var e : REPLACED.entrySet()) restore(e.getKey(), e.getValue());
        }, "plan-report-cleanup"));
    }

    /** Puts the previous run's file back over {@code target} (or removes {@code target} if there was none). */
    private static void restore(Path target, Optional<Path> previous) {
        try {
            if (previous.isPresent()) move(previous.get(), target);
            else Files.deleteIfExists(target);
        } catch (IOException | RuntimeException e) {
            // the previous file stays under its temporary name; the next run's sweep leaves it (see sweep)
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException x) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Writes every file (name → bytes) into {@code dir}, creating it if missing; returns the paths
     * written. All or nothing: if any file cannot be written or moved into place (one of the names is
     * a folder, the disk is full), the files of an earlier run that this write had replaced are put
     * back as they were, and nothing of this run is left.
     */
    public static List<Path> write(Path dir, Map<String, byte[]> files) throws IOException {
        Files.createDirectories(dir);
        sweep(dir);
        for (String name : files.keySet()) {
            Path target = dir.resolve(name);
            if (Files.isDirectory(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) throw new java.nio.file.FileAlreadyExistsException(target.toString(), null, "is a folder");
        }
        List<Path> temps = new ArrayList<>();
        List<Path> moved = new ArrayList<>();
        Map<Path, Optional<Path>> replaced = new java.util.LinkedHashMap<>();
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
                // WRITE without CREATE: if a stop's hook has removed the file meanwhile, this fails
                // instead of making it again (a file the hook has already passed would be left behind)
                Files.write(tmp, e.getValue(), java.nio.file.StandardOpenOption.WRITE);
            }
            int i = 0;
            for (var e : files.entrySet()) {
                Path target = dir.resolve(e.getKey());
                Path tmp = temps.get(i++);
                synchronized (LOCK) {
                    if (stopping) throw new java.io.InterruptedIOException("stopping");
                    // the previous run's file is kept aside (a hard link, else a copy) until the whole write is in place
                    Optional<Path> previous = Optional.empty();
                    if (Files.isRegularFile(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        Path keep = dir.resolve(PREFIX + e.getKey() + "." + UUID.randomUUID() + ".previous");
                        try {
                            Files.createLink(keep, target);
                        } catch (IOException | UnsupportedOperationException x) {
                            Files.copy(target, keep, StandardCopyOption.COPY_ATTRIBUTES);
                        }
                        previous = Optional.of(keep);
                    }
                    replaced.put(target, previous);
                    REPLACED.put(target, previous);
                    move(tmp, target);
                }
                moved.add(target);
            }
            ok = true;
            return moved;
        } finally {
            synchronized (LOCK) {
                for (Path p : temps) Files.deleteIfExists(p);
                for (var e : replaced.entrySet()) {
                    if (!ok) restore(e.getKey(), e.getValue());
                    else if (e.getValue().isPresent()) Files.deleteIfExists(e.getValue().get());
                    REPLACED.remove(e.getKey());
                }
                for (Path p : temps) IN_FLIGHT.remove(p);
            }
        }
    }

    /** The folder, inside the output folder, that files of an earlier run no longer written are moved to. */
    public static final String SET_ASIDE = "lan-chay-truoc";

    /** The extensions of the files the tool writes. */
    private static final java.util.Set<String> OURS_EXT = java.util.Set.of("md", "pdf", "docx", "json", "csv", "xlsx", "html");

    /**
     * After a run has written {@code written} into {@code dir}: the files an earlier run left there that
     * this one did not write, and that are of the same documents, are moved into {@link #SET_ASIDE} (so
     * no stale file stands beside the new ones, and nothing a clerk may have edited is lost). Of the same
     * documents: a file with the stem of one written and another of the tool's extensions (a PDF of the
     * same review when this run wrote only Markdown), or a file {@code family} claims (the letters of the
     * same quarter to units that owe nothing now). Returns the files moved (their new paths).
     */
    public static List<Path> setAside(Path dir, java.util.Collection<String> written, java.util.function.Predicate<String> family) throws IOException {
        java.util.Set<String> now = new java.util.HashSet<>(written);
        java.util.Set<String> stems = new java.util.HashSet<>();
        for (String n : written) stems.add(stem(n));
        List<Path> stale = new ArrayList<>();
        try (java.nio.file.DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                String n = p.getFileName().toString();
                if (now.contains(n) || n.startsWith(".") || !Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) continue;
                int dot = n.lastIndexOf('.');
                if (dot < 0 || !OURS_EXT.contains(n.substring(dot + 1))) continue;
                if (stems.contains(stem(n)) || family.test(n)) stale.add(p);
            }
        }
        java.util.Collections.sort(stale);
        List<Path> moved = new ArrayList<>();
        for (Path p : stale) {
            Path to = Files.createDirectories(dir.resolve(SET_ASIDE)).resolve(p.getFileName());
            move(p, to);
            moved.add(to);
        }
        return moved;
    }

    /**
     * When a file was kept aside: the inode's change time, which making the hard link set (its modification
     * time is the kept file's own, old); the modification time where the file system has no change time.
     */
    private static long keptSince(Path p) throws IOException {
        try {
            return ((java.nio.file.attribute.FileTime) Files.getAttribute(p, "unix:ctime", java.nio.file.LinkOption.NOFOLLOW_LINKS)).toMillis();
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return Files.getLastModifiedTime(p, java.nio.file.LinkOption.NOFOLLOW_LINKS).toMillis();
        }
    }

    /** {@code name} in {@code dir}, or {@code stem-2.ext}, {@code stem-3.ext}… when that name is taken. */
    private static Path freeName(Path dir, String name) {
        Path p = dir.resolve(name);
        for (int n = 2; Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS); n++) {
            int dot = name.lastIndexOf('.');
            p = dir.resolve(dot < 0 ? name + "-" + n : name.substring(0, dot) + "-" + n + name.substring(dot));
        }
        return p;
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    /**
     * Removes our own temporary files that a run killed outright (SIGKILL, a power cut) left in
     * {@code dir}: only names of our pattern, and only those last written more than a minute ago
     * (a write takes under a second), so a run writing into the same folder at the same time keeps its files. Returns how
     * many were removed.
     */
    public static int sweep(Path dir) {
        return sweep(dir, System.currentTimeMillis());
    }

    /** A previous run's file kept aside while a write moved its files into place: {@code .plan-report-<name>.<uuid>.previous}. */
    private static final java.util.regex.Pattern KEPT = java.util.regex.Pattern.compile(
            "\\.plan-report-(.+)\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.previous");

    /**
     * {@link #sweep(Path)} as of {@code now}. A previous run's file that a write killed outright left kept aside
     * is not lost: it goes back under its name if nothing took its place, is dropped if it is the same file as the
     * one in place (killed before the move), and otherwise joins the earlier run's files in {@link #SET_ASIDE}.
     */
    static int sweep(Path dir, long now) {
        int removed = 0;
        long before = now - STALE_MILLIS;
        try (java.nio.file.DirectoryStream<Path> ds = Files.newDirectoryStream(dir, PREFIX + "*.previous")) {
            for (Path p : ds) {
                java.util.regex.Matcher m = KEPT.matcher(p.getFileName().toString());
                try {
                    if (!m.matches() || !Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS) || keptSince(p) >= before) continue;
                    Path target = dir.resolve(m.group(1));
                    if (!Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) move(p, target);
                    else if (Files.isSameFile(p, target)) Files.delete(p);
                    else move(p, freeName(Files.createDirectories(dir.resolve(SET_ASIDE)), m.group(1)));
                    removed++;
                } catch (IOException | RuntimeException e) {
                    // another run took it, or it cannot be moved: leave it as it is
                }
            }
        } catch (IOException | java.nio.file.DirectoryIteratorException e) {
            // a folder we cannot list: the write itself will say what is wrong
        }
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
