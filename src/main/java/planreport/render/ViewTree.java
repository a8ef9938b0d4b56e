package planreport.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import planreport.model.Identified;
import planreport.model.Period;
import planreport.render.view.Inline;
import planreport.render.view.Key;

/**
 * The one place that turns the typed views into the plain tree of maps, lists, strings, numbers and
 * booleans that the FreeMarker sandbox ({@link Templates}) and Jackson ({@link Json}) take, so that no
 * other code builds or reads a view map. The rules:
 * <ul>
 * <li>a record is a map of its components in declaration order (which is the JSON's key order), each
 *     under its {@link Key} or else its name in snake_case ({@code kindLabel} → {@code kind_label}); an
 *     {@link Inline} component's own keys stand in its place;</li>
 * <li>null stays null and its key is kept (JSON writes {@code null}, a template tests {@code ??});</li>
 * <li>a list is a list, a map a map in its own order (its keys as text, untouched);</li>
 * <li>an {@link Identified} value (the model's enums) is its id; a date is ISO ({@code 2023-07-20}); a
 *     period is {@code 2023-Q2};</li>
 * <li>every string, ids and dates included, passes through {@code text} (Markdown's escaping, or none);
 *     numbers and booleans are kept as they are.</li>
 * </ul>
 */
public final class ViewTree {
    private ViewTree() {}

    /** A component of a record class: its key, whether it is inlined, and how to read it. */
    private record Part(String key, boolean inline, Method accessor) {}

    private static final ClassValue<List<Part>> PARTS = new ClassValue<>() {
        @Override
        protected List<Part> computeValue(Class<?> type) {
            List<Part> parts = new ArrayList<>();
            for (RecordComponent c : type.getRecordComponents()) {
                Method m = c.getAccessor();
                m.trySetAccessible(); // a record of another package may be package-private
                parts.add(new Part(key(c), c.isAnnotationPresent(Inline.class), m));
            }
            return List.copyOf(parts);
        }
    };

    /** The tree of a record (or of a map: a tree read back from JSON), its strings as they are. */
    public static Map<String, Object> root(Object view) { return root(view, UnaryOperator.identity()); }

    /** The tree of a record or of a map, every string passed through {@code text}. */
    public static Map<String, Object> root(Object view, UnaryOperator<String> text) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (view instanceof Record r) putRecord(r, m, text);
        else if (view instanceof Map<?, ?> map) for (var e : map.entrySet()) m.put(String.valueOf(e.getKey()), tree(e.getValue(), text));
        else throw new IllegalArgumentException("a view is a record or a map, not " + (view == null ? "null" : view.getClass().getName()));
        return m;
    }

    /** Any value of a view as a plain tree, every string passed through {@code text}. */
    public static Object tree(Object o, UnaryOperator<String> text) {
        if (o == null || o instanceof Number || o instanceof Boolean) return o;
        if (o instanceof String s) return text.apply(s);
        if (writtenAsText(o.getClass())) return text.apply(o instanceof Identified id ? id.id() : o.toString());
        if (o instanceof Record || o instanceof Map<?, ?>) return root(o, text);
        if (o instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object x : l) out.add(tree(x, text));
            return out;
        }
        throw new IllegalArgumentException("a view holds no " + o.getClass().getName());
    }

    /** Values written as one string: an {@link Identified} (its id), a date (ISO) and a period ({@code 2023-Q2}, though a record). */
    public static boolean writtenAsText(Class<?> type) {
        return Identified.class.isAssignableFrom(type) || type == LocalDate.class || type == Period.class;
    }

    private static void putRecord(Record r, Map<String, Object> into, UnaryOperator<String> text) {
        for (Part p : PARTS.get(r.getClass())) {
            Object v = read(p, r);
            if (p.inline()) {
                if (v instanceof Record inner) putRecord(inner, into, text);
                else if (v != null) throw new IllegalArgumentException("@Inline " + p.key() + " is not a record");
            } else {
                into.put(p.key(), tree(v, text));
            }
        }
    }

    private static Object read(Part p, Record r) {
        try {
            return p.accessor().invoke(r);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + r.getClass().getName() + "." + p.key(), e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException x) throw x;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** A component's key: its {@link Key}, else its name in snake_case. */
    public static String key(RecordComponent c) {
        Key k = c.getAnnotation(Key.class);
        return k != null ? k.value() : snake(c.getName());
    }

    /** {@code yearToDateText} → {@code year_to_date_text}. */
    static String snake(String name) {
        StringBuilder b = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) b.append('_').append(Character.toLowerCase(c));
            else b.append(c);
        }
        return b.toString();
    }
}
