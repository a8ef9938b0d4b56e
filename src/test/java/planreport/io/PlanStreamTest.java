package planreport.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import planreport.check.Code;
import planreport.check.Diagnostic;

/**
 * The {@code bodies:} list is read item by item as the file is composed, not from the whole tree:
 * on any text that reading must give what reading the tree gives — the same diagnostics (the kept
 * ones and every count), and the same plan — whatever the list holds and wherever the file breaks.
 */
class PlanStreamTest {
    private static final String PLAN = Mutations.shippedPlan();

    /** Reads {@code text} both ways and asserts they agree; returns the streamed result. */
    private static PlanReader.Result same(String text) {
        PlanReader.Result streamed = PlanReader.parse(text, "plan.yaml");
        PlanReader.Result tree = PlanReader.parseAsTree(text, "plan.yaml");
        assertEquals(tree.diagnostics(), streamed.diagnostics());
        assertEquals(tree.found().errors(), streamed.found().errors(), "errors counted");
        assertEquals(tree.found().warnings(), streamed.found().warnings(), "warnings counted");
        for (Code c : Code.values()) assertEquals(tree.found().count(c), streamed.found().count(c), c.id());
        assertEquals(tree.ok(), streamed.ok());
        if (tree.ok()) {
            assertEquals(tree.plan().bodies(), streamed.plan().bodies());
            assertEquals(tree.plan().tasks(), streamed.plan().tasks());
            assertEquals(tree.plan().indicators(), streamed.plan().indicators());
        }
        return streamed;
    }

    private static List<String> codes(PlanReader.Result r) {
        return r.diagnostics().stream().map(d -> d.code().id()).distinct().sorted().toList();
    }

    /** The text of the shipped plan with its {@code n}-th body's {@code - id:} line (counted from 0) replaced by {@code with}. */
    private static String atBody(int n, String with) {
        String[] lines = PLAN.split("\n", -1);
        int seen = -1;
        for (int i = lines.length - 1; i >= 0 && seen < 0; i--) if (lines[i].equals("bodies:")) seen = i;
        int count = 0;
        for (int i = seen; i < lines.length; i++) {
            if (lines[i].startsWith("  - id:") && count++ == n) {
                lines[i] = with + lines[i];
                return String.join("\n", lines);
            }
        }
        throw new AssertionError("no body " + n);
    }

    @Test
    void theShippedPlanAndEveryFixtureReadTheSameBothWays() throws IOException {
        assertTrue(same(PLAN).ok());
        List<Path> fixtures;
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/plans"))) {
            fixtures = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertFalse(fixtures.isEmpty());
        for (Path p : fixtures) same(Files.readString(p));
    }

    @Test
    void aSyntaxErrorAfterBodiesWereReadLeavesOnlyTheSyntaxError() {
        // the first bodies are read (one with a wrong kind) before the file breaks near its end
        String text = atBody(1, "  - id: x\n    name: X\n    kind: nonsense\n") + "\n  - id: [unclosed\n";
        PlanReader.Result r = same(text);
        assertEquals(List.of("plan-syntax"), codes(r));
        assertEquals(1, r.diagnostics().size());
    }

    @Test
    void anAliasOrATabInTheMiddleOfTheListIsRefusedAlone() {
        int bodies = (int) PLAN.lines().dropWhile(l -> !l.equals("bodies:")).filter(l -> l.startsWith("  - id:")).count();
        assertEquals(List.of("plan-syntax"), codes(same(atBody(bodies / 2, "  - id: a\n    name: &n A\n    kind: unit\n"))));
        assertEquals(List.of("plan-syntax"), codes(same(atBody(bodies / 2, "\t- id: a\n"))));
    }

    @Test
    void itemsThatAreNotBodiesAndBodiesWithErrorsAreReportedAsFromTheTree() {
        same(atBody(3, "  - just a text\n  -\n  - [a, list]\n"));
        same(atBody(3, "  - id: thanh-uy-quang-ngai\n    name: Another\n    kind: party-committee\n    colour: red\n"));
        same(atBody(5, "  - id: g\n    name: G\n    kind: group\n    members: [nobody-at-all, btv-tinh-uy]\n"));
    }

    /** How the bodies of {@code text} were read: {bodies read from their events, items composed}. */
    private static int[] howRead(String text) {
        PlanOut out = new PlanOut("plan.yaml", new planreport.check.Diagnostics());
        PlanBodies bodies = new PlanBodies(out);
        int[] counts = new int[2];
        YamlGuard.root(text, out, "bodies", new YamlGuard.Items() {
            @Override public boolean events(List<org.yaml.snakeyaml.events.Event> item) {
                boolean read = bodies.events(item);
                if (read) counts[0]++;
                return read;
            }

            @Override public void node(org.yaml.snakeyaml.nodes.Node item) {
                counts[1]++;
                bodies.node(item);
            }

            @Override public void restart() {
                bodies.restart();
                counts[0] = 0;
                counts[1] = 0;
            }
        });
        return counts;
    }

    @Test
    void bodiesWrittenAsMostAreReadFromTheParsersEventsWithoutNodes() {
        int bodies = (int) PLAN.lines().dropWhile(l -> !l.equals("bodies:")).filter(l -> l.startsWith("  - id:")).count();
        int contacts = (int) PLAN.lines().dropWhile(l -> !l.equals("bodies:")).filter(l -> l.startsWith("    contact:")).count();
        // a body with a contact is composed (its contact read against its own keys), every other read from its events
        assertEquals(List.of(bodies - contacts, contacts), List.of(howRead(PLAN)[0], howRead(PLAN)[1]));
        String plain = "  - id: a\n    name: \"A\"\n    kind: unit\n    aliases: [A1, 'A 2']\n    from: 2021-01-01\n    until: 2025-06-30\n"
                + "    successors: [btv-tinh-uy]\n    area: X\n  - {id: b, name: B, kind: group, members: [a]}\n";
        assertEquals(bodies - contacts + 2, howRead(atBody(0, plain))[0]);
    }

    /**
     * Every body the schema has something to say about is composed and read from its node, as the tree
     * reads it: what the event reading would get wrong if it read such a body.
     */
    @Test
    void bodiesTheSchemaReportsOnAreComposedAndReadAsFromTheTree() {
        int plainBodies = howRead(PLAN)[0];
        List<String> odd = List.of(
                "  - id: a\n    name: ~\n    kind: unit\n",                       // null
                "  - id: a\n    name:\n    kind: unit\n",                         // empty
                "  - id: a\n    kind: unit\n",                                     // missing
                "  - id: a\n    name: !!str A\n    kind: unit\n",                 // a tag
                "  - !!map {id: a, name: A, kind: unit}\n",                          // a tag on the body
                "  - id: a\n    name: \"A\\x1A\"\n    kind: unit\n",              // a control character
                "  - id: a\n    name: A\n    kind: unit\n    colour: red\n",         // unknown key
                "  - id: a\n    name: A\n    kind: unit\n    name: B\n",             // key twice
                "  - id: a\n    name: A\n    kind: unit\n    [x]: y\n",              // a key that is not text
                "  - id: a\n    name: [A]\n    kind: unit\n",                      // a list for a text
                "  - id: a\n    name: {x: A}\n    kind: unit\n",                   // a mapping for a text
                "  - id: g\n    name: G\n    kind: group\n    members: btv-tinh-uy\n",   // a text for a list
                "  - id: g\n    name: G\n    kind: group\n    members: [btv-tinh-uy, ~]\n", // a null member
                "  - id: g\n    name: G\n    kind: group\n    members: [[btv-tinh-uy]]\n", // a list in the list
                "  - id: g\n    name: G\n    kind: group\n    members: !!seq [btv-tinh-uy]\n",
                "  - id: a\n    name: A\n    kind: unit\n    aliases: [{x: y}]\n",
                "  - id: a\n    name: A\n    kind: unit\n    from: 2021-13-01\n",     // not a date
                "  - id: a\n    name: A\n    kind: unit\n    until: 1800-01-01\n",   // a year out of range
                "  - id: a\n    name: A\n    kind: unit\n    contact: {email: a@b.vn, phone: 1, fax: 2}\n");
        for (String body : odd) {
            String text = atBody(4, body);
            same(text);
            assertEquals(plainBodies, howRead(text)[0], body);
        }
        // what the schema does not report the event reading reads, with the checks on bodies after it
        List<String> checked = List.of(
                "  - id: a\n    name: A\n    kind: unitt\n",                                            // an unknown kind
                "  - id: btv-tinh-uy\n    name: Another\n    kind: unit\n",                           // a taken id
                "  - id: a\n    name: A\n    kind: unit\n    aliases: [BTV Tỉnh ủy]\n",                 // a taken name
                "  - id: a\n    name: A\n    kind: unit\n    from: 2022-01-01\n    until: 2021-01-01\n",
                "  - id: a\n    name: A\n    kind: unit\n    successors: [btv-tinh-uy]\n",            // successors without until
                "  - id: g\n    name: G\n    kind: group\n    members: []\n",                           // an empty group
                "  - id: a\n    name: A\n    kind: unit\n    members: [btv-tinh-uy]\n",                // members of a unit
                "  - id: g\n    name: G\n    kind: group\n    members: [nobody, btv-tinh-uy]\n",
                "  - id: a\n    name: \"Cong\\u0111oa\\u0300n\"\n    kind: unit\n");                 // NFD written as escapes
        for (String body : checked) {
            String text = atBody(4, body);
            PlanReader.Result r = same(text);
            if (!body.contains("\\u")) assertFalse(r.diagnostics().isEmpty(), body);
            assertEquals(plainBodies + 1, howRead(text)[0], body);
        }
    }

    @Test
    void aListWrittenTwiceWithATagOrInFlowStyleReadsAsFromTheTree() {
        same(PLAN + "bodies:\n  - id: again\n    name: Again\n    kind: unit\n");
        same(PLAN.replace("\nbodies:\n", "\nbodies: !!seq\n"));
        same(PLAN.replace("\nbodies:\n", "\nbodies_:\n") + "bodies: [{id: a, name: A, kind: unit}, b]\n");
        same(PLAN.replace("\nbodies:\n", "\nbodies: ~\nx:\n"));
        // the list first in the file, before the parts that name its bodies
        int at = PLAN.indexOf("\nbodies:\n");
        same(PLAN.substring(at + 1) + "\n" + PLAN.substring(0, at + 1));
    }

    @Test
    void moreDiagnosticsOfOneCodeThanAreKeptAreCountedTheSame() {
        StringBuilder extra = new StringBuilder();
        for (int i = 0; i < 1500; i++) extra.append("  - id: u").append(i).append("\n    name: U").append(i).append("\n    kind: unit\n    colour: red\n");
        PlanReader.Result r = same(atBody(2, extra.toString()));
        assertTrue(r.found().count(Code.PLAN_SCHEMA) >= 1500, "every unknown key counted");
    }

    /** The shipped plan with {@code units} more units and a group of them, large enough to be parsed on a second thread. */
    private static String large(int units) {
        StringBuilder b = new StringBuilder(PLAN);
        if (!PLAN.endsWith("\n")) b.append('\n');
        StringBuilder members = new StringBuilder();
        for (int i = 0; i < units; i++) {
            b.append("  - id: cd-").append(i).append("\n    name: \"Công đoàn cơ sở số ").append(i).append("\"\n    kind: labour-federation\n");
            members.append(i == 0 ? "" : ", ").append("cd-").append(i);
        }
        b.append("  - id: cd-all\n    name: Các công đoàn cơ sở\n    kind: group\n    members: [").append(members).append("]\n");
        String text = b.toString();
        assertTrue(text.length() > YamlGuard.AHEAD_CHARS, "parsed ahead");
        return text;
    }

    private static boolean parserThreadsLeft() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("plan-yaml-parser") && t.isAlive());
    }

    @Test
    void aLargePlanParsedOnASecondThreadReadsTheSameWhereverItBreaks() {
        String text = large(8000);
        assertTrue(same(text).ok());
        int middle = text.indexOf("  - id: cd-4000\n");
        // a syntax error at the end, once every body was read; a refusal and a tab in the middle
        assertEquals(List.of("plan-syntax"), codes(same(text + "  - id: [unclosed\n")));
        assertEquals(List.of("plan-syntax"), codes(same(text.substring(0, middle) + "  - id: &a x\n" + text.substring(middle))));
        assertEquals(List.of("plan-syntax"), codes(same(text.substring(0, middle) + "\t- id: x\n" + text.substring(middle))));
        // the composer stops (a tag it refuses) while the parser's thread is still ahead of it
        same(text.substring(0, middle) + "  - id: !<tag:example.com,2000:x> x\n    name: X\n    kind: unit\n" + text.substring(middle));
        // bodies with errors, and more of one code than are kept
        same(text.replace("    kind: labour-federation\n", "    kind: labour-federation\n    colour: red\n"));
        same(text.replace("    kind: labour-federation\n", "    kind: labour\n"));
        // a text not in NFC: its parse, started on the text as written, is replaced by the normalized text's
        String decomposed = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD);
        assertFalse(decomposed.equals(text));
        assertTrue(same(decomposed).ok());
        assertEquals(same(text).plan().bodies(), same(decomposed).plan().bodies());
        assertFalse(parserThreadsLeft(), "the parser's thread ends with the reading");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedAndAReplacementCharacterWrittenInItIsText(@TempDir Path dir) throws IOException {
        Path plan = dir.resolve("plan.yaml");
        // a Latin-1 byte in a body's name: not UTF-8, the file's one diagnostic
        byte[] good = atBody(2, "  - id: x\n    name: \"Caf\u00e9\"\n    kind: government\n").getBytes(StandardCharsets.UTF_8);
        byte[] latin = atBody(2, "  - id: x\n    name: \"Caf\u00e9\"\n    kind: government\n").getBytes(StandardCharsets.ISO_8859_1);
        Files.write(plan, latin);
        PlanReader.Result r = PlanReader.read(plan, "plan.yaml");
        assertEquals(List.of("plan-syntax.not-utf8"), r.diagnostics().stream().map(Diagnostic::key).toList());
        // U+FFFD written as UTF-8 is a character like any other
        Files.write(plan, atBody(2, "  - id: x\n    name: \"\uFFFD\"\n    kind: government\n").getBytes(StandardCharsets.UTF_8));
        PlanReader.Result replaced = PlanReader.read(plan, "plan.yaml");
        assertTrue(replaced.ok(), () -> replaced.diagnostics().toString());
        assertEquals("\uFFFD", replaced.plan().findBody("x").orElseThrow().name());
        Files.write(plan, good);
        assertEquals("Caf\u00e9", PlanReader.read(plan, "plan.yaml").plan().findBody("x").orElseThrow().name());
    }

    @Property(tries = 150)
    void mutationsOfThePlanReadTheSameBothWays(@ForAll("mutatedPlan") byte[] bytes) {
        same(new String(bytes, StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<byte[]> mutatedPlan() {
        List<byte[]> fragments = new ArrayList<>();
        for (String f : List.of(":", "\n  ", "\t", "&a ", "*a", "[", "\"", "- ", "{x: [", "\n---\n", "\n  - id: btv-tinh-uy\n", "members: [",
                "\n    kind: group\n", "\n  - ~\n", "!!str ", "\n    until: 2020-01-01\n")) fragments.add(f.getBytes(StandardCharsets.UTF_8));
        // mutations in the bodies: the list is the last part of the shipped plan, so edits fall there in proportion
        return Mutations.of(PLAN.getBytes(StandardCharsets.UTF_8), fragments.toArray(new byte[0][]));
    }
}
