package planreport.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import planreport.model.Manifest;

/** A manifest's hashes, one digest and buffer shared by all its files: each is the file's own SHA-256, whatever came before it. */
class ManifestsTest {

    @Test
    void everyFileHasItsOwnHashThoughOneDigestReadsThemAll(@TempDir Path dir) throws Exception {
        List<Source> sources = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("examples/reports"))) {
            s.sorted().limit(40).forEach(p -> sources.add(new Source(p.toString(), p)));
        }
        // between them: a file larger than the buffer, an empty one, one that is gone and one that cannot be read (a folder)
        Path large = dir.resolve("large.csv");
        byte[] bytes = new byte[200_000];
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (i * 31 + 7);
        Files.write(large, bytes);
        Path empty = Files.createFile(dir.resolve("empty.csv"));
        sources.add(5, new Source(large.toString(), large));
        sources.add(6, new Source(empty.toString(), empty));
        sources.add(7, new Source("gone.csv", dir.resolve("gone.csv")));
        sources.add(8, new Source("folder", Files.createDirectory(dir.resolve("folder"))));
        sources.add(9, new Source("-", null));

        Manifest m = Manifests.of(Path.of("plan.yaml"), sources, null, LocalDate.of(2023, 7, 20));

        assertEquals(sources.size() + 1, m.inputs().size());
        assertEquals(sha256(Path.of("plan.yaml")), m.inputs().get(0).sha256());
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.get(i);
            String got = m.inputs().get(i + 1).sha256();
            if (s.path() == null || !Files.isRegularFile(s.path())) assertNull(got, s.name());
            else assertEquals(sha256(s.path()), got, s.name());
        }
    }

    @Test
    void theReportsTheEarlyReadingReadAreHashedFromItsBytesWithTheSameHashes() throws Exception {
        List<Source> sources = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("examples/reports"))) {
            s.sorted().limit(60).forEach(p -> sources.add(new Source(p.toString(), p)));
        }
        Manifest read = Manifests.of(Path.of("plan.yaml"), sources, null, LocalDate.of(2023, 7, 20));
        try (EarlyReports early = EarlyReports.start(List.of("examples/reports"), null, true).await()) {
            java.util.Set<Path> given = new java.util.HashSet<>();
            Manifest kept = Manifests.of(Path.of("plan.yaml"), sources, null, LocalDate.of(2023, 7, 20), p -> {
                byte[] b = early.contents(p);
                if (b != null) given.add(p);
                return b;
            });
            assertEquals(read, kept);
            assertEquals(sources.size(), given.size(), "every example report is small: its bytes come from the early reading");
            assertNull(early.contents(sources.get(0).path()), "given once, then let go");
        }
        try (EarlyReports early = EarlyReports.start(List.of("examples/reports"), null).await()) {
            assertNull(early.contents(sources.get(0).path()), "kept only when asked to (compile's manifest)");
        }
    }

    private static String sha256(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }
}
