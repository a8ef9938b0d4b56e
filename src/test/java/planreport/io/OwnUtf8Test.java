package planreport.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The decoder's own pass over well-formed UTF-8 (decoded and scanned at once) against the JDK's decoder
 * followed by the scan: on random bytes — text of one to four bytes a character, the CSV syntax, line
 * breaks, NULs, bad and cut sequences, windows-1258 — read through small, uneven reads, both give the
 * same characters, then the same problem (code, variant, line, value) at the same place, and settle on
 * the same encoding.
 */
class OwnUtf8Test {

    private static final byte[][] PIECES = {
        bytes("a"), bytes("Trong quý, "), bytes("ế"), bytes("Đảng ủy "), bytes("é"), bytes("€"), bytes("\uFFFF"), bytes("\uFEFF"),
        bytes("😀"), bytes("\uDBFF\uDFFF"), bytes(","), bytes(";"), bytes("\""), bytes("\"\""), bytes("\t"), bytes(" "), bytes("!"),
        bytes("\n"), bytes("\r\n"), bytes("\r"), bytes("1.1"), bytes("q".repeat(37)), bytes("ư".repeat(20)), bytes("\u007F"),
    };

    /** Bytes that are not well-formed UTF-8, or sequences cut short. */
    private static final byte[][] BAD = {
        {(byte) 0x80}, {(byte) 0xBF}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xC1, (byte) 0x81}, {(byte) 0xE0, (byte) 0x80, (byte) 0x80},
        {(byte) 0xE0, (byte) 0x9F, (byte) 0xBF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF0, (byte) 0x8F, (byte) 0xBF, (byte) 0xBF},
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xF8}, {(byte) 0xFF},
        {(byte) 0xE1, (byte) 0xBA}, {(byte) 0xC3}, {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}, {(byte) 0xC3, (byte) 0x41}, {0},
        {(byte) 0xC2, (byte) 0xA0}, {(byte) 0xE0, (byte) 0xA0}, {(byte) 0xF0, (byte) 0x90, (byte) 0x80, (byte) 0x41},
    };

    private static byte[] bytes(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    @Test
    void ownPassReadsAsTheJdksDecoderThenTheScan() throws IOException {
        Random random = new Random(23);
        int problems = 0, clean = 0, fallBacks = 0;
        for (int t = 0; t < 6000; t++) {
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            if (random.nextInt(10) == 0) text.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            int bad = random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 0;
            int n = 1 + random.nextInt(400);
            for (int k = 0; k < n; k++) {
                if (bad > 0 && random.nextInt(n) < 2) {
                    text.writeBytes(BAD[random.nextInt(BAD.length)]);
                    bad--;
                } else {
                    text.writeBytes(PIECES[random.nextInt(PIECES.length)]);
                }
            }
            if (random.nextInt(30) == 0) text.writeBytes("Ph\u1EA1m Văn A".getBytes(CheckedDecoder.WINDOWS_1258));
            byte[] in = text.toByteArray();
            Charset charset = random.nextBoolean() ? null : StandardCharsets.UTF_8;
            long max = random.nextInt(4) == 0 ? 1 << 20 : 1 + random.nextInt(80);
            long seed = random.nextLong();
            String own = read(in, charset, max, true, seed), jdk = read(in, charset, max, false, seed);
            assertEquals(jdk, own, "charset " + charset + ", limit " + max + ": " + java.util.HexFormat.of().formatHex(in));
            if (own.contains("\u0000PROBLEM")) problems++; else clean++;
            if (own.endsWith("windows-1258")) fallBacks++;
        }
        assertTrue(problems > 1000 && clean > 1000 && fallBacks > 10, problems + " stopped, " + clean + " read through, " + fallBacks + " fell back");
    }

    /** A record over the record limit (a quoted cell of many short lines), after each kind of line break: said at the record's first line, both ways. */
    @Test
    void aRecordOverTheLimitIsSaidAtItsFirstLineBothWays() {
        Random random = new Random(5);
        String line = "Đảng ủy xã ế ư 😀 ".repeat(3) + "\n";
        int lines = (int) (CheckedDecoder.MAX_RECORD_CHARS / line.length()) + 2;
        for (String before : new String[] {"a,b\n", "a,b\r\n", "a,b\r", "x\r\n\r\ny,z\n", "\"q\"\"\",1\r"}) {
            byte[] in = bytes(before + "u,\"" + line.repeat(lines) + "\"\n");
            long seed = random.nextLong();
            String own = read(in, StandardCharsets.UTF_8, 1 << 20, true, seed), jdk = read(in, StandardCharsets.UTF_8, 1 << 20, false, seed);
            assertEquals(jdk.substring(jdk.lastIndexOf('\u0000')), own.substring(own.lastIndexOf('\u0000')), before);
            assertTrue(own.contains("record-too-long"), own.substring(own.lastIndexOf('\u0000')));
        }
    }

    /** What a reader gets: the characters, then the problem met (or the end), and the encoding read in. */
    private static String read(byte[] in, Charset charset, long max, boolean ownUtf8, long seed) {
        Random random = new Random(seed);
        StringBuilder got = new StringBuilder();
        CheckedDecoder d = new CheckedDecoder(new Uneven(in, random), charset, max, ownUtf8);
        char[] buf = new char[1 + random.nextInt(300)];
        try {
            for (int r; (r = d.read(buf, 0, 1 + random.nextInt(buf.length))) >= 0; ) got.append(buf, 0, r);
            got.append("\u0000END");
        } catch (InputProblem p) {
            var x = p.diagnostic();
            got.append("\u0000PROBLEM ").append(x.code()).append(' ').append(x.variant()).append(" line ").append(x.line())
                    .append(' ').append(x.value()).append(' ').append(x.args());
        } catch (IOException e) {
            got.append("\u0000IO ").append(e);
        }
        return got.append(' ').append(d.charset().name()).toString();
    }

    /** A stream that hands its bytes over a few at a time and says little is available (small buffers, many chunk ends). */
    private static final class Uneven extends InputStream {
        private final byte[] a;
        private final Random random;
        private int pos;

        Uneven(byte[] a, Random random) {
            this.a = a;
            this.random = random;
        }

        @Override public int available() { return Math.min(a.length - pos, random.nextInt(300)); }

        @Override public int read() { return pos < a.length ? a[pos++] & 0xFF : -1; }

        @Override public int read(byte[] b, int off, int len) {
            if (len == 0) return 0;
            if (pos >= a.length) return -1;
            int k = Math.min(Math.min(len, a.length - pos), 1 + random.nextInt(40));
            System.arraycopy(a, pos, b, off, k);
            pos += k;
            return k;
        }
    }
}
