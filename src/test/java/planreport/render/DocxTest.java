package planreport.render;

import planreport.render.docx.DocProps;
import planreport.render.docx.Docx;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import planreport.cli.CliRun;
import planreport.cli.ExitCode;

/** The .docx read back with POI, as Word would: the Party header, real styles, fonts, page setup, every letter of the source. */
class DocxTest {
    static byte[] compile(Path out, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("compile", "--as-of", "2023-07-20", "--kind", "summary", "--period", "2023-Q2",
                "--format", "docx", "--out", out.toString()));
        args.addAll(List.of(extra));
        args.add("examples/reports");
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertEquals(ExitCode.OK, r.exit(), r.err());
        return Files.readAllBytes(out.resolve("bao-cao-so-ket-2023-Q2.docx"));
    }

    /**
     * The XHTML the PDF and the .docx are made from: report.ftlx run over the model of the shipped
     * example's 2023-Q2 summary (the model as compile writes it in JSON, plus the catalogue).
     */
    @SuppressWarnings("unchecked")
    static String xhtml(Path out) throws Exception {
        CliRun r = CliRun.of("compile", "--as-of", "2023-07-20", "--kind", "summary", "--period", "2023-Q2", "--format", "json",
                "--out", out.toString(), "examples/reports");
        assertEquals(ExitCode.OK, r.exit(), r.err());
        java.util.Map<String, Object> model = Json.mapper().readValue(out.resolve("bao-cao-so-ket-2023-Q2.json").toFile(), java.util.Map.class);
        return new Templates(null).render("report.ftlx", Format.templateRoot(model, Messages.of(planreport.model.Lang.VI)));
    }

    @Test
    void theShippedExampleAsWordReadBack(@TempDir Path out) throws Exception {
        byte[] bytes = compile(out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            // the Party header: a borderless two-column table first
            IBodyElement first = doc.getBodyElements().get(0);
            assertTrue(first instanceof XWPFTable, "the document opens with the header table");
            XWPFTable header = (XWPFTable) first;
            assertEquals("TablePlain", header.getStyleID());
            XWPFTableRow row = header.getRow(0);
            assertEquals(2, row.getTableCells().size());
            List<String> left = texts(row.getCell(0)), right = texts(row.getCell(1));
            assertEquals(List.of("TỈNH ỦY QUẢNG NGÃI", "BAN DÂN VẬN", "*"), left.subList(0, 3), "a quarter's review is the monitoring board's own");
            assertTrue(left.get(3).startsWith("Số") && left.get(3).endsWith("-BC/BDVTU"), left.get(3));
            assertEquals(List.of("PartyParent", "PartyIssuer", "PartyStar", "PartyNumber"), styles(row.getCell(0)));
            assertEquals(List.of("ĐẢNG CỘNG SẢN VIỆT NAM", "Quảng Ngãi, ngày 20 tháng 7 năm 2023"), right);
            assertEquals(List.of("PartyNational", "PlaceDate"), styles(row.getCell(1)));

            // styles defined once, with Word's names, from the layout profile
            Set<String> used = new LinkedHashSet<>();
            collectStyles(doc.getBodyElements(), used);
            for (String s : List.of("Title", "Subtitle", "BodyText", "Heading1", "Heading2", "Heading3", "ListDash", "TableHeader",
                    "TableText", "TableNumber", "RecipientsTitle", "Recipients", "SignatureAuthority", "SignatureName", "AppendixTitle")) {
                assertTrue(used.contains(s), "style not used: " + s + " in " + used);
            }
            for (String id : used) assertNotNull(doc.getStyles().getStyle(id), "used but not defined: " + id);
            assertEquals("heading 1", doc.getStyles().getStyle("Heading1").getName());
            assertEquals("List Dash", doc.getStyles().getStyle("ListDash").getName());
            assertEquals("Nơi nhận", doc.getStyles().getStyle("RecipientsTitle").getName());
            XWPFStyle national = doc.getStyles().getStyle("PartyNational");
            assertEquals(30, num(national.getCTStyle().getRPr().getSzArray(0).getVal()), "15 pt");
            assertTrue(national.getCTStyle().getRPr().getBArray(0) != null);
            assertEquals("single", national.getCTStyle().getRPr().getUArray(0).getVal().toString());
            XWPFStyle body = doc.getStyles().getStyle("BodyText");
            assertEquals(28, num(body.getCTStyle().getRPr().getSzArray(0).getVal()), "14 pt");
            assertEquals(567, num(body.getCTStyle().getPPr().getInd().getFirstLine()), "10 mm first-line indent");
            assertEquals(32, num(doc.getStyles().getStyle("Title").getCTStyle().getRPr().getSzArray(0).getVal()), "BÁO CÁO 16 pt");
            assertEquals(24, num(doc.getStyles().getStyle("Recipients").getCTStyle().getRPr().getSzArray(0).getVal()), "recipients 12 pt");

            // Times New Roman and Vietnamese, for every style (document defaults) and on each paragraph style
            String styles = doc.getStyles().getCtStyles().xmlText();
            assertTrue(styles.contains("w:ascii=\"Times New Roman\""), "font");
            assertTrue(styles.contains("<w:lang w:val=\"vi-VN\""), "language");
            for (String id : used) {
                assertTrue(doc.getStyles().getStyle(id).getCTStyle().getRPr().xmlText().contains("vi-VN"), "no vi-VN on " + id);
            }

            // A4, margins 20/20/30/15 mm, page number centred at the top from page 2
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            assertEquals(11906, num(sect.getPgSz().getW()));
            assertEquals(16838, num(sect.getPgSz().getH()));
            assertEquals(1134, num(sect.getPgMar().getTop()));
            assertEquals(1134, num(sect.getPgMar().getBottom()));
            assertEquals(1701, num(sect.getPgMar().getLeft()));
            assertEquals(850, num(sect.getPgMar().getRight()));
            assertTrue(sect.isSetTitlePg(), "a different first page");
            XWPFHeader main = doc.getHeaderFooterPolicy().getDefaultHeader(), firstPage = doc.getHeaderFooterPolicy().getFirstPageHeader();
            assertNotNull(main);
            assertNotNull(firstPage);
            assertTrue(main.getParagraphs().get(0).getCTP().xmlText().contains("PAGE"), "page field");
            assertEquals("Header", main.getParagraphs().get(0).getStyleID());
            assertFalse(firstPage.getParagraphs().stream().anyMatch(p -> p.getCTP().xmlText().contains("PAGE")), "no number on page 1");

            // data tables repeat their header rows; the closing block is a borderless table, the appendices start a new page
            int data = 0, repeating = 0;
            boolean footer = false, pageBreak = false;
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFTable t) {
                    if (t.getStyleID().equals("TableGrid")) {
                        data++;
                        if (t.getRow(0).isRepeatHeader()) repeating++;
                    } else if (texts(t.getRow(0).getCell(0)).stream().anyMatch(s -> s.startsWith("Nơi nhận"))) {
                        footer = true;
                        assertEquals("TablePlain", t.getStyleID());
                        assertEquals("SignatureAuthority", styles(t.getRow(0).getCell(1)).get(0));
                    }
                }
                if (e instanceof XWPFParagraph p && p.isPageBreak()) pageBreak = true;
            }
            assertTrue(data >= 4, "data tables: " + data);
            assertEquals(data, repeating, "every data table repeats its header row");
            assertTrue(footer, "Nơi nhận and the signature side by side");
            assertTrue(pageBreak, "the appendices after a page break");

            // document properties
            assertEquals("BÁO CÁO", doc.getProperties().getCoreProperties().getTitle());
            assertTrue(doc.getProperties().getCoreProperties().getSubject().startsWith("Kết quả quý II năm 2023"));
            assertEquals(null, doc.getProperties().getCoreProperties().getCreator());
            assertEquals("vi-VN", doc.getProperties().getCoreProperties().getUnderlyingProperties().getLanguageProperty().orElse(null));
        }
        // text and styles, and the charts as inline pictures (one for the quarter: the year targets): no text boxes, no other images
        int pictures = 0;
        for (var e : entries(bytes)) {
            if (e.startsWith("word/media/")) {
                assertTrue(e.endsWith(".png"), e);
                pictures++;
            }
        }
        assertEquals(1, pictures);
        String document = entry(bytes, "word/document.xml");
        assertEquals(1, document.split("<w:drawing>", -1).length - 1, "one drawing: the chart");
        assertTrue(document.contains("<wp:inline"), "the chart is inline, in the text's flow");
        assertFalse(document.contains("<w:pict") || document.contains("txbxContent"), "no text boxes");
        assertFalse(document.contains("w:rsid"), "no revision ids");
    }

    @Test
    void everyLetterOfTheXhtmlSurvives(@TempDir Path out) throws Exception {
        String xhtml = xhtml(out);
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        Docx.write(xhtml, Layout.packaged().profile(), new DocProps("BÁO CÁO", "x", null, LocalDate.of(2023, 7, 20)), docx);
        String source = letters(bodyText(xhtml));
        String written;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.toByteArray()))) {
            StringBuilder b = new StringBuilder();
            text(doc.getBodyElements(), b);
            written = letters(b.toString());
        }
        assertTrue(source.length() > 10_000, "a real document: " + source.length());
        assertTrue(source.chars().anyMatch(c -> c == 'ộ') && source.contains("ữ"), "has Vietnamese letters");
        assertEquals(source, written, "the text of the .docx is the text of the XHTML, letter for letter (NFC)");
        assertTrue(Normalizer.isNormalized(written, Normalizer.Form.NFC));
    }

    @Test
    void sameInputsSameBytes(@TempDir Path a, @TempDir Path b) throws Exception {
        byte[] one = compile(a);
        Thread.sleep(2100); // a clock that leaked into the file would show (zip times have 2-second steps)
        byte[] two = compile(b);
        assertArrayEquals(one, two, "byte-identical rerun");
        for (String name : entries(one)) assertFalse(name.contains("\\"), name);
        String core = entry(one, "docProps/core.xml");
        assertTrue(core.contains("2023-07-20T00:00:00Z"), core);
        assertFalse(core.contains("creator"), core);
    }

    @Test
    void unknownElementsAreBodyParagraphsAndTablesKeepTheirShape() throws Exception {
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\"><head><title>t</title><style>p{}</style></head><body>"
                + "<section><custom>Đoạn lạ   có   khoảng trắng</custom></section>"
                + "<p class=\"kinh-gui\">Kính gửi: Ban Thường vụ Tỉnh ủy</p>"
                + "<p class=\"pre\">dòng một\ndòng hai</p>"
                + "<ul><li>mục <b>một</b></li><li>mục hai</li></ul>"
                + "<table class=\"data\"><thead><tr><th colspan=\"2\">Gộp</th><th rowspan=\"2\">Dọc</th></tr><tr><th>A</th><th>B</th></tr></thead>"
                + "<tbody><tr><td>1</td><td class=\"n\">2</td><td class=\"c\">3</td></tr><tr class=\"total\"><td>Tổng</td><td class=\"n\">2</td><td>3</td></tr></tbody></table>"
                + "<div class=\"appendix\"><p class=\"appendix-title\">Phụ lục 1</p><p class=\"appendix-ref\">(Kèm theo Báo cáo số …)</p></div>"
                + "</body></html>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Docx.write(xhtml, Layout.packaged().profile(), new DocProps("T", "S", null, null), out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            assertEquals("Đoạn lạ có khoảng trắng", ps.get(0).getText());
            assertEquals("BodyText", ps.get(0).getStyleID());
            assertEquals("KinhGui", ps.get(1).getStyleID());
            assertEquals("dòng một\ndòng hai", ps.get(2).getText());
            assertEquals("ListDash", ps.get(3).getStyleID());
            assertEquals("mục một", ps.get(3).getText());
            assertTrue(ps.get(3).getRuns().get(1).isBold());
            XWPFTable t = doc.getTables().get(0);
            assertEquals(4, t.getRows().size());
            assertTrue(t.getRow(0).isRepeatHeader() && t.getRow(1).isRepeatHeader() && !t.getRow(2).isRepeatHeader());
            assertEquals(2, num(t.getRow(0).getCell(0).getCTTc().getTcPr().getGridSpan().getVal()));
            assertEquals(3, t.getRow(1).getTableCells().size(), "A, B and the continued rowspan");
            assertEquals("TableNumber", t.getRow(2).getCell(1).getParagraphs().get(0).getStyleID());
            assertEquals("TableCentre", t.getRow(2).getCell(2).getParagraphs().get(0).getStyleID());
            assertTrue(t.getRow(3).getCell(0).getParagraphs().get(0).getRuns().get(0).isBold(), "total row bold");
            XWPFParagraph appendix = ps.stream().filter(p -> p.getText().equals("Phụ lục 1")).findFirst().orElseThrow();
            assertTrue(appendix.isPageBreak());
            assertEquals("AppendixTitle", appendix.getStyleID());
            String styles = doc.getStyles().getCtStyles().xmlText();
            assertTrue(styles.contains("vi-VN"), "the html lang decides the language");
        }
    }

    @Test
    void aLetterInTheSameVocabulary() throws Exception {
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\"><head><title>t</title></head><body>"
                + "<table class=\"header\"><tr><td class=\"left\"><div class=\"parent\">ĐẢNG BỘ TỈNH QUẢNG NGÃI</div><div class=\"issuer\">BAN DÂN VẬN</div>"
                + "<div class=\"star\">*</div><div>Số 12-CV/BDVTU</div><p class=\"trich-yeu\">V/v gửi báo cáo quý II/2023</p></td>"
                + "<td class=\"right\"><div><span class=\"national\">ĐẢNG CỘNG SẢN VIỆT NAM</span></div><div class=\"place-date\">Quảng Ngãi, ngày 20 tháng 7 năm 2023</div></td></tr></table>"
                + "<p class=\"kinh-gui\">Kính gửi: Huyện ủy Lý Sơn</p><p>Đề nghị đồng chí chỉ đạo gửi báo cáo.</p>"
                + "<p class=\"lead\">Nội dung các nhiệm vụ nêu trên:</p><ul><li>Nhiệm vụ 7.3.</li></ul><p class=\"closing\">Đề nghị quan tâm thực hiện./.</p>"
                + "<table class=\"footer\"><tr><td class=\"recipients\"><div class=\"recipients-title\">Nơi nhận:</div><div>- Như trên,</div><div>- Lưu.</div></td>"
                + "<td class=\"signature\"><div class=\"authority\">K/T TRƯỞNG BAN</div><div class=\"sign-title\">PHÓ TRƯỞNG BAN</div><div class=\"sign-space\"></div>"
                + "<div class=\"sign-name\">Nguyễn Văn A</div></td></tr></table></body></html>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Docx.write(xhtml, Layout.packaged().profile(), new DocProps("CÔNG VĂN", "V/v gửi báo cáo", "vi", LocalDate.of(2023, 7, 20)), out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            XWPFTableCell left = doc.getTables().get(0).getRow(0).getCell(0);
            assertEquals(List.of("PartyParent", "PartyIssuer", "PartyStar", "PartyNumber", "TrichYeu"), styles(left));
            assertEquals("KinhGui", doc.getParagraphs().stream().filter(p -> p.getText().startsWith("Kính gửi")).findFirst().orElseThrow().getStyleID());
            XWPFTableRow footer = doc.getTables().get(1).getRow(0);
            assertEquals(List.of("RecipientsTitle", "Recipients", "Recipients"), styles(footer.getCell(0)));
            assertEquals(List.of("SignatureAuthority", "SignatureTitle", "SignatureName"), styles(footer.getCell(1)));
            assertTrue(footer.getCell(1).getParagraphs().stream().anyMatch(p -> "SignatureSpace".equals(p.getStyleID())), "room to sign");
            assertTrue(footer.getCtRow().getTrPr().xmlText().contains("cantSplit"), "the closing block stays on one page");
            // a line leading into a list, and the closing sentence, never left alone at a page's foot
            java.util.function.Function<String, XWPFParagraph> para = t -> doc.getParagraphs().stream().filter(p -> p.getText().startsWith(t)).findFirst().orElseThrow();
            assertTrue(para.apply("Nội dung các nhiệm vụ").getCTP().getPPr().isSetKeepNext(), "the lead keeps with its list");
            assertTrue(para.apply("Đề nghị quan tâm").getCTP().getPPr().isSetKeepNext(), "the closing sentence keeps with the closing block");
            assertFalse(para.apply("Nhiệm vụ 7.3").getCTP().getPPr().isSetKeepNext(), "a list item does not");
            assertFalse(para.apply("Đề nghị đồng chí").getCTP().getPPr().isSetKeepNext(), "a body paragraph does not");
            List<XWPFParagraph> ps = doc.getParagraphs();
            assertTrue(ps.get(ps.indexOf(para.apply("Đề nghị quan tâm")) + 1).getCTP().getPPr().isSetKeepNext(), "and the gap before the closing block");
        }
    }

    @Test
    void englishReportsAreMarkedEnglish(@TempDir Path out) throws Exception {
        CliRun r = CliRun.of("compile", "--as-of", "2023-07-20", "--kind", "summary", "--period", "2023-Q2", "--format", "docx", "--lang", "en",
                "--out", out.toString(), "examples/reports");
        assertEquals(ExitCode.OK, r.exit(), r.err());
        try (var files = Files.list(out)) {
            Path docx = files.filter(p -> p.toString().endsWith(".docx")).findFirst().orElseThrow();
            String styles = entry(Files.readAllBytes(docx), "word/styles.xml");
            assertTrue(styles.contains("<w:lang w:val=\"en-US\""), styles.substring(0, 400));
        }
    }

    // ---- helpers

    private static int num(Object o) { return Integer.parseInt(o.toString()); }

    private static List<String> texts(XWPFTableCell c) {
        List<String> out = new ArrayList<>();
        for (XWPFParagraph p : c.getParagraphs()) if (!p.getText().isBlank()) out.add(p.getText());
        return out;
    }

    private static List<String> styles(XWPFTableCell c) {
        List<String> out = new ArrayList<>();
        for (XWPFParagraph p : c.getParagraphs()) if (!p.getText().isBlank()) out.add(p.getStyleID());
        return out;
    }

    private static void collectStyles(List<IBodyElement> elements, Set<String> out) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p && p.getStyleID() != null) out.add(p.getStyleID());
            if (e instanceof XWPFTable t) {
                for (XWPFTableRow r : t.getRows()) for (XWPFTableCell c : r.getTableCells()) collectStyles(c.getBodyElements(), out);
            }
        }
    }

    private static void text(List<IBodyElement> elements, StringBuilder b) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) b.append(p.getText()).append('\n');
            if (e instanceof XWPFTable t) {
                for (XWPFTableRow r : t.getRows()) for (XWPFTableCell c : r.getTableCells()) text(c.getBodyElements(), b);
            }
        }
    }

    /** The text of the XHTML's body, as a reader sees it. */
    static String bodyText(String xhtml) throws Exception {
        var f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Element html = f.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml))).getDocumentElement();
        Node body = html.getElementsByTagNameNS("*", "body").item(0);
        return body.getTextContent();
    }

    /** Everything but whitespace, NFC. */
    static String letters(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("[\\s]+", "");
    }

    static List<String> entries(byte[] zip) throws Exception {
        List<String> out = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) out.add(e.getName());
        }
        return out;
    }

    static String entry(byte[] zip, String name) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals(name)) return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no " + name);
    }
}
