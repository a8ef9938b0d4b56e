package planreport.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/plan-report, the launcher (issue 14, break 11), run on a small stand-in jar ({@link Probe}):
 * its class-data archive is keyed on the jar's content, a first run killed outright leaves nothing
 * the next one does not sweep, and only the inputs are sized (never a --templates folder).
 */
@EnabledOnOs(OS.LINUX)
class LauncherTest {
    static final Path LAUNCHER = Path.of("bin/plan-report").toAbsolutePath();
    static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    /** A runnable jar holding {@link Probe}, plus an entry {@code extra} to make its content differ. */
    static void jar(Path jar, String extra) throws IOException {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Probe.class.getName());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), m)) {
            String name = Probe.class.getName().replace('.', '/') + ".class";
            out.putNextEntry(new JarEntry(name));
            try (var in = Probe.class.getClassLoader().getResourceAsStream(name)) { in.transferTo(out); }
            out.putNextEntry(new JarEntry("extra.txt"));
            out.write(extra.getBytes(StandardCharsets.UTF_8));
        }
    }

    record Run(int code, String out, String err) {}

    static Process start(Path jar, Map<String, String> env, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("bash", LAUNCHER.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("PLAN_REPORT_JAR", jar.toString());
        pb.environment().put("JAVA", JAVA);
        pb.environment().put("PLAN_REPORT_MAIN", Probe.class.getName()); // the launcher names the main class (it runs -cp, not -jar)
        pb.environment().remove("PLAN_REPORT_CDS");
        pb.environment().remove("PLAN_REPORT_JAVA_OPTS");
        pb.environment().putAll(env);
        return pb.start();
    }

    static Run run(Path jar, Map<String, String> env, String... args) throws Exception {
        Process p = start(jar, env, args);
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return new Run(p.exitValue(), out, err);
    }

    /** Runs that must map the archive: -Xshare:on makes the JVM fail when it cannot. */
    static Run shared(Path jar, String... args) throws Exception {
        return run(jar, Map.of("PLAN_REPORT_JAVA_OPTS", "-Xshare:on"), args);
    }

    static List<String> leftovers(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.contains(".tmp") || n.matches(".*\\.key\\..*")).sorted().toList();
        }
    }

    @Test
    void theArchiveIsKeyedOnTheJarsContentNotItsTime(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("probe.jar"), jsa = dir.resolve("probe-validate.jsa"), key = dir.resolve("probe-validate.jsa.key");
        jar(jar, "one");
        Run first = run(jar, Map.of(), "validate", "x");
        assertEquals(0, first.code(), first.err());
        assertEquals("probe validate x\n", first.out());
        assertTrue(Files.size(jsa) > 0 && Files.exists(key), "the first run makes the archive and its key");
        String key1 = Files.readString(key);
        Run second = shared(jar, "validate", "y");
        assertEquals(0, second.code(), "the archive is used: " + second.err());

        // a different jar put in its place with an older mtime: a new archive, for the new content
        FileTime old = Files.getLastModifiedTime(jar);
        Path other = dir.resolve("other.jar");
        jar(other, "two, a little longer");
        Files.setLastModifiedTime(other, FileTime.from(old.toInstant().minus(Duration.ofDays(30))));
        Files.move(other, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Run third = run(jar, Map.of(), "validate", "z");
        assertEquals(0, third.code(), third.err());
        String key2 = Files.readString(key);
        assertNotEquals(key1.split(" ")[4], key2.split(" ")[4], "the key holds the new jar's checksum");
        assertEquals(0, shared(jar, "validate", "w").code(), "the new archive is used");

        // the same bytes written again (a new ctime, the same mtime): the archive is kept, only its key moves
        byte[] bytes = Files.readAllBytes(jar);
        FileTime mtime = Files.getLastModifiedTime(jar);
        Thread.sleep(1100);
        Files.write(jar, bytes);
        Files.setLastModifiedTime(jar, mtime);
        FileTime archived = Files.getLastModifiedTime(jsa);
        assertEquals(0, shared(jar, "validate", "v").code());
        assertEquals(archived, Files.getLastModifiedTime(jsa), "no new archive for the same content");
        assertEquals(List.of(), leftovers(dir));
    }

    @Test
    void aFirstRunKilledOutrightLeavesNothingTheNextRunKeeps(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("probe.jar");
        jar(jar, "one");
        Process p = start(jar, Map.of(), "sleep");
        Instant until = Instant.now().plusSeconds(60);
        while (leftovers(dir).isEmpty() && Instant.now().isBefore(until)) Thread.sleep(50);
        assertFalse(leftovers(dir).isEmpty(), "the first run writes its class list to a temporary name");
        List<ProcessHandle> children = p.descendants().toList();
        p.destroyForcibly();                         // SIGKILL: no trap runs
        p.waitFor();
        for (ProcessHandle c : children) c.destroyForcibly();
        for (ProcessHandle c : children) c.onExit().get(30, TimeUnit.SECONDS);
        assertFalse(leftovers(dir).isEmpty(), "SIGKILL leaves the temporary file");
        Run next = run(jar, Map.of(), "sleepless");
        assertEquals(0, next.code(), next.err());
        assertEquals(List.of(), leftovers(dir), "the next first run sweeps a dead run's files");
        assertTrue(Files.exists(dir.resolve("probe-other.jsa")));
    }

    @Test
    void aFirstRunStoppedBySigtermRemovesItsFiles(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("probe.jar");
        jar(jar, "one");
        Process p = start(jar, Map.of(), "sleep");
        Instant until = Instant.now().plusSeconds(60);
        while (leftovers(dir).isEmpty() && Instant.now().isBefore(until)) Thread.sleep(50);
        assertFalse(leftovers(dir).isEmpty());
        List<ProcessHandle> children = p.descendants().toList();
        p.destroy();                                 // SIGTERM to the launcher …
        for (ProcessHandle c : children) c.destroy(); // … and to the JVM, as a terminal's Ctrl-C reaches both
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        for (ProcessHandle c : children) c.onExit().get(30, TimeUnit.SECONDS);
        assertEquals(List.of(), leftovers(dir), "the trap removes the temporary files (children " + children + ", status " + p.exitValue() + ")");
        assertFalse(Files.exists(dir.resolve("probe-other.jsa")), "no archive from an interrupted run");
    }

    @Test
    void theExitStatusOfTheFirstRunIsKept(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("probe.jar");
        jar(jar, "one");
        assertEquals(3, run(jar, Map.of(), "exit3").code());
        assertEquals(3, run(jar, Map.of(), "exit3").code());
    }

    /** Only REPORT arguments and --plan are sized: a big --templates or --out folder is not, and a folder is read one level deep. */
    @Test
    void onlyTheInputsAreSized(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("probe.jar");
        jar(jar, "one");
        Path reports = Files.createDirectories(dir.resolve("reports")), deep = Files.createDirectories(reports.resolve("deeper"));
        Files.write(reports.resolve("a.csv"), new byte[600]);
        Files.write(deep.resolve("b.csv"), new byte[5000]);   // a subfolder is not read, so not sized
        Path plan = dir.resolve("plan.yaml");
        Files.write(plan, new byte[300]);
        Map<String, String> env = Map.of("PLAN_REPORT_CDS", "off", "PLAN_REPORT_BIG_BYTES", "1000",
                "PLAN_REPORT_JAVA_OPTS", SHOW_FLAGS);
        // under the threshold: C1 only (the plan is sized whether named or the default plan.yaml; --templates only by the files directly in it)
        assertTrue(tieredStop(run(jar, env, "compile", "--plan", plan.toString(), "--templates", "/usr", "--out", dir.toString(), reports.toString())) == 1);
        // --plan counts: 600 + 300 is still under 1000; with --plan=FILE too
        assertTrue(tieredStop(run(jar, env, "validate", "--plan", plan.toString(), reports.toString())) == 1);
        Files.write(plan, new byte[500]);
        assertTrue(tieredStop(run(jar, env, "validate", "--plan=" + plan, reports.toString())) == 4, "over the threshold: the full JIT");
        // --templates /usr costs nothing: it is not walked
        long t0 = System.nanoTime();
        run(jar, env, "compile", "--templates", "/usr", "--period", "2022-Q2");
        assertTrue(System.nanoTime() - t0 < 30_000_000_000L);
    }

    /**
     * A workbook counts by its bytes in choosing the compiler, though it holds about 9 times a CSV's rows
     * a MB: the full JIT's compiling does not pay back at the sizes a workbook has (100,000 rows, 4.5 MB:
     * 3.6-4.0 s of CPU with C1 alone, 6.3-8.6 s with the full JIT).
     */
    @Test
    void aWorkbookCountsByItsBytesInChoosingTheCompiler(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("probe.jar");
        jar(jar, "one");
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Files.write(reports.resolve("a.csv"), new byte[600]);
        Path plan = dir.resolve("plan.yaml");
        Files.write(plan, new byte[100]);
        Map<String, String> env = Map.of("PLAN_REPORT_CDS", "off", "PLAN_REPORT_BIG_BYTES", "1000", "PLAN_REPORT_JAVA_OPTS", SHOW_FLAGS);
        Files.write(reports.resolve("b.XLSX"), new byte[250]);
        assertEquals(1, tieredStop(run(jar, env, "validate", "--plan", plan.toString(), reports.toString())), "950 bytes: C1 only");
        Files.write(reports.resolve("c.ods"), new byte[100]);
        Run big = run(jar, env, "validate", "--plan", plan.toString(), reports.toString());
        assertEquals(4, tieredStop(big), "1,050 bytes: the full JIT");
        assertTrue(big.out().lines().anyMatch(l -> l.contains(" UseProfiledLoopPredicate ") && l.contains("= false")),
                "the full JIT without profiled loop predicates");
        assertTrue(big.out().lines().anyMatch(l -> l.contains(" FreqInlineSize ") && l.contains("= 100 ")), "the full JIT inlining less");
        assertTrue(big.out().lines().anyMatch(l -> l.contains(" InlineSmallCode ") && l.contains("= 1000 ")), "the full JIT inlining less");
        assertTrue(big.out().lines().anyMatch(l -> l.contains(" CompilerDirectivesFile ") && l.contains("plan-report-jit.json")),
                "the plan's reading kept to C1");
        assertTrue(big.out().contains("1 compiler directives added"), "the directive is read: " + big.out());
        // the directive's line stays off the tool's output: a large run prints what the tool prints, nothing more
        Run quiet = run(jar, Map.of("PLAN_REPORT_CDS", "off", "PLAN_REPORT_BIG_BYTES", "1000"), "validate", "--plan", plan.toString(), reports.toString());
        assertEquals(0, quiet.code(), quiet.err());
        assertEquals("probe validate --plan " + plan + " " + reports + "\n", quiet.out());
        assertEquals("", quiet.err());
    }

    /**
     * validate's heap by what it reads: a CSV 1 MB per 6 MB over the 128 MB base (its rows stream;
     * a million of them, 420 MB, in 198 MB), a zipped workbook (.xlsx, .ods) 2 MB per MB (about 9 times a
     * CSV's rows a MB, and its strings' offsets and merged ranges), an .xls 4 MB per MB (read whole),
     * all of a folder's files, one level deep; the plan counts as a CSV does. Sparse files: sized,
     * never written.
     */
    @Test
    void validatesHeapIsSizedByWhatItReads(@TempDir Path dir) throws Exception {
        Path jar = probeJar(dir), reports = sparseReports(dir, "big.csv", 420L << 20), plan = sparse(dir.resolve("plan.yaml"), 3L << 20);
        Map<String, String> env = FLAGS;
        assertEquals(128 + 423 / 6, maxHeapMb(run(jar, env, "validate", "--plan", plan.toString(), reports.toString())));
        sparse(reports.resolve("book.XLSX"), 30L << 20);
        assertEquals(128 + 423 / 6 + 2 * 30, maxHeapMb(run(jar, env, "validate", "--plan", plan.toString(), reports.toString())));
        assertEquals(128 + 2 * 30, maxHeapMb(run(jar, env, "validate", "--plan", plan.toString(), reports.resolve("book.XLSX").toString())));
        sparse(reports.resolve("book.ods"), 10L << 20);
        sparse(reports.resolve("old.xls"), 20L << 20);
        assertEquals(128 + 423 / 6 + 2 * 30 + 2 * 10 + 4 * 20, maxHeapMb(run(jar, env, "validate", "--plan", plan.toString(), reports.toString())));
        // compile holds the whole report: 112 MB per MB of anything read, at most 4 GB
        assertEquals(4096, maxHeapMb(run(jar, env, "compile", "--plan", plan.toString(), reports.toString())));
        assertEquals(300, maxHeapMb(run(jar, Map.of("PLAN_REPORT_CDS", "off", "PLAN_REPORT_XMX", "300m", "PLAN_REPORT_JAVA_OPTS", SHOW_FLAGS),
                "validate", "--plan", plan.toString(), reports.toString())));
    }

    /** The launcher's flags printed by the JVM it starts, without a class-data archive. */
    /**
     * The JVM's flags on standard output, also for a large run, whose launcher keeps the JVM's own
     * output off it (-XX:-DisplayVMOutput, for the compiler directive's line): turned on again here.
     */
    static final String SHOW_FLAGS = "-XX:+UnlockDiagnosticVMOptions -XX:+PrintFlagsFinal -XX:+DisplayVMOutput";

    private static final Map<String, String> FLAGS = Map.of("PLAN_REPORT_CDS", "off", "PLAN_REPORT_JAVA_OPTS", SHOW_FLAGS);

    private static Path probeJar(Path dir) throws Exception {
        Path jar = dir.resolve("probe.jar");
        jar(jar, "one");
        return jar;
    }

    /** A folder "reports" holding one sparse file of that name and size. */
    private static Path sparseReports(Path dir, String name, long size) throws Exception {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        sparse(reports.resolve(name), size);
        return reports;
    }

    /**
     * compile's heap: 112 MB per MB read when it writes Word (its default formats include docx), whose
     * document is held whole; 24 MB per MB without (the PDF is laid out a part at a time), and from 8 MB
     * read on a young generation of 256 MB (the parts of a long PDF in flight die young) beside 18 MB per MB.
     */
    @Test
    void compilesHeapIsSizedByItsFormats(@TempDir Path dir) throws Exception {
        Path jar = probeJar(dir), reports = sparseReports(dir, "country.csv", 9L << 20), plan = sparse(dir.resolve("plan.yaml"), 1L << 20);
        Map<String, String> env = FLAGS;
        String p = plan.toString(), r = reports.toString();
        Run country = run(jar, env, "compile", "--plan", p, "--format", "md,pdf", r);
        assertEquals(256 + 18 * 10, maxHeapMb(country));
        assertEquals(256L << 20, flag(country, "MaxNewSize"));
        assertEquals(4, flag(country, "SurvivorRatio"));
        assertEquals(3, flag(country, "MaxTenuringThreshold"));
        assertEquals(256 + 18 * 10, maxHeapMb(run(jar, env, "compile", "--format=pdf", "--plan", p, r)));
        Path province = sparseReports(dir.resolve("province"), "province.csv", 6L << 20);
        Run smaller = run(jar, env, "compile", "--plan", p, "--format", "md,pdf", province.toString());
        assertEquals(128 + 24 * 7, maxHeapMb(smaller), "under 8 MB read: the default young generation");
        assertTrue(flag(smaller, "MaxNewSize") < 128L << 20, smaller.out());
        assertEquals(8, flag(smaller, "SurvivorRatio"));
        assertEquals(128 + 112 * 10, maxHeapMb(run(jar, env, "compile", "--plan", p, r)));
        assertEquals(128 + 112 * 10, maxHeapMb(run(jar, env, "compile", "--plan", p, "--format", "md,DOCX", r)));
        assertEquals(128 + 112 * 10, maxHeapMb(run(jar, env, "remind", "--plan", p, "--format", "pdf", r)));
    }

    /** A flag's value as -XX:+PrintFlagsFinal prints it (sizes in bytes). */
    private static long flag(Run r, String flag) {
        assertEquals(0, r.code(), r.err());
        for (String line : r.out().split("\n")) {
            if (line.contains(" " + flag + " ")) return Long.parseLong(line.replaceAll(".*=\\s*(\\d+).*", "$1"));
        }
        throw new AssertionError(r.out());
    }

    private static Path sparse(Path file, long size) throws IOException {
        try (var f = new java.io.RandomAccessFile(file.toFile(), "rw")) { f.setLength(size); }
        return file;
    }

    private static long maxHeapMb(Run r) {
        assertEquals(0, r.code(), r.err());
        for (String line : r.out().split("\n")) {
            if (line.contains(" MaxHeapSize ")) return Long.parseLong(line.replaceAll(".*=\\s*(\\d+).*", "$1")) >> 20;
        }
        throw new AssertionError(r.out());
    }

    /**
     * bin/plan-report.cmd (run under Wine by cli/WindowsLauncherTest where Wine is installed) keeps the bash launcher's
     * settings, sets the console to UTF-8 and back, and is stored with CRLF line ends.
     */
    @Test
    void theWindowsLauncherHasTheSameSettings() throws Exception {
        String bash = Files.readString(LAUNCHER), cmd = Files.readString(Path.of("bin/plan-report.cmd"));
        for (String setting : new String[] {"-XX:+UseSerialGC", "-Xshare:auto", "-XX:-UsePerfData", "-XX:TieredStopAtLevel=1",
                "-XX:-UseProfiledLoopPredicate", "-XX:FreqInlineSize=100 -XX:InlineSmallCode=1000", "plan-report-jit.json", "-XX:CompilerDirectivesFile=", "-XX:-DisplayVMOutput", "-XX:DumpLoadedClassList=", "-Xshare:dump", "-XX:SharedArchiveFile=", "33554432", "128m", "PLAN_REPORT_JAVA_OPTS",
                "PLAN_REPORT_CDS", "PLAN_REPORT_XMX", "PLAN_REPORT_BIG_BYTES", "PLAN_REPORT_JAR", "mvn -B package"}) {
            assertTrue(bash.contains(setting), "bin/plan-report: " + setting);
            assertTrue(cmd.contains(setting), "bin/plan-report.cmd: " + setting);
        }
        for (String utf8 : new String[] {"chcp 65001", "-Dstdout.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8", "chcp %OLDCP%"}) {
            assertTrue(cmd.contains(utf8), "bin/plan-report.cmd: " + utf8);
        }
        assertEquals(cmd.split("\n", -1).length, cmd.split("\r\n", -1).length, "bin/plan-report.cmd has CRLF line ends only");
        // every label a goto or call names exists
        java.util.Set<String> labels = new java.util.HashSet<>();
        for (String line : cmd.split("\r\n")) if (line.startsWith(":")) labels.add(line.substring(1).strip().toLowerCase(java.util.Locale.ROOT));
        var jump = java.util.regex.Pattern.compile("(?i)\\b(?:goto|call) :(\\w+)").matcher(cmd);
        while (jump.find()) assertTrue(labels.contains(jump.group(1).toLowerCase(java.util.Locale.ROOT)), "label :" + jump.group(1));
    }

    private static int tieredStop(Run r) {
        assertEquals(0, r.code(), r.err());
        for (String line : r.out().split("\n")) {
            if (line.contains(" TieredStopAtLevel ")) return Integer.parseInt(line.replaceAll(".*=\\s*(\\d+).*", "$1"));
        }
        throw new AssertionError(r.out());
    }
}
