package planreport.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import planreport.check.Diagnostics;

/**
 * The reports taken ahead while the plan is read: the run takes the REPORT arguments as this thread
 * listed them, which must be what listing them then gives (the same files in the same order, the same
 * warnings about the rest); only small CSV files are taken ahead, and of the first workbook named .xlsx
 * only its styles and shared strings. Which rows and diagnostics come of what was taken ahead:
 * validate/ReadingPathsTest, io/CsvFuzzTest, and every workbook of io/XlsxHostileTest and io/XlsxFuzzTest (io/Hostile).
 */
class EarlyReportsTest {
    private static final String HEADER = "unit,period,task,status,progress\n";

    @Test
    void theRunGetsTheListingItWouldMakeAndOnlySmallCsvFilesAreTakenAhead(@TempDir Path dir) throws IOException {
        Path reports = Files.createDirectory(dir.resolve("reports"));
        Files.writeString(reports.resolve("a.csv"), HEADER + "u,2023-Q2,I.1,done,100\n", StandardCharsets.UTF_8);
        Files.writeString(reports.resolve("b.CSV"), HEADER, StandardCharsets.UTF_8);
        Files.writeString(reports.resolve("large.csv"), HEADER + "x".repeat(EarlyReports.MAX_FILE_BYTES), StandardCharsets.UTF_8);
        Files.write(reports.resolve("zipped.csv"), new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0}); // a workbook named .csv
        Files.write(reports.resolve("book.xlsx"), new byte[] {0x50, 0x4B, 0x03, 0x04});
        Files.writeString(reports.resolve("~$a.csv"), "lock", StandardCharsets.UTF_8);
        Files.writeString(reports.resolve("notes.pdf"), "%PDF", StandardCharsets.UTF_8);
        Files.createDirectory(reports.resolve("old"));
        Path single = Files.writeString(dir.resolve("c.csv"), HEADER, StandardCharsets.UTF_8);
        List<String> args = List.of(reports.toString(), single.toString());

        Diagnostics listedNow = new Diagnostics();
        List<Source> expected = Sources.expand(args, listedNow);
        Diagnostics listedAhead = new Diagnostics();
        try (EarlyReports early = EarlyReports.start(args, null).await()) {
            assertEquals(expected, early.sources(args, listedAhead));
            assertEquals(listedNow.sorted(), listedAhead.sorted());
            assertEquals(3, early.parsed(), "a.csv, b.CSV and c.csv; not the large file, nor the workbooks");
            assertEquals(List.of(true, true, false, false, false, true),
                    expected.stream().map(s -> early.holds(s.path(), null)).toList());
            assertEquals(false, early.holds(reports.resolve("a.csv"), StandardCharsets.UTF_8), "taken in each file's own encoding only");
            Diagnostics again = new Diagnostics();
            assertEquals(expected, early.sources(args, again), "asked again, listed again");
            assertEquals(listedNow.sorted(), again.sorted());
        }
    }

    @Test
    void theFirstWorkbooksStylesAndStringsAreReadAheadAndNoOtherWorkbooks(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("r.csv"), HEADER + "Huyện ủy Bình Sơn,2023-Q2,I.1,done,100\n", StandardCharsets.UTF_8);
        Path first = dir.resolve("a.xlsx"), second = dir.resolve("b.xlsx"), damaged = dir.resolve("c.xlsx");
        Workbooks.toXlsx(csv, first);
        Workbooks.toXlsx(csv, second);
        try (EarlyReports early = EarlyReports.start(List.of(first.toString(), second.toString()), null).await()) {
            assertTrue(early.take(first, null) instanceof XlsxReader.Ahead a && a.from(first.toFile()), "the first workbook's parts, read from it as it is");
            assertNull(early.take(second, null), "one workbook only: what is held ahead stays one workbook's");
            assertEquals(0, early.parsed());
        }
        Files.write(damaged, java.util.Arrays.copyOf(Files.readAllBytes(first), 200)); // cut short: nothing to read ahead, left to the reader to say
        try (EarlyReports early = EarlyReports.start(List.of(damaged.toString()), null).await()) {
            assertNull(early.take(damaged, null));
        }
    }

    @Test
    void anArgumentThatCannotBeReadIsSaidAsListingSaysIt(@TempDir Path dir) {
        List<String> args = List.of(dir.resolve("missing").toString(), "");
        Diagnostics listedNow = new Diagnostics();
        assertNull(Sources.expand(args, listedNow));
        Diagnostics listedAhead = new Diagnostics();
        try (EarlyReports early = EarlyReports.start(args, null)) {
            assertNull(early.sources(args, listedAhead));
            assertEquals(0, early.await().parsed());
        }
        assertEquals(listedNow.sorted(), listedAhead.sorted());
    }

    @Test
    void aFileUpToTheLimitIsTakenWholeAndOneByteMoreIsNot(@TempDir Path dir) throws IOException {
        Path reports = Files.createDirectory(dir.resolve("reports"));
        String row = "u,2023-Q2,I.1,done,100\n";
        String at = HEADER + row.repeat((EarlyReports.MAX_FILE_BYTES - HEADER.length()) / row.length());
        at += "x".repeat(EarlyReports.MAX_FILE_BYTES - at.length() - 1) + "\n";
        Files.writeString(reports.resolve("at.csv"), at, StandardCharsets.UTF_8);
        Files.writeString(reports.resolve("over.csv"), at + "\n", StandardCharsets.UTF_8);
        Files.writeString(reports.resolve("small.csv"), HEADER + row, StandardCharsets.UTF_8);
        assertEquals(EarlyReports.MAX_FILE_BYTES, Files.size(reports.resolve("at.csv")));
        List<String> args = List.of(reports.toString());
        try (EarlyReports early = EarlyReports.start(args, null, true).await()) {
            assertEquals(2, early.parsed(), "at.csv and small.csv; not over.csv");
            assertEquals(List.of(true, false, true), early.sources(args, new Diagnostics()).stream().map(s -> early.holds(s.path(), null)).toList());
            assertEquals(at, new String(early.contents(reports.resolve("at.csv")), StandardCharsets.UTF_8), "every byte, none more");
            assertEquals(HEADER + row, new String(early.contents(reports.resolve("small.csv")), StandardCharsets.UTF_8));
            assertNull(early.contents(reports.resolve("over.csv")));
        }
    }

    @Test
    void filesAskedForInOrderAsSoonAsListedAreWaitedForAndTheReadingAheadGoesOnToTheEnd(@TempDir Path dir) throws IOException {
        Path reports = Files.createDirectory(dir.resolve("reports"));
        for (int i = 0; i < 300; i++) Files.writeString(reports.resolve(String.format("r%03d.csv", i)), HEADER + "u,2023-Q2,I.1,done," + i + "\n", StandardCharsets.UTF_8);
        Files.write(reports.resolve("r150.xlsx"), new byte[] {0x50, 0x4B, 0x03, 0x04});
        List<String> args = List.of(reports.toString());
        try (EarlyReports early = EarlyReports.start(args, null)) {
            List<Source> sources = early.sources(args, new Diagnostics());
            List<Boolean> got = sources.stream().map(s -> early.next(s.path(), null) != null).toList();
            // asked before it got there, a file is waited for: the reading ahead is never stopped, so every CSV is taken
            assertEquals(300, early.parsed());
            assertEquals(sources.stream().map(s -> s.path().toString().endsWith(".csv")).toList(), got, "the workbook is read as it comes");
            assertNull(early.next(reports.resolve("r000.csv"), null), "each file once");
            assertNull(early.next(dir.resolve("elsewhere.csv"), null), "a file it never takes: not waited for once it has ended");
        }
    }
}
