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
     * Whether {@code s} is its own escape (most names and results are): no character Markdown reads, no
     * line break or tab, and no start a list, heading or quote marker could be (a space, a digit, -, +, =).
     */
    static boolean plain(String s) {
        if (s.isEmpty()) return true;
        char first = s.charAt(0);
        if (first <= ' ' || first == '-' || first == '+' || first == '=' || (first >= '0' && first <= '9')) return false;
        for (int i = 0; i < s.length(); i++) {
            switch (s.charAt(i)) {
                case '\r', '\n', '\t', '\\', '`', '*', '_', '[', ']', '|', '#', '~', '$', '<', '>', '&' -> {
                    return false;
                }
                default -> { }
            }
        }
        return true;
    }
}
