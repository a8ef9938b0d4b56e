package planreport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import planreport.cli.CliRun;
import planreport.cli.ExitCode;
import planreport.render.pdf.Pdf;

/**
 * The layout defects seen on rendered pages (issue 21) and long words in table cells (issue 24),
 * each pinned on the PDF's text layer: the page's margins are the profile's, no line is in the text
 * twice, "III.2" stays on one line, small tables and a total row are not split, and a word or link
 * longer than its cell breaks inside the cell instead of running off the page.
 */
class PdfLayoutTest {
    private static final double MM = 72 / 25.4;
    private static final double PAGE_WIDTH = 210 * MM;
    private static byte[] quarter;

    @BeforeAll
    static void compileTheShippedQuarter(@TempDir Path out) throws Exception {
        CliRun r = CliRun.of("compile", "--as-of", "2023-07-20", "--kind", "summary", "--period", "2023-Q2", "--format", "pdf",
                "--out", out.toString(), "examples/reports");
        assertEquals(ExitCode.OK, r.exit(), r.err());
        quarter = Files.readAllBytes(out.resolve("bao-cao-so-ket-2023-Q2.pdf"));
    }

    /** Each glyph's page, left and right edge, in points. */
    record Glyph(int page, double x, double right, String text) {}

    static List<Glyph> glyphs(PDDocument doc) throws IOException {
        List<Glyph> out = new ArrayList<>();
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition p : positions) out.add(new Glyph(getCurrentPageNo(), p.getXDirAdj(), p.getXDirAdj() + p.getWidthDirAdj(), p.getUnicode()));
            }
        };
        s.getText(doc);
        return out;
    }

    static String page(PDDocument doc, int n) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(n);
        s.setEndPage(n);
        return s.getText(doc);
    }

    static String xhtml(String body) throws IOException {
        String css = Files.readString(Path.of("templates/report.css"));
        return "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\"><head><style type=\"text/css\">" + css + "</style></head><body>"
                + body + "</body></html>";
    }

    static PDDocument render(String body) throws IOException {
        return Loader.loadPDF(Pdf.render(xhtml(body), Layout.packaged().css(), LocalDate.of(2023, 7, 20)));
    }

    @Test
    void textStartsAtTheProfilesLeftMarginAndEndsAtItsRightOne() throws Exception {
        try (PDDocument doc = Loader.loadPDF(quarter)) {
            double left = Double.MAX_VALUE, right = 0;
            for (Glyph g : glyphs(doc)) {
                if (g.page() < 2 || g.page() > 4) continue; // the body's pages: justified text from margin to margin
                left = Math.min(left, g.x());
                right = Math.max(right, g.right());
            }
            // layout.yaml: 30 mm left, 15 mm right (the renderer's default body margin once added 8 px ≈ 2 mm)
            assertEquals(30 * MM, left, 0.6, "left margin in mm: " + left / MM);
            assertEquals(PAGE_WIDTH - 15 * MM, right, 1.5, "right margin in mm: " + (PAGE_WIDTH - right) / MM);
        }
    }

    @Test
    void noLineIsInTheTextTwiceAcrossAPageBreak() throws Exception {
        try (PDDocument doc = Loader.loadPDF(quarter)) {
            for (int p = 1; p < doc.getNumberOfPages(); p++) {
                List<String> a = page(doc, p).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
                List<String> b = page(doc, p + 1).lines().map(String::strip).filter(l -> !l.isEmpty()).skip(1).toList(); // the page number
                assertFalse(!a.isEmpty() && !b.isEmpty() && a.get(a.size() - 1).equals(b.get(0)),
                        "page " + p + " ends with the line page " + (p + 1) + " starts with: " + b.get(0));
            }
        }
        // a heading pushed to the next page, at positions where its first line was also painted, clipped, at the foot of the page before
        for (int h = 676; h <= 694; h += 6) {
            String body = "<div style=\"height: " + h + "pt\"></div><p>Đoạn trước.</p><h3>4. Đổi mới nội dung, phương thức hoạt động công đoàn"
                    + " đáp ứng yêu cầu tình hình mới, tiêu đề dài hai dòng</h3><p>Nội dung sau tiêu đề.</p>";
            try (PDDocument doc = render(body)) {
                String text = new PDFTextStripper().getText(doc);
                assertEquals(1, text.split("4\\. Đổi mới", -1).length - 1, "at " + h + " pt:\n" + text);
            }
        }
    }

    @Test
    void aTasksNumberAndAFigureStayOnOneLine() throws Exception {
        try (PDDocument doc = Loader.loadPDF(quarter)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("III.2"), "the example names task III.2");
            var split = java.util.regex.Pattern.compile("\\b[IVX]+\\.[ \\t]*\\n\\s*\\d|\\d\\.[ \\t]*\\n\\s*\\d{3}\\b").matcher(text);
            assertFalse(split.find(), () -> "split over two lines: " + text.substring(Math.max(0, split.start() - 60), split.end() + 20));
        }
    }

    @Test
    void theClassificationTableIsOnOnePage() throws Exception {
        try (PDDocument doc = Loader.loadPDF(quarter)) {
            int pages = 0;
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                String t = page(doc, p);
                if (t.contains("Phân loại") && t.contains("Số nhiệm vụ")) {
                    pages++;
                    for (String s : List.of("Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Quá hạn, chưa hoàn thành", "Chưa triển khai",
                            "Thực hiện thường xuyên", "Chưa có báo cáo")) assertTrue(t.contains(s), "page " + p + " lacks the row " + s);
                }
            }
            assertEquals(1, pages, "the table's header on more than one page");
        }
    }

    @Test
    void aTotalRowNeverStartsAPageAlone() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 30; i++) rows.append("<tr><td>Đơn vị số ").append(i).append("</td><td class=\"n\">3</td></tr>");
        for (int h = 80; h <= 92; h += 4) {
            String body = "<div style=\"height: " + h + "pt\"></div><table class=\"data\"><thead><tr><th>Đơn vị</th><th>Số</th></tr></thead><tbody>"
                    + rows + "<tr class=\"total\"><td>Tổng cộng</td><td class=\"n\">90</td></tr></tbody></table>";
            try (PDDocument doc = render(body)) {
                for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                    String t = page(doc, p);
                    if (t.contains("Tổng cộng")) assertTrue(t.contains("Đơn vị số 29"), "at " + h + " pt the total row is alone on page " + p);
                }
            }
        }
    }

    @Test
    void aLongWordOrLinkBreaksInsideItsCell() throws Exception {
        String word = "x".repeat(10_000);
        String link = "https://dichvucong.quangngai.gov.vn/" + "tai-lieu-huong-dan-".repeat(5) + "81";
        String body = "<table class=\"data\"><thead><tr><th style=\"width: 23%\">Cơ quan</th><th style=\"width: 77%\">Kết quả</th></tr></thead><tbody>"
                + "<tr><td>Sở Tư pháp</td><td class=\"pre\">Xem " + link + " và " + word + "</td></tr>"
                + "<tr><td>Sở Nội vụ</td><td>Kết quả của đơn vị khác vẫn hiện đủ.</td></tr></tbody></table>"
                + "<table class=\"data\"><tbody><tr><td>" + "y".repeat(81) + "</td><td>Ô bên cạnh</td></tr></tbody></table>"
                + "<p>" + "z".repeat(200) + "</p>";
        try (PDDocument doc = render(body)) {
            StringBuilder all = new StringBuilder();
            for (Glyph g : glyphs(doc)) {
                assertTrue(g.right() <= PAGE_WIDTH - 15 * MM + 0.5, "'" + g.text() + "' on page " + g.page() + " ends at " + g.right() / MM + " mm");
                all.append(g.text());
            }
            String text = all.toString();
            assertEquals(10_000, text.chars().filter(c -> c == 'x').count(), "every letter of the long word is on a page");
            assertEquals(81, text.chars().filter(c -> c == 'y').count());
            assertEquals(200, text.chars().filter(c -> c == 'z').count());
            assertTrue(text.contains("Kết quả của đơn vị khác vẫn hiện đủ."), text.substring(0, 200));
            assertTrue(text.contains("Ô bên cạnh"));
        }
    }
}
