package planreport.render;

import planreport.render.docx.DocProps;
import planreport.render.docx.Docx;
import planreport.render.pdf.Pdf;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.UnaryOperator;
import planreport.render.view.CompileJson;
import planreport.render.view.ReportView;

/**
 * The output formats, side by side: each turns the one report view into the bytes of a file. A new
 * format is a new constant here (its name in --format is its extension) and, when it needs one, its
 * writer class beside {@link Pdf}.
 */
public enum Format {
    MD("md") {
        @Override
        byte[] render(ReportView view, Messages msg, Templates t, Layout layout, LocalDate asOf, Charts charts, Xhtml xhtml) throws IOException, TemplateException {
            return bytes(t.render("report.ftl", templateRoot(view, msg, charts, MarkdownText::escape)));
        }
    },
    PDF("pdf") {
        @Override
        byte[] render(ReportView view, Messages msg, Templates t, Layout layout, LocalDate asOf, Charts charts, Xhtml xhtml) throws IOException, TemplateException {
            return Pdf.render(xhtml.of("report.ftlx", t, () -> templateRoot(view, msg, charts, UnaryOperator.identity())), layout.css(), asOf, t.userDir(),
                    charts.images(), charts.manifest());
        }
    },
    DOCX("docx") {
        @Override
        byte[] render(ReportView view, Messages msg, Templates t, Layout layout, LocalDate asOf, Charts charts, Xhtml xhtml) throws IOException, TemplateException {
            DocProps props = new DocProps(view.document().title(), view.document().subject(), msg.get("html_lang"), asOf, charts.manifest());
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            Docx.write(xhtml.of("report.ftlx", t, () -> templateRoot(view, msg, charts, UnaryOperator.identity())), layout.profile(), props, out, charts.images());
            return out.toByteArray();
        }
    },
    /** The review's data as a workbook for the office's own Excel work ({@link ReviewWorkbook}). */
    XLSX("xlsx") {
        @Override
        byte[] render(ReportView view, Messages msg, Templates t, Layout layout, LocalDate asOf, Charts charts, Xhtml xhtml) throws IOException {
            return ReviewWorkbook.write(charts.report(), view, msg);
        }
    },
    JSON("json") {
        @Override
        byte[] render(ReportView view, Messages msg, Templates t, Layout layout, LocalDate asOf, Charts charts, Xhtml xhtml) {
            return Json.file(ViewTree.root(CompileJson.of(view, charts.manifest())));
        }
    };

    private final String extension;

    Format(String extension) { this.extension = extension; }

    /** The file extension, also the name used in --format. */
    public String extension() { return extension; }

    /**
     * The review's internal material (internal.ftl / internal.ftlx: the data errors and the follow-up
     * list, marked "Tài liệu dùng nội bộ") in this format; null for JSON, which carries them as data.
     */
    byte[] renderInternal(ReportView view, Messages msg, Templates t, Layout layout, LocalDate asOf, Xhtml xhtml) throws IOException, TemplateException {
        return switch (this) {
            case MD -> bytes(t.render("internal.ftl", templateRoot(view, msg, MarkdownText::escape)));
            case PDF -> Pdf.render(xhtml.of("internal.ftlx", t, () -> templateRoot(view, msg)), layout.css(), asOf, t.userDir());
            case DOCX -> {
                DocProps props = new DocProps(msg.get("internal_title"), view.document().subject(), msg.get("html_lang"), asOf);
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                Docx.write(xhtml.of("internal.ftlx", t, () -> templateRoot(view, msg)), layout.profile(), props, out);
                yield out.toByteArray();
            }
            case JSON, XLSX -> null;
        };
    }

    /** The view in the language of {@code msg}; JSON is the view alone under its schema version, the templates also get the catalogue and the charts. */
    abstract byte[] render(ReportView view, Messages msg, Templates t, Layout layout, LocalDate asOf, Charts charts, Xhtml xhtml) throws IOException, TemplateException;

    /**
     * Where the PDF and the Word file get their XHTML, which both start from: the template {@code name}
     * run over the model {@code model} makes. {@link #EACH} runs it for each format; the render step
     * runs it once for the formats written together ({@code Renderer}), the same text for both.
     */
    interface Xhtml {
        String of(String name, Templates t, java.util.function.Supplier<Map<String, Object>> model) throws IOException, TemplateException;

        /** The template run for the format that asks. */
        Xhtml EACH = (name, t, model) -> t.render(name, model.get());
    }

    /**
     * What a document carries besides the view: its charts ({@link ChartViews}) and their pictures by
     * file name (empty for the formats that draw none), the manifest of the run's inputs (null: none), and
     * the report itself, whose rows the workbook lists as the units sent them.
     */
    record Charts(java.util.List<planreport.render.view.ChartView> views, Map<String, byte[]> images, planreport.model.Manifest manifest,
                  planreport.report.Report report) {}

    /**
     * What a template sees: the view's tree plus the catalogue as {@code msg} ({@code ${msg.heading_overview}}),
     * kept out of the view so that the JSON output stays the view alone. {@code view}: a view record, or
     * a tree read back from the JSON.
     */
    static Map<String, Object> templateRoot(Object view, Messages msg) { return templateRoot(view, msg, UnaryOperator.identity()); }

    /** {@link #templateRoot(Object, Messages, UnaryOperator)} with the charts as {@code charts}. */
    static Map<String, Object> templateRoot(Object view, Messages msg, Charts charts, UnaryOperator<String> text) {
        Map<String, Object> root = templateRoot(view, msg, text);
        root.put("charts", ViewTree.tree(charts.views(), text));
        return root;
    }

    /** {@link #templateRoot(Object, Messages)} with every string, the catalogue's too, passed through {@code text} (Markdown's escaping). */
    static Map<String, Object> templateRoot(Object view, Messages msg, UnaryOperator<String> text) {
        Map<String, Object> root = ViewTree.root(view, text);
        root.put("msg", ViewTree.tree(msg.all(), text));
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
