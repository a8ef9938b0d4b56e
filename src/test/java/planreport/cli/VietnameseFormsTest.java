package planreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dates and quarters written the way people write them, on the command line and in reports, read by the one parser of each. */
class VietnameseFormsTest {
    private static final String HEADER = "unit,period,task,status,progress,completed_on,submitted_on,result,difficulties,proposals\n";

    @Test
    void quartersAndDatesAsPeopleWriteThemInReports(@TempDir Path tmp) throws IOException {
        Path csv = tmp.resolve("bdv.csv");
        Files.writeString(csv, HEADER
                + "ban-dan-van-tinh-uy,Quý II năm 2022,III.8,in_progress,,,05/7/2022,Đã đôn đốc.,,\n"
                + "ban-to-chuc-tinh-uy,Q2/2022,III.5,in_progress,,,5/7/2022,Đã nghiên cứu.,,\n"
                + "ban-tuyen-giao-tinh-uy,quý 2/2022,III.4,in_progress,,,2022-07-05,Đã tuyên truyền.,,\n", StandardCharsets.UTF_8);
        CliRun r = CliRun.of("validate", "--as-of", "20/7/2022", csv.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertFalse(r.out().contains("bad-period") || r.out().contains("bad-date"), r.out());
    }

    @Test
    void theSameWindowWhicheverWayItIsWritten(@TempDir Path tmp) throws IOException {
        String iso = compile(tmp.resolve("iso"), "2023-Q2", "2023-07-20");
        for (String[] w : new String[][] {{"Quý II năm 2023", "20/07/2023"}, {"Q2/2023", "20/7/2023"}, {"quý 2/2023", "20/7/2023"}}) {
            assertEquals(iso, compile(tmp.resolve(w[1].replace('/', '-') + w[0].length()), w[0], w[1]), String.join(" ", w));
        }
    }

    /** The compiled review's JSON, for a window written as given. */
    private static String compile(Path out, String period, String asOf) throws IOException {
        CliRun r = CliRun.of("compile", "--kind", "summary", "--period", period, "--as-of", asOf, "--format", "json", "--out", out.toString(),
                "--quiet", "examples/reports");
        assertEquals(0, r.code(), r.out() + r.err());
        try (var files = Files.list(out)) {
            Path json = files.filter(f -> f.toString().endsWith(".json")).findFirst().orElseThrow();
            return Files.readString(json);
        }
    }
}
