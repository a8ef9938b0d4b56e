package planreport.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The decoder's line limit, met inside a run of plain text (the scan counts such a run at once): the
 * file stops at the first line longer than the limit, said at that line, whatever the run around it.
 */
class DecoderLimitsTest {

    @Test
    void theFirstLineOverTheLimitIsTheOneSaid() throws IOException {
        Random random = new Random(41);
        String[] pieces = {"a", "ế", "Đảng ủy ", "xyz", ",", ";", "\"", "\"\"", "\t", " ", "1.1", "q".repeat(37)};
        String[] breaks = {"\n", "\r\n", "\r"};
        int stopped = 0;
        for (int t = 0; t < 3000; t++) {
            long max = 1 + random.nextInt(60);
            StringBuilder text = new StringBuilder();
            for (int line = 1 + random.nextInt(8); line > 0; line--) {
                for (int k = random.nextInt(12); k > 0; k--) text.append(pieces[random.nextInt(pieces.length)]);
                text.append(breaks[random.nextInt(breaks.length)]);
            }
            // the physical lines as the parser counts them (LF, CRLF or a lone CR ends one)
            String[] lines = text.toString().split("\r\n|\r|\n", -1);
            long expected = -1;
            for (int i = 0; i < lines.length && expected < 0; i++) if (lines[i].length() > max) expected = i + 1;
            CheckedDecoder d = new CheckedDecoder(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)), null, max);
            char[] buf = new char[1 + random.nextInt(100)];
            long said = -1;
            try {
                while (d.read(buf, 0, buf.length) >= 0) { /* read on */ }
            } catch (InputProblem p) {
                assertEquals("line-too-long", p.diagnostic().variant(), text.toString());
                said = p.diagnostic().line();
            }
            assertEquals(expected, said, "limit " + max + ": " + text);
            if (said > 0) stopped++;
        }
        assertTrue(stopped > 1000 && stopped < 2900, "both outcomes: " + stopped);
    }
}
