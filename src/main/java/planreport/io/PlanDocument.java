package planreport.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import planreport.check.Code;
import planreport.check.Diagnostic;
import planreport.check.Diagnostics;
import planreport.model.ControlChars;
import planreport.model.Names;

/**
 * A Kế hoạch as the office has it — a Word document (.docx), or its text (.txt, or Markdown .md as
 * converters write it) — read into its blocks in order: paragraphs (with whether they are bold or a
 * heading) and the rows of its tables. Nothing here knows the plan's structure (that is
 * {@code draft/PlanDraft}); this reads within limits and says why a file cannot be read.
 */
public final class PlanDocument {
    /** A document larger than this is not a plan (the seed's text is 30 KB; a plan's .docx well under 1 MB). */
    static final long MAX_BYTES = 16L << 20;
    /** More blocks than this is not a plan either. */
    static final int MAX_BLOCKS = 50_000;

    /**
     * One block: a paragraph's text ({@code cells} null), or a table row ({@code cells} its cells'
     * texts, {@code text} them joined). {@code bold}: every letter of the paragraph is bold or it is a
     * heading. {@code place}: its line in a text file, its paragraph number in a Word document.
     */
    public record Block(String text, boolean bold, List<String> cells, int place) {
        public boolean row() { return cells != null; }
    }

    private PlanDocument() {}

    /** The blocks of {@code file}, or null with the reason added to {@code out}. */
    public static List<Block> read(Path file, String display, Diagnostics out) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (!Files.isRegularFile(file)) {
                out.add(Diagnostic.of(Code.INPUT, Files.exists(file) ? "not-a-file" : "no-such-file").in(display));
                return null;
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                out.add(Diagnostic.of(Code.INPUT, "document-too-large").in(display).with("size", size).with("limit", MAX_BYTES));
                return null;
            }
            if (name.endsWith(".docx")) return docx(file, display, out);
            if (name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".markdown")) return text(file, display, out);
            if (name.endsWith(".doc") || name.endsWith(".odt") || name.endsWith(".pdf") || name.endsWith(".rtf")) {
                out.add(Diagnostic.of(Code.INPUT, "document-format").in(display).value(name.substring(name.lastIndexOf('.'))));
                return null;
            }
            out.add(Diagnostic.of(Code.INPUT, "document-format").in(display).value(name.contains(".") ? name.substring(name.lastIndexOf('.')) : name));
            return null;
        } catch (java.nio.file.AccessDeniedException e) {
            out.add(Diagnostic.of(Code.INPUT, "access-denied").in(display));
            return null;
        } catch (IOException e) {
            out.add(Diagnostic.of(Code.INPUT, "read-failed").in(display).with("detail", String.valueOf(e.getMessage())));
            return null;
        }
    }

    // ---- text and Markdown ----

    private static List<Block> text(Path file, String display, Diagnostics out) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String s;
        try {
            s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            out.add(Diagnostic.of(Code.INPUT, "document-not-utf8").in(display));
            return null;
        }
        if (s.startsWith("\uFEFF")) s = s.substring(1);
        return lines(s, out, display);
    }

    /** The blocks of a text: each non-blank line a block; Markdown's marks taken off ({@code #}, {@code **}, {@code *}, rules), tables read as rows. */
    static List<Block> lines(String s, Diagnostics out, String display) {
        List<Block> blocks = new ArrayList<>();
        String[] lines = s.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = Names.nfc(lines[i]).replace('\u00a0', ' ').strip();
            if (line.isEmpty() || line.matches("[-=_*]{3,}")) continue;
            if (line.startsWith("|")) {
                if (line.matches("\\|?[\\s:|-]+\\|?")) continue; // the |---|---| under a Markdown header
                List<String> cells = new ArrayList<>();
                String inner = line.substring(1, line.endsWith("|") && line.length() > 1 ? line.length() - 1 : line.length());
                for (String c : inner.split("(?<!\\\\)\\|", -1)) cells.add(clean(unmark(c.strip())));
                blocks.add(new Block(String.join(" | ", cells), false, List.copyOf(cells), i + 1));
                continue;
            }
            boolean heading = false;
            if (line.startsWith("#")) {
                heading = true;
                line = line.replaceFirst("^#+\\s*", "");
            }
            String plain = unmark(line);
            String bare = plain.strip();
            boolean bold = heading || (line.startsWith("**") && line.replaceAll("\\s+$", "").endsWith("**") && line.length() > 4)
                    || (line.startsWith("__") && line.endsWith("__") && line.length() > 4);
            if (bare.isEmpty()) continue;
            blocks.add(new Block(clean(bare), bold, null, i + 1));
            if (blocks.size() > MAX_BLOCKS) {
                out.add(Diagnostic.of(Code.INPUT, "document-too-large").in(display).with("size", s.length()).with("limit", MAX_BLOCKS));
                return null;
            }
        }
        return blocks;
    }

    /** Markdown's emphasis and escapes taken off a line: **bold**, *italic*, __bold__, \-. */
    private static String unmark(String line) {
        String t = line.replace("**", "").replace("__", "");
        t = t.replaceAll("(?<![\\p{L}\\p{N}])\\*(?=\\S)|(?<=\\S)\\*(?![\\p{L}\\p{N}])", "");
        t = t.replaceAll("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|])", "$1");
        return t.replaceAll("\\s+$", "");
    }

    /** Control characters dropped, spaces collapsed, NFC. */
    private static String clean(String s) {
        String t = ControlChars.strip(Names.nfc(s));
        return t.replaceAll("[ \\t\\u00a0]+", " ").strip();
    }

    // ---- Word ----

    private static List<Block> docx(Path file, String display, Diagnostics out) throws IOException {
        XlsxGuard.limitZips();
        List<Block> blocks = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            int[] n = {0};
            Numbering numbering = new Numbering();
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) paragraph(p, blocks, n, numbering);
                else if (e instanceof XWPFTable t) {
                    for (XWPFTableRow r : t.getRows()) {
                        List<String> cells = new ArrayList<>();
                        for (XWPFTableCell c : r.getTableCells()) cells.add(clean(c.getText().replace('\n', ' ')));
                        blocks.add(new Block(String.join(" | ", cells), false, List.copyOf(cells), ++n[0]));
                    }
                }
                if (blocks.size() > MAX_BLOCKS) {
                    out.add(Diagnostic.of(Code.INPUT, "document-too-large").in(display).with("size", Files.size(file)).with("limit", MAX_BLOCKS));
                    return null;
                }
            }
            return blocks;
        } catch (org.apache.poi.EncryptedDocumentException e) {
            out.add(Diagnostic.of(Code.INPUT, "document-encrypted").in(display));
            return null;
        } catch (org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException e) {
            out.add(Diagnostic.of(Code.INPUT, "document-format").in(display).value(".doc"));
            return null;
        } catch (IOException | RuntimeException e) {
            Diagnostic why = XlsxGuard.problem(e);
            String variant = switch (why.variant()) {
                case "too-large" -> "document-too-large";
                case "unsafe" -> "document-unsafe";
                default -> "document-unreadable";
            };
            Diagnostic d = Diagnostic.of(Code.INPUT, variant).in(display);
            if (variant.equals("document-too-large")) d = d.with("size", Files.size(file)).with("limit", XlsxGuard.MAX_ENTRY_BYTES);
            else if (variant.equals("document-unreadable")) d = d.with("detail", why.arg("detail") == null ? "" : why.arg("detail"));
            out.add(d);
            return null;
        }
    }

    /** A Word paragraph: its text (auto-numbering written out as its label), bold when every run with letters is. */
    private static void paragraph(XWPFParagraph p, List<Block> blocks, int[] n, Numbering numbering) {
        n[0]++;
        String text = p.getText();
        if (text == null || text.isBlank()) return;
        boolean heading = p.getStyle() != null && Names.fold(p.getStyle()).startsWith("heading");
        boolean bold = true;
        boolean letters = false;
        for (XWPFRun r : p.getRuns()) {
            String rt = r.text();
            if (rt == null || rt.isBlank()) continue;
            letters = true;
            if (!r.isBold()) bold = false;
        }
        String label = p.getNumID() == null ? "" : numbering.label(p);
        for (String part : text.split("\n")) {
            String c = clean(part);
            if (c.isEmpty()) continue;
            blocks.add(new Block(label.isEmpty() ? c : label + " " + c, heading || (letters && bold), null, n[0]));
            label = "";
        }
    }

    /**
     * Word's own numbering written out as a reader sees it ("1.", "1.2.", "a)", "-"): each list's
     * count per level, a level's count starting again under a new item of the level above.
     */
    private static final class Numbering {
        private final java.util.Map<String, int[]> counts = new java.util.HashMap<>();

        String label(XWPFParagraph p) {
            String fmt = p.getNumFmt();
            if (fmt == null || fmt.equals("bullet") || fmt.equals("none")) return "-";
            int level = p.getNumIlvl() == null ? 0 : Math.min(8, p.getNumIlvl().intValue());
            int[] c = counts.computeIfAbsent(p.getNumID().toString(), k -> new int[9]);
            c[level]++;
            for (int i = level + 1; i < c.length; i++) c[i] = 0;
            String text = p.getNumLevelText() == null ? "%" + (level + 1) + "." : p.getNumLevelText();
            for (int i = 0; i <= level; i++) {
                int v = Math.max(1, c[i]);
                text = text.replace("%" + (i + 1), i == level ? format(v, fmt) : Integer.toString(v));
            }
            return text.strip();
        }

        private static String format(int v, String fmt) {
            return switch (fmt) {
                case "lowerLetter" -> Character.toString('a' + (v - 1) % 26);
                case "upperLetter" -> Character.toString('A' + (v - 1) % 26);
                case "upperRoman" -> roman(v);
                case "lowerRoman" -> roman(v).toLowerCase(Locale.ROOT);
                default -> Integer.toString(v);
            };
        }

        private static String roman(int v) {
            String[] r = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
            return v >= 1 && v <= r.length ? r[v - 1] : Integer.toString(v);
        }
    }
}
