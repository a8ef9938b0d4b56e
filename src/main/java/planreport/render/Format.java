package planreport.render;

import freemarker.template.TemplateException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The output formats, side by side: each turns the one report model into the bytes of a file. A new
 * format is a new constant here (its name in --format is its extension) and, when it needs one, its
 * writer class beside {@link Pdf}.
 */
public enum Format {
    MD("md") {
        @Override @SuppressWarnings("unchecked")
        byte[] render(Map<String, Object> model, Messages msg, Templates t, Layout layout, LocalDate asOf) throws IOException, TemplateException {
            String md = t.render("report.ftl", (Map<String, Object>) MarkdownText.escapeTree(templateRoot(model, msg)));
            return bytes(md);
        }
    },
    PDF("pdf") {
        @Override
        byte[] render(Map<String, Object> model, Messages msg, Templates t, Layout layout, LocalDate asOf) throws IOException, TemplateException {
            return Pdf.render(t.render("report.ftlx", templateRoot(model, msg)), layout, asOf, t.userDir());
        }
    },
    DOCX("docx") {
        @Override @SuppressWarnings("unchecked")
        byte[] render(Map<String, Object> model, Messages msg, Templates t, Layout layout, LocalDate asOf) throws IOException, TemplateException {
            Map<String, Object> doc = (Map<String, Object>) model.get("document");
            DocProps props = new DocProps(String.valueOf(doc.get("title")), String.valueOf(doc.get("subject")), msg.get("html_lang"), asOf);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            Docx.write(t.render("report.ftlx", templateRoot(model, msg)), layout, props, out);
            return out.toByteArray();
        }
    },
    JSON("json") {
        @Override
        byte[] render(Map<String, Object> model, Messages msg, Templates t, Layout layout, LocalDate asOf) {
            return bytes(Json.write(model) + "\n");
        }
    };

    private final String extension;

    Format(String extension) { this.extension = extension; }

    /** The file extension, also the name used in --format. */
    public String extension() { return extension; }

    /** The model in the language of {@code msg}; JSON is the model alone, the templates also get the catalogue. */
    abstract byte[] render(Map<String, Object> model, Messages msg, Templates t, Layout layout, LocalDate asOf) throws IOException, TemplateException;

    /**
     * What a template sees: the model plus the catalogue as {@code msg} ({@code ${msg.heading_overview}}),
     * kept out of the model so that the JSON output stays the model alone.
     */
    static Map<String, Object> templateRoot(Map<String, Object> model, Messages msg) {
        Map<String, Object> root = new LinkedHashMap<>(model);
        root.put("msg", new LinkedHashMap<String, Object>(msg.all()));
        return root;
    }

    public static Format byName(String name) {
        for (Format r : values()) if (r.extension.equalsIgnoreCase(name.strip())) return r;
        return null;
    }

    /** UTF-8 with LF line ends, whatever the template's line ends (the text is NFC: every input was made so where it came in). */
    static byte[] bytes(String s) {
        return s.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
    }
}
