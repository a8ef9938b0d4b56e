package planreport.render;

import planreport.render.pdf.PdfResources;
import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.nio.file.Path;
import planreport.check.Code;
import planreport.check.Diagnostic;
import planreport.model.Lang;
import planreport.render.view.ReportView;
import planreport.report.Report;

/**
 * The render step: one report, prepared once for the templates ({@link ReportModel}) in one
 * language, written in any {@link Format}. FreeMarker's and the PDF library's failures stay here:
 * they leave as a {@link RenderFailure} carrying the diagnostic the user reads.
 */
public final class Renderer {
    private final Report report;
    private final Messages msg;
    private final Path templates;
    private final planreport.model.Notes notes;
    private final boolean internal;
    private final Lang lang;
    private ReportView view;
    private Templates loaded;
    private Layout layout;
    private java.util.List<planreport.render.view.ChartView> charts;
    private java.util.Map<String, byte[]> images;
    private planreport.model.Manifest manifest;

    /** {@code templates}: the user's folder of templates over the packaged ones, or null. */
    public Renderer(Report report, Lang lang, Path templates) { this(report, lang, templates, planreport.model.Notes.NONE, true); }

    /** With the staff's {@code notes} merged in; {@code internal}: whether the internal follow-up appendix is included. */
    public Renderer(Report report, Lang lang, Path templates, planreport.model.Notes notes, boolean internal) {
        this.report = report;
        this.msg = Messages.of(lang);
        this.lang = lang;
        this.templates = templates;
        this.notes = notes == null ? planreport.model.Notes.NONE : notes;
        this.internal = internal;
    }

    /** The manifest of the inputs the documents carry (JSON, the PDF's and the Word file's properties); null: none. */
    public Renderer manifest(planreport.model.Manifest m) {
        manifest = m;
        return this;
    }

    /** The output files' name without its extension: bao-cao-so-ket-2022-Q2, bao-cao-so-ket-2022-Q2.en in English. */
    public static String baseName(planreport.report.Window window, Lang lang) {
        return "bao-cao-" + window.kind().slug() + "-" + window.name() + lang.fileSuffix();
    }

    /** The charts' pictures by file name, the files written beside the Markdown. */
    public java.util.Map<String, byte[]> chartFiles() throws RenderFailure {
        try {
            prepare();
            if (images == null) images = planreport.render.charts.ChartImage.files(charts, lang == Lang.VI);
            return images;
        } catch (IOException | RuntimeException e) {
            outOfMemory(e);
            throw new RenderFailure(Diagnostic.of(Code.INPUT, "render-failed").with("format", "png")
                    .with("detail", firstLine(String.valueOf(e.getMessage()))), e);
        }
    }

    private void prepare() {
        if (view == null) view = ReportModel.of(report, msg, notes, internal);
        if (charts == null) charts = ChartViews.of(view, msg, baseName(report.window(), lang));
    }

    public byte[] render(Format f) throws RenderFailure {
        try {
            prepare();
            if (loaded == null) loaded = new Templates(templates);
            if (layout == null && (f == Format.PDF || f == Format.DOCX)) layout = Layout.load(templates);
            java.util.Map<String, byte[]> pictures = f == Format.PDF || f == Format.DOCX ? chartFiles() : java.util.Map.of();
            return f.render(view, msg, loaded, layout, report.window().asOf(), new Format.Charts(charts, pictures, manifest, report));
        } catch (Templates.LimitExceeded e) {
            throw new RenderFailure(Diagnostic.of(Code.INPUT, "template-" + e.kind()).in(e.template())
                    .with("seconds", Templates.TIME_LIMIT_MILLIS / 1000).with("limit", Templates.MAX_OUTPUT_CHARS), e);
        } catch (StackOverflowError e) {
            // the PDF library walks the document recursively: a template nesting thousands of elements deep
            throw new RenderFailure(Diagnostic.of(Code.INPUT, "render-too-deep").with("format", f.extension()), null);
        } catch (TemplateException e) {
            throw new RenderFailure(Diagnostic.of(Code.INPUT, "template").at(e.getTemplateSourceName() == null ? "template" : e.getTemplateSourceName(),
                    e.getLineNumber(), null).with("detail", firstLine(e.getMessage())), e);
        } catch (ParseException e) {
            throw new RenderFailure(Diagnostic.of(Code.INPUT, "template").at(e.getTemplateName() == null ? "template" : e.getTemplateName(),
                    e.getLineNumber(), null).with("detail", firstLine(e.getMessage())), e);
        } catch (PdfResources.Refused e) {
            // a template or style sheet that reaches outside the templates folder or to the network
            throw new RenderFailure(Diagnostic.of(Code.INPUT, "template-resource").with("format", f.extension())
                    .with("reference", e.reference()), e);
        } catch (IOException | RuntimeException e) {
            outOfMemory(e);
            throw new RenderFailure(Diagnostic.of(Code.INPUT, "render-failed").with("format", f.extension())
                    .with("detail", firstLine(String.valueOf(e.getMessage()))), e);
        }
    }

    /**
     * A heap too small, wrapped by a library, rethrown as itself so the run ends with its own one-line
     * memory message, not a render failure. The picture reader wraps it ("Caught exception during read"),
     * and the PDF library wraps that in an {@link com.lowagie.text.ExceptionConverter}, which keeps it in
     * {@code getException()}, not as its cause: every wrapped, cause and suppressed throwable is searched.
     */
    static void outOfMemory(Throwable e) {
        OutOfMemoryError o = outOfMemoryIn(e, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
        if (o != null) throw o;
    }

    private static OutOfMemoryError outOfMemoryIn(Throwable t, java.util.Set<Throwable> seen) {
        if (t == null || !seen.add(t)) return null;
        if (t instanceof OutOfMemoryError o) return o;
        OutOfMemoryError o = t instanceof com.lowagie.text.ExceptionConverter c ? outOfMemoryIn(c.getException(), seen) : null;
        if (o == null) o = outOfMemoryIn(t.getCause(), seen);
        for (Throwable s : t.getSuppressed()) if (o == null) o = outOfMemoryIn(s, seen);
        return o;
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }
}
