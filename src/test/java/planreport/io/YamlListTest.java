package planreport.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingEndEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceEndEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * The {@code bodies:} list read line by line gives, item by item, the events SnakeYAML's parser gives
 * for the same list in the whole file: the same kinds, texts, tags, styles, lines and columns.
 */
class YamlListTest {
    private static final String PLAN = Mutations.shippedPlan();

    /** Each event as the plan reads it: kind, text, tag, implicit, style, line, column (of its start). */
    private static String describe(Event e) {
        // nothing reads where a collection ends (a node's end mark): SnakeYAML's is where the next token starts
        if (e instanceof MappingEndEvent || e instanceof SequenceEndEvent) return e.getClass().getSimpleName();
        String what = e.getClass().getSimpleName() + "@" + e.getStartMark().getLine() + ":" + e.getStartMark().getColumn();
        if (e instanceof ScalarEvent s) return what + " " + s.getValue() + " " + s.getTag() + " " + s.getImplicit().canOmitTagInPlainScalar() + "/"
                + s.getImplicit().canOmitTagInNonPlainScalar() + " " + s.getScalarStyle();
        if (e instanceof MappingStartEvent m) return what + " " + m.getTag() + " " + m.getImplicit() + " " + m.getFlowStyle();
        if (e instanceof SequenceStartEvent q) return what + " " + q.getTag() + " " + q.getImplicit() + " " + q.getFlowStyle();
        return what;
    }

    /** The items of the root's bodies list as SnakeYAML parses the whole text, each as its events described. */
    private static List<List<String>> snakeItems(String text) {
        ParserImpl p = new ParserImpl(new StreamReader(new StringReader(text)), YamlGuard.options());
        List<List<String>> items = new ArrayList<>();
        int depth = 0;
        boolean key = true, inList = false, next = false;
        List<String> item = null;
        for (Event e = p.getEvent(); !e.is(Event.ID.StreamEnd); e = p.getEvent()) {
            if (inList) {
                if (depth == 2 && e instanceof SequenceEndEvent) return items;
                if (depth == 2) items.add(item = new ArrayList<>());
                item.add(describe(e));
            } else if (depth == 1 && key && e instanceof ScalarEvent s && s.getValue().equals("bodies")) {
                next = true;
            } else if (next) {
                inList = true;
            }
            if (e instanceof CollectionStartEvent) depth++;
            if (e instanceof MappingEndEvent || e instanceof SequenceEndEvent) depth--;
            if (depth == 1 && !(e instanceof CollectionStartEvent)) key = !key;
        }
        throw new AssertionError("no bodies list");
    }

    private static void sameEvents(String text) {
        YamlList list = YamlList.find(text, "bodies");
        assertNotNull(list);
        List<List<String>> expected = snakeItems(text);
        assertEquals(expected.size(), list.items());
        for (int i = 0; i < list.items(); i++) assertEquals(expected.get(i), list.item(i).stream().map(YamlListTest::describe).toList(), "item " + i);
    }

    @Test
    void theShippedPlansBodiesGiveSnakeYamlsEvents() {
        sameEvents(PLAN);
    }

    @Test
    void bodiesWrittenInEveryWayGiveSnakeYamlsEvents() {
        String head = "version: 1\nbodies:\n  # first\n";
        sameEvents(head + "  - id: a\n    name: \"A b: c # d\"\n    kind: unit\n    aliases: [x, 'y z', \"w, v]\"]\n\n    members: []\n"
                + "  - {id: b, name: B}\n  - just text\n  - id: c\n    name: Long\n      continued\n  - id: d # comment\n    name: 'it''s'\n"
                + "  - id: e\n    name: \"esc\\u00e9\"\n    contact: { email: \"a@b\" }\n  - id: f\n    members:\n      - a\n      - b\n  -\n  - - x\n"
                + "  - id: g\n    until: 2025-06-30\n    kind: !!str unit\n# at the margin\n  - id: h\n    aliases: [a , b]\nindicators: []\n");
    }

    /** A lone carriage return in a comment above the list (the property below found it) moved every item's line by one. */
    @Test
    void aLineBreakOtherThanALineFeedAboveTheListKeepsTheItemsLines() {
        for (String br : List.of("\r", "\r\n", "\u0085", "\u2028", "\u2029")) {
            String text = "# a comment" + br + "# another\nversion: 1\nbodies:\n  - id: a\n    name: A\n  - id: b\n    name: B\n";
            List<List<String>> expected = snakeItems(text);
            YamlList list = YamlList.find(text, "bodies");
            if (list == null) continue; // left to SnakeYAML whole: its own lines
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(expected.get(i), list.item(i).stream().map(YamlListTest::describe).toList(), "item " + i + " after " + br.codePointAt(0));
            }
        }
    }

    @Test
    void aListNotWrittenAsPlansWriteItIsLeftToSnakeYaml() {
        assertNull(YamlList.find("bodies: [a]\n", "bodies"));
        assertNull(YamlList.find("bodies:\n - id: a\n", "bodies"));            // one space
        assertNull(YamlList.find("bodies:\n  - id: a\n\tname: x\n", "bodies")); // a tab
        assertNull(YamlList.find("bodies:\n  - id: a\n   name: x\n", "bodies")); // three spaces
        assertNull(YamlList.find("bodies:\n  x: 1\n", "bodies"));
        assertNull(YamlList.find("bodies:\n  - id: a\r\n", "bodies"));
        assertNull(YamlList.find("bodies:\nx: 1\n", "bodies"));                // empty
    }

    @Property(tries = 100)
    void mutatedBodiesGiveSnakeYamlsEventsOrAreLeftToIt(@ForAll("mutatedPlan") byte[] bytes) {
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        YamlList list = YamlList.find(text, "bodies");
        if (list == null) return;
        List<List<String>> expected;
        try {
            expected = snakeItems(text);
        } catch (RuntimeException | AssertionError e) {
            return; // SnakeYAML does not read the file: the reader then reads it whole (PlanStreamTest compares)
        }
        for (int i = 0; i < Math.min(list.items(), expected.size()); i++) {
            List<String> ours;
            try {
                ours = list.item(i).stream().map(YamlListTest::describe).toList();
            } catch (YamlList.Bail b) {
                continue;
            }
            assertEquals(expected.get(i), ours, "item " + i);
        }
    }

    @Provide
    Arbitrary<byte[]> mutatedPlan() {
        List<byte[]> fragments = new ArrayList<>();
        for (String f : List.of(":", " ", "\n  ", "\n    ", "#", "'", "\"", "- ", "[", "]", ", ", "\n  - id: x\n", "\\", "~", "!!str ", "&a "))
            fragments.add(f.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return Mutations.of(PLAN.getBytes(java.nio.charset.StandardCharsets.UTF_8), fragments.toArray(new byte[0][]));
    }
}
