package planreport.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * Collapsed table borders painted the short way ({@link PdfDevice}) draw what Flying Saucer draws: every
 * page's content (paths, colours, text) the same bytes, for solid sides of every width and colour that
 * meet in every way, beside the sides left to Flying Saucer (dotted, dashed, double, none, transparent).
 */
class PdfDeviceTest {
    /** Tables with collapsed borders of many kinds over several pages, a heading row repeated on each. */
    static String document() {
        StringBuilder b = new StringBuilder("""
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>Borders</title><style type="text/css">
                body { font-family: serif; font-size: 11pt; margin: 0; }
                @page { size: A4; margin: 20mm 15mm 20mm 30mm; }
                table { width: 100%; border-collapse: collapse; -fs-table-paginate: paginate; margin: 6pt 0; }
                thead { display: table-header-group; }
                tr { page-break-inside: avoid; }
                td { border: 1px solid black; padding: 2pt 3pt; vertical-align: top; }
                th { border: 2px solid #336; background: #eee; }
                td.thick { border: 3px solid #c00; }
                td.fine { border: 0.5pt solid #080; }
                td.odd { border-width: 1.3pt 2.6pt 0.7pt 4px; border-style: solid; border-color: #123 #456 #789 #abc; }
                td.dotted { border: 2px dotted blue; }
                td.dashed { border: 1px dashed black; }
                td.double { border: 4px double black; }
                td.none { border-top: none; border-bottom: none; }
                td.clear { border: 2px solid transparent; }
                td.round { border: 2px solid black; border-radius: 4px; }
                td.cmyk { border: 2px solid cmyk(0.1, 0.5, 0.3, 0.2); }
                table.wide td { border-width: 6px; }
                </style></head><body>
                """);
        String[] kinds = {"", "thick", "fine", "odd", "dotted", "", "dashed", "double", "none", "clear", "round", "cmyk", ""};
        for (int t = 1; t <= 3; t++) {
            b.append("<p>Table ").append(t).append("</p>\n<table").append(t == 3 ? " class=\"wide\"" : "").append(">");
            b.append("<thead><tr><th style=\"width: 25%\">Unit</th><th style=\"width: 15%\">Count</th><th style=\"width: 60%\">Result</th></tr></thead><tbody>\n");
            for (int r = 1; r <= 90; r++) {
                String kind = kinds[(r * 5 + t) % kinds.length];
                if (r % 13 == 0) {
                    b.append("<tr><td colspan=\"2\" class=\"").append(kind).append("\">Joined ").append(r).append("</td><td>x</td></tr>\n");
                    continue;
                }
                b.append("<tr><td class=\"").append(kind).append("\">Unit ").append(t).append('.').append(r).append("</td><td class=\"")
                        .append(kinds[(r + 3) % kinds.length]).append("\">").append(r % 9).append("</td><td>");
                for (int w = 0; w < (r * 7 + t) % 30 + 1; w++) b.append("word").append(w).append(' ');
                b.append("</td></tr>\n");
            }
            b.append("</tbody></table>\n");
        }
        return b.append("</body></html>\n").toString();
    }

    @Test
    void collapsedBordersPaintedTheShortWayAreTheSameBytes() throws Exception {
        String xhtml = document();
        PdfDevice shortWay = new PdfDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT);
        byte[] fast = pdf(xhtml, shortWay);
        byte[] plain = pdf(xhtml, new ITextOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT));

        assertTrue(shortWay.sidesShortWay() > 2000, "solid sides painted the short way: " + shortWay.sidesShortWay());
        assertTrue(shortWay.sidesLongWay() > 100, "other sides left to Flying Saucer: " + shortWay.sidesLongWay());
        try (PDDocument f = Loader.loadPDF(fast); PDDocument p = Loader.loadPDF(plain)) {
            assertTrue(p.getNumberOfPages() >= 8, "several pages: " + p.getNumberOfPages());
            assertEquals(p.getNumberOfPages(), f.getNumberOfPages());
            for (int i = 0; i < p.getNumberOfPages(); i++) {
                assertArrayEquals(content(p, i), content(f, i), "page " + (i + 1));
            }
        }
    }

    private static byte[] pdf(String xhtml, ITextOutputDevice device) throws Exception {
        ITextRenderer renderer = new ITextRenderer(ITextRenderer.DEFAULT_DOTS_PER_POINT, ITextRenderer.DEFAULT_DOTS_PER_PIXEL, device);
        renderer.setDocumentFromString(xhtml);
        renderer.layout();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.createPDF(out);
        return out.toByteArray();
    }

    private static byte[] content(PDDocument doc, int page) throws IOException {
        try (InputStream in = doc.getPage(page).getContents()) {
            return in.readAllBytes();
        }
    }
}
