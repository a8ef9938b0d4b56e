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
        if (s == null) return null;
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
}
