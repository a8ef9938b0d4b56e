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

    /** Writes every file (name → bytes) into {@code dir}, creating it if missing; returns the paths written. */
    public static List<Path> write(Path dir, Map<String, byte[]> files) throws IOException {
        Files.createDirectories(dir);
        List<Path> temps = new ArrayList<>();
        List<Path> moved = new ArrayList<>();
        boolean ok = false;
        try {
            for (var e : files.entrySet()) {
                // createFile, not createTempFile: the file gets the usual permissions, not 0600
                Path tmp = Files.createFile(dir.resolve("." + e.getKey() + "." + UUID.randomUUID() + ".tmp"));
                temps.add(tmp);
                Files.write(tmp, e.getValue());
            }
            int i = 0;
            for (var e : files.entrySet()) {
                Path target = dir.resolve(e.getKey());
                Path tmp = temps.get(i++);
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException x) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
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
        }
    }
}
