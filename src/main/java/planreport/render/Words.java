package planreport.render;

import java.util.HashMap;
import java.util.Map;
import planreport.model.Lang;
import planreport.model.TextFile;

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
        return new Words(name, lang, TextFile.load("/messages/" + file + ".properties"));
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
        return TextFile.fill(s, namesAndValues);
    }

}
