package planreport.validate;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import planreport.check.Diagnostic;
import planreport.check.Diagnostics;
import planreport.io.PlanReader;
import planreport.io.Source;
import planreport.model.Period;
import planreport.model.Plan;

/**
 * A report fixture: one CSV with a sidecar {@code name.expected}, or a directory of CSVs with a file
 * {@code expected}. The expected file lists, one per line, exactly the diagnostics the fixture must
 * produce, nothing missing and nothing more, each as {@code WHERE COLUMN CODE}:
 * <ul>
 * <li>{@code WHERE} is the line number, {@code -} (this file, no line), {@code *} (no file:
 *     missing-report), or {@code FILE:LINE} / {@code FILE:-} in a directory;
 * <li>{@code COLUMN} is the column's header name as the file writes it ({@code Tình trạng},
 *     {@code status}; it may hold spaces: it is everything between WHERE and CODE), or {@code -} for none;
 * <li>{@code CODE} is the diagnostic code.
 * </ul>
 * {@code #} starts a comment; {@code @as-of DATE}, {@code @plan FILE}, {@code @period P},
 * {@code @encoding NAME} set the run's options.
 */
record Fixture(String name, List<Path> reports, Path planFile, LocalDate asOf, Period period, Charset charset, List<String> expected) {

    static final Path ROOT = Path.of("src/test/resources/reports");
    static final LocalDate DEFAULT_AS_OF = LocalDate.of(2023, 7, 20);
    /** An expected line: WHERE, then the column (which may hold spaces), then the code. */
    private static final java.util.regex.Pattern LINE = java.util.regex.Pattern.compile("(\\S+)\\s+(\\S.*?)\\s+(\\S+)");

    @Override public String toString() { return name; }

    /** Every fixture under {@link #ROOT}, in name order. */
    static List<Fixture> all() throws IOException {
        List<Fixture> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(ROOT)) {
            for (Path p : s.sorted().toList()) {
                String n = p.getFileName().toString();
                if (Files.isDirectory(p)) {
                    // other tests keep plain input folders here too; a fixture folder has an expected file
                    if (!Files.exists(p.resolve("expected"))) continue;
                    try (Stream<Path> csvs = Files.list(p)) {
                        out.add(parse(n, csvs.filter(f -> f.toString().endsWith(".csv") || f.toString().endsWith(".xlsx")).sorted().toList(),
                                p.resolve("expected"), null));
                    }
                } else if (n.endsWith(".csv") || n.endsWith(".xlsx")) {
                    String base = n.substring(0, n.lastIndexOf('.'));
                    out.add(parse(base, List.of(p), p.resolveSibling(base + ".expected"), n));
                }
            }
        }
        return out;
    }

    private static Fixture parse(String name, List<Path> reports, Path expectedFile, String single) throws IOException {
        if (!Files.exists(expectedFile)) throw new IllegalStateException("fixture " + name + " has no " + expectedFile.getFileName());
        Path plan = Path.of("plan.yaml");
        LocalDate asOf = DEFAULT_AS_OF;
        Period period = null;
        Charset cs = null; // as the command line: each file's encoding recognised unless @encoding forces one
        List<String> expected = new ArrayList<>();
        for (String raw : Files.readAllLines(expectedFile, StandardCharsets.UTF_8)) {
            String l = raw.strip();
            if (l.isEmpty() || l.startsWith("#")) continue;
            if (l.startsWith("@")) {
                String[] kv = l.substring(1).split("\\s+", 2);
                switch (kv[0]) {
                    case "as-of" -> asOf = LocalDate.parse(kv[1]);
                    case "plan" -> plan = Path.of(kv[1]);
                    case "period" -> period = Period.parse(kv[1]).orElseThrow();
                    case "encoding" -> cs = Charset.forName(kv[1]);
                    default -> throw new IllegalStateException(expectedFile + ": unknown directive " + l);
                }
                continue;
            }
            java.util.regex.Matcher m = LINE.matcher(l);
            if (!m.matches()) throw new IllegalStateException(expectedFile + ": write LINE COLUMN CODE (COLUMN - for none), not " + l);
            String where = m.group(1), column = m.group(2), code = m.group(3);
            if (planreport.check.Code.byId(code) == null) throw new IllegalStateException(expectedFile + ": no such code " + code + " in " + l);
            String file = where.equals("*") ? "*:-" : single != null ? single + ":" + where : where;
            expected.add(key(file, column, code));
        }
        expected.sort(null);
        return new Fixture(name, reports, plan, asOf, period, cs, expected);
    }

    /** Runs validation the way the validate command does and returns the diagnostics as {@code file:line column code}, sorted. */
    List<String> run() throws IOException {
        PlanReader.Result pr = PlanReader.read(planFile, planFile.toString());
        if (!pr.ok()) throw new IllegalStateException("fixture plan " + planFile + " does not load: " + pr.diagnostics());
        return actual(pr.plan(), this.reports, charset, asOf, period);
    }

    static List<String> actual(Plan plan, List<Path> reports, Charset cs, LocalDate asOf, Period period) {
        Diagnostics ds = new Diagnostics();
        List<Source> sources = reports.stream().map(p -> new Source(p.toString(), p)).toList();
        ds.addAll(planreport.Pipeline.over(plan).sources(sources).charset(cs).asOf(asOf).build().validate(period, true).diagnostics());
        List<String> out = new ArrayList<>();
        for (Diagnostic d : ds.sorted()) out.add(key(d));
        out.sort(null);
        return out;
    }

    static String key(Diagnostic d) {
        String file = d.file() == null ? "*" : Path.of(d.file()).getFileName().toString();
        return key(file + ":" + (d.line() == null ? "-" : d.line().toString()), d.column() == null ? "-" : d.column().toString(), d.code().id());
    }

    /** One diagnostic as the fixtures compare it: {@code FILE:LINE COLUMN CODE}. */
    static String key(String fileLine, String column, String code) {
        return fileLine + " " + column + " " + code;
    }

    /** The code of a key. */
    static String code(String key) {
        return key.substring(key.lastIndexOf(' ') + 1);
    }
}
