package planreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hint a user gets for a name or task typed wrong: the one they meant. */
class DidYouMeanTest {
    @Test
    void suggestsTheBodyAndTheTaskMeant(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("r.csv");
        Files.writeString(csv, "unit,period,task,status\n"
                + "Ban Tuyen giao,2022-Q2,III.4,in_progress\n"
                + "Đảng đoàn LĐLĐ tỉnh,2022-Q2,5.1,in_progress\n"
                + "Đảng đoàn LĐLĐ tỉnh,2022-Q2,III.9,in_progress\n", StandardCharsets.UTF_8);
        CliRun r = CliRun.of("validate", "--as-of", "2022-07-01", csv.toString());
        assertEquals(ExitCode.ERRORS, r.exit(), r.output());
        assertTrue(r.out().contains(":2:unit: error[unknown-unit]: \"Ban Tuyen giao\" is not a body of this plan; did you mean \"Ban Tuyên giáo Tỉnh ủy\"?"), r.out());
        assertTrue(r.out().contains(":3:task: error[unknown-task]: \"5.1\" is not a task of this plan; did you mean \"5\"?"), r.out());
        assertTrue(r.out().contains(":4:task: error[unknown-task]: \"III.9\" is not a task of this plan; did you mean \"III."), r.out());
    }
}
