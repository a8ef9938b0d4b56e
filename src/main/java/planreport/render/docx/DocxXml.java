package planreport.render.docx;

/**
 * Text and attribute values of the .docx's parts, escaped as the writers that made them before wrote them,
 * so the file keeps its bytes: XMLBeans (Apache POI's XML layer) for the Word parts and the custom and
 * application properties, the JDK's XML serializer for the core properties.
 */
final class DocxXml {
    private DocxXml() {}

    /** Longer texts than this with more than {@link #CDATA_ENTITIES} of {@code <} and {@code &} go in a CDATA section (XMLBeans' defaults). */
    private static final int CDATA_LENGTH = 32, CDATA_ENTITIES = 5;

    /** An attribute value as XMLBeans writes it: {@code < & "} escaped, every other character as it is. */
    static String attr(String s) {
        int i = 0, n = s.length();
        while (i < n && s.charAt(i) != '<' && s.charAt(i) != '&' && s.charAt(i) != '"') i++;
        if (i == n) return s;
        StringBuilder b = new StringBuilder(n + 16).append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Element text as XMLBeans writes it: {@code <} and {@code &} escaped, {@code >} after {@code ]]}, a carriage
     * return as {@code &#13;}, a character XML cannot hold as {@code ?}; a text of more than 32 characters with
     * more than 5 of {@code <} and {@code &} in a CDATA section instead.
     */
    static void text(StringBuilder b, String s) {
        int n = s.length(), entities = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '<' || c == '&') entities++;
        }
        if (n > CDATA_LENGTH && entities > CDATA_ENTITIES) {
            cdata(b, s);
            return;
        }
        char prev = 0, prevPrev = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '<') b.append("&lt;");
            else if (c == '&') b.append("&amp;");
            else if (c == '>' && prev == ']' && prevPrev == ']') b.append("&gt;");
            else if (bad(c)) b.append('?');
            else if (c == '\r') b.append("&#13;");
            else b.append(c);
            prevPrev = prev;
            prev = c;
        }
    }

    private static void cdata(StringBuilder b, String s) {
        b.append("<![CDATA[");
        char prev = 0, prevPrev = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '>' && prev == ']' && prevPrev == ']' && i >= 2) b.append("]]>><![CDATA[");
            else b.append(bad(c) ? '?' : c);
            prevPrev = prev;
            prev = c;
        }
        b.append("]]>");
    }

    /** A character XML 1.0 cannot hold (a lone surrogate passes: XMLBeans writes it as it is). */
    private static boolean bad(char c) {
        return c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c == 0xFFFE || c == 0xFFFF;
    }

    /**
     * Element text of the core properties as the JDK's serializer writes it: {@code & < >} escaped, a line
     * feed as the platform's line separator, control characters (C0 but tab and line feed, and C1) and
     * characters beyond the Basic Multilingual Plane as character references.
     */
    static void coreText(StringBuilder b, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '&') b.append("&amp;");
            else if (c == '<') b.append("&lt;");
            else if (c == '>') b.append("&gt;");
            else if (c == '\n') b.append(System.lineSeparator());
            else if (c == '\t') b.append(c);
            else if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) b.append("&#").append((int) c).append(';');
            else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append("&#").append(Character.toCodePoint(c, s.charAt(++i))).append(';');
            } else b.append(c);
        }
    }
}
