package planreport.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import planreport.check.Diagnostic;
import planreport.check.Diagnostics;

/**
 * The report reader and the whole validate pipeline on arbitrary bytes and on mutations of a valid
 * report: every run ends with diagnostics (or none), never an exception; the number of rows read
 * is bounded by the lines of the input.
 */
class CsvFuzzTest {

    @Property(tries = 300)
    void arbitraryBytesEndInDiagnostics(@ForAll @Size(max = 2000) byte[] bytes) {
        Diagnostics ds = new Diagnostics();
        long[] rows = {0};
        long n = ReportReader.read(new ByteArrayInputStream(bytes), "fuzz.csv", 0, StandardCharsets.UTF_8, Hostile.plan(), ds, r -> rows[0]++);
        assertTrue(n == rows[0] && n <= bytes.length, "rows read: " + n);
    }

    @Property(tries = 300)
    void arbitraryTextOfCsvCharactersEndsInDiagnostics(@ForAll("csvText") String text) {
        Diagnostics ds = new Diagnostics();
        ReportReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "fuzz.csv", 0, StandardCharsets.UTF_8,
                Hostile.plan(), ds, r -> {});
        for (Diagnostic d : ds.sorted()) assertTrue(d.line() == null || d.line() >= 1, d.format(planreport.model.Lang.EN));
    }

    @Provide
    Arbitrary<String> csvText() {
        Arbitrary<String> header = Arbitraries.of("unit,period,task,status\n", "Đơn vị;Kỳ báo cáo;Nhiệm vụ;Tình trạng;Tiến độ\n",
                "unit,period,task,status,progress,completed_on,submitted_on,result,new_members\n", "");
        Arbitrary<String> body = Arbitraries.strings().withChars(",;\"\n\r \uFEFF\u0000aQ2-/.0123456789ĐđÀỳ\u0301")
                .withCharRange('a', 'z').ofMaxLength(400);
        return header.flatMap(h -> body.map(b -> h + b));
    }

    @Property(tries = 300)
    void mutationsOfAValidReportEndInDiagnostics(@ForAll("mutated") byte[] bytes) throws Exception {
        Path dir = Files.createTempDirectory("fuzz");
        try {
            List<Diagnostic> ds = Hostile.validate(dir, "mutated.csv", bytes);
            for (Diagnostic d : ds) assertTrue(d.file() == null || d.file().equals("mutated.csv"), d.format(planreport.model.Lang.EN));
        } finally {
            try (var s = Files.list(dir)) { for (Path p : s.toList()) Files.delete(p); }
            Files.delete(dir);
        }
    }

    @Provide
    Arbitrary<byte[]> mutated() {
        return Mutations.of(Hostile.validReport(), new byte[][] {
                "\"".getBytes(StandardCharsets.UTF_8), ";".getBytes(StandardCharsets.UTF_8), ",".getBytes(StandardCharsets.UTF_8),
                "\n".getBytes(StandardCharsets.UTF_8), "\r\n".getBytes(StandardCharsets.UTF_8), {0}, {(byte) 0xFF}, {(byte) 0xC3},
                {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Quý V/2022".getBytes(StandardCharsets.UTF_8), "31/02/2022".getBytes(StandardCharsets.UTF_8),
                "=HYPERLINK(\"http://x\")".getBytes(StandardCharsets.UTF_8), "${7*7}".getBytes(StandardCharsets.UTF_8)});
    }
}
