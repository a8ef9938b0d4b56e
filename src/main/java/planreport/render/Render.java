package planreport.render;

import freemarker.template.TemplateException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import planreport.model.Names;

/** The output formats, side by side: each turns the one report model into the bytes of a file. */
public enum Render {
    MD("md") {
        @Override @SuppressWarnings("unchecked")
        public byte[] render(Map<String, Object> model, Messages msg, Templates t, LocalDate asOf) throws IOException, TemplateException {
            String md = t.render("report.ftl", (Map<String, Object>) MarkdownText.escapeTree(templateRoot(model, msg)));
            return bytes(md);
        }
    },
    PDF("pdf") {
        @Override
        public byte[] render(Map<String, Object> model, Messages msg, Templates t, LocalDate asOf) throws IOException, TemplateException {
            return Pdf.render(t.render("report.ftlx", templateRoot(model, msg)), asOf);
        }
    },
    JSON("json") {
        @Override
        public byte[] render(Map<String, Object> model, Messages msg, Templates t, LocalDate asOf) {
            return bytes(Json.write(model) + "\n");
        }
    };

    private final String extension;

    Render(String extension) { this.extension = extension; }

    /** The file extension, also the name used in --format. */
    public String extension() { return extension; }

    /** The model in the language of {@code msg}; JSON is the model alone, the templates also get the catalogue. */
    public abstract byte[] render(Map<String, Object> model, Messages msg, Templates t, LocalDate asOf) throws IOException, TemplateException;

    /**
     * What a template sees: the model plus the catalogue as {@code msg} ({@code ${msg.heading_overview}}),
     * kept out of the model so that the JSON output stays the model alone.
     */
    static Map<String, Object> templateRoot(Map<String, Object> model, Messages msg) {
        Map<String, Object> root = new LinkedHashMap<>(model);
        root.put("msg", new LinkedHashMap<String, Object>(msg.all()));
        return root;
    }

    public static Render byName(String name) {
        for (Render r : values()) if (r.extension.equalsIgnoreCase(name.strip())) return r;
        return null;
    }

    /** NFC UTF-8 with LF line ends, whatever the template's line ends. */
    static byte[] bytes(String s) {
        return Names.nfc(s.replace("\r\n", "\n")).getBytes(StandardCharsets.UTF_8);
    }
}
