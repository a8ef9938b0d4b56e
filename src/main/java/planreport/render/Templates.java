package planreport.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * FreeMarker, locked down: templates come only from the user's --templates folder (first) and the
 * defaults packed in the jar under {@code templates/}; no class can be instantiated ({@code ?new}),
 * {@code ?api} is off, and only maps, lists, strings, numbers and booleans can be handed in.
 */
public final class Templates {
    /**
     * The default templates, as shipped in the top-level templates/ folder and exported by {@code templates export}:
     * the review's, its internal file's, the layout profile, and remind's letters and notices (which
     * {@code remind --templates} takes as {@code compile --templates} takes the review's).
     */
    public static final List<String> NAMES = List.of("report.ftl", "report.ftlx", "report.css", "layout.yaml", "internal.ftl", "internal.ftlx",
            "letter.ftl", "letter.ftlx", "notice.ftl", "notice.ftlx", "upcoming.ftl", "upcoming.ftlx");

    private static final String ROOT = "/templates/";

    private final Configuration cfg;
    /** The user's templates folder, or null: the only folder the PDF renderer may read from ({@link PdfResources}). */
    private final Path userDir;

    private final long timeLimitMillis;
    private final int maxOutputChars;

    /** {@code userDir} may be null: the packaged defaults only. */
    public Templates(Path userDir) throws IOException { this(userDir, TIME_LIMIT_MILLIS, MAX_OUTPUT_CHARS); }

    /** With limits of its own (tests: a loop stopped in a second, not a minute). */
    public Templates(Path userDir, long timeLimitMillis, int maxOutputChars) throws IOException {
        this.userDir = userDir;
        this.timeLimitMillis = timeLimitMillis;
        this.maxOutputChars = maxOutputChars;
        cfg = new Configuration(Configuration.VERSION_2_3_34);
        TemplateLoader packaged = new ClassTemplateLoader(Templates.class, ROOT);
        // FileTemplateLoader refuses paths that leave its folder (symlinks included)
        cfg.setTemplateLoader(new Nfc(userDir == null ? packaged
                : new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(userDir.toFile()), packaged})));
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setObjectWrapper(new Guarded());
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setLocale(Locale.ROOT);
        cfg.setLocalizedLookup(false);
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    }

    /** The user's templates folder, or null when only the packaged templates are used. */
    public Path userDir() { return userDir; }

    /** How long one template may run: a template that loops forever is stopped with a diagnostic. */
    public static final long TIME_LIMIT_MILLIS = 60_000;
    /** How much one template may write (in characters, 64 Mi): the shipped XHTML template writes 3.8 M for a quarter of 3,075 units. */
    public static final int MAX_OUTPUT_CHARS = 64 << 20;
    /** The stack a template runs on: deep enough for any real report, and a macro that calls itself ends in a diagnostic. */
    private static final long STACK_BYTES = 16L << 20;

    /** A template stopped for running too long, writing too much or recursing too deep: {@code kind} is time, output or depth. */
    public static final class LimitExceeded extends IOException {
        private final String kind;
        private final String template;

        LimitExceeded(String kind, String template) {
            super("template " + template + " exceeded its " + kind + " limit");
            this.kind = kind;
            this.template = template;
        }

        public String kind() { return kind; }

        public String template() { return template; }
    }

    private final java.util.Set<Template> checked = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** How many times each template ran: what a test counts. */
    private final Map<String, java.util.concurrent.atomic.AtomicInteger> runs = new java.util.concurrent.ConcurrentHashMap<>();

    /** How many times the template {@code name} has run here. */
    int runs(String name) {
        var n = runs.get(name);
        return n == null ? 0 : n.get();
    }

    /**
     * Runs a template over a model; the model must hold only maps, lists, strings, numbers, booleans
     * and nulls. It runs on a thread of its own, within {@link #TIME_LIMIT_MILLIS}, writing at most
     * {@link #MAX_OUTPUT_CHARS}, on a stack of its own: past any of these it stops with
     * {@link LimitExceeded} (a user's template must not hang the run or exhaust its memory).
     */
    public String render(String name, Map<String, Object> model) throws IOException, TemplateException {
        Template t = cfg.getTemplate(name);
        runs.computeIfAbsent(name, k -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
        synchronized (checked) {
            if (checked.add(t)) freemarker.core._CoreAPI.addThreadInterruptedChecks(t); // an interrupt stops any loop
        }
        Bounded w = new Bounded(maxOutputChars);
        Object[] outcome = new Object[1];
        Thread worker = new Thread(null, () -> {
            try {
                t.process(model, w);
            } catch (StackOverflowError e) {
                outcome[0] = new LimitExceeded("depth", name);
            } catch (Bounded.Full e) {
                outcome[0] = new LimitExceeded("output", name);
            } catch (TemplateException | IOException | RuntimeException e) {
                outcome[0] = Bounded.full(e) ? new LimitExceeded("output", name) : e;
            } catch (Error e) {
                outcome[0] = e;
            }
        }, "plan-report-template", STACK_BYTES);
        worker.setDaemon(true); // a template that ignores the interrupt must not keep the process alive
        worker.start();
        try {
            worker.join(timeLimitMillis);
            if (worker.isAlive()) {
                worker.interrupt();
                worker.join(1000);
                throw new LimitExceeded("time", name);
            }
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while rendering " + name);
        }
        Object o = outcome[0];
        if (o instanceof TemplateException e) throw e;
        if (o instanceof IOException e) throw e;
        if (o instanceof RuntimeException e) throw e;
        if (o instanceof Error e) throw e;
        return w.toString();
    }

    /** A writer that refuses to grow past its limit. */
    private static final class Bounded extends java.io.Writer {
        /** Thrown when the limit is reached; FreeMarker may wrap it. */
        static final class Full extends RuntimeException {
            Full() { super("output limit", null, false, false); }
        }

        private final StringBuilder b = new StringBuilder(1 << 16);
        private final int limit;

        Bounded(int limit) { this.limit = limit; }

        static boolean full(Throwable e) {
            for (Throwable c = e; c != null; c = c.getCause()) if (c instanceof Full) return true;
            return false;
        }

        @Override public void write(char[] cbuf, int off, int len) {
            if (b.length() + (long) len > limit) throw new Full();
            b.append(cbuf, off, len);
        }

        @Override public void write(String str, int off, int len) {
            if (b.length() + (long) len > limit) throw new Full();
            b.append(str, off, off + len);
        }

        @Override public void flush() {}

        @Override public void close() {}

        @Override public String toString() { return b.toString(); }
    }

    /**
     * The last guard before the renderers: every text the model hands a template loses the
     * characters no text may carry ({@link planreport.model.ControlChars}; XHTML 1.0 cannot hold
     * them), whatever the way in missed.
     */
    private static final class Guarded extends SimpleObjectWrapper {
        Guarded() { super(Configuration.VERSION_2_3_34); }

        @Override public freemarker.template.TemplateModel wrap(Object obj) throws freemarker.template.TemplateModelException {
            if (obj instanceof String s) return new freemarker.template.SimpleScalar(planreport.model.ControlChars.strip(s));
            return super.wrap(obj);
        }
    }

    /** A template's text made NFC as it is loaded: templates are an input like the plan and the reports. */
    private record Nfc(TemplateLoader in) implements TemplateLoader {
        @Override public Object findTemplateSource(String name) throws IOException { return in.findTemplateSource(name); }

        @Override public long getLastModified(Object source) { return in.getLastModified(source); }

        @Override public java.io.Reader getReader(Object source, String encoding) throws IOException {
            try (java.io.Reader r = in.getReader(source, encoding)) {
                StringWriter w = new StringWriter();
                r.transferTo(w);
                return new java.io.StringReader(planreport.model.Names.nfc(w.toString()));
            }
        }

        @Override public void closeTemplateSource(Object source) throws IOException { in.closeTemplateSource(source); }
    }

    /** A packaged default template's bytes, for {@code templates export}. */
    public static byte[] packaged(String name) throws IOException {
        try (InputStream in = Templates.class.getResourceAsStream(ROOT + name)) {
            if (in == null) throw new IOException("template " + name + " is missing from the jar");
            return in.readAllBytes();
        }
    }
}
