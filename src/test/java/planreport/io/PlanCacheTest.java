package planreport.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import planreport.model.Plan;

/**
 * The plan cache must give back exactly the plan a parse gives, and must never give back a plan
 * for bytes other than the ones it was made from, nor one written by another build.
 */
class PlanCacheTest {

    /** Every plan in the repository that reads without diagnostics: those are the ones cached. */
    static List<Path> cleanPlans() throws IOException {
        List<Path> out = new ArrayList<>();
        out.add(Path.of("plan.yaml"));
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/plans"))) {
            for (Path p : s.sorted().toList()) {
                if (p.toString().endsWith(".yaml") && PlanReader.read(p, p.toString(), null).diagnostics().isEmpty()) out.add(p);
            }
        }
        return out;
    }

    /** Every part of the model, compared as values (records compare their components). */
    static List<Object> parts(Plan p) {
        return List.of(p.info(), p.purposes(), p.reporting(), p.sections(), p.duties(), p.bodies(), p.indicators(), p.tasks(),
                p.termPeriods());
    }

    @ParameterizedTest
    @MethodSource("cleanPlans")
    void encodingGivesBackTheSamePlan(Path file) throws IOException {
        Plan parsed = PlanReader.read(file, file.toString(), null).plan();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new PlanCache.Encoder(bytes).plan(parsed);
        Plan decoded = new PlanCache.Decoder(new ByteArrayInputStream(bytes.toByteArray())).plan();
        assertEquals(parts(parsed), parts(decoded));
        for (var b : parsed.bodies()) assertEquals(parsed.leaves(b.id()), decoded.leaves(b.id()), b.id());
    }

    @Test
    void theSecondReadComesFromTheCacheAndEqualsTheFirst(@TempDir Path dir) throws IOException {
        PlanCache cache = new PlanCache(dir.resolve("cache"), "build-1");
        PlanReader.Result first = PlanReader.read(Path.of("plan.yaml"), "plan.yaml", cache);
        assertTrue(first.ok());
        byte[] bytes = Files.readAllBytes(Path.of("plan.yaml"));
        assertTrue(Files.isRegularFile(cache.file(bytes)), "a clean plan is kept");
        Plan cached = cache.get(bytes);
        assertNotNull(cached);
        assertEquals(parts(first.plan()), parts(cached));
        assertEquals(parts(first.plan()), parts(PlanReader.read(Path.of("plan.yaml"), "plan.yaml", cache).plan()));
        try (Stream<Path> s = Files.list(dir.resolve("cache"))) {
            assertEquals(1, s.count(), "no temporary file is left behind");
        }
    }

    @Test
    void anEditedPlanIsReadAfresh(@TempDir Path dir) throws IOException {
        PlanCache cache = new PlanCache(dir.resolve("cache"), "build-1");
        Path plan = dir.resolve("plan.yaml");
        String text = Files.readString(Path.of("plan.yaml"));
        Files.writeString(plan, text);
        PlanReader.read(plan, "plan.yaml", cache);
        // the same length and (nearly) the same bytes: only a byte-for-byte comparison tells them apart
        String edited = text.replace("due_days: 15", "due_days: 16");
        assertTrue(!edited.equals(text) && edited.length() == text.length(), "the test edits the due days in place");
        Files.writeString(plan, edited);
        PlanReader.Result again = PlanReader.read(plan, "plan.yaml", cache);
        assertEquals(16, again.plan().reporting().dueDays());
        // even under the file name of the edited bytes (a checksum collision), the old plan is not given back
        byte[] before = text.getBytes(StandardCharsets.UTF_8), after = edited.getBytes(StandardCharsets.UTF_8);
        Files.copy(cache.file(before), cache.file(after), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertNull(cache.get(after));
        assertEquals(16, PlanReader.read(plan, "plan.yaml", cache).plan().reporting().dueDays());
    }

    @Test
    void anotherBuildsFileIsIgnored(@TempDir Path dir) throws IOException {
        byte[] bytes = Files.readAllBytes(Path.of("plan.yaml"));
        PlanReader.read(Path.of("plan.yaml"), "plan.yaml", new PlanCache(dir, "build-1"));
        assertNotNull(new PlanCache(dir, "build-1").get(bytes));
        assertNull(new PlanCache(dir, "build-2").get(bytes));
    }

    @Test
    void aDamagedFileIsIgnoredAndTheRunGoesOn(@TempDir Path dir) throws IOException {
        PlanCache cache = new PlanCache(dir, "build-1");
        byte[] bytes = Files.readAllBytes(Path.of("plan.yaml"));
        PlanReader.read(Path.of("plan.yaml"), "plan.yaml", cache);
        Path f = cache.file(bytes);
        byte[] whole = Files.readAllBytes(f);
        Files.write(f, java.util.Arrays.copyOf(whole, whole.length - 100)); // truncated
        assertNull(cache.get(bytes));
        assertTrue(PlanReader.read(Path.of("plan.yaml"), "plan.yaml", cache).ok());
    }

    @Test
    void aPlanWithProblemsIsNotKept(@TempDir Path dir) throws IOException {
        PlanCache cache = new PlanCache(dir.resolve("cache"), "build-1");
        Path bad = Path.of("examples/plan-bad/unknown-body.yaml");
        assertTrue(!PlanReader.read(bad, bad.toString(), cache).diagnostics().isEmpty());
        assertTrue(!Files.exists(dir.resolve("cache")) || Files.list(dir.resolve("cache")).findAny().isEmpty());
    }

    @Test
    void onlyTheMostRecentPlansAreKept(@TempDir Path dir) throws IOException {
        PlanCache cache = new PlanCache(dir.resolve("cache"), "build-1");
        String text = Files.readString(Path.of("plan.yaml"));
        List<byte[]> versions = new ArrayList<>();
        for (int i = 0; i < PlanCache.KEEP + 3; i++) {
            Path plan = dir.resolve("plan.yaml");
            Files.writeString(plan, text + "\n# edit " + i + "\n");
            versions.add(Files.readAllBytes(plan));
            PlanReader.read(plan, "plan.yaml", cache);
            Files.setLastModifiedTime(cache.file(versions.get(i)), java.nio.file.attribute.FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        try (Stream<Path> s = Files.list(dir.resolve("cache"))) {
            assertEquals(PlanCache.KEEP, s.count());
        }
        assertNull(cache.get(versions.get(0)), "the oldest is gone");
        assertNotNull(cache.get(versions.get(versions.size() - 1)), "the newest is kept");
    }

    @Test
    void anUnwritableCacheIsNoCache(@TempDir Path dir) throws IOException {
        Path notADir = dir.resolve("file");
        Files.writeString(notADir, "x", StandardCharsets.UTF_8);
        PlanCache cache = new PlanCache(notADir.resolve("cache"), "build-1");
        assertTrue(PlanReader.read(Path.of("plan.yaml"), "plan.yaml", cache).ok());
        assertTrue(PlanReader.read(Path.of("plan.yaml"), "plan.yaml", cache).ok());
    }
}
