package planreport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import planreport.cli.CliRun;
import planreport.cli.ExitCode;

/**
 * The Word letters' Party header (issue 21): "BAN TUYÊN GIÁO VÀ DÂN VẬN", the successor board's name in
 * bold 14 pt, is on one line — the header's left column is as wide as its longest line needs, in the
 * font Word is told to use (Times New Roman, whose widths Liberation Serif shares), and the right column
 * still holds "Quảng Ngãi, ngày 25 tháng 10 năm 2025" in italic 14 pt.
 */
class LetterHeaderFitTest {
    private static final Pattern GRID = Pattern.compile("<w:gridCol w:w=\"(\\d+)\"");
    private static final Pattern CELL = Pattern.compile("<w:tc>.*?</w:tc>", Pattern.DOTALL);
    private static final Pattern PARA = Pattern.compile("<w:pStyle w:val=\"(\\w+)\"/>.*?</w:pPr>(.*?)</w:p>", Pattern.DOTALL);
    private static final Pattern TEXT = Pattern.compile("<w:t(?: [^>]*)?>([^<]*)</w:t>");

    private static Font font(String name, float size) throws Exception {
        try (InputStream in = planreport.render.pdf.Pdf.class.getClassLoader().getResourceAsStream("liberation/LiberationSerif-" + name + ".ttf")) {
            return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(size);
        }
    }

    @Test
    void theSuccessorBoardsNameFitsOnOneLineInWord(@TempDir Path out) throws Exception {
        CliRun r = CliRun.of("remind", "--period", "2025-Q3", "--as-of", "2025-10-25", "--format", "docx", "--out", out.toString(), "examples/reports");
        assertEquals(ExitCode.OK, r.exit(), r.err());
        Font bold = font("Bold", 14), italic = font("Italic", 14);
        int checked = 0;
        for (String name : List.of("don-doc-2025-Q3_so-tu-phap.docx", "thong-bao-2025-Q3.docx")) {
            String xml;
            try (ZipFile z = new ZipFile(out.resolve(name).toFile()); InputStream in = z.getInputStream(z.getEntry("word/document.xml"))) {
                xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            String header = xml.substring(xml.indexOf("<w:tbl>"), xml.indexOf("</w:tbl>"));
            List<Integer> widths = new ArrayList<>();
            for (Matcher g = GRID.matcher(header); g.find(); ) widths.add(Integer.parseInt(g.group(1)));
            assertEquals(2, widths.size(), name);
            Matcher c = CELL.matcher(header);
            for (int col = 0; col < 2 && c.find(); col++) {
                for (Matcher p = PARA.matcher(c.group()); p.find(); ) {
                    StringBuilder b = new StringBuilder();
                    for (Matcher t = TEXT.matcher(p.group(2)); t.find(); ) b.append(t.group(1));
                    Font f = p.group(1).equals("PartyIssuer") ? bold : p.group(1).equals("PlaceDate") ? italic : null;
                    if (f == null) continue;
                    double twips = DocxHeaderFitTest.twips(f, b.toString());
                    assertTrue(twips <= widths.get(col), name + ": \"" + b + "\" needs " + Math.round(twips) + " twips, its column holds " + widths.get(col));
                    checked++;
                }
            }
            assertTrue(header.contains("BAN TUYÊN GIÁO VÀ DÂN VẬN"), name);
        }
        assertEquals(4, checked);
    }
}
