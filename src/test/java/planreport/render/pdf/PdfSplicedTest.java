package planreport.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The XHTML with the layout's rules is read where it lies, not joined into a new text: what the parser reads and
 * what the document's digest is taken over are the characters and the UTF-8 bytes of the joined text.
 */
class PdfSplicedTest {
    private static final String CSS = "@page { size: A4; margin: 20mm 15mm 20mm 30mm; }\nbody { font-size: 14pt; }\n";

    /** Documents: a style element in the head, none, none and no head, one after the head, and long ones whose 8,192-character chunks cut a letter outside the BMP in two. */
    private static List<String> documents() {
        String body = "<body><p>Kế hoạch số 05-KH/TU \uD835\uDD04 ngày 05 tháng 01 năm 2022</p></body></html>";
        StringBuilder longer = new StringBuilder("<html><head><title>t</title><style>p { color: black; }</style></head><body>");
        while (longer.length() < 40_000) longer.append("<p>Đảng ủy \uD83D\uDE00 xã ").append(longer.length()).append("</p>");
        // a pair whose high half is the 8,192nd character the digest reads (the layout's rules come before it)
        String head = "<html><head></head><body><p>";
        String cut = head + "a".repeat(8191 - head.length() - Pdf.Spliced.withLayout(head, CSS).insert().length())
                + "\uD83D\uDE00 and a lone high half at the end \uD800";
        if (!Character.isHighSurrogate(Pdf.withLayout(cut, CSS).charAt(8191))) throw new AssertionError("no pair cut in two");
        return List.of("<html><head><title>t</title><style>p { color: black; }</style></head>" + body,
                "<html><head><title>t</title></head>" + body, "<html>" + body, "<html><head><title>t</title></head><style>p {}</style>" + body,
                longer + "</body></html>", cut);
    }

    @Test
    void theSplicedTextReadsAsTheJoinedText() throws IOException {
        for (String doc : documents()) {
            Pdf.Spliced s = Pdf.Spliced.withLayout(doc, CSS);
            String joined = Pdf.withLayout(doc, CSS);
            assertEquals(joined, s.toString());
            assertEquals(joined.length(), s.length());
            for (int size : new int[] {1, 7, 8192, 100_000}) assertEquals(joined, read(s.reader(), size), "read " + size + " at a time");
        }
        String doc = documents().get(0);
        assertEquals(doc.indexOf("<style"), Pdf.Spliced.withLayout(doc, CSS).at(), "the profile's rules before the template's own");
    }

    @Test
    void theDigestIsTheJoinedTextsDigest() throws Exception {
        LocalDate asOf = LocalDate.of(2023, 7, 20);
        for (String doc : documents()) {
            String joined = Pdf.withLayout(doc, CSS) + "\n" + asOf;
            byte[] want = MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8));
            assertArrayEquals(want, Pdf.digest(Pdf.Spliced.withLayout(doc, CSS), asOf), doc.length() + " characters");
        }
    }

    private static String read(Reader r, int size) throws IOException {
        StringBuilder b = new StringBuilder();
        char[] buf = new char[size];
        for (int n; (n = r.read(buf, 0, size)) > 0; ) b.append(buf, 0, n);
        assertEquals(-1, r.read(buf, 0, size));
        return b.toString();
    }
}
