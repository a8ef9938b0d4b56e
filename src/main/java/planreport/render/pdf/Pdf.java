package planreport.render.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.text.BreakIterator;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.xhtmlrenderer.layout.breaker.BreakPoint;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.pdf.PDFCreationListener;

/**
 * XHTML to PDF with Flying Saucer on OpenPDF. Liberation Serif (regular, bold, italic, bold italic,
 * from openpdf-fonts-extra) is embedded as Identity-H so every Vietnamese letter is drawn from the
 * real font files ({@link PdfFonts}: read once a process). The output is deterministic: creation and
 * modification dates, the document ID and the font-subset tags all derive from --as-of and the content.
 */
public final class Pdf {
    private Pdf() {}

    /** The fonts, as resource paths inside openpdf-fonts-extra. */
    public static final List<String> FONTS = List.of("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf",
            "liberation/LiberationSerif-Italic.ttf", "liberation/LiberationSerif-BoldItalic.ttf");

    /** The PDF of {@code xhtml} with the layout profile's CSS rules, loading nothing from outside (no templates folder). */
    public static byte[] render(String xhtml, String layoutCss, LocalDate asOf) throws IOException {
        return render(xhtml, layoutCss, asOf, null);
    }

    /**
     * The PDF of {@code xhtml}: the layout profile's CSS rules (render/Layout#css) go into its head before
     * the document's own style sheet, which may refine them. It loads nothing but the files of
     * {@code templatesDir} (null: nothing at all) and data: URIs ({@link PdfResources}); a reference
     * to anything else throws {@link PdfResources.Refused}, naming it.
     */
    public static byte[] render(String xhtml, String layoutCss, LocalDate asOf, java.nio.file.Path templatesDir) throws IOException {
        return render(xhtml, layoutCss, asOf, templatesDir, java.util.Map.of(), null);
    }

    /**
     * {@link #render(String, String, LocalDate, java.nio.file.Path)} with {@code images} (name → PNG) that an
     * {@code <img src="name">} shows, and the {@code manifest} of the inputs in the document's
     * properties (a key of its own, PlanReportManifest, beside Title and Producer); null: none.
     */
    public static byte[] render(String xhtml, String layoutCss, LocalDate asOf, java.nio.file.Path templatesDir,
                                java.util.Map<String, byte[]> images, planreport.model.Manifest manifest) throws IOException {
        String[] text = {xhtml};
        xhtml = null;   // see render(String[], …)
        return render(text, layoutCss, asOf, templatesDir, images, manifest, PdfParts.LEAVES, Runtime.getRuntime().availableProcessors() > 1);
    }

    /**
     * {@link #render(String, String, LocalDate, java.nio.file.Path, java.util.Map, planreport.model.Manifest)} in parts of {@code partLeaves}
     * leaves; {@code overlap}: a part laid out while the pages of the one before are written ({@link PdfPartsWriter}), else each in turn (the same bytes).
     */
    static byte[] render(String xhtml, String layoutCss, LocalDate asOf, java.nio.file.Path templatesDir,
                         java.util.Map<String, byte[]> images, planreport.model.Manifest manifest, int partLeaves, boolean overlap) throws IOException {
        String[] text = {xhtml};
        xhtml = null;
        return render(text, layoutCss, asOf, templatesDir, images, manifest, partLeaves, overlap);
    }

    /**
     * The work of the render methods above, on the XHTML handed over in {@code text}[0], which it clears: a long
     * document's text (a country's quarter: tens of MB) is then held by no frame while its tree is laid out.
     * A parameter stays reachable while its method runs, even when it is no longer read (an interpreted frame
     * keeps every local), so each caller passes the text in this box and drops its own reference first.
     */
    private static byte[] render(String[] text, String layoutCss, LocalDate asOf, java.nio.file.Path templatesDir,
                                 java.util.Map<String, byte[]> images, planreport.model.Manifest manifest, int partLeaves, boolean overlap) throws IOException {
        Spliced doc = Spliced.withLayout(text[0], layoutCss);   // read in place: a long document's text is not copied
        text[0] = null;
        byte[] digest = digest(doc, asOf);
        org.w3c.dom.Document dom = PdfResources.parse(doc.reader());
        doc = null;   // a long document's text is not kept beside its tree
        org.w3c.dom.Element body = body(dom);
        List<PdfParts.Leaf> leaves = body == null ? List.of() : PdfParts.leaves(body);
        return PdfFonts.seed(digest, () -> {
            try {
                var device = new PdfDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT);
                PdfResources resources = new PdfResources(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL, templatesDir, images);
                ITextRenderer renderer = renderer(device, resources);
                renderer.setListener(new Fixed(asOf, digest, manifest == null ? null : manifest.text()));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                if (leaves.size() <= 2 * partLeaves) {
                    renderer.setDocument(dom, resources.getBaseURL());
                    renderer.layout();
                    renderer.createPDF(out);
                } else if (overlap && PdfPartsWriter.canOverlap()) {
                    // two renderers lay out the parts in turn (one lays out while the other's pages are written)
                    List<ITextRenderer> layout = List.of(paged(renderer(new PdfDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT), resources), resources),
                            paged(renderer(new PdfDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT), resources), resources));
                    PdfPartsWriter.overlapped(renderer, device, layout, resources.getBaseURL(), dom, leaves, partLeaves, out);
                } else {
                    PdfPartsWriter.inTurn(paged(renderer, resources), resources.getBaseURL(), dom, leaves, partLeaves, out);
                }
                renderer.finishPDF();
                if (!resources.refused().isEmpty()) throw new PdfResources.Refused(resources.refused().iterator().next());
                return out.toByteArray();
            } catch (DocumentException e) {
                throw new IOException("PDF: " + e.getMessage(), e);
            }
        });
    }

    /** A renderer drawing on {@code device}, loading through {@code resources}, on the shared fonts, breaking lines as official documents do. */
    static ITextRenderer renderer(org.xhtmlrenderer.pdf.ITextOutputDevice device, PdfResources resources) throws IOException {
        ITextRenderer renderer = new ITextRenderer(ITextRenderer.DEFAULT_DOTS_PER_POINT, ITextRenderer.DEFAULT_DOTS_PER_PIXEL, device, resources,
                PdfFonts.forDocument());
        // the default strategy breaks lines inside "20/12/2021" (it treats '/' as a URL separator)
        renderer.getSharedContext().setLineBreakingStrategy((text, lang, style) -> {
            BreakIterator it = BreakIterator.getLineInstance();
            it.setText(text);
            return () -> {
                int n = it.next();
                while (n != BreakIterator.DONE && !breakable(text, n)) n = it.next();
                return n == BreakIterator.DONE ? BreakPoint.getDonePoint() : new BreakPoint(n);
            };
        });
        return renderer;
    }

    /** {@code renderer} with the page styles of a part's pages by their place in the whole document ({@link PdfParts.PagedStyle}). */
    static ITextRenderer paged(ITextRenderer renderer, PdfResources resources) {
        renderer.getSharedContext().setCss(new PdfParts.PagedStyle(resources));
        return renderer;
    }

    private static org.w3c.dom.Element body(org.w3c.dom.Document dom) {
        for (org.w3c.dom.Node n = dom.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof org.w3c.dom.Element e && "body".equals(e.getLocalName())) return e;
        }
        return null;
    }

    /**
     * SHA-256 of {@code doc}, a line break and {@code asOf} in UTF-8, read through a few thousand characters
     * at a time (a long document is not copied; the writer's encoder carries a character cut in two by a
     * chunk's end over to the next).
     */
    static byte[] digest(Spliced doc, LocalDate asOf) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (java.io.Writer w = new java.io.OutputStreamWriter(new java.security.DigestOutputStream(java.io.OutputStream.nullOutputStream(), md),
                    StandardCharsets.UTF_8); java.io.Reader r = doc.reader()) {
                char[] chunk = new char[8192];
                for (int n; (n = r.read(chunk)) > 0; ) w.write(chunk, 0, n);
                w.write("\n" + asOf);
            }
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Whether a line may end before {@code text[at]}: not inside a number or a task's number such as
     * "III.2", "1.250" or "12,5" (a '.', ',' or ':' between two letters or digits). A word too long for its
     * line still breaks inside (CSS word-wrap: break-word in report.css), wherever it must.
     */
    static boolean breakable(String text, int at) {
        if (at <= 1 || at >= text.length()) return true;
        char before = text.charAt(at - 1);
        return !((before == '.' || before == ',' || before == ':') && Character.isLetterOrDigit(text.charAt(at))
                && Character.isLetterOrDigit(text.charAt(at - 2)));
    }

    /** {@code xhtml} with a style element holding the profile's rules, before its first style element (or at the end of its head). */
    public static String withLayout(String xhtml, String layoutCss) {
        return Spliced.withLayout(xhtml, layoutCss).toString();
    }

    /**
     * A text with another inserted at {@code at}, read without being joined: {@code text}'s first {@code at}
     * characters, then {@code insert}, then the rest of {@code text}.
     */
    record Spliced(String text, int at, String insert) {
        /** {@code xhtml} with a style element holding the profile's rules, before its first style element (or at the end of its head; without a head, as it is). */
        static Spliced withLayout(String xhtml, String layoutCss) {
            int head = xhtml.indexOf("<head");
            int end = head < 0 ? -1 : xhtml.indexOf("</head>", head);
            if (end < 0) return new Spliced(xhtml, xhtml.length(), "");
            int first = xhtml.indexOf("<style", head);
            return new Spliced(xhtml, first >= 0 && first < end ? first : end, "<style type=\"text/css\">\n" + layoutCss + "</style>\n");
        }

        int length() { return text.length() + insert.length(); }

        /** The spliced text from its start. */
        java.io.Reader reader() {
            return new java.io.Reader() {
                private int pos;

                @Override public int read(char[] buf, int off, int len) {
                    java.util.Objects.checkFromIndexSize(off, len, buf.length);
                    if (len == 0) return 0;
                    if (pos >= length()) return -1;
                    int n = Math.min(len, length() - pos);
                    getChars(pos, pos + n, buf, off);
                    pos += n;
                    return n;
                }

                @Override public void close() {}
            };
        }

        /** Characters {@code from} (inclusive) to {@code to} (exclusive) of the spliced text into {@code dst} at {@code off}. */
        void getChars(int from, int to, char[] dst, int off) {
            int ins = at + insert.length();
            for (int i = from; i < to; ) {
                if (i < at) {
                    int k = Math.min(to, at) - i;
                    text.getChars(i, i + k, dst, off + i - from);
                    i += k;
                } else if (i < ins) {
                    int k = Math.min(to, ins) - i;
                    insert.getChars(i - at, i - at + k, dst, off + i - from);
                    i += k;
                } else {
                    text.getChars(i - insert.length(), to - insert.length(), dst, off + i - from);
                    i = to;
                }
            }
        }

        @Override public String toString() { return insert.isEmpty() ? text : text.substring(0, at) + insert + text.substring(at); }
    }

    static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads the fonts every PDF of the process shares ({@link #FONTS}), if no PDF has read them yet: what
     * the first PDF would do itself, done beforehand (on a thread with time to spare). A failure is left
     * to that PDF, which reads them again and fails as it would have.
     */
    public static void readFonts() {
        try {
            PdfFonts.forDocument();
        } catch (IOException | RuntimeException e) {
            // the PDF that needs them says what is wrong
        }
    }

    /** Sets the document dates to --as-of (midnight UTC) and the document ID to a hash of the content. */
    private record Fixed(LocalDate asOf, byte[] digest, String manifest) implements PDFCreationListener {
        @Override
        public void preOpen(ITextRenderer r) {
            PdfDictionary info = r.getWriter().getInfo();
            Calendar cal = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            cal.clear();
            cal.set(asOf.getYear(), asOf.getMonthValue() - 1, asOf.getDayOfMonth(), 0, 0, 0);
            info.put(PdfName.CREATIONDATE, new PdfDate(cal));
            info.put(PdfName.MODDATE, new PdfDate(cal));
            info.put(PdfName.PRODUCER, new PdfString("plan-report"));
            byte[] id = java.util.Arrays.copyOf(digest, 16);
            info.put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
            if (manifest != null) info.put(new PdfName("PlanReportManifest"), new PdfString(manifest, com.lowagie.text.pdf.PdfObject.TEXT_UNICODE));
        }

        @Override public void preWrite(ITextRenderer r, int pageCount) {}

        @Override public void onClose(ITextRenderer r) {
            PdfDictionary info = r.getWriter().getInfo();
            Calendar cal = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            cal.clear();
            cal.set(asOf.getYear(), asOf.getMonthValue() - 1, asOf.getDayOfMonth(), 0, 0, 0);
            info.put(PdfName.MODDATE, new PdfDate(cal));
        }
    }
}
