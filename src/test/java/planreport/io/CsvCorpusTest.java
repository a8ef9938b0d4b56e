package planreport.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import planreport.check.Diagnostic;
import planreport.check.Diagnostics;

/**
 * A corpus of hostile report files, each with the outcome it must have. The big ones are generated
 * at run time into a temporary folder (or streamed), never committed.
 */
class CsvCorpusTest {
    private static final String HEADER = "unit,period,task,status,progress,completed_on,submitted_on,result\n";
    private static final String GOOD_ROW = "Huyện ủy Bình Sơn,2022-Q1,6.1,in_progress,50,,2022-04-10,";

    @TempDir Path dir;

    private List<String> run(String name, byte[] content) throws IOException {
        return Hostile.lineCodes(Hostile.validate(dir, name, content));
    }

    private static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    @Test
    void aZeroByteFileHasNoHeader() throws IOException {
        assertEquals(List.of("- missing-column"), run("empty.csv", new byte[0]));
    }

    @Test
    void binaryDataIsRefusedWithOneDiagnostic() throws IOException {
        byte[] png = new byte[4096];
        new java.util.Random(1).nextBytes(png);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13}, 0, png, 0, 12);
        List<String> r = run("image.csv", png);
        assertEquals(1, r.size(), r.toString());
        assertTrue(r.get(0).endsWith("csv-syntax") || r.get(0).endsWith("encoding"), r.toString());
    }

    @Test
    void aTenMegabyteCellOnOneLineStopsTheFileAtThatLine() throws IOException {
        String cell = "a".repeat(10 << 20);
        assertEquals(List.of("3 csv-syntax"), run("cell.csv", utf8(HEADER + GOOD_ROW + "\n" + GOOD_ROW.replace("6.1", "III.1") + "\"" + cell + "\"\n")));
    }

    @Test
    void aTenMegabyteCellOverManyLinesIsRefusedAtItsRow() throws IOException {
        String cell = ("Kết quả dài, rất dài.\n".repeat(50)).repeat(10 << 20 >> 10);
        List<String> r = run("cell-lines.csv", utf8(HEADER + "\"" + GOOD_ROW.replace("6.1", "III.1") + "\"" + cell + "\"\n" + GOOD_ROW + "\n"));
        assertEquals(List.of("2 csv-syntax"), r, "the long cell's row is refused (record-too-long: the parser would hold it whole, so the file stops there)");
    }

    @Test
    void aHundredMegabyteLineIsRefusedWithoutReadingItAll() throws IOException {
        long total = 100L << 20;
        CountingStream line = new CountingStream(total);
        Diagnostics ds = new Diagnostics();
        ReportReader.read(new SequenceInputStream(new ByteArrayInputStream(utf8(HEADER)), line), "line.csv", 0, StandardCharsets.UTF_8,
                Hostile.plan(), ds, r -> {}, true);
        assertEquals(List.of("2 csv-syntax"), Hostile.lineCodes(ds.sorted()));
        assertTrue(line.read < 8L << 20, "stopped early: read " + line.read + " of " + total + " bytes");
    }

    @Test
    void aHundredMegabyteLineFileOnDiskIsRefused() throws IOException {
        Path f = dir.resolve("line-on-disk.csv");
        try (OutputStream out = Files.newOutputStream(f)) {
            out.write(utf8(HEADER));
            byte[] chunk = utf8("x".repeat(1 << 20));
            for (int i = 0; i < 100; i++) out.write(chunk);
        }
        assertEquals(List.of("2 csv-syntax"), Hostile.lineCodes(Hostile.validate(f)));
    }

    @Test
    void aMillionColumnsIsRefused() throws IOException {
        StringBuilder b = new StringBuilder(8 << 20);
        for (int i = 0; i < 1_000_000; i++) b.append(i == 0 ? "" : ",").append('c').append(i);
        b.append('\n');
        assertEquals(List.of("1 csv-syntax"), run("columns.csv", utf8(b.toString())));
    }

    @Test
    void twoHundredThousandShortColumnsHitTheColumnLimit() throws IOException {
        String header = "unit,period,task,status" + ",x".repeat(200_000) + "\n";
        List<Diagnostic> ds = Hostile.validate(dir, "wide.csv", utf8(header + GOOD_ROW + "\n"));
        assertEquals(List.of("1 csv-syntax"), Hostile.lineCodes(ds));
        assertEquals("too-many-columns", ds.get(0).variant());
        assertEquals("200004", ds.get(0).arg("columns"));
    }

    @Test
    void nfdTextIsAcceptedWithTheSameResultAsNfc() throws IOException {
        String nfc = new String(Hostile.validReport(), StandardCharsets.UTF_8);
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        assertTrue(!nfd.equals(nfc));
        Path a = Files.createDirectories(dir.resolve("nfc")), b = Files.createDirectories(dir.resolve("nfd"));
        List<Diagnostic> x = Hostile.validate(a, "report.csv", utf8(nfc));
        List<Diagnostic> y = Hostile.validate(b, "report.csv", utf8(nfd));
        assertEquals(x, y);
        assertTrue(Hostile.codes(x).stream().noneMatch(c -> c.equals("unknown-unit") || c.equals("unit-spelling")), x.toString());
    }

    @Test
    void aByteOrderMarkInTheMiddleIsIgnoredInNamesAndStatusesAndRefusedInADate() throws IOException {
        String bom = "\uFEFF";
        // names and statuses are compared without zero-width characters: the rows are accepted
        assertEquals(List.of(), run("bom-unit.csv", utf8(HEADER + GOOD_ROW + "\n" + bom + GOOD_ROW.replace("6.1", "III.1")
                .replace("in_progress", "in_" + bom + "progress") + "\n")));
        // inside a date: not a date
        assertEquals(List.of("3 bad-date"), run("bom-date.csv", utf8(HEADER + GOOD_ROW + "\n" + GOOD_ROW.replace("6.1", "III.1")
                .replace("2022-04-10", "2022-04-" + bom + "10") + "\n")));
    }

    @Test
    void unitNamesThatLookLikePathsAreUnknownUnitsAndTouchNoFile() throws IOException {
        String rows = HEADER + GOOD_ROW.replace("Huyện ủy Bình Sơn", "../../etc/passwd") + "\n"
                + GOOD_ROW.replace("Huyện ủy Bình Sơn", "Huyện ủy/Bình Sơn") + "\n"
                + GOOD_ROW.replace("Huyện ủy Bình Sơn", "..") + "\n";
        assertEquals(List.of("2 unknown-unit", "3 unknown-unit", "4 unknown-unit"), run("paths.csv", utf8(rows)));
        try (var s = Files.list(dir)) {
            assertEquals(List.of("paths.csv"), s.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void formulaLikeAndTemplateTextIsPlainTextToValidate() throws IOException {
        String[] texts = {"\"=HYPERLINK(\"\"http://example.com\"\",\"\"bấm\"\")\"", "@SUM(A1:A9)", "+cmd|' /C calc'!A0", "-2+3",
                "${7*7}", "<#assign x=1>${x}", "#{7*7}", "[#ftl] [=7*7]"};
        StringBuilder b = new StringBuilder(HEADER);
        String[] tasks = {"6.1", "III.1", "6.1", "III.1", "6.1", "III.1", "6.1", "III.1"};
        String[] periods = {"2022-Q1", "2022-Q1", "2022-Q2", "2022-Q2", "2022-Q3", "2022-Q3", "2022-Q4", "2022-Q4"};
        for (int i = 0; i < texts.length; i++) {
            b.append(GOOD_ROW.replace("6.1", tasks[i]).replace("2022-Q1", periods[i]).replace("2022-04-10", periods[i].endsWith("Q1") ? "2022-04-10"
                    : periods[i].endsWith("Q2") ? "2022-07-10" : periods[i].endsWith("Q3") ? "2022-10-10" : "2023-01-10")).append(texts[i]).append('\n');
        }
        List<Diagnostic> ds = Hostile.validate(dir, "formulas.csv", utf8(b.toString()));
        assertTrue(ds.stream().noneMatch(d -> d.line() != null), ds.toString());
        // and as a unit name: an unknown unit, not evaluated
        assertEquals(List.of("2 unknown-unit"), run("formula-unit.csv", utf8(HEADER + GOOD_ROW.replace("Huyện ủy Bình Sơn", "=HYPERLINK(1)") + "\n")));
    }

    // ---- known bugs in the reader, left for the main code to fix: enable each test once fixed ----

    /**
     * The CSV parser skips empty lines inside {@code next()}, after the reader took the row's line,
     * so a row after N empty lines is reported N lines too early: "line 2" points at a blank line.
     */
    @Test
    void emptyLinesDoNotShiftTheLinesOfLaterRows() throws IOException {
        assertEquals(List.of("4 unknown-unit"), run("blank-lines.csv", utf8(HEADER + "\n\n" + GOOD_ROW.replace("Huyện ủy Bình Sơn", "Ban Tuyen giao") + "\n")));
    }

    /**
     * The decoder counts lines by LF only while the CSV parser also ends a line at a lone CR (files
     * saved as "CSV (Macintosh)"): a bad byte, a NUL or an over-long line there is reported on line 1.
     */
    @Test
    void aBadByteAfterLoneCarriageReturnsIsReportedOnItsLine() throws IOException {
        byte[] text = utf8(HEADER.replace("\n", "\r") + GOOD_ROW + "\r" + GOOD_ROW.replace("6.1", "III.1"));
        byte[] withBadByte = java.util.Arrays.copyOf(text, text.length + 2);
        withBadByte[text.length] = (byte) 0xFF;
        withBadByte[text.length + 1] = '\r';
        assertEquals(List.of("3 encoding"), run("mac.csv", withBadByte));
    }

    /** Streams {@code n} bytes of 'x' and counts how many were taken. */
    private static final class CountingStream extends InputStream {
        private final long n;
        long read;

        CountingStream(long n) { this.n = n; }

        @Override
        public int read() {
            if (read >= n) return -1;
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= n) return -1;
            int k = (int) Math.min(len, n - read);
            java.util.Arrays.fill(b, off, off + k, (byte) 'x');
            read += k;
            return k;
        }
    }
}
