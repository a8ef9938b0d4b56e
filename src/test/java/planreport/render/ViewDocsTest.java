package planreport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import planreport.render.view.CompileJson;
import planreport.render.view.Inline;

/**
 * docs/compile.md lists the compile JSON's fields as the view records declare them, so the page cannot
 * drift from the JSON: the list between the markers is made here from {@link CompileJson}'s components
 * (the keys {@link ViewTree} writes, in its order). {@code mvn test -Dgolden.accept=true} rewrites it.
 */
class ViewDocsTest {
    static final Path DOC = Path.of("docs/compile.md");
    static final String BEGIN = "<!-- json-fields: made from the view records by ViewDocsTest; mvn test -Dgolden.accept=true rewrites it -->";
    static final String END = "<!-- /json-fields -->";

    /** One row per object of the JSON, breadth first: its path and its keys ({@code []} after a list). */
    static String fieldTable() {
        Map<Class<?>, String> described = new LinkedHashMap<>();
        Deque<Map.Entry<String, Class<?>>> todo = new ArrayDeque<>();
        todo.add(Map.entry("", CompileJson.class));
        described.put(CompileJson.class, "");
        StringBuilder b = new StringBuilder("| object | fields |\n|---|---|\n");
        while (!todo.isEmpty()) {
            var next = todo.poll();
            List<String> fields = new ArrayList<>();
            fields(next.getKey(), next.getValue(), fields, described, todo);
            b.append("| ").append(next.getKey().isEmpty() ? "(the file)" : "`" + next.getKey() + "`").append(" | ")
                    .append(String.join(", ", fields)).append(" |\n");
        }
        return b.toString();
    }

    private static void fields(String path, Class<?> type, List<String> out, Map<Class<?>, String> described,
                               Deque<Map.Entry<String, Class<?>>> todo) {
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.isAnnotationPresent(Inline.class)) {
                fields(path, c.getType(), out, described, todo);
                continue;
            }
            boolean list = List.class.isAssignableFrom(c.getType());
            Class<?> item = list ? itemClass(c.getGenericType()) : c.getType();
            String name = ViewTree.key(c) + (list ? "[]" : "");
            String full = path.isEmpty() ? name : path + "." + name;
            if (item != null && item.isRecord() && !ViewTree.writtenAsText(item)) {
                String seen = described.get(item);
                if (seen == null) {
                    described.put(item, full);
                    todo.add(Map.entry(full, item));
                    out.add("`" + name + "`");
                } else {
                    out.add("`" + name + "` (as `" + seen + "`)");
                }
            } else {
                out.add("`" + name + "`");
            }
        }
    }

    private static Class<?> itemClass(Type t) {
        if (t instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c) return c;
        return null;
    }

    @Test
    void compileMdListsTheJsonFieldsOfTheViewRecords() throws Exception {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int from = doc.indexOf(BEGIN), to = doc.indexOf(END);
        assertTrue(from >= 0 && to > from, "docs/compile.md has no list between " + BEGIN + " and " + END);
        String listed = doc.substring(from + BEGIN.length(), to);
        String made = "\n" + fieldTable();
        if (GoldenTest.ACCEPT) {
            Files.writeString(DOC, doc.substring(0, from + BEGIN.length()) + made + doc.substring(to), StandardCharsets.UTF_8);
            return;
        }
        assertEquals(made, listed, "docs/compile.md's JSON fields differ from the view records (refresh with -Dgolden.accept=true)");
    }
}
