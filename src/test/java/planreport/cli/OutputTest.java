package planreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import planreport.check.Code;
import planreport.check.Diagnostic;
import planreport.check.Diagnostics;
import planreport.model.Lang;
import planreport.render.Json;

/** validate's output: compiler-style lines and a count in the chosen language; JSON with ids and the typed facts a diagnostic has. */
class OutputTest {
    static Diagnostics sample() {
        Diagnostics ds = new Diagnostics();
        ds.add(Diagnostic.of(Code.INPUT, "no-such-file").in("a.csv"));
        ds.add(Diagnostic.of(Code.INPUT, "plan-io.other").in("plan.yaml").unit("ldld-tinh").task("1.1").period("2022-Q2").value("x").suggest("y")
                .with("path", "plan.yaml").with("detail", "r"));
        return ds;
    }

    static String print(Diagnostics ds, Output.Format f, Lang lang) {
        StringWriter w = new StringWriter();
        Output.diagnostics(ds, f, new PrintWriter(w), lang);
        return w.toString();
    }

    @Test
    void textIsInTheChosenLanguage() {
        String vi = print(sample(), Output.Format.text, Lang.VI);
        assertTrue(vi.startsWith("a.csv: lỗi[input]: không có tệp hoặc thư mục này\n"), vi);
        assertTrue(vi.endsWith("2 lỗi, 0 cảnh báo\n"), vi);
        String en = print(sample(), Output.Format.text, Lang.EN);
        assertTrue(en.startsWith("a.csv: error[input]: no such file or directory\n"), en);
        assertTrue(en.endsWith("2 errors, 0 warnings\n"), en);
    }

    @Test
    void jsonKeepsItsKeysAndAddsOnlyTheFactsADiagnosticHas() throws Exception {
        for (Lang lang : Lang.values()) {
            JsonNode root = Json.mapper().readTree(print(sample(), Output.Format.json, lang));
            assertEquals(List.of("errors", "warnings", "diagnostics"), names(root));
            JsonNode first = root.get("diagnostics").get(0), second = root.get("diagnostics").get(1);
            assertEquals(List.of("severity", "code", "file", "line", "column", "message"), names(first));
            assertEquals(List.of("severity", "code", "file", "line", "column", "message", "unit", "task", "period", "value", "suggestion"), names(second));
            assertEquals("error", first.get("severity").asText(), "severity is an id in every language");
            assertEquals("input", first.get("code").asText());
            assertEquals(lang == Lang.VI ? "không có tệp hoặc thư mục này" : "no such file or directory", first.get("message").asText());
            assertEquals("2022-Q2", second.get("period").asText(), "periods as ids, not words");
        }
    }

    static List<String> names(JsonNode n) {
        List<String> l = new ArrayList<>();
        n.fieldNames().forEachRemaining(l::add);
        return l;
    }
}
