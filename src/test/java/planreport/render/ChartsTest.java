package planreport.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import planreport.cli.CliRun;
import planreport.cli.ExitCode;

/**
 * The review's charts and its manifest, as a reader gets them: the term review of the sample has the
 * reporting trend and each targeted measure by year against its target, as PNG files beside the
 * Markdown and the same pictures inside the PDF and the Word file, at print resolution; two runs give
 * the same bytes; the JSON, the PDF and the Word file name every input with its SHA-256 and the day judged.
 */
class ChartsTest {
    static final String[] CHARTS = {"bao-cao-tong-ket-2021-Q4_2022-Q2.chart-reporting.png", "bao-cao-tong-ket-2021-Q4_2022-Q2.chart-target-new-members.png",
        "bao-cao-tong-ket-2021-Q4_2022-Q2.chart-target-new-unions.png",
        "bao-cao-tong-ket-2021-Q4_2022-Q2.chart-target-workers-admitted-to-party.png"};

    static Map<String, byte[]> compile(Path out) throws Exception {
        CliRun r = CliRun.of("compile", "--plan", "plan.yaml", "--as-of", "2022-07-25", "--kind", "final", "--format", "md,pdf,docx,json",
                "--out", out.toString(), "src/test/resources/compile/sample");
        assertEquals(ExitCode.OK, r.exit(), r.err());
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.list(out)) {
            for (Path f : s.toList()) files.put(f.getFileName().toString(), Files.readAllBytes(f));
        }
        return files;
    }

    @Test
    void chartsBesideTheMarkdownInThePdfAndInTheWordFileByteIdenticalAcrossRuns(@TempDir Path a, @TempDir Path b) throws Exception {
        Map<String, byte[]> one = compile(a), two = compile(b);
        assertEquals(one.keySet(), two.keySet());
        for (String name : one.keySet()) assertArrayEquals(one.get(name), two.get(name), name + " differs between two runs");
        for (String c : CHARTS) {
            assertTrue(one.containsKey(c), c + " not written: " + one.keySet());
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(one.get(c)));
            assertEquals(1260, img.getWidth(), "160 mm at 200 dpi");
        }
        String md = new String(one.get("bao-cao-tong-ket-2021-Q4_2022-Q2.md"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(md.contains("![Biểu đồ 1. Diễn biến tỷ lệ báo cáo"), md);

        // the PDF: the same pictures, at their printed size
        List<PDImageXObject> images = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(one.get("bao-cao-tong-ket-2021-Q4_2022-Q2.pdf"))) {
            for (PDPage p : pdf.getPages()) {
                for (COSName n : p.getResources().getXObjectNames()) if (p.getResources().getXObject(n) instanceof PDImageXObject i) images.add(i);
            }
            assertEquals(CHARTS.length, images.size());
            for (PDImageXObject i : images) assertEquals(1260, i.getWidth());
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Biểu đồ 2. Số đoàn viên kết nạp mới theo từng năm so với chỉ tiêu (người)"), text);
            String manifest = pdf.getDocumentInformation().getCustomMetadataValue("PlanReportManifest");
            assertNotNull(manifest, "the PDF's properties carry the manifest");
            assertTrue(manifest.startsWith("plan-report 0.1.0 --as-of 2022-07-25\nplan " + sha256(Path.of("plan.yaml")) + " plan.yaml\n"), manifest);
            assertTrue(manifest.contains("report " + sha256(Path.of("src/test/resources/compile/sample/bao-cao-2022-Q1.csv"))
                    + " src/test/resources/compile/sample/bao-cao-2022-Q1.csv\n"), manifest);
        }

        // the Word file: the pictures in word/media, the manifest in its custom properties
        Map<String, byte[]> docx = unzip(one.get("bao-cao-tong-ket-2021-Q4_2022-Q2.docx"));
        List<String> media = docx.keySet().stream().filter(n -> n.startsWith("word/media/") && n.endsWith(".png")).toList();
        assertEquals(CHARTS.length, media.size(), docx.keySet().toString());
        String custom = new String(docx.get("docProps/custom.xml"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(custom.contains("PlanReportManifest") && custom.contains(sha256(Path.of("plan.yaml"))), custom);
        String body = new String(docx.get("word/document.xml"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(body.contains("<wp:extent cx=\"5760000\""), "160 mm wide in Word");

        // the JSON: every input with its hash, the day judged, the version
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(one.get("bao-cao-tong-ket-2021-Q4_2022-Q2.json"));
        var m = json.get("manifest");
        assertEquals("2022-07-25", m.get("as_of").asText());
        assertEquals("0.1.0", m.get("version").asText());
        assertEquals(4, m.get("inputs").size(), m.toString());
        for (var in : m.get("inputs")) assertEquals(sha256(Path.of(in.get("name").asText())), in.get("sha256").asText(), in.toString());
    }

    static String sha256(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }

    static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> out = new TreeMap<>();
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) out.put(e.getName(), z.readAllBytes());
        }
        return out;
    }
}
