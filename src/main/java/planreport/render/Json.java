package planreport.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * The one JSON writer: indented with LF line ends on every platform, so output is byte-identical.
 * A tree of maps, lists, strings, numbers, booleans and nulls (what {@link ViewTree} makes: every
 * document's JSON) is written through Jackson's streaming generator, with the pretty printer the
 * object mapper would use, so the bytes are the mapper's; anything else goes through the mapper. The
 * mapper (Jackson's data binding, some 350 classes to load and warm) is made only for that.
 */
public final class Json {
    private Json() {}

    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private static final JsonFactory FACTORY = new JsonFactory();

    /** The object mapper, made when first needed. */
    private static final class Mapper {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).setDefaultPrettyPrinter(PRETTY);
    }

    /** The object mapper with the writer's settings (reading JSON back, in tests). */
    public static ObjectMapper mapper() { return Mapper.MAPPER; }

    public static String write(Object o) {
        if (plain(o)) {
            StringWriter w = new StringWriter(1 << 14);
            try (JsonGenerator g = FACTORY.createGenerator(w)) {
                g.setPrettyPrinter(PRETTY.createInstance());
                tree(g, o);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return w.toString();
        }
        try {
            return Mapper.MAPPER.writer(Mapper.MAPPER.getSerializationConfig().getDefaultPrettyPrinter()).writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The file of {@code o}: its JSON ({@link #write}) and a line break, in UTF-8; the bytes of
     * {@code (write(o) + "\n").getBytes(UTF_8)}. A plain tree is encoded as it is written (a review's JSON is
     * 1–2 MB: not held as text, then as a copy with its line break, then as bytes); a character UTF-8 cannot
     * encode alone (half a surrogate pair) becomes '?' as {@link String#getBytes} makes it.
     */
    public static byte[] file(Object o) {
        if (!plain(o)) return Format.bytes(write(o) + "\n");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(1 << 14);
        try (java.io.Writer w = new java.io.OutputStreamWriter(bytes, java.nio.charset.StandardCharsets.UTF_8)) {
            try (JsonGenerator g = FACTORY.createGenerator(w)) {
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                g.setPrettyPrinter(PRETTY.createInstance());
                tree(g, o);
            }
            w.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Whether {@code o} is a tree the generator writes as the mapper would: maps with string keys, lists, strings, the usual numbers, booleans, nulls. */
    static boolean plain(Object o) {
        if (o == null || o instanceof String || o instanceof Boolean || o instanceof Integer || o instanceof Long || o instanceof Double
                || o instanceof BigDecimal || o instanceof BigInteger) return true;
        if (o instanceof Map<?, ?> m) {
            for (var e : m.entrySet()) if (!(e.getKey() instanceof String) || !plain(e.getValue())) return false;
            return true;
        }
        if (o instanceof List<?> l) {
            for (Object x : l) if (!plain(x)) return false;
            return true;
        }
        return false;
    }

    private static void tree(JsonGenerator g, Object o) throws IOException {
        if (o == null) g.writeNull();
        else if (o instanceof String s) g.writeString(s);
        else if (o instanceof Boolean b) g.writeBoolean(b);
        else if (o instanceof Integer i) g.writeNumber(i);
        else if (o instanceof Long l) g.writeNumber(l);
        else if (o instanceof Double d) g.writeNumber(d);
        else if (o instanceof BigDecimal d) g.writeNumber(d);
        else if (o instanceof BigInteger i) g.writeNumber(i);
        else if (o instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (var e : m.entrySet()) {
                g.writeFieldName((String) e.getKey());
                tree(g, e.getValue());
            }
            g.writeEndObject();
        } else if (o instanceof List<?> l) {
            g.writeStartArray();
            for (Object x : l) tree(g, x);
            g.writeEndArray();
        } else {
            throw new IllegalArgumentException("not a plain tree: " + o.getClass());
        }
    }
}
