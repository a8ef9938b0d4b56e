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
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import planreport.check.Code;
import planreport.check.Diagnostic;
import planreport.check.Diagnostics;
import planreport.model.Names;
import planreport.model.Notes;
import planreport.model.Notes.Block;
import planreport.model.Notes.Part;

/**
 * Reads the staff's notes for a review: a small Markdown file whose {@code ##} headings name the
 * parts of the report ({@link Part}; the headings of both languages and their aliases are accepted,
 * numbering such as "III." or "2." and letter case and diacritics ignored). Under a heading, blank
 * lines separate paragraphs and lines beginning "- ", "* " or "+ " are list items; {@code <!-- … -->}
 * comments, a {@code #} title line and {@code **} emphasis markers are dropped, {@code ###} lines
 * are kept as paragraphs. It is user input: size-bounded, strict UTF-8 (a BOM is allowed), NFC, no
 * control characters; every problem is a diagnostic with its line.
 */
public final class NotesReader {
    private NotesReader() {}

    /** The largest notes file read: a review's own text runs to a few pages. */
    public static final int MAX_BYTES = 256 * 1024;

    /**
     * The notes in {@code file}, or null with the diagnostics in {@code out}: the headings of every
     * language's report catalogue are accepted (a Vietnamese office may write the English ones).
     */
    public static Notes read(Path file, Diagnostics out) {
        List<String> display = new java.util.ArrayList<>();
        List<Map<String, String>> catalogues = new java.util.ArrayList<>();
        for (planreport.model.Lang l : planreport.model.Lang.values()) catalogues.add(planreport.model.Wording.report(l).all());
        return read(file, headings(catalogues, display), display, out);
    }

    /**
     * The notes in {@code file}, or null with the diagnostics in {@code out} when it cannot be used.
     * {@code headings}: every accepted heading (as {@link #key}) → its part;
     * {@code display}: the headings to suggest.
     */
    public static Notes read(Path file, Map<String, Part> headings, List<String> display, Diagnostics out) {
        String name = file.toString();
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                out.add(Diagnostic.of(Code.NOTES, Files.exists(file) ? "not-a-file" : "no-such-file").in(name));
                return null;
            }
            if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".docx")) return readDocx(file, name, headings, display, out);
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(MAX_BYTES + 1);
            }
        } catch (IOException e) {
            out.add(Diagnostic.of(Code.NOTES, "unreadable").in(name).with("detail", String.valueOf(e.getMessage())));
            return null;
        }
        if (bytes.length > MAX_BYTES) {
            out.add(Diagnostic.of(Code.NOTES, "too-large").in(name).with("limit", String.valueOf(MAX_BYTES / 1024)));
            return null;
        }
        return parse(bytes, name, headings, display, out);
    }

    /**
     * A notes file written in Word ({@link NotesDocx}): read as the Markdown its paragraphs make, and
     * each diagnostic's line given back as the paragraph's number.
     */
    private static Notes readDocx(Path file, String name, Map<String, Part> headings, List<String> display, Diagnostics out) throws IOException {
        if (Files.size(file) > NotesDocx.MAX_BYTES) {
            out.add(Diagnostic.of(Code.NOTES, "too-large").in(name).with("limit", String.valueOf(NotesDocx.MAX_BYTES / 1024)));
            return null;
        }
        String text;
        try {
            text = NotesDocx.text(file, headings);
        } catch (IOException e) {
            out.add(Diagnostic.of(Code.NOTES, "unreadable").in(name).with("detail", String.valueOf(e.getMessage())));
            return null;
        }
        Diagnostics found = new Diagnostics();
        Notes notes = parse(text.getBytes(StandardCharsets.UTF_8), name, headings, display, found);
        for (Diagnostic d : found.sorted()) out.add(d.line() == null ? d : d.at(d.file(), (Integer) ((d.line() + 1) / 2), d.column()));
        return notes;
    }

    static Notes parse(byte[] bytes, String name, Map<String, Part> headings, List<String> display, Diagnostics out) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            out.add(Diagnostic.of(Code.NOTES, "encoding").at(name, badLine(bytes, start), (Object) null));
            return null;
        }
        text = Names.nfc(text.replace("\r\n", "\n").replace('\r', '\n'));
        String[] lines = text.split("\n", -1);
        int errors = 0;
        for (int i = 0; i < lines.length; i++) {
            for (int k = 0; k < lines[i].length(); k++) {
                char c = lines[i].charAt(k);
                if ((c < 0x20 && c != '\t') || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == '\uFFFE' || c == '\uFFFF') { // U+FFFE/U+FFFF: not characters
                    out.add(Diagnostic.of(Code.NOTES, "control").at(name, (long) (i + 1), (Object) Integer.valueOf(k + 1)).value(String.format("U+%04X", (int) c)));
                    errors++;
                    break;
                }
            }
        }
        if (errors > 0) return null;

        Map<Part, List<Block>> parts = new EnumMap<>(Part.class);
        java.util.Set<Part> keep = java.util.EnumSet.noneOf(Part.class);
        Part current = null;
        boolean inComment = false;
        int commentLine = 0;
        StringBuilder para = null;
        boolean paraItem = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            // comments: everything between <!-- and -->, over lines too
            StringBuilder kept = new StringBuilder();
            int k = 0;
            while (k < line.length()) {
                if (inComment) {
                    int end = line.indexOf("-->", k);
                    if (end < 0) { k = line.length(); break; }
                    inComment = false;
                    k = end + 3;
                } else {
                    int open = line.indexOf("<!--", k);
                    if (open < 0) { kept.append(line, k, line.length()); break; }
                    kept.append(line, k, open);
                    inComment = true;
                    commentLine = i + 1;
                    k = open + 4;
                }
            }
            String l = kept.toString().replace('\t', ' ').strip();
            boolean heading2 = l.startsWith("## ") || l.equals("##");
            boolean heading1 = l.startsWith("# ") || l.equals("#");
            if (l.isEmpty() || heading2 || heading1) {
                if (para != null && current != null) parts.computeIfAbsent(current, x -> new ArrayList<>()).add(new Block(paraItem, clean(para)));
                para = null;
                if (heading2) {
                    String h = l.substring(2).strip();
                    String keepless = keepMarker(h);
                    if (keepless != null) h = keepless;
                    Part p = headings.get(key(bare(h)));
                    if (p != null && keepless != null) keep.add(p);
                    if (p == null) {
                        out.add(Diagnostic.of(Code.NOTES, "unknown-heading").at(name, i + 1, (Object) null).value(h)
                                .suggest(Names.closest(bare(h), display).orElse(null)));
                        errors++;
                    }
                    current = p;
                }
                continue;
            }
            if (current == null) {
                if (errors == 0) out.add(Diagnostic.of(Code.NOTES, "before-heading").at(name, i + 1, (Object) null));
                errors++;
                continue;
            }
            boolean item = l.length() > 1 && "-*+".indexOf(l.charAt(0)) >= 0 && l.charAt(1) == ' ';
            String body = item ? l.substring(2).strip() : l.startsWith("###") ? l.replaceFirst("^#+\\s*", "") : l;
            if (item || para == null) {
                if (para != null) parts.computeIfAbsent(current, x -> new ArrayList<>()).add(new Block(paraItem, clean(para)));
                para = new StringBuilder(body);
                paraItem = item;
            } else {
                para.append(' ').append(body);
            }
        }
        if (para != null && current != null) parts.computeIfAbsent(current, x -> new ArrayList<>()).add(new Block(paraItem, clean(para)));
        if (inComment) {
            // an unclosed comment would hide everything after it, headings and text alike: said, not lost
            int total = lines.length > 0 && lines[lines.length - 1].isEmpty() ? lines.length - 1 : lines.length; // a final newline ends a line
            out.add(Diagnostic.of(Code.NOTES, "unclosed-comment").at(name, commentLine, (Object) null).with("lines", total - commentLine + 1));
            errors++;
        }
        if (errors > 0) return null;
        return new Notes(parts, keep);
    }

    /**
     * The words that, in brackets after a heading, keep the data's points under the notes ("## Ưu điểm
     * (giữ số liệu)", "## Strengths (keep data)"), from every language's catalogue ({@code notes.keep}).
     */
    private static List<String> keepWords() {
        List<String> out = new ArrayList<>();
        for (planreport.model.Lang l : planreport.model.Lang.values()) {
            var cat = planreport.model.Wording.report(l);
            if (cat.has("notes.keep")) for (String w : cat.get("notes.keep").split(";")) if (!w.isBlank()) out.add(key(w));
        }
        return out;
    }

    /** The heading without its keep marker, or null when it has none. */
    static String keepMarker(String heading) {
        String h = heading.strip();
        if (!h.endsWith(")")) return null;
        int open = h.lastIndexOf('(');
        if (open < 0) return null;
        String inside = key(h.substring(open + 1, h.length() - 1));
        return keepWords().contains(inside) ? h.substring(0, open).strip() : null;
    }

    /** A heading without its numbering ("III.", "2.", "a)", "III.2.") and final colon. */
    static String bare(String h) {
        String s = h.replace("*", "").strip();
        s = s.replaceFirst("^(?:[IVXLivxl]+|\\d+|[a-zA-Z])(?:[.)]\\s*(?:\\d+[.)])?)\\s+", "");
        if (s.endsWith(":")) s = s.substring(0, s.length() - 1);
        return s.strip();
    }

    /** How headings are compared: diacritics, case and punctuation ignored. */
    static String key(String h) { return Names.fold(h).replaceAll("[^\\p{L}\\p{N} ]", " ").replaceAll(" +", " ").strip(); }

    private static String clean(CharSequence s) { return s.toString().replace("**", "").replace("__", "").strip(); }

    private static int badLine(byte[] bytes, int start) {
        var dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        int line = 1, lineStart = start;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                try {
                    dec.reset().decode(ByteBuffer.wrap(bytes, lineStart, i - lineStart));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                lineStart = i + 1;
            }
        }
        return line;
    }

    /** Every accepted heading of the catalogues given (heading and aliases, ";"-separated) → its part, and the headings to suggest. */
    public static Map<String, Part> headings(List<Map<String, String>> catalogues, List<String> display) {
        Map<String, Part> m = new LinkedHashMap<>();
        for (Map<String, String> cat : catalogues) {
            for (Part p : Part.values()) {
                String h = cat.get("notes.heading." + p.id());
                if (h != null) {
                    m.putIfAbsent(key(h), p);
                    if (!display.contains(h)) display.add(h);
                }
                String aliases = cat.get("notes.aliases." + p.id());
                if (aliases != null) for (String a : aliases.split(";")) if (!a.isBlank()) m.putIfAbsent(key(a.strip()), p);
            }
        }
        return m;
    }
}
