package planreport.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The text catalogues packed in the jar (diagnostics, the report's words, the commands' words), read
 * one way: UTF-8 properties, every text made NFC as it comes in, and templates that name what they
 * are filled with in braces ({@code "đã ghi {file}"}).
 */
public final class TextFile {
    private TextFile() {}

    /** A packaged {@code .properties} file as a sorted, read-only map; a missing file is a build error. */
    public static Map<String, String> load(String resource) {
        try (InputStream in = TextFile.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("text catalogue " + resource + " is missing from the jar");
            // Properties.load(InputStream) would read ISO-8859-1 and garble every Vietnamese letter
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                Properties p = new Properties();
                p.load(r);
                Map<String, String> m = new TreeMap<>();
                for (String k : p.stringPropertyNames()) m.put(k, Names.nfc(p.getProperty(k)));
                return Collections.unmodifiableMap(m);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Replaces each {name} that {@code facts} holds, in one pass (a value's own braces stay as they are); other braces stay. */
    public static String fill(String template, Map<String, String> facts) {
        if (template.indexOf('{') < 0) return template;
        StringBuilder b = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i) {
                String v = facts.get(template.substring(i + 1, close));
                if (v != null) {
                    b.append(v);
                    i = close + 1;
                    continue;
                }
            }
            b.append(c);
            i++;
        }
        return b.toString();
    }

    /** {@link #fill(String, Map)} with pairs of name and value. */
    public static String fill(String template, Object... namesAndValues) {
        if (template.indexOf('{') < 0 || namesAndValues.length == 0) return template;
        Map<String, String> facts = new java.util.HashMap<>();
        for (int k = 0; k + 1 < namesAndValues.length; k += 2) facts.put(String.valueOf(namesAndValues[k]), String.valueOf(namesAndValues[k + 1]));
        return fill(template, facts);
    }
}
