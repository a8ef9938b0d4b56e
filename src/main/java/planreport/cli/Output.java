package planreport.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.OptionSpec;
import planreport.check.Catalogue;
import planreport.check.Diagnostic;
import planreport.check.Diagnostics;
import planreport.model.Lang;

/** Prints diagnostics as compiler-style text or as the one documented JSON object, in the run's language. */
final class Output {
    /** text or json. */
    enum Format { text, json }

    private Output() {}

    /** --format text|json, for the commands that print diagnostics or the plan. */
    static OptionSpec.Builder formatOption(Texts t) {
        return Cli.option("--format", t.get("label.format"), t.get("option.format")).type(Format.class).defaultValue("text");
    }

    /**
     * Text: one line per diagnostic ({@code tệp:dòng:cột: lỗi[mã]: thông báo}), then the count
     * ("1 lỗi, 30 cảnh báo"). JSON: {@code {"errors", "warnings", "diagnostics": [{"severity",
     * "code", "file", "line", "column", "message"}]}} with severity and code as ids, the message in
     * {@code lang}, and {@code unit}, {@code task}, {@code period}, {@code value}, {@code suggestion}
     * added to a diagnostic when it has them.
     */
    /** One diagnostic that stopped a run (a template that does not render), as text with its count. */
    static void diagnostic(Diagnostic d, PrintWriter out, Lang lang) {
        Diagnostics ds = new Diagnostics();
        ds.add(d);
        diagnostics(ds, Format.text, out, lang);
    }

    /** How many diagnostics of one code text output prints; the rest are counted in one line ("… và 99.000 lỗi cùng loại"). */
    static final int TEXT_SHOWN = 100;

    static void diagnostics(Diagnostics ds, Format format, PrintWriter out, Lang lang) { diagnostics(ds, format, out, lang, false); }

    /**
     * As above; {@code quiet} prints only the count line (text) or no list (JSON). Text prints at
     * most {@link #TEXT_SHOWN} of each code, JSON every one kept ({@link Diagnostics#KEEP} of
     * each code) and, under {@code "omitted"}, how many more of each code were found.
     */
    static void diagnostics(Diagnostics ds, Format format, PrintWriter out, Lang lang, boolean quiet) {
        List<Diagnostic> list = quiet ? List.of() : ds.sorted();
        Catalogue c = Catalogue.of(lang);
        if (format == Format.json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("errors", ds.errors());
            root.put("warnings", ds.warnings());
            List<Map<String, Object>> items = new ArrayList<>();
            for (Diagnostic d : list) items.add(toJson(d, c));
            root.put("diagnostics", items);
            Map<String, Object> omitted = new java.util.TreeMap<>();
            if (!quiet) for (planreport.check.Code code : planreport.check.Code.values()) if (ds.omitted(code) > 0) omitted.put(code.id(), ds.omitted(code));
            if (!omitted.isEmpty()) root.put("omitted", omitted);
            out.println(json(root));
        } else {
            Map<planreport.check.Code, Integer> shown = new java.util.EnumMap<>(planreport.check.Code.class);
            for (Diagnostic d : list) {
                int n = shown.merge(d.code(), 1, Integer::sum);
                if (n <= TEXT_SHOWN) out.println(planreport.model.ControlChars.visible(c.format(d)));
            }
            for (var e : shown.entrySet()) {
                long more = ds.count(e.getKey()) - Math.min(TEXT_SHOWN, e.getValue());
                if (more > 0) out.println(c.more(e.getKey(), more));
            }
            out.println(c.count(ds.errors(), ds.warnings()));
        }
        out.flush();
    }


    /** The one JSON shape of a diagnostic ({@link Catalogue#json}). */
    static Map<String, Object> toJson(Diagnostic d, Catalogue c) { return c.json(d); }

    static String json(Object o) { return planreport.Facade.json(o); }
}
