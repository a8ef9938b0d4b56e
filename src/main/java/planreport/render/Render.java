package planreport.render;

import freemarker.template.TemplateException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import planreport.model.Names;

/** The output formats, side by side: each turns the one report model into the bytes of a file. */
public enum Render {
    MD("md") {
        @Override @SuppressWarnings("unchecked")
        public byte[] render(Map<String, Object> model, Templates t, LocalDate asOf) throws IOException, TemplateException {
            String md = t.render("report.ftl", (Map<String, Object>) MarkdownText.escapeTree(model));
            return bytes(md);
        }
    },
    PDF("pdf") {
        @Override
        public byte[] render(Map<String, Object> model, Templates t, LocalDate asOf) throws IOException, TemplateException {
            return Pdf.render(t.render("report.ftlx", model), asOf);
        }
    },
    JSON("json") {
        @Override
        public byte[] render(Map<String, Object> model, Templates t, LocalDate asOf) {
            return bytes(Json.write(model) + "\n");
        }
    };

    private final String extension;

    Render(String extension) { this.extension = extension; }

    /** The file extension, also the name used in --format. */
    public String extension() { return extension; }

    public abstract byte[] render(Map<String, Object> model, Templates t, LocalDate asOf) throws IOException, TemplateException;

    public static Render byName(String name) {
        for (Render r : values()) if (r.extension.equalsIgnoreCase(name.strip())) return r;
        return null;
    }

    /** NFC UTF-8 with LF line ends, whatever the template's line ends. */
    static byte[] bytes(String s) {
        return Names.nfc(s.replace("\r\n", "\n")).getBytes(StandardCharsets.UTF_8);
    }
}
