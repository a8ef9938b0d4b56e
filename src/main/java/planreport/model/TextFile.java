package planreport.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The one reader of the key→text catalogues packed in the jar (diagnostics, the report's words, the
 * commands' words, the form's words): UTF-8 properties, NFC as written (model/TextFileTest), read
 * once per run, and templates that name what they are filled with in braces ({@code "đã ghi {file}"}).
 * A key that is not there is a build error naming the file.
 */
public final class TextFile {
    private static final Map<String, TextFile> LOADED = new HashMap<>();

    private final String name;
    private final Map<String, String> text;

    private TextFile(String name, Map<String, String> text) {
        this.name = name;
        this.text = text;
    }

    /** A packaged {@code .properties} file ("/messages/cli.vi.properties"), read on first use. */
    public static TextFile of(String resource) { return of(resource.startsWith("/") ? resource.substring(1) : resource, List.of(resource)); }

    /**
     * Several packaged files read as one catalogue called {@code name} (for the missing-key error:
     * "diagnostics/*.vi.properties"); a key in two of them is a build error.
     */
    public static synchronized TextFile of(String name, List<String> resources) {
        TextFile f = LOADED.get(name);
        if (f == null) {
            Map<String, String> m = new TreeMap<>();
            for (String r : resources) {
                for (var e : load(r).entrySet()) {
                    if (m.put(e.getKey(), e.getValue()) != null) throw new IllegalStateException("key " + e.getKey() + " is in two parts of " + name);
                }
            }
            LOADED.put(name, f = new TextFile(name, Collections.unmodifiableMap(m)));
        }
        return f;
    }

    private static Map<String, String> load(String resource) {
        try (InputStream in = TextFile.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("text catalogue " + resource + " is missing from the jar");
            // Properties.load(InputStream) would read ISO-8859-1 and garble every Vietnamese letter
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                Properties p = new Properties();
                p.load(r);
                Map<String, String> m = new TreeMap<>();
                // NFC as written (TextFileTest holds every catalogue to it): not normalised again at every start
                for (String k : p.stringPropertyNames()) m.put(k, p.getProperty(k));
                return m;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The catalogue's name as errors give it: "messages/cli.vi.properties". */
    public String name() { return name; }

    /** Every key and its text, sorted and read-only. */
    public Map<String, String> all() { return text; }

    public boolean has(String key) { return text.containsKey(key); }

    /** The text of {@code key}; a key the file lacks is a programming error naming the file. */
    public String get(String key) {
        String s = text.get(key);
        if (s == null) throw new IllegalStateException("\"" + key + "\" is missing from " + name);
        return s;
    }

    /** The text of {@code key} with each {@code {name}} filled: pairs of name and value ({@code get("wrote", "file", p)}). */
    public String get(String key, Object... namesAndValues) { return fill(get(key), namesAndValues); }

    /** The text of {@code key} with each {@code {name}} that {@code facts} holds filled. */
    public String get(String key, Map<String, String> facts) { return fill(get(key), facts); }

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
        Map<String, String> facts = new HashMap<>();
        for (int k = 0; k + 1 < namesAndValues.length; k += 2) facts.put(String.valueOf(namesAndValues[k]), String.valueOf(namesAndValues[k + 1]));
        return fill(template, facts);
    }
}
