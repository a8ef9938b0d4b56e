package planreport.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** plan import on the command line: the draft written whole, the document never overwritten, an existing file kept unless asked. */
class PlanImportCliTest {
    private static final Path SEED = Path.of("src/test/resources/plans/import/seed.txt");

    @Test
    void writesTheDraftAndSaysWhatItCouldNotSettle(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("ke hoach (nháp)").resolve("plan.yaml");
        CliRun r = CliRun.of("plan", "import", SEED.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("cảnh báo[plan-import]"), r.out());
        assertTrue(r.out().contains("đã ghi " + out), r.out());
        assertTrue(Files.readString(out).startsWith("# plan.yaml (bản nháp)"));
        // no temporary file left beside it
        try (var files = Files.list(out.getParent())) {
            assertEquals(1, files.count());
        }
        // the draft, once its groups have members, is a plan the other commands read: show reads it as it is
        CliRun again = CliRun.of("plan", "import", SEED.toString(), "--out", out.toString());
        assertEquals(2, again.code());
        assertTrue(again.err().contains("--overwrite"), again.err());
        assertEquals(0, CliRun.of("plan", "import", SEED.toString(), "--out", out.toString(), "--overwrite").code());
    }

    @Test
    void neverWritesOverTheDocument(@TempDir Path tmp) throws IOException {
        Path doc = tmp.resolve("ke-hoach.md");
        Files.copy(SEED, doc);
        byte[] before = Files.readAllBytes(doc);
        CliRun r = CliRun.of("plan", "import", doc.toString(), "--out", doc.toString(), "--overwrite");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("chính là văn bản Kế hoạch"), r.err());
        assertArrayEquals(before, Files.readAllBytes(doc));
    }

    @Test
    void aDocumentThatCannotBeReadWritesNothing(@TempDir Path tmp) throws IOException {
        Path doc = tmp.resolve("ke-hoach.pdf");
        Files.writeString(doc, "%PDF-1.4");
        Path out = tmp.resolve("plan.yaml");
        CliRun r = CliRun.of("--lang", "en", "plan", "import", doc.toString(), "--out", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.out().contains("error[input]") && r.out().contains(".docx"), r.out());
        assertFalse(Files.exists(out));
    }

    @Test
    void planAloneNamesItsSubcommand() {
        CliRun r = CliRun.of("plan");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("plan import"), r.err());
    }
}
