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
 * A large table (a part over {@link #IN_MEMORY_BYTES}) is not held at all: its text goes, as UTF-8, to
 * a private temporary file read back by position, and only the offsets (4 bytes a string) stay in
 * memory, so a workbook of 600,000 rows with 80 MB of strings is read in the launcher's heap.
 */
final class XlsxStrings implements AutoCloseable {
    static final XlsxStrings NONE = new XlsxStrings();
    /** A shared-strings part larger than this (uncompressed) is kept on disk. */
    static final long IN_MEMORY_BYTES = 8L << 20;

    private char[] chars = new char[1 << 12];
    private int used;
    private int[] starts = new int[256];
    private int count;
    /** On disk: the file, its channel, and the UTF-8 text being written (null once read back). */
    private PrivateTemp file;
    private java.nio.channels.FileChannel channel;
    private java.io.OutputStream spill;
    private long spilled;
    private final java.nio.charset.CharsetEncoder utf8 = java.nio.charset.StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE).onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE);

    private XlsxStrings() {}

    int count() { return count; }

    String get(int i) {
        int from = starts[i], to = i + 1 < count ? starts[i + 1] : (channel != null ? (int) spilled : used);
        if (channel == null) return new String(chars, from, to - from);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(to - from);
        try {
            while (b.hasRemaining()) {
                if (channel.read(b, from + b.position()) < 0) break;
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new String(b.array(), 0, b.position(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        if (channel != null) channel.close();
        if (file != null) file.close();
    }

    /** The table read from {@code in} (its whole text at most {@code maxChars}, else a too-large problem); on disk when {@code size} is large. */
    static XlsxStrings read(InputStream in, long maxChars, long size) throws IOException, SAXException {
        XlsxStrings s = new XlsxStrings();
        if (size > IN_MEMORY_BYTES) {
            s.file = PrivateTemp.create(".strings");
            s.spill = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(s.file.path()), 1 << 16);
        }
        try {
            parse(s, in, maxChars);
            if (s.spill != null) {
                s.spill.close();
                s.spill = null;
                s.channel = java.nio.channels.FileChannel.open(s.file.path(), java.nio.file.StandardOpenOption.READ);
            }
            return s;
        } catch (IOException | SAXException | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    private static void parse(XlsxStrings s, InputStream in, long maxChars) throws IOException, SAXException {
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
                if (s.used + s.spilled + (long) length > maxChars) throw new SAXException(new TooLarge());
                try {
                    s.append(ch, start, length);
                } catch (IOException e) {
                    throw new SAXException(e);
                }
            }
        });
        try {
            xml.parse(new InputSource(in));
        } catch (SAXException e) {
            if (e.getException() instanceof TooLarge t) throw t;
            throw e;
        }
    }

    private static String name(String local, String qName) {
        if (!local.isEmpty()) return local;
        int i = qName.indexOf(':');
        return i < 0 ? qName : qName.substring(i + 1);
    }

    private void begin() {
        if (count == starts.length) starts = Arrays.copyOf(starts, count + (count >> 1));
        starts[count++] = spill != null ? (int) spilled : used;
    }

    private void append(char[] ch, int start, int length) throws IOException {
        if (spill != null) {
            // a surrogate pair cut between two calls is rare enough to be written as two replacement marks
            java.nio.ByteBuffer b = utf8.reset().encode(java.nio.CharBuffer.wrap(ch, start, length));
            spill.write(b.array(), b.arrayOffset() + b.position(), b.remaining());
            spilled += b.remaining();
            if (spilled > Integer.MAX_VALUE - 8) throw new TooLarge();
            return;
        }
        if (used + length > chars.length) chars = Arrays.copyOf(chars, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(used + (long) length, chars.length * 2L)));
        System.arraycopy(ch, start, chars, used, length);
        used += length;
    }

    /** The table's text passes the limit. */
    static final class TooLarge extends IOException {
        TooLarge() { super("shared strings too large", null); }
    }
}
