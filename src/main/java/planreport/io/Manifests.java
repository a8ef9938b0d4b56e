package planreport.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import planreport.model.Manifest;

/** The manifest of a run's inputs: each file's SHA-256, read as a stream (a file that cannot be read has none). */
public final class Manifests {
    private Manifests() {}

    /** The manifest of {@code plan}, {@code reports} and {@code notes} (either may be null), judged on {@code asOf}. */
    public static Manifest of(Path plan, List<Source> reports, Path notes, LocalDate asOf) {
        return of(plan, reports, notes, asOf, p -> null);
    }

    /**
     * {@link #of(Path, List, Path, LocalDate)}, with the reports' bytes already read by the run where
     * {@code read} has them (null: the file is read here): the files read once, not twice.
     */
    public static Manifest of(Path plan, List<Source> reports, Path notes, LocalDate asOf, java.util.function.Function<Path, byte[]> read) {
        Hasher h = new Hasher();
        List<Manifest.InputFile> in = new ArrayList<>();
        if (plan != null) in.add(new Manifest.InputFile("plan", plan.toString(), h.sha256(plan)));
        for (Source s : reports) {
            byte[] bytes = s.path() == null ? null : read.apply(s.path());
            in.add(new Manifest.InputFile("report", s.name(), s.path() == null ? null : bytes != null ? h.sha256(bytes) : h.sha256(s.path())));
        }
        if (notes != null) in.add(new Manifest.InputFile("notes", notes.toString(), h.sha256(notes)));
        return new Manifest("plan-report", Manifest.currentVersion(), asOf, in);
    }

    /**
     * One digest and one buffer for all of a manifest's files: a quarter's folder holds a thousand
     * small reports, and a buffer and a provider look-up each (64 KB apiece: 70 MB for the shipped
     * example) were a sixth of a compile's allocation.
     */
    static final class Hasher {
        private final MessageDigest md;
        private final byte[] buf = new byte[64 * 1024];

        Hasher() {
            try {
                md = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The SHA-256 of {@code bytes} in hex. */
        String sha256(byte[] bytes) {
            md.reset();
            return HexFormat.of().formatHex(md.digest(bytes));
        }

        /** The file's SHA-256 in hex, or null when it cannot be read. */
        String sha256(Path file) {
            md.reset();
            try (InputStream in = Files.newInputStream(file)) {
                for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
                return HexFormat.of().formatHex(md.digest());
            } catch (IOException e) {
                return null;
            }
        }
    }
}
