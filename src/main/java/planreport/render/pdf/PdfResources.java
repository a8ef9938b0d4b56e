package planreport.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextUserAgent;
import org.xhtmlrenderer.resource.CSSResource;
import org.xhtmlrenderer.resource.ImageResource;
import org.xhtmlrenderer.resource.XMLResource;

/**
 * What the PDF renderer may load while it lays out a report: the files of the user's templates
 * folder ({@code compile --templates DIR}) and {@code data:} URIs, nothing else — no other local
 * file, no network. Flying Saucer asks its user agent for every style sheet ({@code <link>},
 * {@code @import}), image ({@code <img>}, {@code url(…)}), font ({@code @font-face}) and XML
 * resource; this one refuses each reference outside the folder, remembers it, and
 * {@link Pdf#render} then fails with a diagnostic naming it (a template that reaches out is an
 * error to fix, not a report to print without its picture). Relative references resolve against
 * the templates folder. SVG images are refused wherever they are: an SVG can reach out itself.
 */
public final class PdfResources extends ITextUserAgent {
    /** A reference the renderer refused to load; {@link #reference()} is as the template wrote it. */
    public static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;
        private final String reference;

        Refused(String reference) {
            super("refused to load " + reference);
            this.reference = reference;
        }

        public String reference() { return reference; }
    }

    /**
     * Flying Saucer's own resources (its default style sheet for XHTML), which it loads through the
     * user agent too: the class-path folder they come from, as a URI prefix.
     */
    private static final String OWN = own();

    private static String own() {
        java.net.URL u = org.xhtmlrenderer.simple.extend.XhtmlNamespaceHandler.class.getResource("/resources/css/XhtmlNamespaceHandler.css");
        if (u == null) return null;
        String s = u.toString();
        return s.substring(0, s.length() - "css/XhtmlNamespaceHandler.css".length());
    }

    /** The templates folder, real path (symlinks resolved), or null: the packaged templates, which load nothing. */
    private final Path root;
    private final Set<String> refused = new LinkedHashSet<>();

    /** Pictures the document shows by name ({@code <img src="name">}): the charts, drawn in memory. */
    private final java.util.Map<String, byte[]> images;
    private final int dotsPerPixel;

    /**
     * Pictures by name ({@link #images}) whose pixels are still at hand as they were drawn: the PDF takes
     * those, the same pixels the PNG holds, rather than decoding the PNG again.
     */
    public interface Pixels {
        /** The pixels of the picture {@code name} as drawn, or null. */
        java.awt.image.BufferedImage pixels(String name);

        /**
         * The PDF's picture of {@code name}, made from its pixels beforehand ({@link #picture(java.awt.image.BufferedImage)}:
         * on the thread that drew it, not on the PDF's), given once; null to make it from {@link #pixels} here.
         */
        default Picture picture(String name) { return null; }
    }

    /** A picture made for the PDF from the pixels drawn (the image the renderer makes of them), not yet scaled. */
    public static final class Picture {
        private final com.lowagie.text.Image image;

        private Picture(com.lowagie.text.Image image) { this.image = image; }
    }

    /** The PDF's picture of {@code pixels}, as {@link #getImageResource} makes it; null if OpenPDF cannot take them. */
    public static Picture picture(java.awt.image.BufferedImage pixels) {
        try {
            return new Picture(image(pixels));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * OpenPDF's image of {@code pixels}: {@code Image.getInstance(pixels, null, false)}. For an opaque picture
     * whose pixels are 0xRRGGBB ints (a chart: {@code TYPE_INT_RGB}) that image is the pixels' red, green and
     * blue bytes, 8 bits each, with no mask, and it is made here from the pixels as they are held; OpenPDF
     * would first copy them through a {@link java.awt.image.PixelGrabber}, converting every pixel through its
     * colour model, and make a mask of the alpha it then finds opaque (about twice the pixels' size of
     * arrays a chart, and most of the time of making its picture). Any other picture goes to OpenPDF.
     */
    static com.lowagie.text.Image image(java.awt.image.BufferedImage pixels) throws IOException {
        int[] rgb = packedRgb(pixels);
        if (rgb == null) return com.lowagie.text.Image.getInstance(pixels, null, false);
        int w = pixels.getWidth(), h = pixels.getHeight();
        byte[] bytes = new byte[w * h * 3];
        for (int i = 0, k = 0; i < w * h; i++) {
            int p = rgb[i];
            bytes[k++] = (byte) (p >> 16);
            bytes[k++] = (byte) (p >> 8);
            bytes[k++] = (byte) p;
        }
        return com.lowagie.text.Image.getInstance(w, h, 3, 8, bytes, null);
    }

    /** The pixels of {@code image} as one 0xRRGGBB int each, row after row, when it holds them so (and only them); else null. */
    private static int[] packedRgb(java.awt.image.BufferedImage image) {
        if (image.getType() != java.awt.image.BufferedImage.TYPE_INT_RGB) return null;
        java.awt.image.WritableRaster r = image.getRaster();
        if (r.getParent() != null || r.getMinX() != 0 || r.getMinY() != 0 || r.getSampleModelTranslateX() != 0
                || r.getSampleModelTranslateY() != 0) return null;
        if (!(r.getSampleModel() instanceof java.awt.image.SinglePixelPackedSampleModel m) || m.getScanlineStride() != image.getWidth()) return null;
        if (!(r.getDataBuffer() instanceof java.awt.image.DataBufferInt b) || b.getNumBanks() != 1 || b.getOffset() != 0) return null;
        int[] data = b.getData();
        return data.length < image.getWidth() * image.getHeight() ? null : data;
    }

    PdfResources(ITextOutputDevice device, int dotsPerPixel, Path templatesDir) {
        this(device, dotsPerPixel, templatesDir, java.util.Map.of());
    }

    PdfResources(ITextOutputDevice device, int dotsPerPixel, Path templatesDir, java.util.Map<String, byte[]> images) {
        super(device, dotsPerPixel);
        this.images = images == null ? java.util.Map.of() : images;
        this.dotsPerPixel = dotsPerPixel;
        Path r = null;
        if (templatesDir != null) {
            try {
                r = templatesDir.toRealPath();
            } catch (IOException e) {
                r = null; // no folder to read from: every reference is refused
            }
        }
        root = r;
        // relative references (logo.png) mean the templates folder; without one, nothing to resolve against
        setBaseURL(root != null ? root.toUri().toString() : "about:blank");
    }

    /** The references refused so far, as written, in the order met. */
    Set<String> refused() { return refused; }

    /** Whether the resolved {@code uri} may be read: a data: URI (not SVG), or a file inside the templates folder. */
    boolean allowed(String uri) {
        if (uri == null) return false;
        String lower = uri.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("data:")) return !lower.startsWith("data:image/svg");
        if (OWN != null && uri.startsWith(OWN) && !uri.contains("..")) return true;
        if (root == null || !lower.startsWith("file:")) return false;
        try {
            Path p = Path.of(new URI(uri));
            if (p.getFileName() != null && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) return false;
            if (!Files.exists(p)) return false;
            return p.toRealPath().startsWith(root);
        } catch (Exception e) {
            return false;
        }
    }

    /** The reference resolved (relative to the templates folder) when it may be loaded; else recorded and null. */
    private String gate(String reference) {
        String resolved;
        try {
            resolved = super.resolveURI(reference);
        } catch (RuntimeException e) {
            resolved = null;
        }
        if (allowed(resolved != null ? resolved : reference)) return resolved != null ? resolved : reference;
        refused.add(reference == null ? "" : reference);
        return null;
    }

    @Override public String resolveURI(String uri) {
        // data: URIs are their own content, and so are the pictures held in memory; anything else is resolved, then judged where it is opened
        if (uri != null && images.containsKey(uri)) return uri;
        return uri != null && uri.regionMatches(true, 0, "data:", 0, 5) ? uri : super.resolveURI(uri);
    }

    @Override public CSSResource getCSSResource(String uri) {
        return gate(uri) == null ? new CSSResource((InputStream) null) : super.getCSSResource(uri);
    }

    @Override public ImageResource getImageResource(String uri) {
        if (uri != null && images instanceof Pixels drawn && !_imageCache.containsKey(uri)) {
            Picture made = images.containsKey(uri) ? drawn.picture(uri) : null;
            java.awt.image.BufferedImage pixels = made != null ? null : drawn.pixels(uri);
            if (made != null || pixels != null) {
                // what the renderer makes of the PNG's bytes, made from the pixels they encode: the same
                // image (PNG keeps every pixel), scaled to the output's resolution as the renderer scales it
                try {
                    com.lowagie.text.Image image = made != null ? made.image : image(pixels);
                    if (dotsPerPixel != 1) image.scaleAbsolute(image.getPlainWidth() * dotsPerPixel, image.getPlainHeight() * dotsPerPixel);
                    _imageCache.put(uri, new ImageResource(uri, new org.xhtmlrenderer.pdf.ITextFSImage(image)));
                } catch (IOException | com.lowagie.text.BadElementException e) {
                    // read from the PNG's bytes below, as any picture
                }
            }
        }
        if (uri != null && _imageCache.containsKey(uri)) return super.getImageResource(uri);
        byte[] picture = uri == null ? null : images.get(uri);
        if (picture != null) return super.getImageResource("data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(picture));
        return gate(uri) == null ? new ImageResource(uri, null) : super.getImageResource(uri);
    }

    @Override public XMLResource getXMLResource(String uri) {
        if (gate(uri) == null) return null;
        return super.getXMLResource(uri);
    }

    @Override public byte[] getBinaryResource(String uri) {
        return gate(uri) == null ? null : super.getBinaryResource(uri);
    }

    // The places the user agent opens a stream or a connection: judged again, whatever led there.

    @Override protected InputStream resolveAndOpenStream(String uri) {
        return gate(uri) == null ? null : super.resolveAndOpenStream(uri);
    }

    @Override protected InputStream openStream(String uri) throws IOException {
        if (!allowed(uri)) {
            refused.add(uri);
            throw new Refused(uri);
        }
        return super.openStream(uri);
    }

    @Override protected URLConnection openConnection(String uri) throws IOException {
        if (!allowed(uri)) {
            refused.add(uri);
            throw new Refused(uri);
        }
        return super.openConnection(uri);
    }

    /**
     * The XHTML as a DOM, parsed without reaching out: a DTD or external entity the document
     * declares is read only when Flying Saucer holds a copy of it (the XHTML DTDs, by public id);
     * any other is refused ({@link Refused}, naming its system id). No XInclude, no network.
     */
    public static org.w3c.dom.Document parse(String xhtml) throws IOException {
        try {
            javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(true);
            f.setFeature(javax.xml.XMLConstants.FEATURE_SECURE_PROCESSING, true);
            javax.xml.parsers.DocumentBuilder b = f.newDocumentBuilder();
            Set<String> refused = new LinkedHashSet<>();
            b.setEntityResolver((publicId, systemId) -> {
                org.xml.sax.InputSource known = publicId == null ? null : org.xhtmlrenderer.resource.FSEntityResolver.instance().resolveEntity(publicId, null);
                if (known != null) return known;
                refused.add(systemId == null ? String.valueOf(publicId) : systemId);
                return new org.xml.sax.InputSource(new java.io.StringReader(""));
            });
            b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException { throw e; }
            });
            org.w3c.dom.Document d = b.parse(new org.xml.sax.InputSource(new java.io.StringReader(xhtml)));
            if (!refused.isEmpty()) throw new Refused(refused.iterator().next());
            return d;
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException("XHTML: " + e.getMessage(), e);
        }
    }
}
