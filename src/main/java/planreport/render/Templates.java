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
    /** The default templates, as shipped in the top-level templates/ folder and exported by {@code templates export}. */
    public static final List<String> NAMES = List.of("report.ftl", "report.ftlx", "report.css", "layout.yaml");

    private static final String ROOT = "/templates/";

    private final Configuration cfg;
    /** The user's templates folder, or null: the only folder the PDF renderer may read from ({@link PdfResources}). */
    private final Path userDir;

    /** {@code userDir} may be null: the packaged defaults only. */
    public Templates(Path userDir) throws IOException {
        this.userDir = userDir;
        cfg = new Configuration(Configuration.VERSION_2_3_34);
        TemplateLoader packaged = new ClassTemplateLoader(Templates.class, ROOT);
        // FileTemplateLoader refuses paths that leave its folder (symlinks included)
        cfg.setTemplateLoader(new Nfc(userDir == null ? packaged
                : new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(userDir.toFile()), packaged})));
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setObjectWrapper(new SimpleObjectWrapper(Configuration.VERSION_2_3_34));
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

    /** Runs a template over a model; the model must hold only maps, lists, strings, numbers, booleans and nulls. */
    public String render(String name, Map<String, Object> model) throws IOException, TemplateException {
        Template t = cfg.getTemplate(name);
        StringWriter w = new StringWriter();
        t.process(model, w);
        return w.toString();
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
