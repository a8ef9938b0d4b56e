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
 * a private temporary file read back by position, and only the offsets (4 bytes a string, and a bit
 * for whether it was asked for) stay in memory, so a workbook of 600,000 rows with 80 MB of strings is
 * read in the launcher's heap. That file is read a window at a time, in the order a workbook numbers
 * its strings (the order its rows first use them), and the strings asked for more than once (a unit's
 * name, a status) are kept in a small cache: one read of the disk per {@link #WINDOW} bytes of text,
 * not one per cell.
 */
final class XlsxStrings implements AutoCloseable {
    static final XlsxStrings NONE = new XlsxStrings();
    /** A shared-strings part larger than this (uncompressed) is kept on disk. */
    static final long IN_MEMORY_BYTES = 8L << 20;
    /** On disk, the file is read this many bytes at a time. */
    static final int WINDOW = 1 << 16;

    private char[] chars = new char[1 << 12];
    private int used;
    private int[] starts = new int[256];
    private int count;
    /** On disk: the file, its channel, and the UTF-8 text being written (null once read back). */
    private PrivateTemp file;
    private java.nio.channels.FileChannel channel;
    private java.io.OutputStream spill;
    private long spilled;
    /** On disk: the strings asked for again (by index, direct-mapped), and which have been asked for once. */
    private static final int CACHED = 1 << 14;
    private int[] cachedAt;
    private String[] cached;
    private long[] seen;
    /** On disk: the bytes of the file from {@code windowFrom}, read ahead. */
    private byte[] window;
    private int windowFrom, windowLength;
    private long reads;
    /** On disk, while written: UTF-8 not yet written, and a high surrogate whose low half is still to come. */
    private byte[] out;
    private int outUsed;
    private char high;

    private XlsxStrings() {}

    int count() { return count; }

    String get(int i) {
        int from = starts[i], to = i + 1 < count ? starts[i + 1] : (channel != null ? (int) spilled : used);
        if (channel == null) return new String(chars, from, to - from);
        // on disk: a string asked for a second time is kept (a unit's name, a status: few and asked on every
        // row), one asked for the first time is read through a window that moves forward through the file
        // (a workbook's strings are numbered in the order its rows first use them)
        int slot = i & (CACHED - 1);
        if (cachedAt[slot] == i + 1) return cached[slot];
        boolean again = (seen[i >>> 6] & (1L << i)) != 0;
        seen[i >>> 6] |= 1L << i;
        String s = read(from, to - from);
        if (again) {
            cachedAt[slot] = i + 1;
            cached[slot] = s;
        }
        return s;
    }

    /** The text at {@code from} (bytes of UTF-8 from the file's start), {@code length} bytes. */
    private String read(int from, int length) {
        try {
            if (from >= windowFrom && from + length <= windowFrom + windowLength) {
                return new String(window, from - windowFrom, length, java.nio.charset.StandardCharsets.UTF_8);
            }
            if (length > window.length || from < windowFrom) {
                // a long text, or one before the window (asked for again): read alone, the window stays
                java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(length);
                while (b.hasRemaining()) {
                    if (channel.read(b, from + b.position()) < 0) break;
                }
                reads++;
                return new String(b.array(), 0, b.position(), java.nio.charset.StandardCharsets.UTF_8);
            }
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(window);
            while (b.position() < length) {
                if (channel.read(b, from + b.position()) < 0) break;
            }
            reads++;
            windowFrom = from;
            windowLength = b.position();
            return new String(window, 0, Math.min(length, windowLength), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The bytes this table holds in memory once read: its arrays (text, offsets, which were asked for, the
     * window and the cache's slots), not the strings the cache refers to (at most {@code CACHED} of them).
     */
    long heldBytes() {
        long b = 2L * chars.length + 4L * starts.length;
        if (channel != null) b += 8L * seen.length + window.length + 4L * cachedAt.length + 4L * cached.length;
        return b;
    }

    /** How many times the file on disk was read (a test counts them); 0 when the table is held in memory. */
    long reads() { return reads; }

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
            s.spill = java.nio.file.Files.newOutputStream(s.file.path());
            s.out = new byte[1 << 16];
        }
        try {
            parse(s, in, maxChars);
            s.starts = Arrays.copyOf(s.starts, s.count); // no room held past the last string
            if (s.spill != null) {
                s.endText();
                s.flushOut();
                s.out = null;
                s.spill.close();
                s.spill = null;
                s.channel = java.nio.channels.FileChannel.open(s.file.path(), java.nio.file.StandardOpenOption.READ);
                s.cachedAt = new int[CACHED];
                s.cached = new String[CACHED];
                s.seen = new long[(s.count + 63) >>> 6];
                s.window = new byte[WINDOW];
                s.chars = new char[0];
            } else if (s.chars.length > s.used) {
                s.chars = Arrays.copyOf(s.chars, s.used);
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
            public void startElement(String uri, String local, String qName, Attributes a) throws SAXException {
                switch (name(local, qName)) {
                    case "si" -> {
                        inSi = true;
                        try {
                            s.begin();
                        } catch (IOException e) {
                            throw new SAXException(e);
                        }
                    }
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

    private void begin() throws IOException {
        if (count == starts.length) starts = Arrays.copyOf(starts, count + (count >> 1));
        if (spill != null) endText();
        starts[count++] = spill != null ? (int) spilled : used;
    }

    private void append(char[] ch, int start, int length) throws IOException {
        if (spill != null) {
            encode(ch, start, length);
            if (spilled > Integer.MAX_VALUE - 8) throw new TooLarge();
            return;
        }
        if (used + length > chars.length) chars = Arrays.copyOf(chars, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(used + (long) length, chars.length * 2L)));
        System.arraycopy(ch, start, chars, used, length);
        used += length;
    }

    /** Writes the text as UTF-8; a surrogate pair cut between two calls is joined, a lone surrogate written as "?". */
    private void encode(char[] ch, int start, int length) throws IOException {
        for (int k = start, end = start + length; k < end; k++) {
            char c = ch[k];
            if (out.length - outUsed < 4) flushOut();
            if (high != 0) {
                char h = high;
                high = 0;
                if (Character.isLowSurrogate(c)) {
                    int cp = Character.toCodePoint(h, c);
                    put((byte) (0xF0 | cp >>> 18), (byte) (0x80 | (cp >>> 12 & 0x3F)), (byte) (0x80 | (cp >>> 6 & 0x3F)), (byte) (0x80 | (cp & 0x3F)));
                    continue;
                }
                out[outUsed++] = '?';
                spilled++;
                if (out.length - outUsed < 4) flushOut();
            }
            if (c < 0x80) {
                out[outUsed++] = (byte) c;
                spilled++;
            } else if (c < 0x800) {
                put((byte) (0xC0 | c >>> 6), (byte) (0x80 | (c & 0x3F)));
            } else if (Character.isHighSurrogate(c)) {
                high = c;
            } else if (Character.isLowSurrogate(c)) {
                out[outUsed++] = '?';
                spilled++;
            } else {
                put((byte) (0xE0 | c >>> 12), (byte) (0x80 | (c >>> 6 & 0x3F)), (byte) (0x80 | (c & 0x3F)));
            }
        }
    }

    private void put(byte... b) {
        System.arraycopy(b, 0, out, outUsed, b.length);
        outUsed += b.length;
        spilled += b.length;
    }

    /** The end of a string's text: a high surrogate left without its low half is written as "?". */
    private void endText() throws IOException {
        if (high == 0) return;
        high = 0;
        if (outUsed == out.length) flushOut();
        out[outUsed++] = '?';
        spilled++;
    }

    private void flushOut() throws IOException {
        spill.write(out, 0, outUsed);
        outUsed = 0;
    }

    /** The table's text passes the limit. */
    static final class TooLarge extends IOException {
        TooLarge() { super("shared strings too large", null); }
    }
}
