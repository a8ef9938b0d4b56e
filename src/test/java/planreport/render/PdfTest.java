package planreport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import planreport.cli.CliRun;
import planreport.cli.ExitCode;

/** The PDF as a reader gets it: A4, Vietnamese text intact, only embedded Liberation Serif, unit text shown literally. */
class PdfTest {
    static PDDocument compile(Path out, String reports, String period) throws Exception {
        CliRun r = CliRun.of("compile", "--as-of", "2022-07-25", "--kind", "summary", "--period", period, "--format", "pdf",
                "--out", out.toString(), reports);
        assertEquals(ExitCode.OK, r.exit(), r.err());
        return Loader.loadPDF(Files.readAllBytes(out.resolve("bao-cao-so-ket-" + period + ".pdf")));
    }

    /** Every font used on every page, form XObjects included. */
    static List<PDFont> fonts(PDDocument doc) throws Exception {
        List<PDFont> out = new ArrayList<>();
        for (PDPage p : doc.getPages()) collect(p.getResources(), out, 0);
        return out;
    }

    private static void collect(PDResources res, List<PDFont> out, int depth) throws Exception {
        if (res == null || depth > 8) return;
        for (COSName n : res.getFontNames()) out.add(res.getFont(n));
        for (COSName n : res.getXObjectNames()) {
            if (res.getXObject(n) instanceof PDFormXObject f) collect(f.getResources(), out, depth + 1);
        }
    }

    @Test
    void a4WithVietnameseTextAndOnlyEmbeddedLiberationSerif(@TempDir Path out) throws Exception {
        try (PDDocument doc = compile(out, "src/test/resources/compile/sample", "2022-Q2")) {
            assertTrue(doc.getNumberOfPages() > 1);
            for (PDPage p : doc.getPages()) {
                assertEquals(595.3, p.getMediaBox().getWidth(), 0.5);
                assertEquals(841.9, p.getMediaBox().getHeight(), 0.5);
            }
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            for (String s : List.of("Đảng đoàn Liên đoàn Lao động tỉnh", "Quảng Ngãi", "ngày", "ĐẢNG CỘNG SẢN VIỆT NAM", "BÁO CÁO",
                    "Huyện ủy Lý Sơn", "Ủy ban nhân dân huyện Trà Bồng", "Nơi nhận", "K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "quý II năm 2022", "Hoàn thành đúng hạn")) {
                assertTrue(text.contains(s), "missing from the PDF text: " + s);
            }
            List<PDFont> fonts = fonts(doc);
            assertFalse(fonts.isEmpty());
            List<String> names = new ArrayList<>();
            for (PDFont f : fonts) {
                names.add(f.getName());
                assertTrue(f.isEmbedded(), f.getName() + " is not embedded");
                assertTrue(f.getName().matches("([A-Z]{6}\\+)?LiberationSerif(-Bold|-Italic|-BoldItalic)?"), "unexpected font " + f.getName());
            }
            assertTrue(names.stream().anyMatch(n -> n.endsWith("LiberationSerif-Bold")), names.toString());
            assertTrue(names.stream().anyMatch(n -> n.endsWith("LiberationSerif-Italic")), names.toString());
            // no page number on page 1; "2" heads page 2
            PDFTextStripper one = new PDFTextStripper();
            one.setStartPage(2);
            one.setEndPage(2);
            assertEquals("2", one.getText(doc).strip().lines().findFirst().orElse("").strip());
            one.setStartPage(1);
            one.setEndPage(1);
            assertTrue(one.getText(doc).strip().startsWith("TỈNH ỦY QUẢNG NGÃI\nBAN DÂN VẬN"), one.getText(doc)); // a quarter: the board's own header
        }
    }

    @Test
    void hostileUnitTextComesOutLiterallyInPdfAndMarkdown(@TempDir Path out) throws Exception {
        String reports = "src/test/resources/compile/hostile";
        try (PDDocument doc = compile(out, reports, "2022-Q1")) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            for (String s : List.of("Cột | có | ống <b>html</b> ${7*7} <#assign x=1> *sao* _gạch_ `mã`", "<script>alert(1)</script> ${\"a\"?upper_case}",
                    "1. Không phải danh sách | ô")) {
                assertTrue(text.contains(s), "not literal in the PDF: " + s);
            }
            assertFalse(text.contains(" 49 "), "${7*7} must not be evaluated");
        }
        assertEquals(ExitCode.OK, CliRun.of("compile", "--as-of", "2022-07-25", "--kind", "summary", "--period", "2022-Q1", "--format", "md",
                "--out", out.toString(), reports).exit());
        String md = Files.readString(out.resolve("bao-cao-so-ket-2022-Q1.md"));
        assertTrue(md.contains("Cột \\| có \\| ống &lt;b&gt;html&lt;/b&gt; \\${7\\*7} &lt;\\#assign x=1&gt; \\*sao\\* \\_gạch\\_ \\`mã\\`"), md);
        assertTrue(md.contains("<br>\\- dòng mới & &amp;amp; kết thúc"), md);
        assertTrue(md.contains("1\\. Không phải danh sách \\| ô"), md);
        assertFalse(md.contains("<b>html") || md.contains("<script>") || md.contains("<#assign"), md);
    }
}
