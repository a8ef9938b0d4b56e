package planreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compile and remind name every file of a folder they could not read, as validate does (ignored-file). */
class UnreadFilesTest {
    @Test
    void everyCommandSaysWhichFilesItSkipped(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("bao-cao"));
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(Path.of("examples/reports"), "2023-Q3_*.csv")) {
            for (Path p : ds) Files.copy(p, in.resolve(p.getFileName()));
        }
        Files.write(in.resolve("2023-Q3_so-tu-phap.pdf"), "%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)); // .ods and .xls are read now
        String file = in.resolve("2023-Q3_so-tu-phap.pdf").toString();
        CliRun validate = CliRun.of("validate", "--as-of", "2023-10-20", in.toString());
        assertTrue(validate.output().contains(file) && validate.output().contains("[ignored-file]"), validate.output());
        CliRun compile = CliRun.of("compile", "--kind", "summary", "--period", "2023-Q3", "--as-of", "2023-10-20", "--ignore-errors",
                "--format", "md", "--out", dir.resolve("out").toString(), in.toString());
        assertEquals(ExitCode.OK, compile.exit(), compile.output());
        assertTrue(compile.err().contains(file) && compile.err().contains("[ignored-file]"), compile.output());
        CliRun remind = CliRun.of("remind", "--period", "2023-Q3", "--as-of", "2023-10-20", "--format", "md",
                "--out", dir.resolve("letters").toString(), in.toString());
        assertEquals(ExitCode.OK, remind.exit(), remind.output());
        assertTrue(remind.err().contains(file) && remind.err().contains("[ignored-file]"), remind.output());
        // the unit sent its report: the review, the notice and the letter say so, not "chưa gửi"
        String review = Files.readString(dir.resolve("out").resolve("bao-cao-so-ket-2023-Q3.md"));
        assertTrue(review.contains("Có 1 báo cáo đơn vị đã gửi nhưng tệp không đọc được, chưa tổng hợp được (Sở Tư pháp, quý III/2023)."), review);
        String internal = Files.readString(dir.resolve("out").resolve("bao-cao-so-ket-2023-Q3-noi-bo.md"));
        assertTrue(internal.contains("quý III/2023: đã gửi nhưng tệp không đọc được (2023-Q3\\_so-tu-phap.pdf)"), internal);
        String letter = Files.readString(dir.resolve("letters").resolve("don-doc-2023-Q3_so-tu-phap.md"));
        assertTrue(letter.contains("Sở Tư pháp đã gửi báo cáo kết quả thực hiện quý III năm 2023 (tệp 2023-Q3\\_so-tu-phap.pdf) nhưng tệp không đọc được"), letter);
        assertTrue(letter.contains("đề nghị Sở Tư pháp gửi lại báo cáo nêu trên"), letter);
        String notice = Files.readString(dir.resolve("letters").resolve("thong-bao-2023-Q3.md"));
        assertTrue(notice.contains("Sở Tư pháp (đã gửi nhưng tệp không đọc được)") && notice.contains("Đã gửi, tệp không đọc được"), notice);
        assertTrue(validate.output().contains("“Sở Tư pháp” đã gửi báo cáo quý III/2023 nhưng tệp " + file + " không đọc được"), validate.output());
    }
}
