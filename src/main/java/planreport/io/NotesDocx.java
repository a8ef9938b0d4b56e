package planreport.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import planreport.model.Notes.Part;

/**
 * A notes file written in Word (.docx), with the same headings as the Markdown one: its paragraphs
 * become the notes file's lines, one paragraph a line followed by a blank one (so paragraph N is line
 * 2N − 1 of the text {@link NotesReader} reads, which maps its diagnostics back to the paragraph). A
 * paragraph is a {@code ##} heading when its style is a level-2 heading ("Heading 2", "Tiêu đề 2"),
 * when it starts with "##", or when its text is one of the parts' headings whatever its style; a
 * level-1 heading or title is the file's title (dropped); a numbered or bulleted paragraph, or one
 * starting "- ", is a "-" item. Tables are read cell by cell. The zip is opened within the same
 * limits as a report workbook.
 */
final class NotesDocx {
    private NotesDocx() {}

    /** The largest Word notes file read (its styles, fonts and pictures weigh more than its text). */
    static final long MAX_BYTES = 10L << 20;

    /** The Markdown text of a Word notes file; {@code headings}: every accepted heading (as {@link NotesReader#key}). */
    static String text(Path file, Map<String, Part> headings) throws IOException {
        XlsxGuard.limitZips();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ); XWPFDocument doc = new XWPFDocument(pkg)) {
            StringBuilder out = new StringBuilder();
            body(doc, doc.getBodyElements(), headings, out);
            return out.toString();
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | RuntimeException | NoClassDefFoundError e) { // NoClassDefFoundError: a zip entry compressed by a method Word does not write
            String m = String.valueOf(e.getMessage());
            int nl = m.indexOf('\n');
            throw new IOException(nl < 0 ? m : m.substring(0, nl), e); // not a Word file, a damaged one, or one past the zip limits
        }
    }

    private static void body(XWPFDocument doc, List<IBodyElement> elements, Map<String, Part> headings, StringBuilder out) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) paragraph(doc, p, headings, out);
            else if (e instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) body(doc, cell.getBodyElements(), headings, out);
                }
            }
        }
    }

    private static void paragraph(XWPFDocument doc, XWPFParagraph p, Map<String, Part> headings, StringBuilder out) {
        String text = p.getText().replace('\u000b', ' ').replace('\n', ' ').strip();
        int level = headingLevel(doc, p);
        String line;
        if (text.isEmpty()) line = "";
        else if (text.startsWith("#")) line = text;
        else if (level == 2 || isPart(text, headings)) line = "## " + text;
        else if (level == 1) line = "# " + text;
        else if (level > 2) line = "### " + text;
        else if (p.getNumID() != null || text.startsWith("- ")) line = "- " + (text.startsWith("- ") ? text.substring(2) : text);
        else line = text;
        out.append(line).append("\n\n");
    }

    /** Whether a paragraph's text is a part's heading (numbering, keep marker, case and diacritics ignored). */
    private static boolean isPart(String text, Map<String, Part> headings) {
        if (text.length() > 160) return false;
        String h = NotesReader.keepMarker(text);
        return headings.containsKey(NotesReader.key(NotesReader.bare(h == null ? text : h)));
    }

    /** 1 for a title or level-1 heading, 2, 3… for the others, 0 for body text: from the style's name or id. */
    private static int headingLevel(XWPFDocument doc, XWPFParagraph p) {
        String id = p.getStyleID();
        if (id == null) return 0;
        XWPFStyle style = doc.getStyles() == null ? null : doc.getStyles().getStyle(id);
        String name = (style != null && style.getName() != null ? style.getName() : id).toLowerCase(java.util.Locale.ROOT);
        if (name.equals("title") || name.equals("tiêu đề")) return 1;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:heading|tiêu đề|đề mục)\\s*(\\d)").matcher(name);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
