package planreport.remind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import planreport.cli.CliRun;
import planreport.cli.ExitCode;

/** remind --upcoming DAYS: before the deadline, the reports and tasks coming due and who has not yet sent or done them. */
class RemindUpcomingTest {
    private static Path copy(Path dir, String glob) throws Exception {
        Path in = Files.createDirectories(dir.resolve("reports"));
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(Path.of("examples/reports"), glob)) {
            for (Path p : ds) Files.copy(p, in.resolve(p.getFileName()));
        }
        return in;
    }

    @Test
    void aReportComingDueNamesTheUnitsThatHaveNotSentIt(@TempDir Path dir) throws Exception {
        // 05/4/2022: 2022-Q1's report is due on 15/4; every unit but Sở Tư pháp has sent it (the example's files)
        Path in = copy(dir, "{2021-Q4,2022-Q1}_*.csv");
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("remind", "--upcoming", "14", "--as-of", "2022-04-05", "--format", "md,json", "--out", out.toString(), in.toString());
        assertEquals(ExitCode.OK, run.exit(), run.output());
        String md = Files.readString(out.resolve("sap-den-han-2022-04-05.md"));
        assertTrue(md.contains("Báo cáo kết quả thực hiện quý I năm 2022: hạn gửi ngày 15 tháng 4 năm 2022 (còn 10 ngày). "
                + "Các cơ quan, đơn vị chủ trì chưa gửi (1): Sở Tư pháp."), md);
        JsonNode root = new ObjectMapper().readTree(Files.readString(out.resolve("sap-den-han-2022-04-05.json")));
        assertEquals("2022-Q1", root.get("reports").get(0).get("period").asText());
        assertEquals("so-tu-phap", root.get("reports").get(0).get("units").get(0).asText());
        assertTrue(run.out().contains("14 ngày tới (1 cơ quan, đơn vị cần nhắc)"), run.out());
    }

    @Test
    void aTaskComingToItsDeadlineNamesItsLeads(@TempDir Path dir) throws Exception {
        // 20/3/2022, with 2021-Q4's reports only: task 2.1 is due on 31/3/2022 and its lead has not reported it done
        Path in = copy(dir, "2021-Q4_*.csv");
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("remind", "--upcoming", "14", "--as-of", "2022-03-20", "--format", "md", "--out", out.toString(), in.toString());
        assertEquals(ExitCode.OK, run.exit(), run.output());
        String md = Files.readString(out.resolve("sap-den-han-2022-03-20.md"));
        assertTrue(md.contains("Nhiệm vụ 2.1 (Rà soát lực lượng lao động, thành lập ban chỉ đạo phát triển đoàn viên): thời hạn ngày 31 tháng 3 năm 2022 "
                + "(còn 11 ngày); đơn vị chủ trì chưa báo cáo hoàn thành: Đảng đoàn Liên đoàn Lao động tỉnh."), md);
        assertFalse(md.contains("Báo cáo kết quả thực hiện quý"), "no report is due before 03/4/2022: " + md);
    }

    @Test
    void nothingComingDueSaysSo(@TempDir Path dir) throws Exception {
        Path in = copy(dir, "2021-Q4_*.csv");
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("remind", "--upcoming", "7", "--as-of", "2022-02-01", "--format", "md", "--out", out.toString(), in.toString());
        assertEquals(ExitCode.OK, run.exit(), run.output());
        assertTrue(Files.readString(out.resolve("sap-den-han-2022-02-01.md")).contains("Trong 7 ngày tới không có báo cáo hay nhiệm vụ nào đến hạn."));
        CliRun bad = CliRun.of("remind", "--upcoming", "0", "--out", out.toString(), in.toString());
        assertEquals(ExitCode.USAGE, bad.exit(), bad.output());
        CliRun noPeriod = CliRun.of("remind", "--out", out.toString(), in.toString());
        assertEquals(ExitCode.USAGE, noPeriod.exit(), noPeriod.output());
        assertTrue(noPeriod.err().contains("--period"), noPeriod.err());
    }

    @Test
    void withLettersEachUnitGetsItsOwnLetterOfWhatItHasComingDue(@TempDir Path dir) throws Exception {
        Path in = copy(dir, "{2021-Q4,2022-Q1}_*.csv");
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("remind", "--upcoming", "14", "--letters", "--as-of", "2022-04-05", "--format", "md,pdf,json", "--out", out.toString(), in.toString());
        assertEquals(ExitCode.OK, run.exit(), run.output());
        String md = Files.readString(out.resolve("nhac-han-2022-04-05_so-tu-phap.md"));
        assertTrue(md.contains("*V/v gửi báo cáo kết quả thực hiện Kế hoạch số …-KH/TU quý I năm 2022*"), md);
        assertTrue(md.contains("Kính gửi: **Sở Tư pháp**"), md);
        assertTrue(md.contains("Đến ngày 05 tháng 4 năm 2022, Ban Dân vận Tỉnh ủy chưa nhận được báo cáo kết quả thực hiện quý I năm 2022 của Sở Tư pháp; "
                + "thời hạn gửi báo cáo là ngày 15 tháng 4 năm 2022 (còn 10 ngày)."), md);
        assertFalse(md.contains("THÔNG BÁO"), "a letter, not the notice: " + md);
        try (var files = Files.list(out)) {
            assertEquals(1, files.filter(f -> f.getFileName().toString().startsWith("nhac-han-") && f.toString().endsWith(".md")).count(),
                    "one letter: only Sở Tư pháp has not sent 2022-Q1");
        }
        try (var doc = org.apache.pdfbox.Loader.loadPDF(out.resolve("nhac-han-2022-04-05_so-tu-phap.pdf").toFile())) {
            assertEquals(1, doc.getNumberOfPages());
        }
        JsonNode letter = new ObjectMapper().readTree(Files.readString(out.resolve("sap-den-han-2022-04-05.json"))).get("letters").get(0);
        assertEquals("so-tu-phap", letter.get("unit").asText());
        assertEquals("nhac-han-2022-04-05_so-tu-phap.md", letter.get("files").get(0).asText());
        assertEquals("2022-Q1", letter.get("periods").get(0).asText());
        assertTrue(run.out().contains("thông báo và công văn nhắc"), run.out());
    }

    @Test
    void aLetterOfTasksComingDueNamesTheTasksTheUnitLeads(@TempDir Path dir) throws Exception {
        Path in = copy(dir, "2021-Q4_*.csv");
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("remind", "--upcoming", "14", "--letters", "--as-of", "2022-03-20", "--format", "md,json", "--out", out.toString(), in.toString());
        assertEquals(ExitCode.OK, run.exit(), run.output());
        String md = Files.readString(out.resolve("nhac-han-2022-03-20_dang-doan-ldld-tinh.md"));
        assertTrue(md.contains("*V/v thực hiện các nhiệm vụ sắp đến thời hạn theo Kế hoạch số …-KH/TU*"), md);
        assertTrue(md.contains("- Nhiệm vụ 2.1 (Rà soát lực lượng lao động, thành lập ban chỉ đạo phát triển đoàn viên): thời hạn ngày 31 tháng 3 năm 2022 (còn 11 ngày)."), md);
        assertFalse(md.contains("chưa nhận được báo cáo"), "no report is due: " + md);
        JsonNode root = new ObjectMapper().readTree(Files.readString(out.resolve("sap-den-han-2022-03-20.json")));
        assertEquals("2.1", root.get("letters").get(0).get("tasks").get(0).asText());
        assertEquals(0, root.get("letters").get(0).get("periods").size());
    }

    @Test
    void lettersWithoutUpcomingIsAUsageError(@TempDir Path dir) throws Exception {
        Path in = copy(dir, "2021-Q4_*.csv");
        CliRun run = CliRun.of("remind", "--period", "2021-Q4", "--letters", "--as-of", "2022-03-20", "--out", dir.resolve("out").toString(), in.toString());
        assertEquals(ExitCode.USAGE, run.exit(), run.output());
        assertTrue(run.err().contains("--letters"), run.err());
    }
}
