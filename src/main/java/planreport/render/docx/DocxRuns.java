package planreport.render.docx;

import java.util.ArrayList;
import java.util.List;

/**
 * The runs of a Word paragraph as {@link DocxWriter} gathers them from the XHTML: pieces of text in
 * an inline format, and the whitespace collapsed as a browser would before they become runs.
 */
final class DocxRuns {
    private DocxRuns() {}

    /** Inline formatting in force. */
    record Fmt(boolean bold, boolean italic, boolean underline, boolean pre) {
        static final Fmt NONE = new Fmt(false, false, false, false);

        Fmt withBold() { return new Fmt(true, italic, underline, pre); }

        Fmt withItalic() { return new Fmt(bold, true, underline, pre); }

        Fmt withUnderline() { return new Fmt(bold, italic, true, pre); }

        Fmt withPre() { return new Fmt(bold, italic, underline, true); }
    }

    /** A piece of a paragraph: text in a format, or a line break (text null). */
    record Piece(String text, Fmt fmt) {}

    /**
     * CSS white-space: normal (or pre-line under {@code .pre}): runs of spaces, tabs and newlines become
     * one space (a newline stays a break under pre-line), none at the start or end of the paragraph;
     * no-break spaces are kept. Neighbouring pieces of one format are joined.
     */
    static List<Piece> collapse(List<Piece> pieces) {
        List<Piece> out = new ArrayList<>();
        boolean space = true; // at the start: drop leading spaces
        for (Piece p : pieces) {
            if (p.text() == null) {
                trimEnd(out);
                out.add(p);
                space = true;
                continue;
            }
            StringBuilder b = new StringBuilder();
            String s = p.text();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\n' && p.fmt().pre()) {
                    if (b.length() > 0) add(out, new Piece(b.toString(), p.fmt()));
                    b.setLength(0);
                    trimEnd(out);
                    out.add(new Piece(null, p.fmt()));
                    space = true;
                } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                    if (!space) b.append(' ');
                    space = true;
                } else {
                    b.append(c);
                    space = false;
                }
            }
            if (b.length() > 0) add(out, new Piece(b.toString(), p.fmt()));
        }
        trimEnd(out);
        while (!out.isEmpty() && out.get(0).text() == null) out.remove(0);
        while (!out.isEmpty() && out.get(out.size() - 1).text() == null) out.remove(out.size() - 1);
        boolean text = false;
        for (Piece p : out) text |= p.text() != null && !p.text().isEmpty();
        return text ? out : List.of();
    }

    private static void add(List<Piece> out, Piece p) {
        if (!out.isEmpty()) {
            Piece last = out.get(out.size() - 1);
            if (last.text() != null && last.fmt().equals(p.fmt())) {
                out.set(out.size() - 1, new Piece(last.text() + p.text(), p.fmt()));
                return;
            }
        }
        out.add(p);
    }

    private static void trimEnd(List<Piece> out) {
        while (!out.isEmpty()) {
            Piece last = out.get(out.size() - 1);
            if (last.text() == null) return;
            String t = last.text();
            int n = t.length();
            while (n > 0 && t.charAt(n - 1) == ' ') n--;
            if (n == t.length()) return;
            if (n == 0) out.remove(out.size() - 1);
            else {
                out.set(out.size() - 1, new Piece(t.substring(0, n), last.fmt()));
                return;
            }
        }
    }
}
