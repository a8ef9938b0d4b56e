package planreport.render.pdf;

import com.lowagie.text.DocumentException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.w3c.dom.Document;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.PageBox;

/**
 * A long document written a part at a time ({@link PdfParts}) into one PDF, its parts laid out on one
 * thread while the pages of the part before are written on another. Flying Saucer paints the pages of
 * the box tree its renderer laid out last; here a renderer that only paints (it made the PDF and holds
 * its writer) is given, part after part, the box tree two other renderers laid out in turn: a part's
 * layout (two thirds of the time of a long PDF) goes on beside the writing of the one before. Each part
 * is laid out exactly as when one renderer lays out and paints every part in turn ({@link #inTurn}),
 * from the same leaves, with the same page styles, and its pages are written in the same order into
 * the same writer: the PDF is the same bytes.
 * <p>
 * Flying Saucer has no setter for the box tree it paints: it is set here in the painting renderer's
 * private field ({@code _root}, Flying Saucer 9.13). If that field is not found, the parts are laid
 * out and written in turn, as before.
 */
final class PdfPartsWriter {
    private PdfPartsWriter() {}

    /** The painting renderer's box tree (null: not found, the parts are written in turn). */
    private static final VarHandle ROOT = root();

    private static VarHandle root() {
        try {
            return MethodHandles.privateLookupIn(ITextRenderer.class, MethodHandles.lookup()).findVarHandle(ITextRenderer.class, "_root", BlockBox.class);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** Whether the parts can be laid out beside the writing (the box tree can be handed to the painting renderer). */
    static boolean canOverlap() { return ROOT != null; }

    /** One part laid out: the renderer holding its boxes, its document, and how many of its pages are written. */
    private record Laid(ITextRenderer renderer, Document document, int pages) {}

    /** Where parts laid out go. */
    private interface Sink {
        void accept(Laid part) throws IOException, DocumentException, InterruptedException;
    }

    /** Where the renderer for the next part comes from. */
    private interface Renderers {
        ITextRenderer next() throws InterruptedException;
    }

    /**
     * The parts of {@code leaves} laid out and written in turn by {@code renderer} (which must have
     * a {@link PdfParts.PagedStyle} as its style sheets), into {@code out}.
     */
    static void inTurn(ITextRenderer renderer, String baseUrl, Document dom, List<PdfParts.Leaf> leaves, int partLeaves, ByteArrayOutputStream out)
            throws IOException, DocumentException {
        int[] written = {0};
        try {
            layOut(() -> renderer, baseUrl, dom, leaves, partLeaves, part -> {
                paint(renderer, part, written[0], out);
                written[0] += part.pages();
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /**
     * The parts of {@code leaves} laid out on a thread of their own by {@code layout}'s renderers, in
     * turn (each must have a {@link PdfParts.PagedStyle} as its style sheets, and none is given a part
     * before the pages of its last one are written); each part's pages written by {@code painter},
     * on this thread, into {@code out}.
     */
    static void overlapped(ITextRenderer painter, ITextOutputDevice device, List<ITextRenderer> layout, String baseUrl, Document dom,
                           List<PdfParts.Leaf> leaves, int partLeaves, ByteArrayOutputStream out) throws IOException, DocumentException {
        BlockingQueue<ITextRenderer> free = new ArrayBlockingQueue<>(layout.size(), false, layout);
        BlockingQueue<Object> ready = new LinkedBlockingQueue<>();
        Object end = new Object();
        Thread layer = new Thread(() -> {
            try {
                layOut(free::take, baseUrl, dom, leaves, partLeaves, ready::put);
                ready.put(end);
            } catch (Throwable t) {
                ready.add(t);
            }
        }, "plan-report-pdf-layout");
        layer.setDaemon(true);
        layer.start();
        try {
            int written = 0;
            for (Object next = ready.take(); next != end; next = ready.take()) {
                if (next instanceof Throwable t) rethrow(t);
                Laid part = (Laid) next;
                painter.setDocument(part.document(), baseUrl);
                ROOT.set(painter, part.renderer().getRootBox());
                device.setSharedContext(part.renderer().getSharedContext());   // the ids of this part's boxes (links, the outline)
                paint(painter, part, written, out);
                device.setSharedContext(painter.getSharedContext());
                written += part.pages();
                ROOT.set(painter, (BlockBox) null);
                // its boxes go now, not when its next part's layout ends (Flying Saucer sets a renderer's box tree then): a part's
                // boxes (about 12 MB in a country's review) are not carried through the collections of a whole layout more
                ROOT.set(part.renderer(), (BlockBox) null);
                free.put(part.renderer());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            layer.interrupt();
        }
    }

    private static void rethrow(Throwable t) throws IOException, DocumentException {
        if (t instanceof IOException e) throw e;
        if (t instanceof DocumentException e) throw e;
        if (t instanceof RuntimeException e) throw e;
        if (t instanceof Error e) throw e;
        throw new IOException("PDF: " + t.getMessage(), t);
    }

    /** The pages of a part laid out, written after the {@code written} pages before it. */
    private static void paint(ITextRenderer renderer, Laid part, int written, ByteArrayOutputStream out) throws DocumentException {
        if (written == 0) renderer.createPDF(out, false);
        else renderer.writeNextDocument(written + 1);
    }

    /**
     * Lays out the parts of {@code leaves} one after the other, each with the renderer {@code renderers}
     * gives, and hands each to {@code sink} with its pages cut at a clean page top (see {@link PdfParts}).
     */
    private static void layOut(Renderers renderers, String baseUrl, Document dom, List<PdfParts.Leaf> leaves, int partLeaves, Sink sink)
            throws IOException, DocumentException, InterruptedException {
        int written = 0;
        for (int from = 0; from < leaves.size(); ) {
            ITextRenderer renderer = renderers.next();
            PdfParts.PagedStyle paged = (PdfParts.PagedStyle) renderer.getSharedContext().getCss();
            for (int size = partLeaves; ; size *= 2) {
                int to = Math.min(leaves.size(), from + size);
                PdfParts.Part part = PdfParts.part(dom, leaves, from, to);
                paged.offset(written);
                renderer.setDocument(part.document(), baseUrl);
                renderer.layout();
                List<PageBox> pages = renderer.getRootBox().getLayer().getPages();
                int next = to;
                if (to < leaves.size()) {
                    PdfParts.Cut cut = PdfParts.cut(renderer.getRootBox(), pages, leaves, part, to);
                    if (cut == null) continue;   // no clean page top a page before the end: the part again, longer
                    pages.subList(cut.page(), pages.size()).clear();
                    part.dropFromOutline(cut.leaf());
                    next = cut.leaf();
                }
                sink.accept(new Laid(renderer, part.document(), pages.size()));
                written += pages.size();
                // the leaves written, but the last (the next part looks at its containers), go: what is left of the tree is what is still to lay out
                PdfParts.release(leaves, Math.max(0, from - 1), next - 1);
                from = next;
                break;
            }
        }
    }
}
