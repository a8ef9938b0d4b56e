package planreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Command tests as data: each file in src/test/resources/commands/ is one case, named for it, run
 * through {@link CliRun} from the repository root. A case file reads:
 *
 * <pre>
 * # what the case shows (comment lines, kept as written)
 * $ plan-report validate --as-of 2023-07-20 "a file with spaces.csv"
 * --- stdin                    (optional: standard input, as written up to the next marker)
 * --- exit: ERRORS             (an {@link ExitCode} name)
 * --- stdout
 * ...exactly what the command prints...
 * --- stderr
 * --- files                    (only when the command line names $OUT: the files written there)
 * </pre>
 *
 * The command line is split at spaces; double quotes keep spaces in one argument. {@code $OUT}
 * stands for a fresh empty temporary folder, in the command line and in the expected output. A
 * section holds the lines up to the next {@code --- } marker; a line {@code \ no newline at end}
 * ends a section whose text does not end with a newline.
 *
 * <p>{@code mvn test -Dgolden.accept=true} (or {@code -Dtest=CommandCasesTest -Dgolden.accept=true})
 * rewrites the exit, stdout, stderr and files sections from what the commands do now, keeping the
 * comments, command lines and stdin: review the diff before committing.
 */
class CommandCasesTest {
    static final Path CASES = Path.of("src/test/resources/commands");
    static final boolean ACCEPT = Boolean.getBoolean("golden.accept");
    static final String OUT = "$OUT";
    static final String NO_NEWLINE = "\\ no newline at end";
    private static final Pattern MARKER = Pattern.compile("--- (stdin|stdout|stderr|files|exit: (\\w+))");

    static List<Path> cases() throws IOException {
        try (Stream<Path> s = Files.list(CASES)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @Test
    void theCasesAreThereAndRunFromTheRepositoryRoot() throws IOException {
        assertTrue(Files.exists(Path.of("pom.xml")) && Files.isDirectory(Path.of("examples")), "the tests run in the repository root");
        assertTrue(cases().size() >= 15, "command cases in " + CASES + ": " + cases().size());
    }

    @Test
    void theFormatKeepsQuotedArgumentsAndTextWithoutAFinalNewline() {
        Path f = Path.of("example.txt");
        Case c = Case.parse(f, "# x\n$ plan-report validate --period \"Quý I/2022\" \"\" -\n--- stdin\nunit\n" + NO_NEWLINE + "\n--- exit: OK\n");
        assertEquals(List.of("validate", "--period", "Quý I/2022", "", "-"), c.args());
        assertEquals("unit", c.stdin());
        String text = c.render("OK", "a\nb", "", null);
        assertEquals("# x\n$ plan-report validate --period \"Quý I/2022\" \"\" -\n--- stdin\nunit\n" + NO_NEWLINE + "\n--- exit: OK\n--- stdout\na\nb\n"
                + NO_NEWLINE + "\n--- stderr\n", text);
        assertEquals(c, Case.parse(f, text), "a rendered case reads back");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void commandGivesExactlyItsExpectedOutput(Path file) throws IOException {
        String expected = Files.readString(file, StandardCharsets.UTF_8);
        Case c = Case.parse(file, expected);
        Path out = Files.createTempDirectory("plan-report-case");
        try {
            String dir = out.toString();
            String[] args = c.args().stream().map(a -> a.replace(OUT, dir)).toArray(String[]::new);
            CliRun r = CliRun.withStdin(c.stdin(), args);
            String actual = c.render(r.exit().name(), r.out().replace(dir, OUT), r.err().replace(dir, OUT), c.usesOut() ? files(out) : null);
            if (ACCEPT) {
                if (!actual.equals(expected)) Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            assertEquals(expected, actual, file + " (refresh with -Dgolden.accept=true and review the diff)");
        } finally {
            delete(out);
        }
    }

    /** The files under {@code dir}, one relative path a line, sorted. */
    private static String files(Path dir) throws IOException {
        StringBuilder b = new StringBuilder();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).map(dir::relativize).sorted().toList()) {
                b.append(p.toString().replace('\\', '/')).append('\n');
            }
        }
        return b.toString();
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    /** One case file: its header (comments and the command line, as written), the arguments and the standard input. */
    record Case(String header, List<String> args, String stdin) {

        boolean usesOut() { return args.stream().anyMatch(a -> a.contains(OUT)); }

        static Case parse(Path file, String text) {
            List<String> lines = text.lines().toList();
            StringBuilder header = new StringBuilder();
            List<String> args = null;
            int i = 0;
            for (; i < lines.size() && !lines.get(i).startsWith("--- "); i++) {
                String l = lines.get(i);
                header.append(l).append('\n');
                if (l.equals("$ plan-report") || l.startsWith("$ plan-report ")) {
                    if (args != null) throw new IllegalStateException(file + ": two command lines");
                    args = split(l.substring("$ plan-report".length()), file);
                } else if (!l.isBlank() && !l.startsWith("#")) {
                    throw new IllegalStateException(file + ": before the sections only # comments and one '$ plan-report ...' line, not: " + l);
                }
            }
            if (args == null) throw new IllegalStateException(file + ": no '$ plan-report ...' command line");
            String stdin = null;
            int seen = 0;
            while (i < lines.size()) {
                Matcher m = MARKER.matcher(lines.get(i));
                if (!m.matches()) throw new IllegalStateException(file + ": expected a --- marker, not: " + lines.get(i));
                StringBuilder content = new StringBuilder();
                for (i++; i < lines.size() && !MARKER.matcher(lines.get(i)).matches(); i++) content.append(lines.get(i)).append('\n');
                if (m.group(1).equals("stdin")) {
                    if (seen > 0) throw new IllegalStateException(file + ": --- stdin comes first");
                    stdin = section(content.toString());
                }
                seen++;
            }
            return new Case(header.toString(), args, stdin);
        }

        /** The case file for a run: header, stdin as given, then what the run did. */
        String render(String exit, String out, String err, String files) {
            StringBuilder b = new StringBuilder(header);
            if (stdin != null) b.append("--- stdin\n").append(write(stdin));
            b.append("--- exit: ").append(exit).append('\n');
            b.append("--- stdout\n").append(write(out));
            b.append("--- stderr\n").append(write(err));
            if (files != null) b.append("--- files\n").append(write(files));
            return b.toString();
        }

        private static String section(String content) {
            String end = NO_NEWLINE + "\n";
            if (content.endsWith(end)) {
                String body = content.substring(0, content.length() - end.length());
                return body.endsWith("\n") ? body.substring(0, body.length() - 1) : body;
            }
            return content;
        }

        private static String write(String text) {
            return text.isEmpty() || text.endsWith("\n") ? text : text + "\n" + NO_NEWLINE + "\n";
        }

        /** Splits at spaces; "double quotes" keep spaces (and an empty argument) in one argument. */
        static List<String> split(String line, Path file) {
            List<String> out = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            boolean quoted = false, any = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                    any = true;
                } else if (c == ' ' && !quoted) {
                    if (any) out.add(cur.toString());
                    cur.setLength(0);
                    any = false;
                } else {
                    cur.append(c);
                    any = true;
                }
            }
            if (quoted) throw new IllegalStateException(file + ": unclosed quote in the command line");
            if (any) out.add(cur.toString());
            return out;
        }
    }
}
