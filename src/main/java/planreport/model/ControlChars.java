package planreport.model;

/**
 * Characters no text of ours may carry: the C0 controls U+0000–U+001F other than tab, line feed
 * and carriage return, the non-characters U+FFFE and U+FFFF, and unpaired surrogates. XML 1.0 (so
 * the XHTML the PDF is made from) cannot hold them, and a terminal acts on them (an escape
 * sequence can set a window title or clear the screen). They are refused at the way in (a
 * warning, the character dropped), removed as a last guard before the renderers, and shown as
 * {@code \u001B} in text output.
 */
public final class ControlChars {
    private ControlChars() {}

    /** Whether {@code c} may not stand in a text at all (a lone surrogate is judged by {@link #firstBad}). */
    public static boolean bad(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF';
    }

    /** The index of the first character of {@code s} that may not stand in a text, or -1 (the common case, one pass). */
    public static int firstBad(String s) {
        if (s == null) return -1;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0xD800) continue;
            if (bad(c)) return i;
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) { i++; continue; }
                return i;
            }
            if (Character.isLowSurrogate(c)) return i;
        }
        return -1;
    }

    /** {@code s} without the characters it may not carry ({@code s} itself when it has none). */
    public static String strip(String s) {
        int first = firstBad(s);
        if (first < 0) return s;
        StringBuilder b = new StringBuilder(s.length());
        b.append(s, 0, first);
        for (int i = first, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
                continue;
            }
            if (bad(c) || Character.isSurrogate(c)) continue;
            b.append(c);
        }
        return b.toString();
    }

    /** How many characters {@link #strip} removes. */
    public static int count(String s) { return s == null ? 0 : s.length() - strip(s).length(); }

    /** A character as a reader names it: {@code U+001A}. */
    public static String name(char c) { return String.format("U+%04X", (int) c); }

    /**
     * {@code s} for a terminal: every control character (C0 including tab and line breaks, DEL, C1),
     * bidirectional override, non-character and lone surrogate written as {@code \u001B}, so a
     * diagnostic is one line and a cell cannot drive the terminal.
     */
    public static String visible(String s) {
        if (s == null) return null;
        int i = 0, n = s.length();
        while (i < n && !invisible(s, i)) i++;
        if (i == n) return s;
        StringBuilder b = new StringBuilder(n + 16);
        b.append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else if (invisible(s, i)) {
                b.append(String.format("\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean invisible(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return true;
        if (c < 0x2000) return false;
        if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == '\u200E' || c == '\u200F') return true;
        if (c == '\uFFFE' || c == '\uFFFF') return true;
        if (Character.isHighSurrogate(c)) return !(i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)));
        return Character.isLowSurrogate(c) && !(i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
    }
}
