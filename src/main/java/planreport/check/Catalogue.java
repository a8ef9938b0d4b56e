package planreport.check;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import planreport.model.Lang;
import planreport.model.Period;
import planreport.model.TextFile;
import planreport.model.Wording;

/**
 * The diagnostic catalogue of one language, after frictionless: for every {@link Code} a title and
 * a description, and message templates filled from a {@link Diagnostic}'s typed fields. The texts
 * live in {@code diagnostics/<part>.<lang>.properties} (UTF-8), one part per stage that emits them;
 * both languages hold the same keys (CatalogueTest checks).
 *
 * <p>A template names the facts it shows in braces: {@code {file} {line} {column} {unit} {task}
 * {period} {value} {suggestion}} and the diagnostic's own {@code args}. A fact that is a date
 * ({@link LocalDate}) or a period ({@link Period}) is written the language's way (20/7/2023, quý
 * II/2022) by its type, with the {@code date} and {@code period} patterns; {@code {value}} — what the
 * user typed — is shown as typed. A suggestion adds the language's "did you mean"; without one, the
 * template's {@code .otherwise} text is added when it has one. An arg whose value the catalogue words
 * ({@code status.in_progress}) is shown in those words.
 */
public final class Catalogue {
    /** The parts of the catalogue, each a properties file per language. */
    static final List<String> PARTS = List.of("codes", "plan", "read", "check", "pipeline", "draft");

    private static final Map<Lang, Catalogue> LOADED = new EnumMap<>(Lang.class);

    private final Lang lang;
    private final TextFile text;
    private final Wording wording;

    private Catalogue(Lang lang, TextFile text) {
        this.lang = lang;
        this.text = text;
        this.wording = new Wording(text);
    }

    /** The catalogue of a language, read once. */
    public static synchronized Catalogue of(Lang lang) {
        return LOADED.computeIfAbsent(lang, l -> new Catalogue(l, TextFile.of("diagnostics/*." + l.tag() + ".properties",
                PARTS.stream().map(part -> "/diagnostics/" + part + "." + l.tag() + ".properties").toList())));
    }

    public Lang lang() { return lang; }

    /** Every key and its text, sorted. */
    public Map<String, String> all() { return text.all(); }

    public String get(String key) { return text.get(key); }

    /** A short name of the code: "Đơn vị không có trong Kế hoạch". */
    public String title(Code c) { return get(c.id() + ".title"); }

    /** What the code means and what to do about it, for the reference page and {@code codes}. */
    public String description(Code c) { return get(c.id() + ".description"); }

    /** "lỗi" / "cảnh báo", "error" / "warning". */
    public String severity(Severity s) { return get("severity." + s.id()); }

    /** "0 lỗi, 30 cảnh báo", "1 error, 30 warnings". */
    public String count(int errors, int warnings) {
        return text.get("count", Map.of("errors", plural("count.errors", errors), "warnings", plural("count.warnings", warnings)));
    }

    /** "… và 99.000 lỗi cùng loại (unknown-unit)": the diagnostics of a code found but not printed. */
    public String more(Code code, long n) {
        String key = "more." + code.severity().id();
        if (n == 1 && text.has(key + ".one")) key += ".one";
        return text.get(key, "n", wording.number(n), "code", code.id());
    }

    private String plural(String key, int n) {
        return text.get(n == 1 && text.has(key + ".one") ? key + ".one" : key, "n", n);
    }

    /** The message of a diagnostic in this language. */
    public String message(Diagnostic d) {
        String key = d.key();
        String template = get(key);
        Map<String, String> facts = new TreeMap<>();
        for (var e : d.args().entrySet()) {
            // a value the catalogue words itself ("status.in_progress" → "Đang thực hiện"), else by its type
            String worded = text.all().get(e.getKey() + "." + e.getValue());
            facts.put(e.getKey(), worded != null ? worded : shown(e.getValue()));
        }
        put(facts, "file", d.file());
        put(facts, "line", d.line() == null ? null : d.line().toString());
        put(facts, "column", d.column() == null ? null : d.column().toString());
        put(facts, "unit", d.unit());
        put(facts, "task", d.task());
        put(facts, "period", d.period() == null ? null : period(d.period()));
        put(facts, "value", d.value());
        put(facts, "suggestion", d.suggestion());
        String s = TextFile.fill(template, facts);
        if (d.suggestion() != null && !template.contains("{suggestion}")) s += text.get("suggest", facts);
        else if (d.suggestion() == null && text.has(key + ".otherwise")) s += text.get(key + ".otherwise", facts);
        return s;
    }

    /** Compiler style: {@code file:line:col: lỗi[code]: message}. */
    public String format(Diagnostic d) {
        StringBuilder b = new StringBuilder();
        if (d.file() != null) b.append(d.file()).append(':');
        if (d.sheet() != null) {
            // a workbook: the sheet and the cell as Excel names them, "Báo cáo!D7" (a row alone: "Báo cáo!7")
            String cell = d.arg("cell");
            b.append(d.sheet()).append('!').append(cell != null ? cell : d.line() != null ? d.line().toString() : "").append(':');
        } else {
            if (d.line() != null) b.append(d.line()).append(':');
            if (d.column() != null) b.append(d.column()).append(':');
        }
        if (b.length() > 0) b.append(' ');
        b.append(severity(d.severity())).append('[').append(d.code().id()).append("]: ").append(message(d));
        return b.toString();
    }

    /**
     * A diagnostic as a JSON object, the one shape every JSON output uses: {@code severity, code,
     * file, line, column, message}, then the typed facts {@code sheet, cell, unit, task, period, value,
     * suggestion} where they apply ({@code sheet} and {@code cell} in a workbook: {@code line} is then the row). Keys and ids are English in every language; the message is in this one.
     */
    public Map<String, Object> json(Diagnostic d) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("severity", d.severity().id());
        m.put("code", d.code().id());
        m.put("file", d.file());
        m.put("line", d.line());
        m.put("column", d.column());
        m.put("message", message(d));
        if (d.sheet() != null) m.put("sheet", d.sheet());
        if (d.arg("cell") != null) m.put("cell", d.arg("cell"));
        if (d.unit() != null) m.put("unit", d.unit());
        if (d.task() != null) m.put("task", d.task());
        if (d.period() != null) m.put("period", d.period().toString());
        if (d.value() != null) m.put("value", d.value());
        if (d.suggestion() != null) m.put("suggestion", d.suggestion());
        return m;
    }

    private static void put(Map<String, String> m, String k, String v) { if (v != null) m.put(k, v); }

    /** A fact in this language's way: a date or a period by the language's pattern (the one writer, {@link Wording}), anything else as it is. */
    private String shown(Object fact) {
        if (fact instanceof LocalDate date) return date(date);
        if (fact instanceof Period p) return period(p);
        return fact.toString();
    }

    /** 20/7/2023, 2023-07-20: the {@code date} pattern; a year past four digits as ISO writes it. */
    private String date(LocalDate date) {
        if (date.getYear() < 0 || date.getYear() > 9999) return date.toString();
        return wording.date("date", date);
    }

    /** quý II/2022, 2022-Q2: the {@code period} pattern. */
    private String period(Period p) { return wording.period("period", p); }
}
