package planreport.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.OptionSpec;
import planreport.check.Diagnostic;
import planreport.check.Diagnostics;

/** Prints diagnostics as compiler-style text or as the one documented JSON object. */
final class Output {
    /** text or json. */
    enum Format { text, json }

    private Output() {}

    /** --format text|json, for the commands that print diagnostics or the plan. */
    static OptionSpec.Builder formatOption() {
        return Cli.option("--format", "<format>", "text or json (default: ${DEFAULT-VALUE}).").type(Format.class).defaultValue("text");
    }

    static void diagnostics(Diagnostics ds, Format format, PrintWriter out) {
        List<Diagnostic> list = ds.sorted();
        if (format == Format.json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("errors", ds.errors());
            root.put("warnings", ds.warnings());
            List<Map<String, Object>> items = new ArrayList<>();
            for (Diagnostic d : list) items.add(toJson(d));
            root.put("diagnostics", items);
            out.println(json(root));
        } else {
            for (Diagnostic d : list) out.println(d.format(planreport.model.Lang.EN));
            out.println(count(ds.errors(), "error") + ", " + count(ds.warnings(), "warning"));
        }
        out.flush();
    }

    static Map<String, Object> toJson(Diagnostic d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("severity", d.severity().id());
        m.put("code", d.code().id());
        m.put("file", d.file());
        m.put("line", d.line());
        m.put("column", d.column());
        m.put("message", d.message(planreport.model.Lang.EN));
        return m;
    }

    static String json(Object o) { return planreport.render.Json.write(o); }

    static String count(int n, String what) { return n + " " + what + (n == 1 ? "" : "s"); }
}
