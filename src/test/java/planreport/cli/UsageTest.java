package planreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The usage text of every command and the usage errors picocli writes, pinned in
 * src/test/resources/golden/usage.txt so that they cannot change unnoticed.
 * {@code mvn test -Dgolden.accept=true} rewrites the file (review the diff before committing).
 */
class UsageTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden/usage.txt");

    /**
     * Command lines, as typed after plan-report; "PLAN_REPORT_LANG=en " before one sets that
     * variable (the runs see no other environment: Vietnamese unless told).
     */
    static final List<String> CASES = List.of(
            "--help", "validate --help", "compile --help", "show --help", "forms --help", "templates --help",
            "templates export --help", "codes --help", "help", "help --help", "help compile",
            "", "valdate", "validate --pln x", "validate --format xml", "compile", "templates", "templates exprot", "help bogus",
            "validate --plan", "validate --plan a.yaml --plan b.yaml", "validate --as-of 31/02/2023", "validate --as-of 20/07/2023", "validate --encoding no-such-charset",
            "forms --period Q9 --out x", "templates export", "templates export a b", "validate --lang fr",
            "--lang en --help", "validate --lang en --help", "compile --help --lang=en", "--lang en valdate",
            "validate --lang en --pln x", "--lang en compile", "help --lang en bogus",
            "PLAN_REPORT_LANG=en validate --format xml", "PLAN_REPORT_LANG=en validate --lang fr",
            "PLAN_REPORT_LANG=en validate --lang vi --period Q9", "PLAN_REPORT_LANG=en help");

    @Test
    void usageTextAndUsageErrorsMatchTheGoldenFile() throws Exception {
        StringBuilder b = new StringBuilder();
        for (String typed : CASES) {
            String line = typed;
            java.util.Map<String, String> env = java.util.Map.of();
            if (line.startsWith(planreport.model.Lang.ENV + "=")) {
                int sp = line.indexOf(' ');
                env = java.util.Map.of(planreport.model.Lang.ENV, line.substring(line.indexOf('=') + 1, sp));
                line = line.substring(sp + 1);
            }
            String[] args = line.isEmpty() ? new String[0] : line.split(" ");
            CliRun r = CliRun.withEnv(env, args);
            b.append("$ ").append(env.isEmpty() ? "" : planreport.model.Lang.ENV + "=" + env.get(planreport.model.Lang.ENV) + " ")
                    .append("plan-report").append(line.isEmpty() ? "" : " " + line).append('\n').append(r.out());
            if (!r.err().isEmpty()) b.append("(stderr)\n").append(r.err());
            b.append("(exit ").append(r.exit().code()).append(")\n\n"); // a documented ExitCode, shown as the shell sees it
        }
        String actual = b.toString();
        if (Boolean.getBoolean("golden.accept")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(GOLDEN), "no golden file " + GOLDEN + "; run mvn test -Dgolden.accept=true");
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), actual, "differs from " + GOLDEN + " (refresh with -Dgolden.accept=true)");
    }

    /** Reading picocli's annotations costs every run about 0.1 s (see Cli): the commands are built without them. */
    @Test
    void noCommandUsesPicocliAnnotations() throws Exception {
        Path classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()).resolve("planreport/cli");
        List<String> found = new java.util.ArrayList<>();
        int scanned = 0;
        try (var files = Files.list(classes)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = f.getFileName().toString();
                Class<?> c = Class.forName("planreport.cli." + name.substring(0, name.length() - ".class".length()));
                scanned++;
                List<java.lang.reflect.AnnotatedElement> elements = new java.util.ArrayList<>(List.of(c));
                elements.addAll(List.of(c.getDeclaredFields()));
                elements.addAll(List.of(c.getDeclaredMethods()));
                for (var e : elements) {
                    for (var a : e.getDeclaredAnnotations()) {
                        if (a.annotationType().getName().startsWith("picocli.")) found.add(e + ": " + a);
                    }
                }
            }
        }
        assertTrue(scanned > 10, "scanned " + scanned + " classes in " + classes);
        assertTrue(found.isEmpty(), String.join("\n", found));
    }
}
