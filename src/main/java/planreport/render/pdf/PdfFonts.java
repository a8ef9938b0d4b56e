package planreport.render.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.SecureRandomSpi;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xhtmlrenderer.css.constants.IdentValue;
import org.xhtmlrenderer.css.sheet.FontFaceRule;
import org.xhtmlrenderer.css.value.FontSpecification;
import org.xhtmlrenderer.extend.UserAgentCallback;
import org.xhtmlrenderer.layout.SharedContext;
import org.xhtmlrenderer.pdf.FontDescription;
import org.xhtmlrenderer.pdf.FontFamily;
import org.xhtmlrenderer.pdf.ITextFSFont;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.render.FSFont;

/**
 * The PDF renderer's fonts, prepared once a process and shared by every PDF it writes (the review,
 * its internal file, each letter). Flying Saucer's own resolver, made anew for each document, parsed
 * the four Liberation Serif files, read each again for its underline and strike-out metrics, and
 * built the fourteen standard PDF fonts from their metric files — a tenth of a quarter's compile,
 * for fonts our documents never use. Here:
 * <ul>
 * <li>the Liberation faces are read once: their font families (the descriptions Flying Saucer
 *     matches weight and style against) are shared, read-only, by every document's resolver;</li>
 * <li>the standard fonts are made only for a document that asks for a family other than ours
 *     (a user's template naming Helvetica, {@code monospace}, or a family no font has, whose fallback
 *     is the standard serif), so such a document is laid out exactly as before;</li>
 * <li>a template with {@code @font-face} rules gets a resolver of its own, built as Flying Saucer
 *     builds it, so its faces never reach the shared families; their subset tags, which Flying
 *     Saucer leaves to chance, are seeded like ours.</li>
 * </ul>
 * The output is the same bytes: the fonts, and which face each run of text gets, are unchanged. The
 * subset tags ("ABCDEF+LiberationSerif") come from each font's random source, which is seeded per
 * document and per thread ({@link #seed}), so documents rendered at the same time cannot mix them.
 */
final class PdfFonts extends ITextFontResolver {
    /** The shared families: the first document's resolver reads them, every later one reuses them. */
    private static volatile Map<String, FontFamily> shared;

    /** The seeded random sources of the document this thread is writing, one a font (its PostScript name). */
    private static final ThreadLocal<Seeds> SEEDS = new ThreadLocal<>();

    /** Where a resolver's families come from. */
    private enum Source {
        /** the shared families (the standard fonts added when a document asks for them) */
        SHARED,
        /** none: this resolver reads the faces that become the shared families */
        READING,
        /** its own, as Flying Saucer makes them: the standard fonts, then ours read again (a template with {@code @font-face}) */
        OWN
    }

    private Source source = Source.SHARED;
    /** Whether this document's resolver holds the standard fonts too. */
    private boolean standard;

    /** A resolver for one document, on the shared faces. */
    static PdfFonts forDocument() throws IOException {
        PdfFonts fonts = new PdfFonts();
        if (shared == null) {
            synchronized (PdfFonts.class) {
                if (shared == null) shared = read();
            }
        }
        return fonts;
    }

    /** The faces of {@link Pdf#FONTS}, each read once; their fonts draw from this thread's document seeds. */
    private static Map<String, FontFamily> read() throws IOException {
        PdfFonts first = new PdfFonts();
        first.source = Source.READING;
        first.standard = true;
        first.addFaces();
        for (FontFamily family : first.getFonts().values()) {
            for (var d : family.getFontDescriptions()) d.getFont().setSecureRandom(new Seeded(d.getFont().getPostscriptFontName()));
        }
        return Map.copyOf(first.getFonts());
    }

    private void addFaces() throws IOException {
        for (String f : Pdf.FONTS) {
            if (Pdf.class.getClassLoader().getResource(f) == null) throw new IOException("font " + f + " is missing from the class path");
            try {
                addFont(f, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            } catch (DocumentException e) {
                throw new IOException("font " + f + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * Runs {@code work} (which writes one PDF) with the fonts' random sources seeded from
     * {@code digest}: each font's own source, seeded from the digest and its PostScript name.
     */
    static <T> T seed(byte[] digest, IOWork<T> work) throws IOException {
        Seeds before = SEEDS.get();
        SEEDS.set(new Seeds(digest));
        try {
            return work.run();
        } finally {
            if (before == null) SEEDS.remove();
            else SEEDS.set(before);
        }
    }

    /** Work that writes a PDF. */
    interface IOWork<T> {
        T run() throws IOException;
    }

    @Override
    protected Map<String, FontFamily> loadFonts() {
        return switch (source) {
            case SHARED -> new HashMap<>(shared);
            case READING -> new HashMap<>();
            case OWN -> super.loadFonts();
        };
    }

    /**
     * The face each list of families, weight and style resolved to in this document: Flying Saucer
     * resolves the font of every box it lays out, formatting a cache key of each family as it goes
     * (a fifth of a long PDF's layout). Forgotten whenever the families change.
     */
    private final Map<FaceKey, FontDescription> faces = new HashMap<>();

    /** A list of families (compared by content, without the iterators a list's equals makes), a weight and a style. */
    private record FaceKey(String[] families, IdentValue weight, IdentValue style) {
        @Override public boolean equals(Object o) {
            return o instanceof FaceKey k && k.weight == weight && k.style == style && Arrays.equals(k.families, families);
        }

        @Override public int hashCode() { return (Arrays.hashCode(families) * 31 + System.identityHashCode(weight)) * 31 + System.identityHashCode(style); }
    }

    /**
     * The last specification asked for and its font: a box's text is measured a word at a time, each
     * asking for the font of the same style's specification (a tenth of a long PDF's allocations).
     */
    private FontSpecification lastSpec;
    private String[] lastFamilies;
    private float lastSize;
    private IdentValue lastWeight, lastStyle, lastVariant;
    private ITextFSFont lastFont;

    /** The font of {@code spec}; the standard fonts are made first when the family it resolves to may be one of theirs. */
    @Override
    public FSFont resolveFont(SharedContext context, FontSpecification spec) {
        if (spec == lastSpec && spec.families == lastFamilies && spec.size == lastSize && spec.fontWeight == lastWeight
                && spec.fontStyle == lastStyle && spec.variant == lastVariant) return lastFont;
        FaceKey key = new FaceKey(spec.families, spec.fontWeight, spec.fontStyle);
        FontDescription known = faces.get(key);
        FSFont font;
        if (known != null) {
            font = new ITextFSFont(known, spec.size);
        } else {
            if (!standard && !ours(spec)) addStandard();
            font = super.resolveFont(context, spec);
            if (font instanceof ITextFSFont f) faces.put(new FaceKey(spec.families == null ? null : spec.families.clone(), key.weight(), key.style()), f.getFontDescription());
        }
        remember(spec, font);
        return font;
    }

    private void remember(FontSpecification spec, FSFont font) {
        lastSpec = font instanceof ITextFSFont ? spec : null;
        lastFamilies = spec.families;
        lastSize = spec.size;
        lastWeight = spec.fontWeight;
        lastStyle = spec.fontStyle;
        lastVariant = spec.variant;
        lastFont = font instanceof ITextFSFont f ? f : null;
    }

    @Override
    public void flushCache() {
        forget();
        super.flushCache();
    }

    @Override
    public void flushFontFaceFonts() {
        forget();
        super.flushFontFaceFonts();
    }

    /** The families changed: every face found is forgotten. */
    private void forget() {
        faces.clear();
        lastSpec = null;
        lastFont = null;
    }

    /**
     * Whether Flying Saucer resolves {@code spec} to one of our families without looking at any other:
     * the first of its families that is ours and has a face of the weight and style comes before any
     * family that is not ours (which might be a standard font's). Otherwise, or when none is ours (the
     * fallback is the standard serif), the standard fonts are needed.
     */
    private boolean ours(FontSpecification spec) {
        if (spec.families == null) return false;
        IdentValue style = spec.fontStyle;
        if (style != IdentValue.NORMAL && style != IdentValue.OBLIQUE && style != IdentValue.ITALIC) style = IdentValue.NORMAL;
        int weight = convertWeightToInt(spec.fontWeight);
        Map<String, FontFamily> fonts = getFonts();
        for (String name : spec.families) {
            FontFamily family = fonts.get(normalized(name));
            if (family == null) return false;
            if (family.match(weight, style) != null) return true;
        }
        return false;
    }

    /** The family name as Flying Saucer looks it up: quotes stripped, the generic names mapped to its own. */
    private static String normalized(String name) {
        String s = name;
        if (s.startsWith("\"")) s = s.substring(1);
        if (s.endsWith("\"")) s = s.substring(0, s.length() - 1);
        if (s.equalsIgnoreCase("serif")) return "Serif";
        if (s.equalsIgnoreCase("sans-serif")) return "SansSerif";
        if (s.equalsIgnoreCase("monospace")) return "Monospaced";
        return s;
    }

    /** The standard fonts, added beside ours as Flying Saucer's resolver has them from the start. */
    private void addStandard() {
        standard = true;
        forget();
        Map<String, FontFamily> fonts = getFonts();
        super.loadFonts().forEach(fonts::putIfAbsent);
    }

    /**
     * A template's {@code @font-face} rules add faces to families: this resolver then drops the
     * shared families and reads its own, with the standard fonts, as Flying Saucer's would be.
     */
    @Override
    public void importFontFaces(List<FontFaceRule> rules, UserAgentCallback uac) {
        forget();
        if (!rules.isEmpty() && source == Source.SHARED) {
            source = Source.OWN;
            standard = true;
            getFonts().clear();   // the next getFonts() loads the standard fonts (loadFonts), then ours are added
            try {
                addFaces();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        super.importFontFaces(rules, uac);
        // their subset tags too come from the document (Flying Saucer leaves them to chance)
        for (FontFamily family : getFonts().values()) {
            for (var d : family.getFontDescriptions()) {
                if (d.isFromFontFace()) d.getFont().setSecureRandom(new Seeded(d.getFont().getPostscriptFontName()));
            }
        }
    }

    /** The random sources of one document. */
    private static final class Seeds {
        private final byte[] digest;
        private final Map<String, SecureRandom> byFont = new HashMap<>();

        Seeds(byte[] digest) { this.digest = digest; }

        SecureRandom of(String font) {
            return byFont.computeIfAbsent(font, f -> seeded(digest, f));
        }
    }

    /** The subset tag of a font in one document: a SHA1PRNG seeded with the document's digest and the font's name. */
    static SecureRandom seeded(byte[] digest, String name) {
        try {
            SecureRandom r = SecureRandom.getInstance("SHA1PRNG");
            r.setSeed(Pdf.sha256(new String(digest, StandardCharsets.ISO_8859_1) + name));
            return r;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A shared font's random source: it draws from the seeded source of the document the calling
     * thread is writing ({@link #seed}), so the same document gets the same tags whatever else runs.
     */
    private static final class Seeded extends SecureRandom {
        private static final long serialVersionUID = 1L;

        Seeded(String font) {
            super(new SecureRandomSpi() {
                private static final long serialVersionUID = 1L;

                @Override protected void engineSetSeed(byte[] seed) {
                    throw new UnsupportedOperationException("the fonts' sources are seeded per document");
                }

                @Override protected void engineNextBytes(byte[] bytes) {
                    Seeds s = SEEDS.get();
                    if (s == null) throw new IllegalStateException("a PDF is written outside PdfFonts.seed");
                    s.of(font).nextBytes(bytes);
                }

                @Override protected byte[] engineGenerateSeed(int n) {
                    byte[] b = new byte[n];
                    engineNextBytes(b);
                    return b;
                }
            }, null);
        }
    }
}
