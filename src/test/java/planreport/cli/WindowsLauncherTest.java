package planreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import planreport.model.Lang;

/**
 * bin/plan-report.cmd, the launcher of the Windows zip, and the zip's start page (src/dist/BAT-DAU.txt).
 * No Windows here: its quoting is checked as cmd.exe reads it (a path-valued variable expanded outside
 * double quotes is split at a space, and one expanded with %…% inside a ( ) block ends the block at a
 * ")"), and, where Wine and MinGW are installed, the launcher is run for real by Wine's cmd.exe with a
 * stand-in java.exe that records the arguments as a Windows program receives them.
 */
class WindowsLauncherTest {

    static final Path CMD = Path.of("bin/plan-report.cmd");
    static final Path START = Path.of("src/dist/BAT-DAU.txt");

    /** The variables that hold a path, read from the environment or set by the launcher itself. */
    static final Set<String> PATH_VARIABLES = Set.of("HERE", "JAR", "JSA", "TMP_JSA", "JSADIR", "PROBE", "JAVA_EXE", "JAVA",
            "JAVA_HOME", "PLAN_REPORT_JAR", "PLAN_REPORT_CDS");

    private static final Pattern EXPANSION = Pattern.compile("([%!])([A-Za-z_][A-Za-z0-9_]*)(?::[^%!]*)?\\1");
    private static final Pattern SET = Pattern.compile("(?i)\\bset\\s+\"([A-Za-z_][A-Za-z0-9_]*)=([^\"]*)\"");

    /**
     * Where a path can break the launcher: each expansion of a path-valued variable (or of one set
     * from it, such as a list of options) that cmd.exe reads outside double quotes, as "line N: …".
     * An unquoted !VAR! is allowed in an echo only (it is expanded after the line is parsed and
     * splits nothing there).
     */
    static List<String> quotingProblems(String script) {
        List<String> lines = Arrays.asList(script.split("\r?\n", -1));
        // taint: a variable whose value is built from a path is a path too
        Set<String> paths = new HashSet<>(PATH_VARIABLES);
        for (boolean grew = true; grew; ) {
            grew = false;
            for (String line : lines) {
                Matcher set = SET.matcher(line);
                while (set.find()) {
                    Matcher e = EXPANSION.matcher(set.group(2));
                    while (e.find()) if (paths.contains(e.group(2).toUpperCase(Locale.ROOT)) && paths.add(set.group(1).toUpperCase(Locale.ROOT))) grew = true;
                }
            }
        }
        List<String> problems = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n), trimmed = line.strip().toLowerCase(Locale.ROOT);
            if (trimmed.startsWith("rem ") || trimmed.equals("rem") || trimmed.startsWith("::")) continue;
            boolean[] quoted = new boolean[line.length()];
            boolean in = false;
            for (int i = 0; i < line.length(); i++) {
                if (line.charAt(i) == '"') in = !in;
                quoted[i] = in;
            }
            Matcher e = EXPANSION.matcher(line);
            while (e.find()) {
                if (line.startsWith("%%", e.start()) || e.start() > 0 && line.charAt(e.start() - 1) == '%') continue;
                String name = e.group(2).toUpperCase(Locale.ROOT);
                if (!paths.contains(name) || quoted[e.start()]) continue;
                boolean late = e.group(1).equals("!");
                boolean inEcho = line.substring(0, e.start()).toLowerCase(Locale.ROOT).matches(".*\\becho\\b.*");
                if (late && inEcho) continue;
                problems.add("line " + (n + 1) + ": " + e.group() + " outside double quotes: " + line.strip());
            }
        }
        return problems;
    }

    @Test
    void everyPathIsQuotedWhereCmdReadsIt() throws IOException {
        assertEquals(List.of(), quotingProblems(Files.readString(CMD)));
        // the launcher before this test: the archive's path went into the options unquoted, and the
        // "jar not found" message expanded the jar's path inside a block
        String before = "set \"OPTS=-XX:+UseSerialGC\"\r\nset \"OPTS=%OPTS% -XX:SharedArchiveFile=%JSA%\"\r\n"
                + "\"%JAVA_EXE%\" %OPTS% -jar \"%JAR%\" %*\r\n"
                + "if not exist \"%JAR%\" (\r\n  echo plan-report: %JAR% not found 1>&2\r\n)\r\n";
        List<String> found = quotingProblems(before);
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("line 3: %OPTS%"), found.toString());
        assertTrue(found.get(1).startsWith("line 5: %JAR%"), found.toString());
    }

    @Test
    void theArchivesCoverEveryCommandInBothLaunchers() throws IOException {
        Matcher cmd = Pattern.compile("for %%c in \\(([a-z ]+)\\) do if /i \"!CMDNAME!\"").matcher(Files.readString(CMD));
        assertTrue(cmd.find(), "the .cmd's list of commands");
        assertEquals(Main.COMMANDS, List.of(cmd.group(1).split(" ")));
        Matcher bash = Pattern.compile("case \"\\$cmd\" in ([a-z|]+)\\) ;; \\*\\) cmd=other").matcher(Files.readString(Path.of("bin/plan-report")));
        assertTrue(bash.find(), "the bash launcher's list of commands");
        assertEquals(Main.COMMANDS, List.of(bash.group(1).split("\\|")));
    }

    /** The start page: UTF-8 with a byte-order mark and CRLF (Notepad), and every command it shows parses. */
    @Test
    void theStartPagesCommandsAreRealCommands() throws IOException {
        byte[] bytes = Files.readAllBytes(START);
        assertTrue(bytes.length > 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf, "BOM");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertEquals(text.split("\n", -1).length, text.split("\r\n", -1).length, "CRLF only");
        assertTrue(text.contains("Java 17") && text.contains("jre\\bin\\java.exe"), "says which Java and where");
        int commands = 0;
        for (String line : text.split("\r\n")) {
            int at = line.indexOf("bin\\plan-report ");
            if (at < 0 || line.contains("<")) continue;
            List<String> args = windowsArgs(line.substring(at + "bin\\plan-report ".length()));
            for (Lang lang : Lang.values()) Main.all(Texts.of(lang)).parseArgs(args.toArray(String[]::new));
            commands++;
        }
        assertTrue(commands >= 7, "commands on the page: " + commands);
    }

    /** A command line split as a Windows program (java.exe) splits it: spaces outside double quotes. */
    static List<String> windowsArgs(String line) {
        List<String> args = new ArrayList<>();
        StringBuilder arg = new StringBuilder();
        boolean in = false, any = false;
        for (char c : line.toCharArray()) {
            if (c == '"') { in = !in; any = true; } else if (c == ' ' && !in) {
                if (any) args.add(arg.toString());
                arg.setLength(0);
                any = false;
            } else { arg.append(c); any = true; }
        }
        if (any) args.add(arg.toString());
        return args;
    }

    /** The Windows zip's layout: the jar where the launcher looks first, everything the page names. */
    @Test
    void theZipHoldsWhatTheLauncherAndThePageName() throws IOException {
        String xml = Files.readString(Path.of("src/assembly/windows.xml"));
        for (String path : new String[] {"src/dist/BAT-DAU.txt", "plan.yaml", "README.md"}) {
            assertTrue(xml.contains("<source>" + path + "</source>"), path);
            assertTrue(Files.isRegularFile(Path.of(path)), path);
        }
        assertTrue(xml.contains("<source>${project.build.directory}/${project.build.finalName}.jar</source><outputDirectory>.</outputDirectory>"), "the jar beside bin\\");
        for (String dir : new String[] {"bin", "templates", "docs", "examples"}) assertTrue(xml.contains("<directory>" + dir + "</directory>"), dir);
        assertTrue(xml.contains("<include>plan-report.cmd</include>") && xml.contains("<lineEnding>keep</lineEnding>"), "the .cmd kept with CRLF");
        assertTrue(Files.readString(CMD).contains("set \"JAR=%HERE%..\\plan-report.jar\""), "the .cmd looks beside bin\\ first");
        // after mvn package: the zip itself
        Path zip = Path.of("target/plan-report-" + version() + "-windows.zip");
        if (!Files.isRegularFile(zip)) return;
        Set<String> names = new LinkedHashSet<>();
        try (var z = new java.util.zip.ZipFile(zip.toFile())) {
            z.stream().forEach(e -> names.add(e.getName()));
            String root = "plan-report-" + version() + "/";
            for (String name : new String[] {"plan-report.jar", "bin/plan-report.cmd", "bin/plan-report", "BAT-DAU.txt", "plan.yaml",
                    "templates/report.ftlx", "examples/reports/2023-Q2_ban-dan-van-tinh-uy.csv"}) {
                assertTrue(names.contains(root + name), name);
            }
            assertEquals(java.util.zip.ZipEntry.STORED, z.getEntry(root + "plan-report.jar").getMethod(), "the jar stored, not compressed twice");
        }
    }

    private static String version() throws IOException {
        Matcher m = Pattern.compile("<artifactId>plan-report</artifactId>\\s*<version>([^<]+)</version>").matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(m.find());
        return m.group(1);
    }

    // ---- run for real: Wine's cmd.exe, a stand-in java.exe built with MinGW ----

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) if (Files.isExecutable(Path.of(dir, program))) return true;
        return false;
    }

    private static String windows(Path p) {
        return "Z:" + p.toAbsolutePath().toString().replace('/', '\\');
    }

    record Run(int code, String out) {}

    /** {@code run} ended with status 0; else the failure shows what Wine, cmd.exe and the launcher printed. */
    private static void assertSucceeds(Run run) {
        assertEquals(0, run.code(), () -> "status " + run.code() + ", output:\n" + run.out());
    }

    /** bin\plan-report.cmd ARGS in Wine's cmd.exe, after the set lines {@code sets}: its status and output. */
    private static Run launch(Path tmp, Path home, List<String> sets, String args) throws Exception {
        StringBuilder script = new StringBuilder("@echo off\r\n");
        for (String set : sets) script.append("set \"").append(set).append("\"\r\n");
        script.append('"').append(windows(home.resolve("bin/plan-report.cmd"))).append("\" ").append(args).append("\r\n");
        Path driver = tmp.resolve("driver.cmd");
        Files.writeString(driver, script);
        ProcessBuilder pb = new ProcessBuilder("wine", "cmd", "/c", windows(driver)).redirectErrorStream(true);
        pb.environment().put("WINEPREFIX", Path.of("target/wine-prefix").toAbsolutePath().toString());
        pb.environment().put("WINEDEBUG", "-all");
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "wine ended");
        // the launcher's own lines are UTF-8 (code page 65001); Wine's console passes the bytes on
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    /**
     * The launcher installed in "Program Files (x86)\plan report", reports in a folder with a space
     * and parentheses: the first validate records the class list and dumps the archive, the second
     * runs with it (the path one argument), remind gets its own archive, the tool's exit status comes
     * back, and with no Java anywhere the launcher says what to install and exits 2.
     */
    @Test
    void runsInAFolderWithSpacesAndParenthesesUnderWine(@TempDir Path tmp) throws Exception {
        assumeTrue(onPath("wine") && onPath("x86_64-w64-mingw32-gcc"),
                "needs Wine and MinGW (apt-get install wine64 gcc-mingw-w64-x86-64-win32)");
        Path fake = tmp.resolve("fake java").resolve("java.exe");
        Files.createDirectories(fake.getParent());
        Process cc = new ProcessBuilder("x86_64-w64-mingw32-gcc", "-O", "-o", fake.toString(), "src/test/resources/launcher/fakejava.c")
                .redirectErrorStream(true).start();
        String ccOut = new String(cc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, cc.waitFor(), ccOut);

        Path home = tmp.resolve("Program Files (x86)").resolve("plan report");
        Files.createDirectories(home.resolve("bin"));
        Files.copy(CMD, home.resolve("bin/plan-report.cmd"));
        Files.writeString(home.resolve("plan-report.jar"), "not a jar: the stand-in java never opens it");
        Path reports = tmp.resolve("bao cao (quy 2)");
        Files.createDirectories(reports);
        Files.writeString(reports.resolve("2023-Q2_so-tu-phap.csv"), "unit;period\n");
        Path log = tmp.resolve("java.log");

        String java = windows(fake), logged = windows(log), folder = "\"" + windows(reports) + "\"";
        // each run its own cmd.exe, as from a console (Wine's "call" turns every failing status into 1)
        assertSucceeds(launch(tmp, home, List.of("JAVA=" + java, "FAKE_JAVA_LOG=" + logged), "validate " + folder));
        assertSucceeds(launch(tmp, home, List.of("JAVA=" + java, "FAKE_JAVA_LOG=" + logged), "validate " + folder));
        assertSucceeds(launch(tmp, home, List.of("JAVA=" + java, "FAKE_JAVA_LOG=" + logged), "remind --period 2023-Q2 " + folder));
        assertEquals(1, launch(tmp, home, List.of("JAVA=" + java, "FAKE_JAVA_LOG=" + logged, "FAKE_JAVA_EXIT=1"), "validate " + folder).code());
        Run none = launch(tmp, home, List.of("JAVA=", "JAVA_HOME=", "PATH=C:\\windows\\system32"), "validate " + folder);
        assertEquals(2, none.code(), none.out());
        assertTrue(none.out().contains("Java 17") && none.out().contains("\"jre\"") && none.out().contains("java.exe"), none.out());
        Run english = launch(tmp, home, List.of("JAVA=", "JAVA_HOME=", "PATH=C:\\windows\\system32"), "--lang en validate " + folder);
        assertEquals(2, english.code(), english.out());
        assertTrue(english.out().contains("Java was not found. Install a Java 17"), english.out());

        List<List<String>> runs = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            List<String> args = new ArrayList<>();
            Matcher m = Pattern.compile("\\[([^\\]]*)\\]").matcher(line);
            while (m.find()) args.add(m.group(1));
            runs.add(args);
        }
        String jar = windows(home.resolve("plan-report.jar")), jsa = windows(home) + "\\plan-report-validate.jsa";
        // 1: the run records its classes (the list's path one argument), then the archive is dumped
        assertEquals(6, runs.size(), runs.toString());
        List<String> first = runs.get(0);
        assertTrue(first.stream().anyMatch(a -> a.startsWith("-XX:DumpLoadedClassList=" + jsa + ".") && a.endsWith(".tmp.classes")), first.toString());
        assertEquals(List.of("-jar", jar, "validate", windows(reports)), first.subList(first.size() - 4, first.size()));
        List<String> dump = runs.get(1);
        assertEquals("-Xshare:dump", dump.get(0));
        assertEquals(List.of("-cp", jar), dump.subList(dump.size() - 2, dump.size()));
        assertTrue(dump.stream().anyMatch(a -> a.startsWith("-XX:SharedArchiveFile=" + jsa + ".")), dump.toString());
        // 2: the second run uses the archive, its path with spaces and ")" one argument
        List<String> second = runs.get(2);
        assertTrue(second.contains("-XX:SharedArchiveFile=" + jsa), second.toString());
        assertFalse(second.stream().anyMatch(a -> a.startsWith("-XX:DumpLoadedClassList")), second.toString());
        assertEquals(List.of("-jar", jar, "validate", windows(reports)), second.subList(second.size() - 4, second.size()));
        // 3: remind has an archive of its own
        List<String> remind = runs.get(3);
        assertTrue(remind.stream().anyMatch(a -> a.startsWith("-XX:DumpLoadedClassList=" + windows(home) + "\\plan-report-remind.jsa.")), remind.toString());
        assertTrue(Files.isRegularFile(home.resolve("plan-report-validate.jsa")) && Files.isRegularFile(home.resolve("plan-report-validate.jsa.key")));
        assertEquals("-Xshare:dump", runs.get(4).get(0));
        // 4: the tool's status (1) comes back through the launcher, with the archive
        assertTrue(runs.get(5).contains("-XX:SharedArchiveFile=" + jsa), runs.get(5).toString());
        // no temporary file left
        try (var files = Files.list(home)) {
            assertEquals(List.of(), files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".tmp") || f.endsWith(".classes") || f.endsWith(".probe")).toList());
        }
    }

    /**
     * The heap follows what the run reads, as bin/plan-report sizes it: a 27 MB workbook and a 60 MB
     * CSV given to validate (2 MB a workbook MB, 1 per 6 CSV MB over 128), a 3 MB CSV given to compile
     * (112 MB a MB), and nothing added when PLAN_REPORT_XMX is set. (Wine's cmd.exe lists no file for a
     * quoted wildcard, so the files are named one by one here; a folder is sized on Windows.)
     */
    @Test
    void theHeapIsSizedFromTheInputsUnderWine(@TempDir Path tmp) throws Exception {
        assumeTrue(onPath("wine") && onPath("x86_64-w64-mingw32-gcc"),
                "needs Wine and MinGW (apt-get install wine64 gcc-mingw-w64-x86-64-win32)");
        Path fake = tmp.resolve("java.exe");
        Process cc = new ProcessBuilder("x86_64-w64-mingw32-gcc", "-O", "-o", fake.toString(), "src/test/resources/launcher/fakejava.c")
                .redirectErrorStream(true).start();
        String ccOut = new String(cc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, cc.waitFor(), ccOut);
        Path home = tmp.resolve("home");
        Files.createDirectories(home.resolve("bin"));
        Files.copy(CMD, home.resolve("bin/plan-report.cmd"));
        Files.writeString(home.resolve("plan-report.jar"), "not a jar");
        Path book = tmp.resolve("big.xlsx"), csv = tmp.resolve("rows.csv"), small = tmp.resolve("quarter.csv");
        for (var sized : List.of(java.util.Map.entry(book, 27_000_000L), java.util.Map.entry(csv, 60_000_000L), java.util.Map.entry(small, 3_000_000L))) {
            try (var f = new java.io.RandomAccessFile(sized.getKey().toFile(), "rw")) { f.setLength(sized.getValue()); }   // sparse
        }
        Path log = tmp.resolve("java.log");
        List<String> sets = List.of("JAVA=" + windows(fake), "FAKE_JAVA_LOG=" + windows(log), "PLAN_REPORT_CDS=off");
        assertSucceeds(launch(tmp, home, sets, "validate --plan " + windows(small) + " " + windows(book) + " " + windows(csv)));
        assertSucceeds(launch(tmp, home, sets, "compile --period 2023-Q2 --plan " + windows(book) + " " + windows(small)));
        List<String> withXmx = new ArrayList<>(sets);
        withXmx.add("PLAN_REPORT_XMX=300m");
        assertSucceeds(launch(tmp, home, withXmx, "validate " + windows(book)));
        List<String> lines = Files.readAllLines(log);
        assertEquals(3, lines.size(), lines.toString());
        // validate: 128 + 2 x 28 (the workbook) + (61 + 4) / 6 (the CSVs, the plan among them)
        assertTrue(lines.get(0).contains("[-Xmx194m]"), lines.get(0));
        // compile: 128 + 112 x (28 + 4)
        assertTrue(lines.get(1).contains("[-Xmx3712m]"), lines.get(1));
        // PLAN_REPORT_XMX: the one heap given
        assertTrue(lines.get(2).contains("[-Xmx300m]") && lines.get(2).indexOf("[-Xmx") == lines.get(2).lastIndexOf("[-Xmx"), lines.get(2));
    }
}
