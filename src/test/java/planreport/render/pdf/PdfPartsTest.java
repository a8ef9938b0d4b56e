package planreport.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A long document written a part at a time ({@link PdfParts}) has the pages of the same document laid
 * out whole: the same text on each page (so the same page breaks, and the page numbers going on
 * across parts, none on the first page), lines as wide as their page's side gives them (a left page
 * narrower than a right one), each heading once in the outline.
 */
class PdfPartsTest {
    /** A review-like document: a body, a long table of rows of every height, appendices on new pages. */
    static String document() {
        StringBuilder b = new StringBuilder("""
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>Parts</title><style type="text/css">
                body { font-family: "Liberation Serif"; font-size: 12pt; margin: 0; }
                @page { size: A4; margin: 20mm 15mm 20mm 30mm; @top-center { content: counter(page); } }
                @page :first { @top-center { content: none; } }
                @page :left { margin-left: 15mm; margin-right: 30mm; }
                table.data { width: 100%; border-collapse: separate; border-spacing: 0; margin: 4pt 0 10pt 0; -fs-table-paginate: paginate; }
                table.data thead { display: table-header-group; }
                table.data tr { page-break-inside: avoid; }
                table.data td, table.data th { border: 1px solid black; padding: 2pt 3pt; vertical-align: top; }
                div.appendix { page-break-before: always; padding-top: 0.1pt; }
                p.task-head { margin: 8pt 0 2pt 0; page-break-after: avoid; }
                </style></head><body>
                <h2>I. Opening</h2>
                <p>The document opens with a paragraph of some length, so that its first page holds text before the tables begin.</p>
                """);
        for (int t = 1; t <= 3; t++) {
            b.append("<h3>").append(t).append(". Task ").append(t).append("</h3>\n");
            b.append("<p class=\"task-head\"><b>Task ").append(t).append(".</b> Results of the units</p>\n");
            b.append("<table class=\"data\"><thead><tr><th style=\"width: 30%\">Unit</th><th style=\"width: 70%\">Result</th></tr></thead><tbody>\n");
            for (int r = 1; r <= 140; r++) {
                b.append("<tr><td>Unit ").append(t).append('.').append(r).append("</td><td>");
                for (int w = 0; w < (r * 7 + t * 3) % 40 + 1; w++) b.append("word").append(w).append(' ');
                b.append("</td></tr>\n");
            }
            b.append("</tbody></table>\n");
        }
        for (int a = 1; a <= 2; a++) {
            b.append("<div class=\"appendix\"><p>Appendix ").append(a).append("</p><h3>Appendix heading ").append(a).append("</h3>\n");
            b.append("<table class=\"data\"><thead><tr><th>Body</th><th>Reports</th></tr></thead><tbody>\n");
            for (int r = 1; r <= 120; r++) b.append("<tr><td>Body ").append(a).append('.').append(r).append("</td><td>").append(r % 7).append("</td></tr>\n");
            b.append("</tbody></table></div>\n");
        }
        return b.append("</body></html>\n").toString();
    }

    @Test
    void aDocumentWrittenInPartsHasThePagesOfTheWhole() throws IOException {
        String xhtml = document();
        LocalDate day = LocalDate.of(2023, 7, 20);
        byte[] whole = Pdf.render(xhtml, "", day, null, Map.of(), null, Integer.MAX_VALUE / 4, false);
        byte[] parts = Pdf.render(xhtml, "", day, null, Map.of(), null, 60, false);

        assertFalse(java.util.Arrays.equals(whole, parts), "the parts are written as parts");
        try (PDDocument w = Loader.loadPDF(whole); PDDocument p = Loader.loadPDF(parts)) {
            assertTrue(w.getNumberOfPages() > 20, "a long document: " + w.getNumberOfPages() + " pages");
            assertEquals(w.getNumberOfPages(), p.getNumberOfPages());
            PDFTextStripper text = new PDFTextStripper();
            for (int i = 1; i <= w.getNumberOfPages(); i++) {
                text.setStartPage(i);
                text.setEndPage(i);
                String page = text.getText(p);
                assertEquals(text.getText(w), page, "page " + i);
                if (i == 1) assertFalse(page.startsWith("1"), "no number on the first page");
                else assertTrue(page.strip().startsWith(String.valueOf(i)), "page " + i + " numbered: " + page.lines().findFirst().orElse(""));
            }
            assertEquals(outline(w), outline(p));
            assertEquals(List.of("I. Opening", "1. Task 1", "2. Task 2", "3. Task 3", "Appendix heading 1", "Appendix heading 2"), outline(p));
        }
        assertEquals(new String(parts, java.nio.charset.StandardCharsets.ISO_8859_1),
                new String(Pdf.render(xhtml, "", day, null, Map.of(), null, 60, false), java.nio.charset.StandardCharsets.ISO_8859_1), "the same bytes twice");
    }

    /**
     * Parts laid out on a thread of their own while the pages of the part before are written give the
     * PDF that one renderer laying out and writing each part in turn gives, byte for byte; also with a
     * picture, a link to a heading and parts that must be laid out again longer (no clean page top).
     */
    @Test
    void partsLaidOutBesideTheWritingGiveTheSameBytes() throws IOException {
        assertTrue(PdfPartsWriter.canOverlap(), "the painting renderer's box tree can be set (Flying Saucer's field)");
        LocalDate day = LocalDate.of(2023, 7, 20);
        String xhtml = document();
        byte[] inTurn = Pdf.render(xhtml, "", day, null, Map.of(), null, 60, false);
        byte[] overlapped = Pdf.render(xhtml, "", day, null, Map.of(), null, 60, true);
        assertEquals(new String(inTurn, java.nio.charset.StandardCharsets.ISO_8859_1), new String(overlapped, java.nio.charset.StandardCharsets.ISO_8859_1));

        // a chart on the first page, a link to a heading, and parts of 7 leaves (a part shorter than two pages is laid out again)
        String rich = xhtml.replace("<h2>I. Opening</h2>", "<h2>I. Opening</h2><p><img src=\"chart.png\" style=\"width: 40mm\"/></p>"
                        + "<p>See <a href=\"#t1\">the first task</a>.</p>")
                .replace("<h3>1. Task 1</h3>", "<h3 id=\"t1\">1. Task 1</h3>");
        Map<String, byte[]> images = Map.of("chart.png", png());
        for (int leaves : new int[] {7, 60}) {
            byte[] a = Pdf.render(rich, "", day, null, images, null, leaves, false);
            byte[] b = Pdf.render(rich, "", day, null, images, null, leaves, true);
            java.nio.file.Files.write(java.nio.file.Path.of("/tmp/c5-rich-" + leaves + ".pdf"), b);
            assertEquals(new String(a, java.nio.charset.StandardCharsets.ISO_8859_1), new String(b, java.nio.charset.StandardCharsets.ISO_8859_1),
                    "parts of " + leaves + " leaves");
        }
    }

    /**
     * A part's boxes are let go of once its pages are written: the renderer that laid it out holds no box tree while it
     * waits for its next part (Flying Saucer replaces a renderer's tree only when the next layout ends).
     */
    @Test
    void aPartsBoxesGoOnceItsPagesAreWritten() throws Exception {
        var dom = PdfResources.parse(document());
        org.w3c.dom.Element body = (org.w3c.dom.Element) dom.getElementsByTagName("body").item(0);
        List<PdfParts.Leaf> leaves = PdfParts.leaves(body);
        var device = new PdfDevice(org.xhtmlrenderer.pdf.ITextRenderer.DEFAULT_DOTS_PER_POINT);
        var resources = new PdfResources(device, org.xhtmlrenderer.pdf.ITextRenderer.DEFAULT_DOTS_PER_PIXEL, null, Map.of());
        var painter = Pdf.renderer(device, resources);
        List<org.xhtmlrenderer.pdf.ITextRenderer> layout = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            layout.add(Pdf.paged(Pdf.renderer(new PdfDevice(org.xhtmlrenderer.pdf.ITextRenderer.DEFAULT_DOTS_PER_POINT), resources), resources));
        }
        var out = new java.io.ByteArrayOutputStream();
        PdfFonts.seed(new byte[32], () -> {
            try {
                PdfPartsWriter.overlapped(painter, device, layout, resources.getBaseURL(), dom, leaves, 60, out);
                painter.finishPDF();
            } catch (com.lowagie.text.DocumentException e) {
                throw new IOException(e);
            }
            return null;
        });
        try (PDDocument p = Loader.loadPDF(out.toByteArray())) {
            assertTrue(p.getNumberOfPages() > 20, p.getNumberOfPages() + " pages");
        }
        for (var r : layout) assertEquals(null, r.getRootBox(), "a layout renderer's boxes after its pages were written");
        assertEquals(null, painter.getRootBox(), "the painter's");
    }

    /** The leaves written are let go of: out of the document's tree and out of the list; the others stay where they were. */
    @Test
    void leavesWrittenAreLetGoOf() throws IOException {
        var dom = PdfResources.parse(document());
        org.w3c.dom.Element body = (org.w3c.dom.Element) dom.getElementsByTagName("body").item(0);
        List<PdfParts.Leaf> leaves = PdfParts.leaves(body);
        int rows = dom.getElementsByTagName("tr").getLength();
        int written = 0;
        for (int i = 10; i < 200; i++) if (leaves.get(i).isRow()) written++;
        var kept = leaves.get(200);
        PdfParts.release(leaves, 10, 200);
        assertEquals(rows - written, dom.getElementsByTagName("tr").getLength());
        for (int i = 10; i < 200; i++) assertEquals(null, leaves.get(i), "leaf " + i);
        assertTrue(leaves.get(9) != null && leaves.get(9).node().getParentNode() != null, "the leaf before");
        assertTrue(kept == leaves.get(200) && kept.node().getParentNode() != null, "the leaf after");
        PdfParts.release(leaves, 5, 200);   // again, over leaves already let go of
        assertEquals(null, leaves.get(5));
    }

    private static byte[] png() throws IOException {
        var image = new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 40; x++) for (int y = 0; y < 20; y++) image.setRGB(x, y, x * 0x060000 + y * 0x0c00);
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /**
     * In parts, a table whose heading gives every column its width in percent keeps those widths on
     * every page: a word wider than its column breaks inside it, and the rows before it are laid out
     * as without it (the automatic layout widened the column on every page of that word's part).
     */
    @Test
    void aTableWithItsWidthsGivenKeepsThemInEveryPart() throws IOException {
        LocalDate day = LocalDate.of(2023, 7, 20);
        String xhtml = document();
        String longWord = "https://example.org/" + "x".repeat(150);
        String withLong = xhtml.replace("<td>Unit 2.100</td><td>", "<td>Unit 2.100</td><td>" + longWord + " ");
        assertFalse(xhtml.equals(withLong));
        byte[] plain = Pdf.render(xhtml, "", day, null, Map.of(), null, 60, true);
        byte[] long_ = Pdf.render(withLong, "", day, null, Map.of(), null, 60, true);
        try (PDDocument a = Loader.loadPDF(plain); PDDocument b = Loader.loadPDF(long_)) {
            PDFTextStripper text = new PDFTextStripper();
            int at = 0;
            for (int i = 1; i <= b.getNumberOfPages() && at == 0; i++) {
                text.setStartPage(i);
                text.setEndPage(i);
                if (text.getText(b).contains("2.100")) at = i;
            }
            assertTrue(at > 3, "the long word's page: " + at);
            String page = text.getText(b);
            assertFalse(page.contains(longWord), "broken inside its column");
            assertTrue(page.replaceAll("\\s", "").contains(longWord), "all of it shown");
            for (int i = 1; i < at; i++) {
                text.setStartPage(i);
                text.setEndPage(i);
                assertEquals(text.getText(a), text.getText(b), "page " + i);
            }
        }
    }

    /** The outline's titles, depth first. */
    private static List<String> outline(PDDocument d) {
        List<String> out = new ArrayList<>();
        var root = d.getDocumentCatalog().getDocumentOutline();
        if (root != null) for (PDOutlineItem i : root.children()) walk(i, out);
        return out;
    }

    private static void walk(PDOutlineItem item, List<String> out) {
        out.add(item.getTitle());
        for (PDOutlineItem c : item.children()) walk(c, out);
    }
}
