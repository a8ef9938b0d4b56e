package planreport.remind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import planreport.cli.CliRun;
import planreport.cli.ExitCode;

/** templates export hands out the letters', notices' and internal file's templates too, and remind --templates takes them back. */
class RemindTemplatesTest {
    @Test
    void anExportedLetterTemplateEditedAndGivenBackShapesTheLetters(@TempDir Path dir) throws Exception {
        Path templates = dir.resolve("mau");
        assertEquals(ExitCode.OK, CliRun.of("templates", "export", templates.toString()).exit());
        for (String name : new String[] {"letter.ftl", "letter.ftlx", "notice.ftl", "notice.ftlx", "upcoming.ftl", "upcoming.ftlx", "internal.ftl", "internal.ftlx"}) {
            assertTrue(Files.isRegularFile(templates.resolve(name)), name + " is exported");
        }
        Path letter = templates.resolve("letter.ftl");
        Files.writeString(letter, Files.readString(letter).replace("${kinh_gui_label} **${unit}**", "${kinh_gui_label} **${unit}** (bản sửa của văn phòng)"));
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("remind", "--period", "2023-Q2", "--as-of", "2023-07-20", "--format", "md", "--templates", templates.toString(),
                "--out", out.toString(), "examples/reports");
        assertEquals(ExitCode.OK, run.exit(), run.output());
        String md = Files.readString(out.resolve("don-doc-2023-Q2_so-tu-phap.md"));
        assertTrue(md.contains("Kính gửi: **Sở Tư pháp** (bản sửa của văn phòng)"), md);
        CliRun missing = CliRun.of("remind", "--period", "2023-Q2", "--as-of", "2023-07-20", "--templates", dir.resolve("khong-co").toString(),
                "--out", out.toString(), "examples/reports");
        assertEquals(ExitCode.USAGE, missing.exit(), missing.output());
    }
}
