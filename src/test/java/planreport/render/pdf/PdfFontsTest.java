package planreport.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fonts are read once a process and shared by every PDF (PdfFonts): what a document looks like
 * must not depend on which documents were written before it, or beside it on another thread.
 */
class PdfFontsTest {
    static final LocalDate DAY = LocalDate.of(2023, 7, 20);
    static final String CSS = "body { font-family: \"Liberation Serif\"; }\n";

    static String doc(String head, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title>" + head
                + "</head><body>" + body + "</body></html>";
    }

    static final String PLAIN = doc("", "<p>Đảng ủy Khối các cơ quan tỉnh, ngày 20 tháng 7 năm 2023</p><p><b>Quyết tâm</b> <i>thực hiện</i> <b><i>tốt</i></b></p>");
    static final String OTHER = doc("", "<h1>BÁO CÁO SƠ KẾT</h1><p>Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh: 12/12 đơn vị đã báo cáo</p>");

    static String text(byte[] pdf) { return new String(pdf, StandardCharsets.ISO_8859_1); }

    @Test
    void documentsWrittenAtTheSameTimeAreTheBytesOfEachWrittenAlone() throws Exception {
        byte[] plain = Pdf.render(PLAIN, CSS, DAY);
        byte[] other = Pdf.render(OTHER, CSS, DAY);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> plains = new ArrayList<>();
            List<Future<byte[]>> others = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                plains.add(pool.submit(() -> Pdf.render(PLAIN, CSS, DAY)));
                others.add(pool.submit(() -> Pdf.render(OTHER, CSS, DAY)));
            }
            for (Future<byte[]> f : plains) assertArrayEquals(plain, f.get());
            for (Future<byte[]> f : others) assertArrayEquals(other, f.get());
        } finally {
            pool.shutdownNow();
        }
        // the subset tags differ between the two documents (each is seeded from its own content)
        assertFalse(tags(plain).equals(tags(other)), tags(plain) + " / " + tags(other));
    }

    /** The subset tags of a PDF's embedded fonts, in order. */
    static List<String> tags(byte[] pdf) {
        List<String> out = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("/BaseFont/([A-Z]{6})\\+").matcher(text(pdf));
        while (m.find()) out.add(m.group(1));
        return out;
    }

    @Test
    void theStandardFontsAreThereWhenADocumentAsksForThemAndOnlyThen() throws Exception {
        String plain = text(Pdf.render(PLAIN, CSS, DAY));
        assertFalse(plain.contains("/Subtype/Type1"), "a document in Liberation Serif only embeds Liberation Serif");
        String mono = text(Pdf.render(doc("", "<p>chữ</p><pre>plan-report validate</pre><p style=\"font-family: Helvetica\">H</p>"
                + "<p style=\"font-family: Nowhere\">fallback</p>"), CSS, DAY));
        assertTrue(mono.contains("/BaseFont/Courier"), "pre is monospace: Courier");
        assertTrue(mono.contains("/BaseFont/Helvetica"), "a template naming Helvetica gets it");
        assertTrue(mono.contains("/BaseFont/Times-Roman"), "an unknown family falls back to the standard serif");
        assertTrue(mono.contains("+LiberationSerif"));
        // and the next document is as it was: the shared faces did not change
        assertArrayEquals(Pdf.render(PLAIN, CSS, DAY), plain.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void aTemplatesOwnFontFacesAreItsOwnAndTheirTagsFixed(@TempDir Path dir) throws Exception {
        try (InputStream in = Pdf.class.getClassLoader().getResourceAsStream("liberation/LiberationMono-Regular.ttf")) {
            Files.copy(in, dir.resolve("mono.ttf"));
        }
        String faces = doc("<style type=\"text/css\">@font-face { font-family: \"Liberation Serif\"; src: url(mono.ttf); font-style: italic;"
                + " -fs-pdf-font-embed: embed; -fs-pdf-font-encoding: Identity-H; }"
                + "@font-face { font-family: \"Tem Mono\"; src: url(mono.ttf); -fs-pdf-font-embed: embed; -fs-pdf-font-encoding: Identity-H; }</style>",
                "<p>Đảng ủy <i>nghiêng</i> <span style=\"font-family: 'Tem Mono'\">mẫu</span></p>");
        byte[] before = Pdf.render(PLAIN, CSS, DAY);
        byte[] first = Pdf.render(faces, CSS, DAY, dir);
        assertTrue(text(first).contains("+LiberationMono"), "the face of the template's own @font-face is used");
        assertArrayEquals(first, Pdf.render(faces, CSS, DAY, dir), "the same template, the same bytes (subset tags included)");
        assertArrayEquals(before, Pdf.render(PLAIN, CSS, DAY), "the template's face did not reach the next document");
    }
}
