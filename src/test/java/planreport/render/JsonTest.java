package planreport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import planreport.cli.CliRun;
import planreport.cli.ExitCode;

/**
 * The JSON writer's two ways give the same text: a plain tree (what every document's JSON is) written
 * through the streaming generator is what the object mapper writes for it, and anything else goes
 * through the mapper.
 */
class JsonTest {
    /** What the object mapper writes for {@code o}, with the writer's settings. */
    private static String mapped(Object o) throws Exception {
        return Json.mapper().writer(Json.mapper().getSerializationConfig().getDefaultPrettyPrinter()).writeValueAsString(o);
    }

    @Test
    void aPlainTreeIsWrittenAsTheMapperWritesIt() throws Exception {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("empty_map", Map.of());
        inner.put("empty_list", List.of());
        inner.put("null", null);
        inner.put("list", Arrays.asList(1, null, "hai", List.of(List.of()), Map.of("k", false)));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("text", "Huyện ủy Ba Tơ \"trích\" \\ / \t\n\u0001 \u2028 😀 <b>&amp;</b>");
        root.put("int", Integer.MIN_VALUE);
        root.put("long", Long.MAX_VALUE);
        root.put("double", 98.9);
        root.put("whole_double", 100.0);
        root.put("nan", Double.NaN);
        root.put("decimal", new BigDecimal("1.250"));
        root.put("exponent", new BigDecimal("1E+3"));
        root.put("big", new BigInteger("123456789012345678901234567890"));
        root.put("yes", true);
        root.put("inner", inner);
        List<Object> rows = new ArrayList<>();
        for (int i = 0; i < 50; i++) rows.add(Map.of("n", i, "name", "đơn vị " + i));
        root.put("rows", rows);
        assertTrue(Json.plain(root));
        assertEquals(mapped(root), Json.write(root));
        for (Object o : new Object[] {null, "a", 1, List.of(), Map.of(), List.of(Map.of())}) assertEquals(mapped(o), Json.write(o));
    }

    record Point(String name, LocalDate day) {}

    @Test
    void anythingElseGoesThroughTheMapper() throws Exception {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("point", new Point("a", LocalDate.of(2023, 7, 20)));
        assertFalse(Json.plain(root));
        assertFalse(Json.plain(Map.of(1, "a")));
        assertFalse(Json.plain(List.of(1.5f)));
        assertFalse(Json.plain(List.of((short) 1)));
        assertEquals(mapped(Map.of("n", new Point("b", null))), Json.write(Map.of("n", new Point("b", null))));
        assertEquals(mapped(List.of(1.5f, (short) 2, (byte) 3)), Json.write(List.of(1.5f, (short) 2, (byte) 3)));
    }

    @Test
    void theReviewsJsonIsTheMappersText(@TempDir Path out) throws Exception {
        CliRun r = CliRun.of("compile", "--plan", "plan.yaml", "--kind", "final", "--to", "2023-Q2", "--as-of", "2023-07-20",
                "--format", "json", "--out", out.toString(), ReviewTest.EXAMPLE);
        assertEquals(ExitCode.OK.code(), r.code(), r.err());
        String written = Files.readString(out.resolve("bao-cao-tong-ket-2021-Q4_2023-Q2.json"));
        Object tree = Json.mapper().readValue(written, Object.class);
        assertTrue(Json.plain(tree));
        assertEquals(mapped(tree), Json.write(tree));
    }

    record Unit(String name, int reports) {}

    /** {@link Json#file}: the text and a line break, as UTF-8 would encode it, for every tree. */
    private static byte[] asText(Object o) {
        return (Json.write(o) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void aFileIsTheTextAndALineBreakInUtf8() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("text", "Huyện ủy Ba Tơ \"trích\" \\ / \t\r\n\u0001 \u2028 😀 <b>&amp;</b>");
        root.put("halves", "a\uD83D b \uDE00 c \uD83D");   // half surrogate pairs: '?' as String.getBytes writes them
        root.put("key \uD800 and \r\n", List.of("\uDBFF", "\uDC00\uD800"));
        root.put("decimal", new BigDecimal("1.250"));
        root.put("nan", Double.NaN);
        List<Object> rows = new ArrayList<>();
        // past the encoder's and the generator's buffers, with pairs and halves at every offset
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 40_000; i++) b.append(i % 7 == 0 ? "😀" : i % 11 == 0 ? "\uD83D" : i % 13 == 0 ? "ơ" : "x");
        for (int i = 0; i < 30; i++) rows.add(Map.of("n", i, "name", b.substring(i, 9000 + i * 997)));
        root.put("rows", rows);
        assertTrue(Json.plain(root));
        assertTrue(Arrays.equals(asText(root), Json.file(root)));
        for (Object o : new Object[] {null, "a", "\uD800", 1, List.of(), Map.of(), List.of(Map.of())}) {
            assertTrue(Arrays.equals(asText(o), Json.file(o)), String.valueOf(o));
        }
        // not a plain tree: through the mapper, as before
        Object record = List.of(new Unit("Sở Tư pháp", 3));
        assertFalse(Json.plain(record));
        assertTrue(Arrays.equals(asText(record), Json.file(record)));
    }
}
