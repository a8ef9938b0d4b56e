package planreport.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A workbook's shared strings (xl/sharedStrings.xml), each the text of its runs without the phonetic
 * guide (rPh), kept compactly: all of them in one character array with an offset each (a String per
 * entry would cost about 40 bytes more each: 3 million distinct strings would be 120 MB of headers).
 */
final class XlsxStrings {
    static final XlsxStrings NONE = new XlsxStrings();

    private char[] chars = new char[1 << 12];
    private int used;
    private int[] starts = new int[256];
    private int count;

    private XlsxStrings() {}

    int count() { return count; }

    String get(int i) {
        int from = starts[i], to = i + 1 < count ? starts[i + 1] : used;
        return new String(chars, from, to - from);
    }

    /** The table read from {@code in} (its whole text at most {@code maxChars}, else a too-large problem). */
    static XlsxStrings read(InputStream in, long maxChars) throws IOException, SAXException {
        XlsxStrings s = new XlsxStrings();
        XMLReader xml = XlsxGuard.secureReader();
        xml.setContentHandler(new DefaultHandler() {
            private boolean inSi, inText;
            private int phonetic;

            @Override
            public void startElement(String uri, String local, String qName, Attributes a) {
                switch (name(local, qName)) {
                    case "si" -> { inSi = true; s.begin(); }
                    case "rPh" -> phonetic++;
                    case "t" -> inText = inSi && phonetic == 0;
                    default -> {}
                }
            }

            @Override
            public void endElement(String uri, String local, String qName) {
                switch (name(local, qName)) {
                    case "si" -> inSi = false;
                    case "rPh" -> phonetic = Math.max(0, phonetic - 1);
                    case "t" -> inText = false;
                    default -> {}
                }
            }

            @Override
            public void characters(char[] ch, int start, int length) throws SAXException {
                if (!inText) return;
                if (s.used + (long) length > maxChars) throw new SAXException(new TooLarge());
                s.append(ch, start, length);
            }
        });
        try {
            xml.parse(new InputSource(in));
        } catch (SAXException e) {
            if (e.getException() instanceof TooLarge t) throw t;
            throw e;
        }
        return s;
    }

    private static String name(String local, String qName) {
        if (!local.isEmpty()) return local;
        int i = qName.indexOf(':');
        return i < 0 ? qName : qName.substring(i + 1);
    }

    private void begin() {
        if (count == starts.length) starts = Arrays.copyOf(starts, count * 2);
        starts[count++] = used;
    }

    private void append(char[] ch, int start, int length) {
        if (used + length > chars.length) chars = Arrays.copyOf(chars, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(used + (long) length, chars.length * 2L)));
        System.arraycopy(ch, start, chars, used, length);
        used += length;
    }

    /** The table's text passes the limit. */
    static final class TooLarge extends IOException {
        TooLarge() { super("shared strings too large", null); }
    }
}
