package planreport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import planreport.model.Classification;
import planreport.model.Period;
import planreport.render.view.Inline;
import planreport.render.view.Key;

/** The rules of the one tree builder: keys, order, inlining, nulls, ids, dates, periods and the text function. */
class ViewTreeTest {
    record Inner(int onTime, BigDecimal reportingRate) {}

    record Outer(String kindLabel, @Key("final") boolean isFinal, Classification classification, LocalDate asOf, Period period,
                 @Inline Inner tally, List<String> names, Map<String, Object> extra, Object review) {}

    private static Outer sample() {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("z", 1);
        extra.put("a", List.of("x"));
        return new Outer("Sơ kết", true, Classification.DONE_ON_TIME, LocalDate.of(2023, 7, 20), Period.parse("2023-Q2").orElseThrow(),
                new Inner(3, new BigDecimal("85.7")), Arrays.asList("a", null), extra, null);
    }

    @Test
    void aRecordIsAMapOfItsComponentsInOrderUnderSnakeCaseKeys() {
        Map<String, Object> tree = ViewTree.root(sample());
        assertEquals(List.of("kind_label", "final", "classification", "as_of", "period", "on_time", "reporting_rate", "names", "extra", "review"),
                new ArrayList<>(tree.keySet()));
        assertEquals(true, tree.get("final"));
        assertEquals("done_on_time", tree.get("classification"));
        assertEquals("2023-07-20", tree.get("as_of"));
        assertEquals("2023-Q2", tree.get("period"));
        assertEquals(3, tree.get("on_time"));
        assertEquals(new BigDecimal("85.7"), tree.get("reporting_rate"));
        assertEquals(Arrays.asList("a", null), tree.get("names"));
        assertEquals(List.of("z", "a"), new ArrayList<>(((Map<?, ?>) tree.get("extra")).keySet()));
        assertEquals(null, tree.get("review"));
    }

    @Test
    void everyStringPassesThroughTheTextFunctionButNotTheKeys() {
        Map<String, Object> tree = ViewTree.root(sample(), s -> "<" + s + ">");
        assertEquals("<Sơ kết>", tree.get("kind_label"));
        assertEquals("<done_on_time>", tree.get("classification"));
        assertEquals("<2023-07-20>", tree.get("as_of"));
        assertEquals(List.of("<x>"), ((Map<?, ?>) tree.get("extra")).get("a"));
    }

    @Test
    void aValueOfNoKnownKindIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ViewTree.tree(new Object(), s -> s));
        assertThrows(IllegalArgumentException.class, () -> ViewTree.root("not a view"));
    }

    @Test
    void namesInCamelCaseBecomeSnakeCase() {
        assertEquals("year_to_date_text", ViewTree.snake("yearToDateText"));
        assertEquals("id", ViewTree.snake("id"));
    }
}
