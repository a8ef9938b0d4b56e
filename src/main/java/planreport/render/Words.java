package planreport.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import planreport.model.Lang;
import planreport.model.Names;

/**
 * A small text catalogue of one language: {@code messages/<name>.<lang>.properties} (UTF-8, NFC),
 * read once per run. The command line's own words ({@code cli}) and the plan view of {@code show}
 * ({@code show}) live in such catalogues, Vietnamese and English with the same keys (a test checks).
 * A text names what it is filled with in braces: {@code "đã ghi {file}"}.
 */
public final class Words {
    private static final Map<String, Words> LOADED = new HashMap<>();

    private final String name;
    private final Lang lang;
    private final Map<String, String> text;

    private Words(String name, Lang lang, Map<String, String> text) {
        this.name = name;
        this.lang = lang;
        this.text = text;
    }

    /** The catalogue {@code name} in {@code lang}, read on first use. */
    public static synchronized Words of(String name, Lang lang) {
        String file = name + "." + lang.tag();
        Words w = LOADED.get(file);
        if (w == null) LOADED.put(file, w = load(name, lang, file));
        return w;
    }

    private static Words load(String name, Lang lang, String file) {
        String path = "/messages/" + file + ".properties";
        try (InputStream in = Words.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("text catalogue " + path + " is missing from the jar");
            // Properties.load(InputStream) would read ISO-8859-1 and garble every Vietnamese letter
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                Properties p = new Properties();
                p.load(r);
                Map<String, String> m = new TreeMap<>();
                for (String k : p.stringPropertyNames()) m.put(k, Names.nfc(p.getProperty(k)));
                return new Words(name, lang, Collections.unmodifiableMap(m));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    public Lang lang() { return lang; }

    /** Every key and its text, sorted. */
    public Map<String, String> all() { return text; }

    public boolean has(String key) { return text.containsKey(key); }

    public String get(String key) {
        String s = text.get(key);
        if (s == null) throw new IllegalStateException("\"" + key + "\" is missing from messages/" + name + "." + lang.tag() + ".properties");
        return s;
    }

    /** The text of {@code key} with each {@code {name}} filled: pairs of name and value ({@code get("wrote", "file", p)}). */
    public String get(String key, Object... namesAndValues) {
        String s = get(key);
        if (namesAndValues.length == 0 || s.indexOf('{') < 0) return s;
        return fill(s, namesAndValues);
    }

    /** Replaces each {name} the pairs hold, in one pass (a value's own braces stay as they are); other braces stay. */
    static String fill(String template, Object... namesAndValues) {
        StringBuilder b = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i) {
                String v = value(template, i + 1, close, namesAndValues);
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

    private static String value(String template, int from, int to, Object[] namesAndValues) {
        for (int k = 0; k + 1 < namesAndValues.length; k += 2) {
            String n = String.valueOf(namesAndValues[k]);
            if (n.length() == to - from && template.startsWith(n, from)) return String.valueOf(namesAndValues[k + 1]);
        }
        return null;
    }
}
