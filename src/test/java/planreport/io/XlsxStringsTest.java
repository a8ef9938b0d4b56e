package planreport.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A workbook's shared strings: what the table keeps for N strings, in memory and on disk, and how often it reads the disk. */
class XlsxStringsTest {
    /** N strings of a report's kind: a few asked on every row (units, statuses), the rest each once (results), some with characters outside the BMP. */
    static List<String> texts(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        String[] parts = {"Đảng ủy", "xã", "tuyên truyền", "đoàn viên", "người lao động", "🎉", "𠀋", "&", "<b>", "_x000D_", " "};
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            StringBuilder b = new StringBuilder();
            int words = 1 + r.nextInt(i % 500 == 0 ? 6000 : 30); // now and then a text longer than a window
            for (int w = 0; w < words; w++) b.append(parts[r.nextInt(parts.length)]).append(' ').append(r.nextInt(1000));
            out.add(b.toString());
        }
        return out;
    }

    static byte[] part(List<String> texts) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            int half = t.length() / 2;
            if (half > 0 && Character.isLowSurrogate(t.charAt(half))) half++; // runs split between characters
            if (i % 3 == 0) x.append("<si><t>").append(escaped(t)).append("</t></si>");
            else x.append("<si><r><t>").append(escaped(t.substring(0, half))).append("</t></r><r><t xml:space=\"preserve\">").append(escaped(t.substring(half)))
                    .append("</t></r><rPh sb=\"0\" eb=\"1\"><t>ふりがな</t></rPh></si>"); // runs, and a phonetic guide left out
        }
        return x.append("</sst>").toString().getBytes(StandardCharsets.UTF_8);
    }

    static String escaped(String t) { return t.replace("&", "&amp;").replace("<", "&lt;"); }

    static String expected(String t) { return t; }

    @Test
    void inMemoryTheTableHoldsTwoBytesACharacterAndFourAString() throws Exception {
        List<String> texts = texts(5_000, 1);
        long chars = 0;
        for (String t : texts) chars += expected(t).length();
        try (XlsxStrings s = XlsxStrings.read(new ByteArrayInputStream(part(texts)), Long.MAX_VALUE, 1 << 20)) {
            assertEquals(texts.size(), s.count());
            for (int i = 0; i < texts.size(); i++) assertEquals(expected(texts.get(i)), s.get(i), "string " + i);
            assertEquals(2 * chars + 4L * texts.size(), s.heldBytes());
            assertEquals(0, s.reads());
        }
    }

    @Test
    void onDiskTheTableHoldsItsOffsetsAndReadsTheDiskAWindowAtATime() throws Exception {
        int n = 40_000;
        List<String> texts = texts(n, 2);
        byte[] xml = part(texts);
        long bytes = 0;
        for (String t : texts) bytes += expected(t).getBytes(StandardCharsets.UTF_8).length;
        try (XlsxStrings s = XlsxStrings.read(new ByteArrayInputStream(xml), Long.MAX_VALUE, XlsxStrings.IN_MEMORY_BYTES + 1)) {
            assertEquals(n, s.count());
            // kept: 4 bytes and a bit a string, and the fixed window and cache, whatever the text's length
            long fixed = XlsxStrings.WINDOW + 8L * (1 << 14);
            assertTrue(s.heldBytes() <= 4L * n + n / 8 + 8 + fixed, "held " + s.heldBytes());
            assertTrue(bytes > 10 * s.heldBytes(), "the text (" + bytes + " bytes) is not held");
            // rows as a sheet reads them: each its own result (a new string, in order) and a unit's name and a status asked again and again
            SplittableRandom r = new SplittableRandom(3);
            int[] hot = {0, 1, 2, 7, 11, 30};
            long bigOnes = 0;
            for (int i = 0; i < n; i++) {
                assertEquals(expected(texts.get(i)), s.get(i), "string " + i);
                if (expected(texts.get(i)).getBytes(StandardCharsets.UTF_8).length > 1024) bigOnes++;
                int h = hot[r.nextInt(hot.length)];
                if (h <= i) assertEquals(expected(texts.get(h)), s.get(h), "string " + h + " again");
            }
            // a window starts at the first string it did not hold: a short string cut at its end costs under 1 KB of it,
            // a long one (over 1 KB) one more read or two; a string asked again, one read before it is cached
            long windows = bytes / (XlsxStrings.WINDOW - 1024) + 1;
            long most = windows + 2 * bigOnes + 2L * hot.length;
            assertTrue(s.reads() <= most, s.reads() + " reads, expected at most " + most + " (" + bytes + " bytes of text, " + n + " strings)");
            // asked again in any order: the same texts
            for (int k = 0; k < 2_000; k++) {
                int i = r.nextInt(n);
                assertEquals(expected(texts.get(i)), s.get(i), "string " + i + " out of order");
            }
        }
    }
}
