package planreport.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import planreport.check.Code;
import planreport.check.Diagnostic;
import planreport.check.Diagnostics;
import planreport.model.Lang;
import planreport.model.Notes;
import planreport.model.Notes.Block;
import planreport.model.Notes.Part;
import planreport.render.NotesFile;

/** The staff's notes file: headings as the parts of the report, safe reading of user text, diagnostics with their line. */
class NotesReaderTest {
    private static Notes read(Path dir, String text, Diagnostics ds) throws Exception {
        Path f = dir.resolve("notes.md");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return NotesReader.read(f, ds);
    }

    @Test
    void headingsNameThePartsWhateverTheirNumberingCaseAccentsOrLanguage(@TempDir Path dir) throws Exception {
        Diagnostics ds = new Diagnostics();
        Notes n = read(dir, """
                # Ghi chú báo cáo quý II
                <!-- một chú thích
                kéo dài hai dòng -->
                ## I. Công tác lãnh đạo, chỉ đạo, triển khai thực hiện
                Ban Thường vụ Tỉnh ủy đã ban hành
                Công văn số 12-CV/TU.

                - Ý thứ nhất;
                - Ý **thứ hai** <!-- bỏ đi -->
                ## 1. ƯU ĐIỂM:
                Đoàn kết.
                ## b) nguyen nhan
                Khách quan.
                ## Lessons learned
                Bài học.
                ## Hạn chế
                Chậm.
                ## III.2. Hạn chế, khuyết điểm và nguyên nhân
                Thêm.
                """, ds);
        assertEquals(0, ds.errors(), ds.sorted().toString());
        assertNotNull(n);
        assertEquals(List.of(new Block(false, "Ban Thường vụ Tỉnh ủy đã ban hành Công văn số 12-CV/TU."), new Block(true, "Ý thứ nhất;"),
                new Block(true, "Ý thứ hai")), n.of(Part.LEADERSHIP));
        assertEquals(List.of(new Block(false, "Đoàn kết.")), n.of(Part.STRENGTHS));
        assertEquals(List.of(new Block(false, "Khách quan.")), n.of(Part.CAUSES));
        assertEquals(List.of(new Block(false, "Bài học.")), n.of(Part.LESSONS));
        assertEquals(List.of(new Block(false, "Chậm."), new Block(false, "Thêm.")), n.of(Part.WEAKNESSES), "a heading written twice adds to its part");
        assertEquals(List.of(), n.of(Part.PROPOSALS));
    }

    @Test
    void anUnknownHeadingIsAnErrorWithItsLineAndADidYouMean(@TempDir Path dir) throws Exception {
        Diagnostics ds = new Diagnostics();
        assertNull(read(dir, "## Ưu điểm\nTốt.\n\n## Phương hướng, nhiệm vụ thời gien tới\nx\n", ds));
        Diagnostic d = ds.sorted().get(0);
        assertEquals(Code.NOTES, d.code());
        assertEquals("unknown-heading", d.variant());
        assertEquals(4, d.line());
        assertEquals("Phương hướng, nhiệm vụ thời gian tới", d.suggestion());
        String vi = d.format(Lang.VI);
        assertTrue(vi.contains("notes.md:4") && vi.contains("có phải là “Phương hướng, nhiệm vụ thời gian tới”"), vi);
    }

    @Test
    void textBeforeTheFirstHeadingIsRefused(@TempDir Path dir) throws Exception {
        Diagnostics ds = new Diagnostics();
        assertNull(read(dir, "<!-- chú thích -->\n\nMột đoạn lạc.\n## Ưu điểm\n", ds));
        assertEquals("before-heading", ds.sorted().get(0).variant());
        assertEquals(3, ds.sorted().get(0).line());
    }

    @Test
    void anUnclosedCommentIsAnErrorAtItsLineNotTheRestOfTheFileLost(@TempDir Path dir) throws Exception {
        Diagnostics ds = new Diagnostics();
        assertNull(read(dir, "## Ưu điểm\nTốt.\n<!-- bỏ đoạn sau\n\n## Hạn chế, khuyết điểm\nChậm.\n", ds));
        assertEquals(1, ds.sorted().size(), ds.sorted().toString());
        assertEquals("notes.unclosed-comment", ds.sorted().get(0).key());
        assertEquals(3, ds.sorted().get(0).line());
        assertEquals("4", ds.sorted().get(0).arg("lines"));
    }

    @Test
    void theNonCharactersFffeAndFfffAreRefusedAsControlCharactersAre(@TempDir Path dir) throws Exception {
        for (char c : new char[] {'\uFFFE', '\uFFFF', '\u0001'}) {
            Diagnostics ds = new Diagnostics();
            assertNull(read(dir, "## Ưu điểm\nxin" + c + " chào\n", ds));
            assertEquals("control", ds.sorted().get(0).variant());
            assertEquals(String.format("U+%04X", (int) c), ds.sorted().get(0).value());
        }
    }

    @Test
    void controlCharactersBadUtf8AndOversizedFilesAreRefused(@TempDir Path dir) throws Exception {
        Diagnostics ds = new Diagnostics();
        assertNull(read(dir, "## Ưu điểm\nxin\u0007 chào\n", ds));
        assertEquals("control", ds.sorted().get(0).variant());
        assertEquals(2, ds.sorted().get(0).line());

        Path bad = dir.resolve("bad.md");
        Files.write(bad, new byte[] {'#', '#', ' ', 'x', '\n', 'a', (byte) 0xC3, '\n'});
        Diagnostics d2 = new Diagnostics();
        assertNull(NotesReader.read(bad, d2));
        assertEquals("encoding", d2.sorted().get(0).variant());
        assertEquals(2, d2.sorted().get(0).line());

        Path big = dir.resolve("big.md");
        Files.writeString(big, "## Ưu điểm\n" + "a".repeat(NotesReader.MAX_BYTES));
        Diagnostics d3 = new Diagnostics();
        assertNull(NotesReader.read(big, d3));
        assertEquals("too-large", d3.sorted().get(0).variant());

        Diagnostics d4 = new Diagnostics();
        assertNull(NotesReader.read(dir.resolve("none.md"), d4));
        assertEquals("no-such-file", d4.sorted().get(0).variant());
    }

    @Test
    void textIsKeptAsNfcWithABomAllowed(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("n.md");
        byte[] body = "## Ưu điểm\nTie\u0302\u0301ng Vie\u0323\u0302t\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[body.length + 3];
        all[0] = (byte) 0xEF; all[1] = (byte) 0xBB; all[2] = (byte) 0xBF;
        System.arraycopy(body, 0, all, 3, body.length);
        Files.write(f, all);
        Diagnostics ds = new Diagnostics();
        Notes n = NotesReader.read(f, ds);
        assertEquals(0, ds.errors());
        assertEquals("Tiếng Việt", n.of(Part.STRENGTHS).get(0).text());
    }

    @Test
    void theEmptyFileOfNotesInitReadsBackAsNoNotes(@TempDir Path dir) throws Exception {
        for (Lang l : Lang.values()) {
            String text = NotesFile.template(null, l);
            Diagnostics ds = new Diagnostics();
            Notes n = read(dir, text, ds);
            assertEquals(0, ds.errors(), l + ": " + ds.sorted());
            assertTrue(n.parts().isEmpty(), text);
        }
    }

    // ---- keeping the data's points; a Word notes file ----

    @Test
    void aHeadingEndingInKeepDataKeepsTheDatasPointsAndOthersReplaceThem(@TempDir Path dir) throws Exception {
        Diagnostics ds = new Diagnostics();
        Notes n = read(dir, "## Ưu điểm (giữ số liệu)\nĐoàn kết.\n## Directions (Keep data)\nGo on.\n## Hạn chế\nChậm.\n", ds);
        assertEquals(0, ds.errors(), ds.sorted().toString());
        assertEquals(List.of(new Block(false, "Đoàn kết.")), n.of(Part.STRENGTHS));
        assertTrue(n.keeps(Part.STRENGTHS) && n.keeps(Part.DIRECTIONS), "either language, any case");
        assertTrue(!n.keeps(Part.WEAKNESSES) && !n.keeps(Part.LESSONS), "a part named without the marker replaces the data's points");
    }

    /** A Word file: a title, a part in Heading 2 with the keep marker, one named in plain text, a bulleted item, a paragraph. */
    static Path docx(Path dir, String... styledParagraphs) throws Exception {
        Path f = dir.resolve("ghi-chu.docx");
        try (org.apache.poi.xwpf.usermodel.XWPFDocument d = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            for (String sp : styledParagraphs) {
                String[] kv = sp.split("\\|", 2);
                var p = d.createParagraph();
                if (!kv[0].isEmpty() && !kv[0].equals("bullet")) p.setStyle(kv[0]);
                if (kv[0].equals("bullet")) p.setNumID(java.math.BigInteger.ONE);
                p.createRun().setText(kv[1]);
            }
            try (var out = Files.newOutputStream(f)) { d.write(out); }
        }
        return f;
    }

    @Test
    void aWordNotesFileWithTheSameHeadingsReadsAsTheMarkdownOne(@TempDir Path dir) throws Exception {
        Path f = docx(dir, "Title|Ghi chú báo cáo tổng kết", "Heading2|Ưu điểm (giữ số liệu)", "|Các cấp ủy vào cuộc quyết liệt.",
                "bullet|Một ý gạch đầu dòng.", "|III.3. Bài học kinh nghiệm", "|Phát huy vai trò người đứng đầu.");
        Diagnostics ds = new Diagnostics();
        Notes n = NotesReader.read(f, ds);
        assertEquals(0, ds.errors(), ds.sorted().toString());
        assertEquals(List.of(new Block(false, "Các cấp ủy vào cuộc quyết liệt."), new Block(true, "Một ý gạch đầu dòng.")), n.of(Part.STRENGTHS));
        assertTrue(n.keeps(Part.STRENGTHS));
        assertEquals(List.of(new Block(false, "Phát huy vai trò người đứng đầu.")), n.of(Part.LESSONS), "a part's heading in plain text is a heading");

        Diagnostics bad = new Diagnostics();
        assertNull(NotesReader.read(docx(dir, "Heading2|Ưu điểm", "|Tốt.", "Heading2|Tồn tại", "|Chậm."), bad));
        Diagnostic d = bad.sorted().get(0);
        assertEquals(Code.NOTES, d.code());
        assertEquals("unknown-heading", d.variant());
        assertEquals(3, d.line(), "the third paragraph");

        Path notWord = dir.resolve("hong.docx");
        Files.writeString(notWord, "không phải tệp Word");
        Diagnostics broken = new Diagnostics();
        assertNull(NotesReader.read(notWord, broken));
        assertEquals("unreadable", broken.sorted().get(0).variant());
    }
}
