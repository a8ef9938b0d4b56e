package planreport.render;

import planreport.render.docx.DocProps;
import planreport.render.docx.Docx;
import planreport.render.pdf.Pdf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import planreport.check.Catalogue;
import planreport.model.Lang;

/** The layout profile: the packaged values, a user's file over them, its mistakes as diagnostics, and both renderers reading it. */
class LayoutTest {
    @Test
    void packagedProfileIsThePartyFormat() {
        Layout l = Layout.packaged();
        assertEquals("A4", l.page().size());
        assertEquals(20, l.page().top());
        assertEquals(20, l.page().bottom());
        assertEquals(30, l.page().left());
        assertEquals(15, l.page().right());
        assertEquals("Times New Roman", l.font());
        assertEquals("vi-VN", l.languageFor("vi"));
        assertEquals("en-US", l.languageFor("en"));
        assertEquals(15, l.style("national").size());
        assertTrue(l.style("national").bold() && l.style("national").underline());
        assertTrue(l.style("place_date").italic());
        assertEquals(12, l.style("recipients").size());
        assertFalse(l.style("recipients_label").bold(), "“Nơi nhận:” underlined, not bold italic");
        assertTrue(l.style("recipients_label").underline());
        for (String e : Layout.ELEMENTS) assertTrue(l.style(e).size() >= 4);
    }

    @Test
    void aUserProfileChangesOnlyWhatItNames(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("layout.yaml"), "page:\n  margin_top_mm: 25\n  margin_left_mm: 35\nstyles:\n  body: {size: 13}\n");
        Layout l = Layout.load(dir);
        assertEquals(25, l.page().top());
        assertEquals(35, l.page().left());
        assertEquals(20, l.page().bottom(), "left out: the packaged value");
        assertEquals(13, l.style("body").size());
        assertFalse(l.style("body").bold(), "the other styles of body keep theirs");
        // the PDF's CSS and the .docx both follow it
        String css = l.css();
        assertTrue(css.contains("margin: 25mm 15mm 20mm 35mm;"), css);
        assertTrue(css.contains("body { font-size: 13pt;"), css);
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title><style type=\"text/css\">p { color: black; }</style></head>"
                + "<body><p>Văn bản</p></body></html>";
        String withLayout = Pdf.withLayout(xhtml, l.css());
        assertTrue(withLayout.indexOf("margin: 25mm") < withLayout.indexOf("p { color: black; }"), "the profile's rules come first: the template's refine them");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Docx.write(xhtml, l.profile(), new DocProps("t", "s", "vi", LocalDate.of(2023, 7, 20)), out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            var mar = doc.getDocument().getBody().getSectPr().getPgMar();
            assertEquals(1417, Integer.parseInt(mar.getTop().toString()), "25 mm");
            assertEquals(1984, Integer.parseInt(mar.getLeft().toString()), "35 mm");
            assertEquals("26", doc.getStyles().getStyle("BodyText").getCTStyle().getRPr().getSzArray(0).getVal().toString());
        }
    }

    @Test
    void mistakesAreDiagnosticsAtTheirPlace(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("layout.yaml");
        Catalogue vi = Catalogue.of(Lang.VI);

        Files.writeString(f, "page:\n  margin_lef_mm: 35\n");
        RenderFailure e = assertThrows(RenderFailure.class, () -> Layout.load(dir));
        assertEquals("input", e.diagnostic().code().id());
        assertEquals(2, e.diagnostic().line());
        assertEquals("margin_left_mm", e.diagnostic().suggestion());
        assertTrue(vi.message(e.diagnostic()).contains("có phải là “margin_left_mm”"), vi.message(e.diagnostic()));

        Files.writeString(f, "styles:\n  body: {size: big}\n");
        e = assertThrows(RenderFailure.class, () -> Layout.load(dir));
        assertEquals("layout-not-number", e.diagnostic().variant());
        assertEquals(2, e.diagnostic().line());
        assertTrue(vi.message(e.diagnostic()).contains("styles.body.size"), vi.message(e.diagnostic()));

        Files.writeString(f, "page:\n  size: Letter\n");
        e = assertThrows(RenderFailure.class, () -> Layout.load(dir));
        assertEquals("layout-value", e.diagnostic().variant());
        assertTrue(vi.message(e.diagnostic()).contains("A4, A5"), vi.message(e.diagnostic()));

        Files.writeString(f, "page:\n  margin_top_mm: 500\n");
        assertEquals("layout-value", assertThrows(RenderFailure.class, () -> Layout.load(dir)).diagnostic().variant());

        Files.writeString(f, "page: [\n");
        e = assertThrows(RenderFailure.class, () -> Layout.load(dir));
        assertEquals("layout-syntax", e.diagnostic().variant());

        Files.writeString(f, "page:\n  margin_top_mm: 20\npage:\n  margin_top_mm: 25\n");
        assertThrows(RenderFailure.class, () -> Layout.load(dir), "a key given twice");

        Files.writeString(f, "x: &a 1\ny: *a\n");
        assertThrows(RenderFailure.class, () -> Layout.load(dir), "no aliases");
    }
}
