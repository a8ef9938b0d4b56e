package planreport.render;

import java.io.IOException;
import java.time.LocalDate;

/** XHTML to PDF (placeholder until the Flying Saucer renderer lands). */
final class Pdf {
    private Pdf() {}

    static byte[] render(String xhtml, LocalDate asOf) throws IOException {
        throw new IOException("PDF output is not available yet");
    }
}
