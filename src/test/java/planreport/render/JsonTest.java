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
}
