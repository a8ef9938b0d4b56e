package planreport.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import planreport.model.LayoutProfile;

/** The layout profile's reader on its own: typed values out of layout.yaml, and a user's mistakes as diagnostics at their place, without any renderer. */
class LayoutReaderTest {
    private static byte[] packaged() throws Exception {
        try (InputStream in = LayoutReaderTest.class.getResourceAsStream("/templates/" + LayoutReader.FILE)) {
            return in.readAllBytes();
        }
    }

    @Test
    void thePackagedFileIsTyped() throws Exception {
        LayoutProfile p = LayoutReader.read(packaged(), null);
        assertEquals("A4", p.page().size());
        assertEquals(210, p.page().widthMm());
        assertTrue(p.page().pageNumber());
        assertFalse(p.page().pageNumberFirstPage());
        assertEquals("Times New Roman", p.font().family());
        assertEquals(1.3, p.text().lineSpacing());
        assertEquals(LayoutProfile.ELEMENTS.size(), p.styles().size());
    }

    @Test
    void aUserFileOverridesWhatItNames(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(LayoutReader.FILE), "page:\n  size: A5\n  page_number: none\nstyles:\n  body: {size: 13, bold: true}\n");
        LayoutProfile p = LayoutReader.read(packaged(), dir);
        assertEquals(148, p.page().widthMm());
        assertFalse(p.page().pageNumber());
        assertEquals(13, p.style("body").size());
        assertTrue(p.style("body").bold());
        assertEquals(20, p.page().top(), "left out: the packaged value");
    }

    @Test
    void mistakesCarryFileLineAndColumn(@TempDir Path dir) throws Exception {
        Path f = dir.resolve(LayoutReader.FILE);
        Files.writeString(f, "page:\n  page_number_first_page: 3\n");
        LayoutProblem e = assertThrows(LayoutProblem.class, () -> LayoutReader.read(packaged(), dir));
        assertEquals("input.layout-not-boolean", e.diagnostic().key());
        assertEquals(f.toString(), e.diagnostic().file());
        assertEquals(2, e.diagnostic().line());
        assertEquals(27, e.diagnostic().column());

        Files.writeString(f, "styles:\n  bodyy: {size: 3}\n");
        e = assertThrows(LayoutProblem.class, () -> LayoutReader.read(packaged(), dir));
        assertEquals("input.layout-key", e.diagnostic().key());
        assertEquals("body", e.diagnostic().suggestion());

        Files.write(f, new byte[] {(byte) 0xff, 0x20});
        assertEquals("input.layout-not-utf8", assertThrows(LayoutProblem.class, () -> LayoutReader.read(packaged(), dir)).diagnostic().key());
    }
}
