package planreport.render;

import planreport.render.pdf.PdfResources;
import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
    private final planreport.model.Issue issue;
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
        this(report, lang, templates, notes, internal, planreport.model.Issue.NONE);
    }

    /** With the number and date the office gives the review ({@code --number}, {@code --date}). */
    public Renderer(Report report, Lang lang, Path templates, planreport.model.Notes notes, boolean internal, planreport.model.Issue issue) {
        this.issue = issue == null ? planreport.model.Issue.NONE : issue;
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
    public Map<String, byte[]> chartFiles() throws RenderFailure {
        try {
            pictures();
            if (images instanceof Pictures p) p.drawing.get();   // drawn beside the formats: its failure is this one
            return images;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error err) throw err;
            throw failure(Format.MD, "png", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (Exception e) {
            throw failure(Format.MD, "png", e);
        }
    }

    public byte[] render(Format f) throws RenderFailure {
        return render(f, true, Format.Xhtml.EACH);
    }

    /**
     * Every format of {@code formats}, in that order. The formats share the prepared report and are
     * written at the same time, one a core (the PDF's layout and the Word writer are each a third of
     * a quarter's compile); each is the same bytes as when written alone. The first failure, in the
     * formats' order, is the one thrown.
     */
    public List<byte[]> renderAll(List<Format> formats) throws RenderFailure {
        return renderAll(formats, false);
    }

    /**
     * {@link #renderAll(List)}, followed, when {@code internals}, by each format's internal file
     * ({@link #renderInternal}: null for a format that has none), all written at the same time; the
     * first failure in that order is the one thrown, as when they are written one after the other.
     */
    public List<byte[]> renderAll(List<Format> formats, boolean internals) throws RenderFailure {
        return renderAll(formats, internals, Runtime.getRuntime().availableProcessors());
    }

    /** {@link #renderAll(List, boolean)} on at most {@code cores} threads. */
    List<byte[]> renderAll(List<Format> formats, boolean internals, int cores) throws RenderFailure {
        List<Job> jobs = new ArrayList<>();
        for (Format f : formats) jobs.add(new Job(f, false));
        if (internals) for (Format f : formats) jobs.add(new Job(f, true));
        if (jobs.size() < 2) {
            List<byte[]> one = new ArrayList<>();
            for (Job j : jobs) one.add(j.internal() ? renderInternal(j.format()) : render(j.format()));
            return one;
        }
        int threads = Math.min(jobs.size(), Math.max(1, cores));
        if (threads < 2) {
            // one thread: the charts' pictures drawn first (a format that reaches one would wait for a drawing
            // queued behind it, for ever), then each file in turn, the XHTML still made once for the PDF and Word
            for (Format f : formats) prepare(f, true);
            Format.Xhtml xhtml = SharedXhtml.over(jobs);
            List<byte[]> out = new ArrayList<>();
            for (Job j : jobs) out.add(j.internal() ? internal(j.format(), xhtml) : render(j.format(), false, xhtml));
            return out;
        }
        // what every format needs, made once before they start; the charts' pictures are drawn beside the first of them
        Format drawn = null;
        for (Format f : formats) {
            if (drawn == null && (f == Format.PDF || f == Format.DOCX)) drawn = f;
            prepare(f, false);
        }
        // the Markdown alone shows them too, as files beside it ({@link #chartFiles}, which reports their failure)
        boolean beside = drawn == null && formats.contains(Format.MD);
        Format.Xhtml xhtml = SharedXhtml.over(jobs);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "plan-report-render");
            t.setDaemon(true);
            return t;
        });
        try {
            // the slowest first, so the others fill the time beside them
            List<Job> order = new ArrayList<>(jobs);
            order.sort(java.util.Comparator.comparingInt(Job::weight));
            Map<Job, Future<byte[]>> started = new java.util.HashMap<>();
            java.util.concurrent.FutureTask<Map<String, byte[]>> drawing = null;
            if ((drawn != null || beside) && images == null) {
                Pictures p = new Pictures(charts, lang == Lang.VI, formats.contains(Format.PDF));
                drawing = p.drawing;
                images = p;
            }
            for (Job j : order) {
                started.put(j, pool.submit(() -> j.internal() ? internal(j.format(), xhtml) : render(j.format(), false, xhtml)));
                // after the first (slowest) format, which waits for a picture only when it reaches one
                if (drawing != null && started.size() == 1) pool.execute(drawing);
            }
            if (drawing != null && drawn != null) done(drawing, drawn);
            List<byte[]> out = new ArrayList<>();
            for (Job j : jobs) out.add(done(started.get(j), j.format()));
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** How many times the template {@code name} ran for this report (0 before any format was written): what a test counts. */
    int templateRuns(String name) { return loaded == null ? 0 : loaded.runs(name); }

    /** The result of {@code task}, a part of format {@code f}: its failure thrown as the diagnostic it makes. */
    private static <T> T done(Future<T> task, Format f) throws RenderFailure {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RenderFailure r) throw r;
            if (e.getCause() instanceof Exception || e.getCause() instanceof StackOverflowError) throw failure(f, e.getCause());
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * The charts' pictures by file name while they are being drawn, one after the other in the document's
     * order: a format that reaches a picture waits for that one. A drawing that failed shows no picture;
     * its failure is the one {@link #renderAll} throws.
     */
    private static final class Pictures extends java.util.AbstractMap<String, byte[]> implements PdfResources.Pixels {
        private final Map<String, java.util.concurrent.CompletableFuture<byte[]>> each = new java.util.LinkedHashMap<>();
        /** The pixels each PNG was encoded from, for the PDF. */
        private final Map<String, java.awt.image.BufferedImage> pixels = new java.util.concurrent.ConcurrentHashMap<>();
        final java.util.concurrent.FutureTask<Map<String, byte[]>> drawing;

        /** The PDF's picture of each chart, made on the drawing's thread (the PDF's is the longest of the formats), each given once. */
        private final Map<String, planreport.render.pdf.PdfResources.Picture> forPdf = new java.util.concurrent.ConcurrentHashMap<>();

        /** {@code pdf}: a PDF shows them (its fonts are read and its pictures made here, beside the PDF's own work). */
        Pictures(List<planreport.render.view.ChartView> charts, boolean vietnamese, boolean pdf) {
            for (var c : charts) each.putIfAbsent(c.file(), new java.util.concurrent.CompletableFuture<>());
            boolean unique = each.size() == charts.size();
            drawing = new java.util.concurrent.FutureTask<>(() -> {
                try {
                    if (pdf) planreport.render.pdf.Pdf.readFonts();
                    if (!unique) return planreport.render.charts.ChartImage.files(charts, vietnamese);
                    Map<String, byte[]> out = new java.util.LinkedHashMap<>();
                    for (var c : charts) {
                        var drawing = planreport.render.charts.ChartImage.draw(c, vietnamese);
                        byte[] png = drawing.png();
                        pixels.put(c.file(), drawing.pixels());
                        if (pdf) {
                            var picture = planreport.render.pdf.PdfResources.picture(drawing.pixels());
                            if (picture != null) forPdf.put(c.file(), picture);
                        }
                        out.put(c.file(), png);
                        each.get(c.file()).complete(png);
                    }
                    return out;
                } finally {
                    for (var f : each.values()) f.complete(null);   // after a failure: no picture, and no one left waiting
                }
            });
        }

        @Override public byte[] get(Object name) {
            var f = each.get(name);
            if (f == null) return null;
            byte[] png = f.join();
            return png != null ? png : drawn().get(name);
        }

        @Override public boolean containsKey(Object name) { return each.containsKey(name) && get(name) != null; }

        @Override public java.awt.image.BufferedImage pixels(String name) { return get(name) == null ? null : pixels.get(name); }

        @Override public planreport.render.pdf.PdfResources.Picture picture(String name) { return get(name) == null ? null : forPdf.remove(name); }

        @Override public java.util.Set<Entry<String, byte[]>> entrySet() { return drawn().entrySet(); }

        private Map<String, byte[]> drawn() {
            try {
                return drawing.get();
            } catch (ExecutionException e) {
                return Map.of();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    /**
     * The XHTML the PDF and the Word file of one {@link #renderAll} both start from, each template's text
     * made once: by the first of them to ask, while the other waits for it, and let go after its last
     * reader (a country's review is tens of MB of it). A template that fails, fails for each of them,
     * as when each made its own.
     */
    private static final class SharedXhtml implements Format.Xhtml {
        private final Map<String, Once> texts;

        private SharedXhtml(Map<String, Once> texts) { this.texts = texts; }

        /** For {@code jobs}: a template two of them read is made once; {@link Format.Xhtml#EACH} when none is. */
        static Format.Xhtml over(List<Job> jobs) {
            Map<String, Integer> readers = new java.util.HashMap<>();
            for (Job j : jobs) {
                if (j.format() == Format.PDF || j.format() == Format.DOCX) readers.merge(j.internal() ? "internal.ftlx" : "report.ftlx", 1, Integer::sum);
            }
            Map<String, Once> texts = new java.util.HashMap<>();
            readers.forEach((name, n) -> { if (n > 1) texts.put(name, new Once(n)); });
            return texts.isEmpty() ? Format.Xhtml.EACH : new SharedXhtml(texts);
        }

        @Override public String of(String name, Templates t, java.util.function.Supplier<Map<String, Object>> model)
                throws IOException, TemplateException {
            Once once = texts.get(name);
            return once == null ? t.render(name, model.get()) : once.take(name, t, model);
        }

        /** One template's text, made by its first reader. */
        private static final class Once {
            private int left;
            private boolean made;
            private String text;
            private Throwable failed;

            Once(int readers) { left = readers; }

            synchronized String take(String name, Templates t, java.util.function.Supplier<Map<String, Object>> model)
                    throws IOException, TemplateException {
                if (!made) {
                    made = true;
                    try {
                        text = t.render(name, model.get());
                    } catch (IOException | TemplateException | RuntimeException | Error e) {
                        failed = e;
                    }
                }
                String s = text;
                if (--left <= 0) text = null;
                if (failed instanceof IOException e) throw e;
                if (failed instanceof TemplateException e) throw e;
                if (failed instanceof RuntimeException e) throw e;
                if (failed instanceof Error e) throw e;
                return s;
            }
        }
    }

    /** One file of {@link #renderAll}: a format's document, or its internal file. */
    private record Job(Format format, boolean internal) {
        /** The order they are started in: the PDF's layout and the Word writer take longest, the internal files are smaller. */
        int weight() {
            int w = format == Format.PDF ? 0 : format == Format.DOCX ? 1 : 4;
            return internal && w < 4 ? w + 2 : internal ? 5 : w;
        }
    }

    /**
     * The internal material of the review in format {@code f} — the errors left in the data, with their
     * files and codes, and the follow-up list — for its own file; null for JSON (the JSON carries them).
     * The review itself ({@link #render}) never contains it.
     */
    public byte[] renderInternal(Format f) throws RenderFailure {
        prepare(f);
        return internal(f, Format.Xhtml.EACH);
    }

    /** {@link #renderInternal} of a format already prepared, its XHTML from {@code xhtml}. */
    private byte[] internal(Format f, Format.Xhtml xhtml) throws RenderFailure {
        try {
            return f.renderInternal(view, msg, loaded, layout, report.window().asOf(), xhtml);
        } catch (Exception | StackOverflowError e) {
            throw failure(f, e);
        }
    }

    /** What every format needs, made once (before the formats are written at the same time). */
    private void prepare(Format f) throws RenderFailure {
        prepare(f, true);
    }

    /** {@code pictures}: the charts' pictures drawn too (else {@link #renderAll} draws them beside the formats). */
    private void prepare(Format f, boolean pictures) throws RenderFailure {
        try {
            ready(f, pictures);
        } catch (Exception | StackOverflowError e) {
            throw failure(f, e);
        }
    }

    private void ready(Format f) throws IOException, RenderFailure {
        ready(f, true);
    }

    private void ready(Format f, boolean pictures) throws IOException, RenderFailure {
        if (view == null) view = ReportModel.of(report, msg, notes, internal, issue);
        if (charts == null) charts = ChartViews.of(view, msg, baseName(report.window(), lang));
        // the JSON is written without templates: the template engine is not set up for it (a quarter's
        // JSON alone spent a tenth of its calling thread on that), unless a templates folder is given,
        // whose problems are then said as before
        if (loaded == null && (f != Format.JSON || templates != null)) loaded = new Templates(templates);
        if (layout == null && (f == Format.PDF || f == Format.DOCX)) layout = Layout.load(templates);
        // the charts' pictures drawn once, before the formats are written
        if (pictures && (f == Format.PDF || f == Format.DOCX)) pictures();
    }

    private void pictures() throws IOException {
        if (view == null) view = ReportModel.of(report, msg, notes, internal, issue);
        if (charts == null) charts = ChartViews.of(view, msg, baseName(report.window(), lang));
        if (images == null) images = planreport.render.charts.ChartImage.files(charts, lang == Lang.VI);
    }

    private byte[] render(Format f, boolean prepare, Format.Xhtml xhtml) throws RenderFailure {
        try {
            if (prepare) ready(f);
            Map<String, byte[]> pictures = f == Format.PDF || f == Format.DOCX ? images : Map.of();
            return f.render(view, msg, loaded, layout, report.window().asOf(), new Format.Charts(charts, pictures, manifest, report), xhtml);
        } catch (Exception | StackOverflowError e) {
            throw failure(f, e);
        }
    }

    /** A failure of the template engine or of a writer as the diagnostic the user reads. */
    private static RenderFailure failure(Format f, Throwable t) {
        return failure(f, f.extension(), t);
    }

    private static RenderFailure failure(Format f, String what, Throwable t) {
        if (t instanceof RenderFailure r) return r;
        if (t instanceof Templates.LimitExceeded e) {
            return new RenderFailure(Diagnostic.of(Code.INPUT, "template-" + e.kind()).in(e.template())
                    .with("seconds", Templates.TIME_LIMIT_MILLIS / 1000).with("limit", Templates.MAX_OUTPUT_CHARS), e);
        }
        if (t instanceof StackOverflowError) {
            // the PDF library walks the document recursively: a template nesting thousands of elements deep
            return new RenderFailure(Diagnostic.of(Code.INPUT, "render-too-deep").with("format", f.extension()), null);
        }
        if (t instanceof TemplateException e) {
            return new RenderFailure(Diagnostic.of(Code.INPUT, "template").at(e.getTemplateSourceName() == null ? "template" : e.getTemplateSourceName(),
                    e.getLineNumber(), null).with("detail", firstLine(e.getMessage())), e);
        }
        if (t instanceof ParseException e) {
            return new RenderFailure(Diagnostic.of(Code.INPUT, "template").at(e.getTemplateName() == null ? "template" : e.getTemplateName(),
                    e.getLineNumber(), null).with("detail", firstLine(e.getMessage())), e);
        }
        if (t instanceof PdfResources.Refused e) {
            // a template or style sheet that reaches outside the templates folder or to the network
            return new RenderFailure(Diagnostic.of(Code.INPUT, "template-resource").with("format", f.extension())
                    .with("reference", e.reference()), e);
        }
        if (t instanceof IOException || t instanceof RuntimeException) {
            outOfMemory(t);
            return new RenderFailure(Diagnostic.of(Code.INPUT, "render-failed").with("format", what)
                    .with("detail", firstLine(String.valueOf(t.getMessage()))), t);
        }
        throw new IllegalStateException(t);
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
