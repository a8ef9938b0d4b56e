package planreport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import planreport.cli.CliRun;
import planreport.cli.ExitCode;
import planreport.model.Classification;
import planreport.model.Lang;
import planreport.model.Period;
import planreport.model.Status;

/** compile --lang: the two message catalogues hold the same keys, English formats, and English output beside Vietnamese. */
class LocaleTest {
    static final String SAMPLE = "src/test/resources/compile/sample";

    @Test
    void everyKeyOfEachCatalogueIsInTheOther() {
        Set<String> vi = Messages.of(Lang.VI).all().keySet(), en = Messages.of(Lang.EN).all().keySet();
        Set<String> onlyVi = new TreeSet<>(vi), onlyEn = new TreeSet<>(en);
        onlyVi.removeAll(en);
        onlyEn.removeAll(vi);
        assertEquals(Set.of(), onlyVi, "in vi.properties but not in en.properties");
        assertEquals(Set.of(), onlyEn, "in en.properties but not in vi.properties");
        assertTrue(vi.size() > 100, "catalogue read: " + vi.size() + " keys");
    }

    @Test
    void catalogueIsReadAsUtf8AndLabelsEveryClassificationAndStatus() {
        Messages vi = Messages.of(Lang.VI), en = Messages.of(Lang.EN);
        assertEquals("BÁO CÁO", vi.get("doc.title"));
        assertEquals("ĐẢNG CỘNG SẢN VIỆT NAM", en.get("header_national"), "the Party header stays as the issuing body writes it");
        assertEquals("Hoàn thành đúng hạn", vi.get("classification.done_on_time"));
        assertEquals("Done on time", en.get("classification.done_on_time"));
        // every label a report can need: get() throws on a missing key
        for (Messages m : List.of(vi, en)) {
            for (Classification c : Classification.values()) assertFalse(m.get("classification." + c.id()).isBlank());
            for (Status s : Status.values()) assertFalse(m.get("status." + s.id()).isBlank());
        }
    }

    @Test
    void everyMessageATemplateUsesIsInBothCatalogues() throws Exception {
        Set<String> used = new TreeSet<>();
        for (String t : List.of("report.ftl", "report.ftlx")) {
            Matcher m = Pattern.compile("msg\\.(\\w+)").matcher(Files.readString(Path.of("templates", t)));
            while (m.find()) used.add(m.group(1));
        }
        assertTrue(used.size() > 50, used.toString());
        for (Lang lang : Lang.values()) {
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(Messages.of(lang).all().keySet());
            assertEquals(Set.of(), missing, "used by the templates, missing from " + lang + ".properties");
        }
    }

    @Test
    void datesPeriodsAndNumbersInEachLanguage() {
        Messages vi = Messages.of(Lang.VI), en = Messages.of(Lang.EN);
        assertEquals("ngày 05 tháng 01 năm 2022", vi.longDate(LocalDate.of(2022, 1, 5)));
        assertEquals("ngày 20 tháng 7 năm 2022", vi.longDate(LocalDate.of(2022, 7, 20)));
        assertEquals("20 July 2023", en.longDate(LocalDate.of(2023, 7, 20)));
        assertEquals("5 January 2022", en.longDate(LocalDate.of(2022, 1, 5)));
        assertEquals("12/6/2021", vi.plainDate(LocalDate.of(2021, 6, 12)));
        assertEquals("12 June 2021", en.plainDate(LocalDate.of(2021, 6, 12)));
        assertEquals("05/01/2022", en.shortDate(LocalDate.of(2022, 1, 5)));
        Period q2 = new Period(2022, 2);
        assertEquals("quý II năm 2022", vi.window(q2, q2));
        assertEquals("Quý II/2022", vi.period(q2));
        assertEquals("Q2 2022", en.window(q2, q2));
        assertEquals("Q2 2022", en.period(q2));
        assertEquals("the first half of 2022", en.window(new Period(2022, 1), q2));
        assertEquals("6 tháng đầu năm 2022", vi.window(new Period(2022, 1), q2));
        assertEquals("the period from Q4 2021 to Q2 2023", en.window(new Period(2021, 4), new Period(2023, 2)));
        assertEquals("85.7%", en.percentText(new BigDecimal("85.7")));
        assertEquals("85,7%", vi.percentText(new BigDecimal("85.7")));
        assertEquals("100%", en.percentText(new BigDecimal("100.0")));
        assertEquals("1,234,567", en.number(1234567));
        assertEquals("1.234.567", vi.number(1234567));
        assertEquals("", vi.fileSuffix());
        assertEquals(".en", en.fileSuffix());
    }

    @Test
    void englishFilesSitBesideVietnameseOnesAndTheirJsonKeepsTheIds(@TempDir Path out) throws Exception {
        for (String lang : List.of("vi", "en")) {
            CliRun r = CliRun.of("compile", "--as-of", "2022-07-25", "--kind", "final", "--format", "md,json", "--lang", lang,
                    "--out", out.toString(), SAMPLE);
            assertEquals(ExitCode.OK, r.exit(), r.err());
        }
        assertEquals(List.of("bao-cao-tong-ket-2021-Q4_2022-Q2-noi-bo.en.md", "bao-cao-tong-ket-2021-Q4_2022-Q2-noi-bo.md",
                "bao-cao-tong-ket-2021-Q4_2022-Q2.chart-reporting.png", "bao-cao-tong-ket-2021-Q4_2022-Q2.chart-target-new-members.png",
                "bao-cao-tong-ket-2021-Q4_2022-Q2.chart-target-new-unions.png", "bao-cao-tong-ket-2021-Q4_2022-Q2.chart-target-workers-admitted-to-party.png",
                "bao-cao-tong-ket-2021-Q4_2022-Q2.en.chart-reporting.png",
                "bao-cao-tong-ket-2021-Q4_2022-Q2.en.chart-target-new-members.png", "bao-cao-tong-ket-2021-Q4_2022-Q2.en.chart-target-new-unions.png",
                "bao-cao-tong-ket-2021-Q4_2022-Q2.en.chart-target-workers-admitted-to-party.png",
                "bao-cao-tong-ket-2021-Q4_2022-Q2.en.json", "bao-cao-tong-ket-2021-Q4_2022-Q2.en.md",
                "bao-cao-tong-ket-2021-Q4_2022-Q2.json", "bao-cao-tong-ket-2021-Q4_2022-Q2.md"), CompileCommandTest.names(out));
        JsonNode vi = Json.mapper().readTree(out.resolve("bao-cao-tong-ket-2021-Q4_2022-Q2.json").toFile());
        JsonNode en = Json.mapper().readTree(out.resolve("bao-cao-tong-ket-2021-Q4_2022-Q2.en.json").toFile());
        int[] differing = {0};
        sameExceptLabels("$", vi, en, differing);
        assertTrue(differing[0] > 100, "labels should change language: " + differing[0]);
        assertEquals("Final review", en.get("kind_label").asText());
        assertEquals("Tổng kết", vi.get("kind_label").asText());
        assertEquals("overdue", en.get("tasks").get(0).get("classification").asText());
        assertEquals("Overdue, not done", en.get("tasks").get(0).get("classification_label").asText());
        String md = Files.readString(out.resolve("bao-cao-tong-ket-2021-Q4_2022-Q2.en.md"));
        assertTrue(md.contains("# REPORT"), md);
        // a review up to 2022-Q2 of a plan running to 2025 is not the final review: its subject names the window
        assertTrue(md.contains("**Results for the period from Q4 2021 to Q2 2022 of the implementation of Resolution No. 02-NQ/TW of 12 June 2021"), md);
        assertFalse(md.contains("Final review of"), md);
        assertTrue(md.contains("Quảng Ngãi, 25 July 2022"), md);
        assertFalse(md.contains("{"), "an unfilled placeholder: " + md);
    }

    /** Keys and array sizes match; values match except the texts written for people (labels, *_text, the document's words). */
    private static void sameExceptLabels(String path, JsonNode a, JsonNode b, int[] differing) {
        assertEquals(a.getNodeType(), b.getNodeType(), path);
        if (a.isObject()) {
            assertEquals(names(a), names(b), path);
            for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
                var e = it.next();
                sameExceptLabels(path + "." + e.getKey(), e.getValue(), b.get(e.getKey()), differing);
            }
        } else if (a.isArray()) {
            assertEquals(a.size(), b.size(), path);
            for (int i = 0; i < a.size(); i++) sameExceptLabels(path + "[" + i + "]", a.get(i), b.get(i), differing);
        } else if (!a.equals(b)) {
            String key = path.replaceAll("\\[\\d+]", "");
            key = key.substring(key.lastIndexOf('.') + 1);
            boolean text = key.endsWith("_label") || key.endsWith("_labels") || key.endsWith("_text") || key.equals("label") || key.equals("short")
                    || key.equals("history_cells") || key.equals("section_title") || key.equals("title") || path.startsWith("$.document.")
                    || (path.startsWith("$.review.") && !Set.of("scope", "years", "count", "bodies", "tasks", "id").contains(key));
            assertTrue(text, path + " is not a label but changed with the language: " + a + " / " + b);
            differing[0]++;
        }
    }

    private static Set<String> names(JsonNode n) {
        Set<String> s = new TreeSet<>();
        n.fieldNames().forEachRemaining(s::add);
        return s;
    }

    @Test
    void englishPdfSaysInterimReviewInEmbeddedLiberationSerif(@TempDir Path out) throws Exception {
        CliRun r = CliRun.of("compile", "--as-of", "2022-07-25", "--kind", "summary", "--period", "2022-Q2", "--format", "pdf", "--lang", "en",
                "--out", out.toString(), SAMPLE);
        assertEquals(ExitCode.OK, r.exit(), r.err());
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(out.resolve("bao-cao-so-ket-2022-Q2.en.pdf")))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            for (String s : List.of("Results for Q2 2022", "REPORT", "ĐẢNG CỘNG SẢN VIỆT NAM", "Quảng Ngãi, 25 July 2022", "Recipients", "Done on time",
                    "Huyện ủy Lý Sơn", "K/T TRƯỞNG BAN", "Q2 2022")) {
                assertTrue(text.contains(s), "missing from the English PDF: " + s);
            }
            assertFalse(text.contains("BÁO CÁO") || text.contains("Nơi nhận"), "Vietnamese labels left in the English PDF");
            for (PDFont f : PdfTest.fonts(doc)) {
                assertTrue(f.isEmbedded(), f.getName());
                assertTrue(f.getName().matches("([A-Z]{6}\\+)?LiberationSerif(-Bold|-Italic|-BoldItalic)?"), f.getName());
            }
        }
    }

    @Test
    void anUnknownLanguageIsAUsageError(@TempDir Path out) {
        CliRun r = CliRun.of("compile", "--kind", "summary", "--period", "2022-Q2", "--lang", "fr", "--out", out.toString(), SAMPLE);
        assertEquals(ExitCode.USAGE, r.exit());
        assertTrue(r.err().contains("--lang") && r.err().contains("'fr'"), r.err());
    }
}
