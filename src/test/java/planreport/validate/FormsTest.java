package planreport.validate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import planreport.check.Code;
import planreport.check.Diagnostic;
import planreport.check.Diagnostics;
import planreport.cli.CliRun;
import planreport.cli.ExitCode;
import planreport.io.PlanReader;
import planreport.io.Source;
import planreport.model.Plan;

/** forms: the forms units receive, once filled in, validate without errors. */
class FormsTest {

    static ExitCode forms(String... args) {
        return CliRun.of(args).exit();
    }

    static List<Path> csvs(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
    }

    @Test
    void filledFormsValidate(@TempDir Path dir) throws Exception {
        assertEquals(ExitCode.OK, forms("forms", "--plan", "plan.yaml", "--period", "2022-Q2", "--format", "csv", "--out", dir.toString()));
        assertTrue(new String(Files.readAllBytes(dir.resolve("HUONG-DAN.pdf")), StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        List<Path> files = csvs(dir);
        assertTrue(files.size() > 50, "one form per unit with work: " + files.size());
        assertTrue(files.contains(dir.resolve("2022-Q2_dang-doan-ldld-tinh.csv")));
        assertTrue(files.stream().noneMatch(p -> p.getFileName().toString().contains("cac-")), "no form for a group");

        // an unfilled form is refused: the status is required
        Plan plan = PlanReader.read(Path.of("plan.yaml"), "plan.yaml").plan();
        Diagnostics empty = new Diagnostics();
        empty.addAll(planreport.Pipeline.over(plan).sources(List.of(new Source(files.get(0).toString(), files.get(0)))).charset(StandardCharsets.UTF_8).asOf(LocalDate.of(2022, 7, 15)).build().validate(null, true).diagnostics());
        assertTrue(empty.has(Code.BAD_STATUS));

        int n = 0;
        for (Path f : files) n += fill(f, plan);
        assertTrue(n > 100, "rows filled: " + n);

        Diagnostics ds = new Diagnostics();
        List<Source> sources = files.stream().map(p -> new Source(p.toString(), p)).toList();
        ds.addAll(planreport.Pipeline.over(plan).sources(sources).charset(StandardCharsets.UTF_8).asOf(LocalDate.of(2022, 7, 20)).build().validate(null, true).diagnostics());
        assertEquals(0, ds.errors(), () -> ds.sorted().stream().limit(5).map(d -> d.format(planreport.model.Lang.EN)).toList().toString());
        // the only warnings: deadline tasks (1.1, 2.1) never reported done before, which forms after the deadline leave out
        for (Diagnostic d : ds.sorted()) {
            if (d.code() == Code.DONE_ONGOING) continue; // the filler reports some ongoing tasks "Hoàn thành": said, rightly
            assertEquals(Code.MISSING_REPORT, d.code(), d.format(planreport.model.Lang.EN));
            assertTrue(d.message(planreport.model.Lang.EN).matches(".* on tasks? (1\\.1|2\\.1)(, 2\\.1)?"), d.format(planreport.model.Lang.EN));
        }
    }

    /** Fills every row as a unit would and saves it the way Excel's "CSV UTF-8" does; returns the rows filled. */
    static int fill(Path file, Plan plan) throws Exception {
        List<CSVRecord> records;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.parse(r, CSVFormat.RFC4180.builder().setDelimiter(';').get())) {
            records = p.getRecords();
        }
        List<String> header = new ArrayList<>(records.get(0).toList());
        header.set(0, header.get(0).replace("\uFEFF", ""));
        StringBuilder out = new StringBuilder("\uFEFF");
        try (CSVPrinter pr = new CSVPrinter(out, CSVFormat.RFC4180.builder().setDelimiter(';').get())) {
            pr.printRecord(header);
            for (int i = 1; i < records.size(); i++) {
                List<String> row = new ArrayList<>(records.get(i).toList());
                String task = row.get(header.indexOf("Nhiệm vụ"));
                switch (i % 3) {
                    case 0 -> {
                        row.set(header.indexOf("Tình trạng"), "Hoàn thành");
                        row.set(header.indexOf("Tiến độ"), "100");
                        row.set(header.indexOf("Ngày hoàn thành"), "20/06/2022");
                    }
                    case 1 -> {
                        row.set(header.indexOf("Tình trạng"), "Đang thực hiện");
                        row.set(header.indexOf("Tiến độ"), "60");
                    }
                    default -> row.set(header.indexOf("Tình trạng"), "Chưa thực hiện");
                }
                row.set(header.indexOf("Ngày báo cáo"), "10/07/2022");
                // each unit's own words (the same sentence from two units would be repeated-result)
                row.set(header.indexOf("Kết quả"), "Tổ chức 3 hội nghị, \"đối thoại\" với người lao động;\nkết nạp đoàn viên mới tại "
                        + row.get(header.indexOf("Đơn vị")));
                if (i % 4 == 0) row.set(header.indexOf("Khó khăn"), "Kinh phí còn hạn chế");
                for (var ind : plan.indicators()) {
                    int col = header.indexOf(ind.name());
                    if (col >= 0 && task.equals(ind.taskId())) row.set(col, ind.id().equals("new_members") ? "1.250" : "12");
                }
                pr.printRecord(row);
            }
        }
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
        return records.size() - 1;
    }

    @Test
    void formsAreDeterministicAndNotOverwrittenWithoutForce(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a"), b = dir.resolve("b");
        assertEquals(ExitCode.OK, forms("forms", "--period", "Quý I/2022", "--format", "csv", "--out", a.toString()));
        assertEquals(ExitCode.OK, forms("forms", "--period", "2022-Q1", "--format", "csv", "--out", b.toString()));
        List<Path> fa = csvs(a);
        assertEquals(fa.size(), csvs(b).size());
        for (Path p : fa) assertArrayEquals(Files.readAllBytes(p), Files.readAllBytes(b.resolve(p.getFileName())), p.toString());
        String ldld = Files.readString(a.resolve("2022-Q1_dang-doan-ldld-tinh.csv"));
        assertTrue(ldld.startsWith("\uFEFFĐơn vị;Kỳ báo cáo;Nhiệm vụ;Tình trạng;"), ldld);
        assertTrue(ldld.contains("\r\nĐảng đoàn Liên đoàn Lao động tỉnh;Quý I/2022;2.1;"), "2.1 is due in 2022-Q1: " + ldld);
        assertTrue(ldld.contains("Số đoàn viên kết nạp mới"), "indicator columns for the body responsible for 2.2");
        assertTrue(!Files.readString(a.resolve("2022-Q1_ldld-huyen-ba-to.csv")).contains("Số đoàn viên"), "no indicator columns for a unit not responsible for 2.2");

        assertEquals(ExitCode.USAGE, forms("forms", "--period", "2022-Q1", "--format", "csv", "--out", a.toString()));
        assertEquals(ExitCode.OK, forms("forms", "--period", "2022-Q1", "--format", "csv", "--out", a.toString(), "--force"));
        try (Stream<Path> s = Files.list(a)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }
}
