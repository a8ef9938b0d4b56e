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
 */
public final class CheckedDecoder extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder;
    private final Charset charset;
    private final long maxLineChars;
    private final ByteBuffer bytes;
    private final CharBuffer chars;
    private boolean eof;
    /** The end was reported: the decoder is flushed and must not be called again (readers may ask twice). */
    private boolean finished;
    private boolean first = true;
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

    public CheckedDecoder(InputStream in, Charset charset, long maxLineChars) {
        this.in = in;
        this.charset = charset;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        this.maxLineChars = maxLineChars;
        // buffers no larger than the file: a batch of hundreds of small reports would otherwise
        // allocate (and zero) 192 KB for each
        int size = 1 << 16;
        try {
            int available = in.available();
            if (available > 0) size = Math.min(size, Math.max(1 << 12, available + 16));
        } catch (IOException e) {
            // a stream that cannot tell: the full size
        }
        bytes = ByteBuffer.allocate(size);
        chars = CharBuffer.allocate(size);
        bytes.flip();
        chars.flip();
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
        chars.clear();
        boolean underflow = true;
        try {
            while (chars.position() == 0) {
                if (!eof && (underflow || bytes.remaining() < 16)) {
                    bytes.compact();
                    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                    if (n < 0) eof = true; else bytes.position(bytes.position() + n);
                    bytes.flip();
                }
                CoderResult r = decoder.decode(bytes, chars, eof);
                underflow = r.isUnderflow();
                if (r.isError()) {
                    scan(chars.position());
                    String hex = String.format("0x%02X", bytes.get(bytes.position()) & 0xFF);
                    pending = new InputProblem(Diagnostic.of(Code.ENCODING, charset.equals(StandardCharsets.UTF_8) ? "utf8" : "other")
                            .at(null, line, null).value(hex).with("charset", charset.name()));
                    break;
                }
                if (eof && underflow) {
                    decoder.flush(chars);
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
                    if (st != QUOTED) st = UNQUOTED;
                    cr = false;
                    if (++rc > MAX_RECORD_CHARS) {
                        throw new InputProblem(Diagnostic.of(Code.CSV_SYNTAX, "record-too-long").at(null, rl, null).with("limit", MAX_RECORD_CHARS));
                    }
                    if (++lc > maxLineChars) {
                        throw new InputProblem(Diagnostic.of(Code.CSV_SYNTAX, "line-too-long").at(null, ln, null).with("limit", maxLineChars));
                    }
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
                        throw new InputProblem(Diagnostic.of(Code.CSV_SYNTAX, "binary").at(null, ln, null));
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
