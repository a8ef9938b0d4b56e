package planreport.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import planreport.check.Code;
import planreport.check.Diagnostic;

/**
 * Decodes bytes strictly, and knows where it is: a bad byte is reported with its line (after the
 * text before it has been handed on), as are a physical line longer than the limit and NUL bytes
 * (binary data). A leading byte-order mark is dropped.
 *
 * <p>Without a charset named ({@code null}), the encoding is decided for this file alone, as the files
 * units send come: a byte-order mark says UTF-8, UTF-16 LE or UTF-16 BE (Excel's "Unicode Text");
 * without one the bytes are read as UTF-8, and when a byte is not UTF-8 while everything before it was
 * plain ASCII (which both encodings write alike) the rest is read as windows-1258, the code page of
 * Excel's plain "CSV" on a Vietnamese Windows. The decision costs no pass over the characters: the
 * bytes consumed are compared with the characters produced, equal only while all was ASCII. A bad
 * byte after UTF-8 text is reported as before.
 */
public final class CheckedDecoder extends Reader {
    private final InputStream in;
    private CharsetDecoder decoder;
    private Charset charset;
    /** No charset was named: the byte-order mark, then the bytes, decide. */
    private final boolean detect;
    /** Detecting and still on UTF-8 with only ASCII so far: a bad byte switches to windows-1258. */
    private boolean mayFallBack;
    /** The decoder has been flushed at the end: nothing more comes. */
    private boolean flushed;
    private long bytesDecoded;
    private long charsDecoded;
    private final long maxLineChars;
    private final ByteBuffer bytes;
    private final CharBuffer chars;
    private boolean eof;
    /** The end was reported: the decoder is flushed and must not be called again (readers may ask twice). */
    private boolean finished;
    private boolean first = true;
    /** The first bytes look like UTF-16 or UTF-32 without a byte-order mark: a NUL there says "save as CSV UTF-8". */
    private boolean wideText;
    private InputProblem pending;
    private long line = 1;
    private long lineChars;
    /** The last character scanned was a CR: an LF right after it ends the same line. */
    private boolean afterCr;
    /**
     * A record (a row, its quoted cells' line breaks included) longer than this stops the file: the
     * CSV parser would hold it whole (a 50 MB cell spread over short lines would exhaust memory).
     */
    public static final long MAX_RECORD_CHARS = 4L << 20;
    private static final int FIELD_START = 0, UNQUOTED = 1, QUOTED = 2, QUOTE_IN_QUOTED = 3;
    /** Where the scan stands in the CSV syntax, as the parser reads it (RFC 4180 quoting). */
    private int state = FIELD_START;
    private long recordChars;
    private long recordLine = 1;
    /** The field delimiter once known (0: ',' and ';' both end a field). */
    private char delimiter;

    /** Sets the field delimiter, once the header line has told it. */
    void delimiter(char d) { delimiter = d; }

    /** Excel's plain "CSV" on a Vietnamese Windows. */
    public static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    /** Decodes in {@code charset}, or decides the encoding from the bytes when it is null. */
    public CheckedDecoder(InputStream in, Charset charset, long maxLineChars) {
        this.in = in;
        this.detect = charset == null;
        use(charset == null ? StandardCharsets.UTF_8 : charset);
        this.mayFallBack = detect;
        this.maxLineChars = maxLineChars;
        // buffers no larger than the file: a batch of hundreds of small reports would otherwise
        // allocate (and zero) 192 KB for each (and 12 KB each at a floor of 4 KB: a third of what a
        // cold validate of the shipped example allocates); a file that fits is decoded in one chunk either way
        int size = 1 << 16;
        try {
            int available = in.available();
            if (available > 0) size = Math.min(size, Math.max(1 << 8, available + 16));
        } catch (IOException e) {
            // a stream that cannot tell: the full size
        }
        bytes = ByteBuffer.allocate(size);
        chars = CharBuffer.allocate(size);
        bytes.flip();
        chars.flip();
    }

    private void use(Charset cs) {
        charset = cs;
        decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The encoding the file is being read in (once detected: after the first characters). */
    public Charset charset() { return charset; }

    /** Reads the first bytes and picks the encoding by the byte-order mark, dropping it. */
    private void sniff() throws IOException {
        bytes.compact();
        while (bytes.position() < 3 && !eof) {
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) eof = true; else bytes.position(bytes.position() + n);
        }
        bytes.flip();
        int n = bytes.remaining();
        byte[] a = bytes.array();
        int b0 = n > 0 ? a[0] & 0xFF : -1, b1 = n > 1 ? a[1] & 0xFF : -1, b2 = n > 2 ? a[2] & 0xFF : -1;
        // text in UTF-16 or UTF-32 without a byte-order mark: a NUL in each of its first ASCII characters
        wideText = detect && n > 1 && ((b0 == 0) != (b1 == 0) || (b0 == 0 && b1 == 0 && b2 == 0) || (b0 > 0 && b1 == 0 && b2 == 0));
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            bytes.position(3);
            mayFallBack = false;
        } else if (b0 == 0xFF && b1 == 0xFE) {
            bytes.position(2);
            use(StandardCharsets.UTF_16LE);
            mayFallBack = false;
        } else if (b0 == 0xFE && b1 == 0xFF) {
            bytes.position(2);
            use(StandardCharsets.UTF_16BE);
            mayFallBack = false;
        }
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) return 0;
        while (!chars.hasRemaining()) {
            if (pending != null) throw pending;
            if (finished) return -1;
            if (!fill()) {
                finished = true;
                return -1;
            }
        }
        int n = Math.min(len, chars.remaining());
        chars.get(cbuf, off, n);
        return n;
    }

    /** Decodes the next chunk into {@code chars}; false at the end. */
    private boolean fill() throws IOException {
        if (flushed) {
            chars.clear();
            chars.flip();
            return false;
        }
        chars.clear();
        boolean underflow = true;
        if (first && detect) sniff();
        try {
            while (chars.position() == 0) {
                if (!eof && (underflow || bytes.remaining() < 16)) {
                    bytes.compact();
                    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                    if (n < 0) eof = true; else bytes.position(bytes.position() + n);
                    bytes.flip();
                }
                int b = bytes.position(), c = chars.position();
                CoderResult r = decoder.decode(bytes, chars, eof);
                if (mayFallBack) {
                    bytesDecoded += bytes.position() - b;
                    charsDecoded += chars.position() - c;
                    if (bytesDecoded != charsDecoded) {
                        // a UTF-8 sequence read: the file is UTF-8, unless the only ones are what windows-1258
                        // letters before a symbol make ("Â" + no-break space is C2 A0, UTF-8's no-break space)
                        int k = firstNonAscii(chars.array(), c, chars.position());
                        mayFallBack = false;
                        if (k >= 0 && windows1258Pairs(chars.array(), k, chars.position())) {
                            bytes.position(b + (k - c)); // every character before k was one byte
                            chars.position(k);
                            use(WINDOWS_1258);
                            underflow = false;
                            continue;
                        }
                    } else if (r.isError()) {
                        // not UTF-8, and all before was ASCII: the rest is windows-1258, from this byte on
                        use(WINDOWS_1258);
                        mayFallBack = false;
                        underflow = false;
                        continue;
                    }
                }
                underflow = r.isUnderflow();
                if (r.isError()) {
                    scan(chars.position());
                    int at = bytes.position();
                    String value = String.format("0x%02X", bytes.get(at) & 0xFF), key;
                    if (isUtf16() && bytes.limit() - at >= 2) {
                        // UTF-16's malformed input is half of a surrogate pair standing alone: name the code unit, not a byte
                        int unit = charset.equals(StandardCharsets.UTF_16LE)
                                ? (bytes.get(at) & 0xFF) | (bytes.get(at + 1) & 0xFF) << 8
                                : (bytes.get(at) & 0xFF) << 8 | (bytes.get(at + 1) & 0xFF);
                        value = String.format("U+%04X", unit);
                        key = "surrogate";
                    } else {
                        key = !charset.equals(StandardCharsets.UTF_8) ? "other" : detect ? "mixed" : "utf8";
                    }
                    pending = new InputProblem(Diagnostic.of(Code.ENCODING, key).at(null, line, null).value(value).with("charset", charset.name()));
                    break;
                }
                if (eof && underflow) {
                    decoder.flush(chars);
                    flushed = true;
                    break;
                }
            }
            if (pending == null) scan(chars.position());
        } finally {
            chars.flip();
        }
        if (!chars.hasRemaining() && pending == null) return false;
        if (first && chars.hasRemaining() && chars.get(chars.position()) == '\uFEFF') chars.get();
        first = false;
        return chars.hasRemaining() || pending != null;
    }

    private boolean isUtf16() {
        return charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE) || charset.equals(StandardCharsets.UTF_16);
    }

    /** The index of the first character from {@code from} to {@code to} that is not ASCII, or -1. */
    private static int firstNonAscii(char[] a, int from, int to) {
        for (int i = from; i < to; i++) if (a[i] >= 0x80) return i;
        return -1;
    }

    /**
     * Whether the non-ASCII characters decoded as UTF-8 from {@code from} are what windows-1258 text reads as
     * in UTF-8: nothing above U+00FF (no Vietnamese letter of UTF-8's own, which take three bytes or sit above
     * U+00FF), and at least one C1 control or no-break space (a letter of the code page followed by one of its
     * symbols), which Vietnamese text typed in UTF-8 does not begin with.
     */
    private static boolean windows1258Pairs(char[] a, int from, int to) {
        boolean c1 = false;
        for (int i = from; i < to; i++) {
            char ch = a[i];
            if (ch > 0xFF) return false;
            if (ch >= 0x80 && ch <= 0xA0) c1 = true;
        }
        return c1;
    }

    /** Counts lines and enforces the line limit and the no-NUL rule over the first {@code n} chars decoded. */
    private void scan(int n) throws InputProblem {
        char[] a = chars.array();
        // locals, not fields, in the loop over every character; written back before anything is thrown
        long ln = line, lc = lineChars, rc = recordChars, rl = recordLine;
        boolean cr = afterCr;
        int st = state;
        char d = delimiter;
        try {
            for (int i = 0; i < n; i++) {
                char c = a[i];
                if (c > '"' && c != ',' && c != ';') { // most characters: text, inside quotes or not
                    // the run of such characters from here, counted at once: it changes neither the line nor the record
                    int j = i + 1;
                    while (j < n && (c = a[j]) > '"' && c != ',' && c != ';') j++;
                    int k = j - i;
                    if (st != QUOTED) st = UNQUOTED;
                    cr = false;
                    if (rc + k > MAX_RECORD_CHARS || lc + k > maxLineChars) {
                        // the first character past a limit, as one at a time finds it (the record's limit is asked first)
                        long toRecord = MAX_RECORD_CHARS - rc, toLine = maxLineChars - lc;
                        long at = Math.min(toRecord, toLine);
                        rc += at + 1;
                        lc += at + 1;
                        if (toRecord <= toLine) {
                            lc--; // the record's limit is met first: the line's count had not moved yet
                            throw new InputProblem(Diagnostic.of(Code.CSV_SYNTAX, "record-too-long").at(null, rl, null).with("limit", MAX_RECORD_CHARS));
                        }
                        throw new InputProblem(Diagnostic.of(Code.CSV_SYNTAX, "line-too-long").at(null, ln, null).with("limit", maxLineChars));
                    }
                    rc += k;
                    lc += k;
                    i = j - 1;
                    continue;
                }
                // the record's state: a line break outside quotes ends it
                if (st == QUOTED) {
                    if (c == '"') st = QUOTE_IN_QUOTED;
                } else if (st == QUOTE_IN_QUOTED && c == '"') {
                    st = QUOTED;
                } else if (c == '\n' || c == '\r') {
                    st = FIELD_START;
                    rc = -1;
                    rl = ln + (c == '\n' && cr ? 0 : 1);
                } else if (c == '"' && st == FIELD_START) {
                    st = QUOTED;
                } else if (d == 0 ? (c == ',' || c == ';') : c == d) {
                    st = FIELD_START;
                } else {
                    st = UNQUOTED;
                }
                if (++rc > MAX_RECORD_CHARS) {
                    throw new InputProblem(Diagnostic.of(Code.CSV_SYNTAX, "record-too-long").at(null, rl, null).with("limit", MAX_RECORD_CHARS));
                }
                // a line ends at LF, CRLF or a lone CR ("CSV (Macintosh)"), as the CSV parser counts them
                if (c == '\n') {
                    if (!cr) ln++;
                    cr = false;
                    lc = 0;
                } else if (c == '\r') {
                    ln++;
                    cr = true;
                    lc = 0;
                } else {
                    cr = false;
                    if (c == 0) {
                        chars.position(i);
                        throw new InputProblem(Diagnostic.of(Code.CSV_SYNTAX, wideText && ln == 1 ? "unicode" : "binary").at(null, ln, null));
                    }
                    if (++lc > maxLineChars) {
                        throw new InputProblem(Diagnostic.of(Code.CSV_SYNTAX, "line-too-long").at(null, ln, null).with("limit", maxLineChars));
                    }
                }
            }
        } finally {
            line = ln;
            lineChars = lc;
            afterCr = cr;
            recordChars = rc;
            recordLine = rl;
            state = st;
        }
    }


    @Override
    public void close() throws IOException { in.close(); }
}
