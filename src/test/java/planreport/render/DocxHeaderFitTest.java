package planreport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
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
 * The Word letters' tables (issue 21): each column heading of a letter's table is on one line in
 * Word, and no heading word of the notice's table is broken; measured with the font Word is told to
 * use (Times New Roman, whose widths Liberation Serif shares), bold 12 pt, against the cell's width
 * less its margins.
 */
class DocxHeaderFitTest {
    private static final Pattern TABLE = Pattern.compile("<w:tbl>.*?</w:tbl>", Pattern.DOTALL);
    private static final Pattern ROW = Pattern.compile("<w:tr[ >].*?</w:tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<w:tc>.*?</w:tc>", Pattern.DOTALL);
    private static final Pattern GRID = Pattern.compile("<w:gridCol w:w=\"(\\d+)\"");
    private static final Pattern TEXT = Pattern.compile("<w:t(?: [^>]*)?>([^<]*)</w:t>");
    /** The data tables' cell margins, left and right (render/docx/DocxStyles). */
    private static final int MARGINS = 120;

    static double twips(Font font, String s) {
        return font.getStringBounds(s, new FontRenderContext(null, true, true)).getWidth() * 20;
    }

    /** Each table of three columns or more: its column widths and its first row's texts. */
    static List<List<Object>> headers(Path docx) throws Exception {
        String xml;
        try (ZipFile z = new ZipFile(docx.toFile()); InputStream in = z.getInputStream(z.getEntry("word/document.xml"))) {
            xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        List<List<Object>> out = new ArrayList<>();
        Matcher t = TABLE.matcher(xml);
        while (t.find()) {
            List<Integer> widths = new ArrayList<>();
            for (Matcher g = GRID.matcher(t.group()); g.find(); ) widths.add(Integer.parseInt(g.group(1)));
            if (widths.size() < 3) continue;
            Matcher r = ROW.matcher(t.group());
            assertTrue(r.find());
            List<String> texts = new ArrayList<>();
            for (Matcher c = CELL.matcher(r.group()); c.find(); ) {
                StringBuilder b = new StringBuilder();
                for (Matcher x = TEXT.matcher(c.group()); x.find(); ) b.append(x.group(1));
                texts.add(b.toString());
            }
            assertEquals(widths.size(), texts.size());
            out.add(List.of(widths, texts));
        }
        return out;
    }

    @Test
    @SuppressWarnings("unchecked")
    void lettersHeadingsFitOnOneLineAndNoticeHeadingWordsAreWhole(@TempDir Path out) throws Exception {
        CliRun r = CliRun.of("remind", "--period", "2025-Q2", "--as-of", "2025-08-10", "--format", "docx", "--out", out.toString(), "examples/reports");
        assertEquals(ExitCode.OK, r.exit(), r.err());
        Font bold;
        try (InputStream in = planreport.render.pdf.Pdf.class.getClassLoader().getResourceAsStream("liberation/LiberationSerif-Bold.ttf")) {
            bold = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(12f);
        }
        int letters = 0, tables = 0;
        try (var files = Files.list(out)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".docx")) continue;
                boolean letter = name.startsWith("don-doc-");
                letters += letter ? 1 : 0;
                for (List<Object> table : headers(f)) {
                    tables++;
                    List<Integer> widths = (List<Integer>) table.get(0);
                    List<String> texts = (List<String>) table.get(1);
                    for (int i = 0; i < widths.size(); i++) {
                        int room = widths.get(i) - MARGINS;
                        if (letter) {
                            assertTrue(twips(bold, texts.get(i)) <= room, name + ": \"" + texts.get(i) + "\" needs " + Math.round(twips(bold, texts.get(i)))
                                    + " twips, its cell holds " + room);
                        } else {
                            for (String w : texts.get(i).split(" ")) assertTrue(twips(bold, w) <= room, name + ": the word \"" + w + "\" is broken");
                        }
                    }
                }
            }
        }
        assertTrue(letters > 0 && tables > 0, "a letter with a table: " + letters + " letters, " + tables + " tables");
    }
}
