package planreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import planreport.io.Source;
import planreport.model.Lang;

/** The progress line: the share read and the time left where the inputs' sizes are known. */
class ProgressTest {
    static final long S = 1_000_000_000L;

    @Test
    void shareAndTimeLeftFromTheFilesSizes(@TempDir Path dir) throws Exception {
        // two files of 100 rows of 10 bytes: 1,000 bytes each
        Path a = dir.resolve("a.csv"), b = dir.resolve("b.csv");
        String rows = "123456789\n".repeat(100);
        Files.writeString(a, rows);
        Files.writeString(b, rows);
        List<Source> sources = List.of(new Source(a.toString(), a), new Source(b.toString(), b));
        long[] now = {0};
        StringWriter out = new StringWriter();
        Progress p = new Progress(new PrintWriter(out), Texts.of(Lang.VI), sources, () -> now[0]);
        // halfway through the first file, half a second in: the share, no time left yet
        assertEquals("0/2 tệp, 50 dòng, 25%", p.line(0, 2, 50, S / 2));
        // the first file done after 2 s, the second half read at 3 s: 75%, 1 s left
        assertEquals(0.5, p.share(1, 2, 100), 1e-9);
        assertEquals("1/2 tệp, 150 dòng, đã đọc 75%, còn khoảng 1 giây", p.line(1, 2, 150, 3 * S));
        assertEquals(1.0, p.share(2, 2, 200), 1e-9);
    }

    @Test
    void aLongRunShowsMinutesAndEnglishToo(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.csv");
        Files.writeString(a, "123456789\n".repeat(1000));
        List<Source> sources = List.of(new Source(a.toString(), a));
        Progress p = new Progress(new PrintWriter(new StringWriter()), Texts.of(Lang.EN), sources, () -> 0);
        // a tenth read in 20 s: 180 s left
        assertEquals("0/1 files, 100 rows, 10% read, about 3 min 00 s left", p.line(0, 1, 100, 20 * S));
    }

    @Test
    void standardInputHasNoShare() {
        Progress p = new Progress(new PrintWriter(new StringWriter()), Texts.of(Lang.VI), List.of(new Source("<stdin>", null)), () -> 0);
        assertEquals(-1, p.share(0, 1, 10));
        assertEquals("0/1 tệp, 10 dòng", p.line(0, 1, 10, 5 * S));
    }

    @Test
    void theLineIsWrittenOverItselfAndClearedAtTheEnd(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.csv");
        Files.writeString(a, "x\n".repeat(10));
        long[] now = {0};
        StringWriter out = new StringWriter();
        Progress p = new Progress(new PrintWriter(out), Texts.of(Lang.VI), List.of(new Source(a.toString(), a)), () -> now[0]);
        now[0] = S;
        p.update(1, 1, 10);
        p.done();
        assertTrue(out.toString().startsWith("\r1/1 tệp, 10 dòng"), out.toString());
        assertTrue(out.toString().endsWith("\r\033[K"), out.toString());
    }
}
