package planreport.render;

import java.util.regex.Pattern;

/**
 * Escapes text for GitHub-flavoured Markdown so that what units write ({@code |}, {@code *}, {@code #},
 * {@code <b>}, backticks, {@code [links]}) shows literally and cannot change the document's structure,
 * in paragraphs, list items and table cells alike. Newlines become {@code <br>}.
 */
public final class MarkdownText {
    private MarkdownText() {}

    private static final Pattern LINE_START = Pattern.compile("^(\\s*)([-+=>]|\\d{1,9}[.)])(?=\\s|$)");
    private static final Pattern ENTITY = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");

    public static String escape(String s) {
        if (s == null || plain(s)) return s;
        return escaped(s);
    }

    /** {@link #escape} the long way, for any text (plain text comes back equal). */
    static String escaped(String s) {
        String text = s.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder b = new StringBuilder(text.length() + 16);
        String[] lines = text.split("\n", -1);
        for (int li = 0; li < lines.length; li++) {
            if (li > 0) b.append("<br>");
            String line = lines[li];
            var m = LINE_START.matcher(line);
            int from = 0;
            if (m.find()) {
                String marker = m.group(2);
                b.append(m.group(1));
                if (Character.isDigit(marker.charAt(0))) {
                    b.append(marker, 0, marker.length() - 1).append('\\').append(marker.charAt(marker.length() - 1));
                } else {
                    b.append('\\').append(marker);
                }
                from = m.end();
            }
            String rest = ENTITY.matcher(line.substring(from)).replaceAll("&amp;");
            for (int i = 0; i < rest.length(); i++) {
                char c = rest.charAt(i);
                switch (c) {
                    case '\\', '`', '*', '_', '[', ']', '|', '#', '~', '$' -> b.append('\\').append(c);
                    case '<' -> b.append("&lt;");
                    case '>' -> b.append("&gt;");
                    case '\t' -> b.append(' ');
                    default -> b.append(c);
                }
            }
        }
        return b.toString();
    }

    /**
     * Whether {@code s} is its own escape (most names, results, numbers and dates are): no character Markdown
     * reads, no line break or tab, not starting with a space, and no list marker at its start (-, + or = alone
     * or before a space; up to nine digits and '.' or ')' alone or before a space: what {@code LINE_START} finds).
     */
    static boolean plain(String s) {
        int n = s.length();
        if (n == 0) return true;
        char first = s.charAt(0);
        if (first <= ' ') return false;
        if (first == '-' || first == '+' || first == '=') {
            if (n == 1 || space(s.charAt(1))) return false;
        } else if (first >= '0' && first <= '9') {
            int digits = 1;
            while (digits < n && s.charAt(digits) >= '0' && s.charAt(digits) <= '9') digits++;
            if (digits <= 9 && digits < n && (s.charAt(digits) == '.' || s.charAt(digits) == ')') && (digits + 1 == n || space(s.charAt(digits + 1)))) {
                return false;
            }
        }
        for (int i = 0; i < n; i++) {
            switch (s.charAt(i)) {
                case '\r', '\n', '\t', '\\', '`', '*', '_', '[', ']', '|', '#', '~', '$', '<', '>', '&' -> {
                    return false;
                }
                default -> { }
            }
        }
        return true;
    }

    /** A white space as a regular expression's {@code \s} reads it: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
