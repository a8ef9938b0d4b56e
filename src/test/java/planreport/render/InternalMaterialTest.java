package planreport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import planreport.cli.CliRun;
import planreport.cli.ExitCode;

/**
 * The review for its recipients never carries internal material — no diagnostic code, no file path,
 * no follow-up list, no data-error appendix — with or without --no-internal; by default that material
 * goes to its own file, marked "Tài liệu dùng nội bộ".
 */
class InternalMaterialTest {
    /** "lỗi[bad-status]", "cảnh báo[late-report]", "error[…]": a diagnostic as the command line prints it (Markdown escapes the brackets). */
    private static final Pattern CODE = Pattern.compile("(lỗi|cảnh báo|error|warning)\\\\?\\[[a-z-]+\\\\?\\]");

    /** 2023-Q3's reports and one with a status no one can read, compiled with --ignore-errors. */
    private static Path folder(Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("bao-cao"));
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(Path.of("examples/reports"), "2023-Q3_*.csv")) {
            for (Path p : ds) Files.copy(p, in.resolve(p.getFileName()));
        }
        Files.copy(Path.of("examples/bad/bad-status.csv"), in.resolve("2023-Q3_ldld-tinh-sai.csv"));
        return in;
    }

    private static CliRun compile(Path dir, Path in, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("compile", "--kind", "summary", "--period", "2023-Q3", "--as-of", "2023-10-20",
                "--ignore-errors", "--format", "md,pdf", "--out", dir.resolve("out").toString()));
        args.addAll(List.of(more));
        args.add(in.toString());
        return CliRun.of(args.toArray(String[]::new));
    }

    private static String pdfText(Path pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static void forRecipients(String text) {
        assertFalse(CODE.matcher(text).find(), "no diagnostic code: " + text);
        assertFalse(text.contains(".csv"), "no file path");
        assertFalse(text.contains("bao-cao/"), "no file path");
        assertFalse(text.contains("Tài liệu dùng nội bộ"), "no internal material");
        assertFalse(text.toUpperCase(java.util.Locale.ROOT).contains("LỖI TRONG DỮ LIỆU BÁO CÁO"), "no data-error appendix");
        assertFalse(text.toUpperCase(java.util.Locale.ROOT).contains("DANH SÁCH CẦN ĐÔN ĐỐC"), "no follow-up list");
    }

    @Test
    void byDefaultTheInternalMaterialGoesToItsOwnFile(@TempDir Path dir) throws Exception {
        Path in = folder(dir);
        CliRun run = compile(dir, in);
        assertEquals(ExitCode.OK, run.exit(), run.output());
        Path out = dir.resolve("out");
        forRecipients(Files.readString(out.resolve("bao-cao-so-ket-2023-Q3.md")));
        forRecipients(pdfText(out.resolve("bao-cao-so-ket-2023-Q3.pdf")));
        String internal = Files.readString(out.resolve("bao-cao-so-ket-2023-Q3-noi-bo.md"));
        assertTrue(internal.startsWith("*Tài liệu dùng nội bộ"), internal);
        assertTrue(internal.contains("LỖI TRONG DỮ LIỆU BÁO CÁO"), internal);
        assertTrue(internal.contains("2023-Q3\\_ldld-tinh-sai.csv") || internal.contains("2023-Q3_ldld-tinh-sai.csv"), "the file is named: " + internal);
        assertTrue(CODE.matcher(internal).find(), "the codes are there: " + internal);
        assertTrue(internal.contains("DANH SÁCH CẦN ĐÔN ĐỐC"), internal);
        String pdf = pdfText(out.resolve("bao-cao-so-ket-2023-Q3-noi-bo.pdf"));
        assertTrue(pdf.contains("Tài liệu dùng nội bộ"), pdf);
        assertTrue(pdf.contains("LỖI TRONG DỮ LIỆU BÁO CÁO"), pdf);
    }

    @Test
    void noInternalWritesNoneOfIt(@TempDir Path dir) throws Exception {
        Path in = folder(dir);
        CliRun run = compile(dir, in, "--no-internal");
        assertEquals(ExitCode.OK, run.exit(), run.output());
        Path out = dir.resolve("out");
        forRecipients(Files.readString(out.resolve("bao-cao-so-ket-2023-Q3.md")));
        forRecipients(pdfText(out.resolve("bao-cao-so-ket-2023-Q3.pdf")));
        try (var s = Files.list(out)) {
            // the review and the chart its Markdown shows, nothing internal
            assertEquals(List.of("bao-cao-so-ket-2023-Q3.chart-targets.png", "bao-cao-so-ket-2023-Q3.md", "bao-cao-so-ket-2023-Q3.pdf"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
