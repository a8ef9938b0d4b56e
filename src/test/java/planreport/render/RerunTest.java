package planreport.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import planreport.cli.CliRun;
import planreport.cli.ExitCode;

/** Re-runs into a folder lose nothing (issue 24, items 9 and 10): a failed run leaves the last run's files, a later run leaves no stale ones. */
class RerunTest {
    @TempDir Path dir;

    private static List<String> names(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }

    @Test
    void aCompileThatFailsToMoveItsFilesLeavesThePreviousRunsFiles() throws IOException {
        Path out = dir.resolve("out");
        String[] first = {"compile", "--kind", "summary", "--period", "2022-Q1", "--as-of", "2023-07-20", "--format", "md,json", "--out", out.toString(), "examples/reports"};
        CliRun a = CliRun.of(first);
        assertEquals(ExitCode.OK, a.exit(), a.output());
        byte[] md = Files.readAllBytes(out.resolve("bao-cao-so-ket-2022-Q1.md"));
        byte[] json = Files.readAllBytes(out.resolve("bao-cao-so-ket-2022-Q1.json"));
        byte[] internal = Files.readAllBytes(out.resolve("bao-cao-so-ket-2022-Q1-noi-bo.md")); // the internal file compile writes beside the review
        // the second run would also write a .docx, whose name is now a folder
        Files.createDirectories(out.resolve("bao-cao-so-ket-2022-Q1.docx"));
        CliRun b = CliRun.of("compile", "--kind", "summary", "--period", "2022-Q1", "--as-of", "2023-07-20", "--format", "md,json,docx",
                "--out", out.toString(), "examples/reports");
        assertEquals(ExitCode.USAGE, b.exit(), b.output());
        assertArrayEquals(md, Files.readAllBytes(out.resolve("bao-cao-so-ket-2022-Q1.md")), "the previous Markdown as it was");
        assertArrayEquals(json, Files.readAllBytes(out.resolve("bao-cao-so-ket-2022-Q1.json")));
        assertArrayEquals(internal, Files.readAllBytes(out.resolve("bao-cao-so-ket-2022-Q1-noi-bo.md")));
        assertEquals(List.of("bao-cao-so-ket-2022-Q1-noi-bo.md", "bao-cao-so-ket-2022-Q1.chart-targets.png", "bao-cao-so-ket-2022-Q1.docx", "bao-cao-so-ket-2022-Q1.json", "bao-cao-so-ket-2022-Q1.md"), names(out));
    }

    @Test
    void aFailedMoveMidwayPutsBackWhatItHadReplaced() throws IOException {
        Path out = Files.createDirectories(dir.resolve("o"));
        Files.writeString(out.resolve("a.md"), "old a");
        Files.writeString(out.resolve("b.md"), "old b");
        java.util.Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put("a.md", "new a".getBytes());
        files.put("b.md", "new b".getBytes());
        files.put("c/d.md", "nested: no such folder".getBytes()); // fails when it is written, after a and b were prepared
        try {
            OutputFiles.write(out, files);
            throw new AssertionError("the write should fail");
        } catch (IOException expected) {
            // as compile's "cannot write"
        }
        assertEquals("old a", Files.readString(out.resolve("a.md")));
        assertEquals("old b", Files.readString(out.resolve("b.md")));
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of("a.md", "b.md"), s.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary or kept-aside file left");
        }
    }

    @Test
    void aRemindReRunMovesTheEarlierRunsLettersAsideAndSaysSo() throws IOException {
        Path some = Files.createDirectories(dir.resolve("some")), all = Files.createDirectories(dir.resolve("all"));
        try (Stream<Path> s = Files.list(Path.of("examples/reports"))) {
            // the office's folder up to 2022-Q1: the first run before most of 2022-Q1's reports came in
            List<Path> upTo = s.filter(p -> p.getFileName().toString().matches("(2021-Q4|2022-Q1)_.*")).sorted().toList();
            for (int i = 0; i < upTo.size(); i++) {
                Files.copy(upTo.get(i), all.resolve(upTo.get(i).getFileName()));
                if (i % 4 == 0 || upTo.get(i).getFileName().toString().startsWith("2021-Q4_")) Files.copy(upTo.get(i), some.resolve(upTo.get(i).getFileName()));
            }
        }
        Path out = dir.resolve("letters");
        CliRun a = CliRun.of("remind", "--period", "2022-Q1", "--as-of", "2022-04-25", "--format", "md", "--out", out.toString(), some.toString());
        assertEquals(ExitCode.OK, a.exit(), a.output());
        List<String> firstRun = names(out);
        CliRun b = CliRun.of("remind", "--period", "2022-Q1", "--as-of", "2022-04-25", "--format", "md", "--out", out.toString(), all.toString());
        assertEquals(ExitCode.OK, b.exit(), b.output());
        List<String> secondRun = names(out).stream().filter(n -> !n.equals("lan-chay-truoc")).toList();
        assertTrue(secondRun.size() < firstRun.size(), firstRun + " → " + secondRun);
        List<String> stale = firstRun.stream().filter(n -> !secondRun.contains(n)).toList();
        assertFalse(stale.isEmpty());
        assertEquals(stale, names(out.resolve("lan-chay-truoc")), "the earlier run's letters that no longer hold, set aside");
        assertTrue(b.out().contains("đã chuyển " + stale.size() + " tệp do lần chạy trước ghi"), b.out());
        // a third run like the second moves nothing more
        CliRun c = CliRun.of("remind", "--period", "2022-Q1", "--as-of", "2022-04-25", "--format", "md", "--out", out.toString(), all.toString());
        assertFalse(c.out().contains("đã chuyển"), c.out());
    }

    /**
     * A write killed outright (SIGKILL, a power cut) while it moved its files into place leaves the previous
     * run's file kept aside under a hidden name; the next write into the folder loses none of it: back under its
     * name if nothing took its place, beside the earlier run's files if a newer one did, dropped if it is the file
     * in place.
     */
    @Test
    void aPreviousFileKeptAsideByAKilledWriteIsPutBackOrSetAside() throws IOException {
        Path out = Files.createDirectories(dir.resolve("killed"));
        String uuid = "0123abcd-0000-4000-8000-00000000000";
        Files.writeString(out.resolve(".plan-report-a.md." + uuid + "1.previous"), "a, as the earlier run wrote it");
        Files.writeString(out.resolve("b.md"), "b, as the killed run wrote it");
        Files.writeString(out.resolve(".plan-report-b.md." + uuid + "2.previous"), "b, as the earlier run wrote it");
        Files.writeString(out.resolve("c.md"), "c");
        Files.createLink(out.resolve(".plan-report-c.md." + uuid + "3.previous"), out.resolve("c.md"));
        Files.writeString(out.resolve(".plan-report-d.md." + uuid + "4.previous"), "d, kept aside by a run writing now");
        // as of two minutes from now: a, b and c were kept aside long ago; d too, but a run writing now would have its own
        assertEquals(4, OutputFiles.sweep(out, System.currentTimeMillis() + 120_000));
        assertEquals("a, as the earlier run wrote it", Files.readString(out.resolve("a.md")));
        assertEquals("b, as the killed run wrote it", Files.readString(out.resolve("b.md")));
        assertEquals("b, as the earlier run wrote it", Files.readString(out.resolve("lan-chay-truoc/b.md")));
        assertEquals("c", Files.readString(out.resolve("c.md")));
        assertEquals(List.of("a.md", "b.md", "c.md", "d.md", "lan-chay-truoc"), names(out));
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of(), s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList(), "nothing kept aside is left hidden");
        }
        // a file kept aside a moment ago belongs to a write in progress: left alone
        Files.writeString(out.resolve(".plan-report-e.md." + uuid + "5.previous"), "e");
        assertEquals(0, OutputFiles.sweep(out));
        assertTrue(Files.exists(out.resolve(".plan-report-e.md." + uuid + "5.previous")));
    }

    /**
     * A re-run of forms for a quarter leaves no form of an earlier run beside the new ones: the form of a unit
     * that owes nothing now is set aside and the run says so; another quarter's form and a file of the office's
     * own stay where they are.
     */
    @Test
    void aRerunOfFormsSetsAsideTheFormsItNoLongerWrites() throws IOException {
        Path out = Files.createDirectories(dir.resolve("forms"));
        Files.writeString(out.resolve("2022-Q2_don-vi-da-giai-the.xlsx"), "a form of an earlier run");
        Files.writeString(out.resolve("2022-Q1_ubnd-tinh.xlsx"), "last quarter's form");
        Files.writeString(out.resolve("ghi-chu.csv"), "the office's own file");
        CliRun r = CliRun.of("forms", "--plan", "plan.yaml", "--period", "2022-Q2", "--overwrite", "--out", out.toString());
        assertEquals(ExitCode.OK, r.exit(), r.output());
        assertEquals(List.of("2022-Q2_don-vi-da-giai-the.xlsx"), names(out.resolve("lan-chay-truoc")));
        assertTrue(r.out().contains("đã chuyển 1 tệp do lần chạy trước ghi"), r.out());
        assertTrue(Files.exists(out.resolve("2022-Q1_ubnd-tinh.xlsx")) && Files.exists(out.resolve("ghi-chu.csv")));
        assertTrue(Files.exists(out.resolve("2022-Q2_ubnd-tinh.xlsx")));
    }
}
