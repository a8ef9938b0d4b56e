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

    static void diagnostics(Diagnostics ds, Format format, PrintWriter out, Lang lang) {
        List<Diagnostic> list = ds.sorted();
        Catalogue c = Catalogue.of(lang);
        if (format == Format.json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("errors", ds.errors());
            root.put("warnings", ds.warnings());
            List<Map<String, Object>> items = new ArrayList<>();
            for (Diagnostic d : list) items.add(toJson(d, c));
            root.put("diagnostics", items);
            out.println(json(root));
        } else {
            for (Diagnostic d : list) out.println(c.format(d));
            out.println(c.count(ds.errors(), ds.warnings()));
        }
        out.flush();
    }


    /** The one JSON shape of a diagnostic ({@link Catalogue#json}). */
    static Map<String, Object> toJson(Diagnostic d, Catalogue c) { return c.json(d); }

    static String json(Object o) { return planreport.render.Json.write(o); }
}
