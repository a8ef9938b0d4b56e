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
        List<Manifest.InputFile> in = new ArrayList<>();
        if (plan != null) in.add(new Manifest.InputFile("plan", plan.toString(), sha256(plan)));
        for (Source s : reports) in.add(new Manifest.InputFile("report", s.name(), s.path() == null ? null : sha256(s.path())));
        if (notes != null) in.add(new Manifest.InputFile("notes", notes.toString(), sha256(notes)));
        return new Manifest("plan-report", Manifest.currentVersion(), asOf, in);
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[64 * 1024];
            for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            return null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
