package planreport.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import planreport.check.Code;
import planreport.check.Diagnostic;
import planreport.model.Lang;

/**
 * The hostile corpus of workbooks (issue 24): each case a workbook written part by part ({@link RawXlsx}),
 * as a script or a hostile hand writes it, and the diagnostic it must end in — never an exception,
 * never a silent wrong figure, and a message naming the sheet and cell with what to do, in both languages.
 */
class XlsxHostileTest {
    @TempDir Path dir;

    private List<Diagnostic> validate(RawXlsx x) throws IOException {
        return validate(x.bytes());
    }

    private List<Diagnostic> validate(byte[] bytes) throws IOException {
        return Hostile.validate(dir, "2022-Q1_binh-son.xlsx", bytes);
    }

    private static List<Diagnostic> workbook(List<Diagnostic> ds) {
        return ds.stream().filter(d -> d.code() == Code.WORKBOOK).toList();
    }

    /** The one workbook diagnostic of the run, whose key is {@code key}; its messages carry no parser English and no path. */
    private static Diagnostic one(List<Diagnostic> ds, String key) {
        List<Diagnostic> w = workbook(ds);
        assertEquals(1, w.size(), ds.toString());
        Diagnostic d = w.get(0);
        assertEquals(key, d.key(), d.format(Lang.EN));
        plain(d);
        return d;
    }

    /** A message a user can act on: no Java or parser words, no temporary path. */
    static void plain(Diagnostic d) {
        for (Lang l : Lang.values()) {
            String m = d.message(l);
            for (String bad : List.of("Exception", "java.", "null", "For input string", "/tmp", "plan-report-", "{", "}")) {
                assertFalse(m.contains(bad), l + ": " + m);
            }
        }
    }

    private static String cells(String... inner) {
        return String.join("", inner);
    }

    // ---- 1–3. crashes ----

    @Test
    void aNegativeSharedStringIndexIsADiagnosticAtItsCell() throws IOException {
        String row2 = "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Huyện ủy Bình Sơn</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>2022-Q1</t></is></c>"
                + "<c r=\"C2\" t=\"inlineStr\"><is><t>6.1</t></is></c><c r=\"D2\" t=\"s\"><v>-1</v></c><c r=\"G2\" t=\"inlineStr\"><is><t>2022-04-10</t></is></c></row>";
        List<Diagnostic> ds = validate(new RawXlsx().sharedStrings("<t>bí mật của đơn vị khác</t>").sheet("Báo cáo", RawXlsx.HEADER_ROW + row2, null));
        Diagnostic d = ds.stream().filter(x -> x.code() == Code.WORKBOOK).findFirst().orElseThrow(() -> new AssertionError(ds.toString()));
        assertEquals("workbook.shared-string", d.key());
        assertEquals("Báo cáo", d.sheet());
        assertEquals("D2", d.arg("cell"));
        assertEquals(2, d.line());
        plain(d);
        assertTrue(d.message(Lang.VI).startsWith("ô D2 trỏ tới chuỗi số -1"), d.message(Lang.VI));

        List<Diagnostic> far = validate(new RawXlsx().sharedStrings("<t>bí mật của đơn vị khác</t>")
                .sheet("Báo cáo", RawXlsx.HEADER_ROW + row2.replace("<v>-1</v>", "<v>999</v>"), null));
        Diagnostic f = workbook(far).get(0);
        assertEquals("workbook.shared-string", f.key());
        for (Lang l : Lang.values()) assertFalse(f.format(l).contains("bí mật"), "no shared string is shown: " + f.format(l));
    }

    @Test
    void aMergedRangeOfWholeRowsIsReadWithoutACrash() throws IOException {
        String row3 = RawXlsx.row(3, null, "2022-Q1", "III.1", "Đang thực hiện", "50", null, "2022-04-10", "x");
        List<Diagnostic> ds = validate(new RawXlsx().sheet("Báo cáo", RawXlsx.HEADER_ROW + RawXlsx.reportRow(2) + row3,
                "<mergeCells count=\"2\"><mergeCell ref=\"2:3\"/><mergeCell ref=\"A:B\"/></mergeCells>"));
        assertEquals(List.of(), ds);
    }

    @Test
    void aWorkbookWithoutItsWorkbookPartOrCutShortIsADiagnostic() throws IOException {
        RawXlsx x = new RawXlsx().sheet("Báo cáo", RawXlsx.HEADER_ROW + RawXlsx.reportRow(2), null);
        one(validate(x.bytes(false, List.of())), "workbook.no-workbook");
        byte[] whole = x.bytes();
        for (int cut : new int[] {whole.length / 4, whole.length / 2, whole.length - 30}) {
            byte[] part = java.util.Arrays.copyOf(whole, cut);
            Diagnostic d = one(validate(part), workbook(validate(part)).get(0).key());
            assertTrue(List.of("workbook.damaged", "workbook.not-xlsx").contains(d.key()), d.format(Lang.EN));
        }
    }

    // ---- 4. formulas ----

    @Test
    void aFormulaWithoutItsValueIsADiagnosticNamingTheCellAndACachedValueIsRead() throws IOException {
        String row2 = "<row r=\"2\">" + RawXlsx.row(2, "Huyện ủy Bình Sơn", "2022-Q1", "6.1", "Đang thực hiện").replaceAll("</?row[^>]*>", "")
                + "<c r=\"E2\"><f>40+20</f><v>60</v></c><c r=\"G2\" t=\"inlineStr\"><is><t>2022-04-10</t></is></c></row>";
        assertEquals(List.of(), validate(new RawXlsx().sheet("Báo cáo", RawXlsx.HEADER_ROW + row2, null)));

        String[] noValue = {"<c r=\"E2\"><f>40+20</f></c>", "<c r=\"E2\"><f>40+20</f><v></v></c>", "<c r=\"E2\" t=\"str\"><f>A1</f></c>"};
        for (String c : noValue) {
            List<Diagnostic> ds = validate(new RawXlsx().sheet("Báo cáo", RawXlsx.HEADER_ROW + row2.replace("<c r=\"E2\"><f>40+20</f><v>60</v></c>", c), null));
            Diagnostic d = one(ds, "workbook.formula-no-value");
            assertEquals("E2", d.arg("cell"));
            assertEquals("ô E2 có công thức nhưng chưa có giá trị: mở tệp trong Excel, lưu lại rồi gửi", d.message(Lang.VI));
            assertEquals("cell E2 has a formula but no value yet: open the file in Excel, save it, and send it again", d.message(Lang.EN));
        }
    }

    // ---- 5. rows Excel never writes, rows above the header, two sheets of one name ----

    @Test
    void rowsNumberedZeroOrBelowAreDiagnosticsNotSilence() throws IOException {
        for (String r : new String[] {"0", "-3", "x2"}) {
            String bad = RawXlsx.reportRow(2).replace("<row r=\"2\">", "<row r=\"" + r + "\">").replace("Đang thực hiện", "GARBAGE");
            List<Diagnostic> ds = validate(new RawXlsx().sheet("Báo cáo", RawXlsx.HEADER_ROW + bad + RawXlsx.reportRow(3), null));
            Diagnostic d = one(ds, "workbook.row-number");
            assertEquals(r, d.value());
            assertTrue(d.message(Lang.VI).contains("“" + r + "”"), d.message(Lang.VI));
        }
        List<Diagnostic> back = validate(new RawXlsx().sheet("Báo cáo", RawXlsx.HEADER_ROW + RawXlsx.reportRow(3) + RawXlsx.reportRow(2), null));
        assertEquals("row-order", one(back, "workbook.row-order").variant());
    }

    @Test
    void aCellAddressThatIsNotOneIsNamedWithItsRow() throws IOException {
        String row = RawXlsx.reportRow(2).replace("r=\"D2\"", "r=\"x2\"");
        List<Diagnostic> ds = validate(new RawXlsx().sheet("Báo cáo", RawXlsx.HEADER_ROW + row, null));
        Diagnostic d = one(ds, "workbook.cell-ref");
        assertEquals("x2", d.value());
        assertEquals(2, d.line());
    }

    @Test
    void reportRowsAboveTheHeaderAreNamedButATitleIsNot() throws IOException {
        String title = RawXlsx.row(1, "BÁO CÁO TIẾN ĐỘ QUÝ I/2022");
        String data = RawXlsx.row(2, "Huyện ủy Bình Sơn", "2022-Q1", "6.1", "GARBAGE", "50");
        String header = RawXlsx.HEADER_ROW.replace("<row r=\"1\">", "<row r=\"3\">").replaceAll("r=\"([A-H])1\"", "r=\"$13\"");
        List<Diagnostic> ds = validate(new RawXlsx().sheet("Báo cáo", title + data + header + RawXlsx.reportRow(4), null));
        Diagnostic d = one(ds, "workbook.above-header");
        assertEquals(2, d.line());
        assertEquals("3", d.arg("header"));
        assertEquals(List.of(), validate(new RawXlsx().sheet("Báo cáo", title + header + RawXlsx.reportRow(4), null)));
    }

    @Test
    void twoSheetsOfOneNameAreADiagnostic() throws IOException {
        String garbage = RawXlsx.HEADER_ROW + RawXlsx.reportRow(2).replace("Đang thực hiện", "GARBAGE");
        List<Diagnostic> ds = validate(new RawXlsx().sheet("Báo cáo", RawXlsx.HEADER_ROW + RawXlsx.reportRow(2), null).sheet("báo cáo", garbage, null));
        assertEquals("báo cáo", one(ds, "workbook.same-sheet").arg("sheet"));
    }

    // ---- 6. 1900: Excel's serial 60, and no report before the plan ----

    @Test
    void excelsTwentyNinthOfFebruary1900IsNotADayAndNothingIsDoneBeforeThePlan() throws IOException {
        String row = RawXlsx.reportRow(2).replace("<c r=\"G2\" t=\"inlineStr\"><is><t>2022-04-10</t></is></c>", "<c r=\"G2\" s=\"1\"><v>SERIAL</v></c>");
        List<Diagnostic> sixty = validate(new RawXlsx().dateStyles().sheet("Báo cáo", RawXlsx.HEADER_ROW + row.replace("SERIAL", "60"), null));
        assertEquals(List.of("bad-date"), Hostile.codes(sixty), sixty.toString());
        assertEquals("1900-02-29", sixty.get(0).value());
        assertEquals("G2", sixty.get(0).arg("cell"));

        List<Diagnostic> sixtyOne = validate(new RawXlsx().dateStyles().sheet("Báo cáo", RawXlsx.HEADER_ROW + row.replace("SERIAL", "61"), null));
        assertEquals(1, sixtyOne.size(), sixtyOne.toString());
        Diagnostic d = sixtyOne.get(0);
        // the shipped plan states no date of its own: the resolution it implements bounds it
        assertEquals("bad-date.before-resolution", d.key());
        assertTrue(d.message(Lang.VI).startsWith("ngày 01/3/1900 có trước ngày ban hành Nghị quyết 02-NQ/TW (12/6/2021)"), d.message(Lang.VI));
        assertEquals(List.of(), validate(new RawXlsx().dateStyles().sheet("Báo cáo", RawXlsx.HEADER_ROW + row.replace("SERIAL", "44661"), null)));
    }

    @Test
    void aCsvReportDoneAndSentIn1900IsRefusedNotCountedOnTime() throws IOException {
        String csv = "unit,period,task,status,progress,completed_on,submitted_on,result\n"
                + "Huyện ủy Bình Sơn,2022-Q2,2.1,Hoàn thành,100,01/03/1900,01/03/1900,Done\n";
        List<Diagnostic> ds = Hostile.validate(dir, "2022-Q2_binh-son.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("2 bad-date", "2 bad-date"), Hostile.lineCodes(ds.stream().filter(x -> x.code() == Code.BAD_DATE).toList()), ds.toString());
        assertTrue(ds.stream().noneMatch(x -> x.code() == Code.LATE_REPORT), ds.toString());
    }

    // ---- 7. a workbook damaged in transfer ----

    @Test
    void aByteChangedInTransferIsADamagedWorkbookNotAFigure() throws IOException {
        String row = RawXlsx.reportRow(2).replace("<c r=\"E2\" t=\"inlineStr\"><is><t>50</t></is></c>", "<c r=\"E2\"><v>72</v></c>");
        byte[] ok = new RawXlsx().stored().sheet("Báo cáo", RawXlsx.HEADER_ROW + row, null).bytes();
        assertEquals(List.of(), validate(ok));
        byte[] damaged = ok.clone();
        String s = new String(damaged, StandardCharsets.ISO_8859_1);
        int at = s.indexOf("<v>72</v>");
        assertTrue(at > 0);
        damaged[at + 3] = '6'; // 72 → 62, the CRC left as it was
        one(validate(damaged), "workbook.damaged");
    }

    // ---- 14. messages: the sheet hidden, another Office file, zip limits ----

    @Test
    void theOnlySheetHiddenSaysToUnhideIt() throws IOException {
        Diagnostic d = one(validate(new RawXlsx().sheet("Báo cáo", "hidden", RawXlsx.HEADER_ROW + RawXlsx.reportRow(2), null)), "workbook.hidden-sheets");
        assertTrue(d.message(Lang.VI).contains("“Báo cáo”") && d.message(Lang.VI).contains("Bỏ ẩn"), d.message(Lang.VI));
        assertTrue(d.message(Lang.EN).contains("Unhide"), d.message(Lang.EN));
    }

    @Test
    void aWordDocumentNamedXlsxSaysWhatItIs() throws Exception {
        ByteArrayOutputStreamHolder docx = new ByteArrayOutputStreamHolder();
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            doc.createParagraph().createRun().setText("Báo cáo");
            doc.write(docx);
        }
        one(validate(docx.toByteArray()), "workbook.docx");
    }

    private static final class ByteArrayOutputStreamHolder extends java.io.ByteArrayOutputStream {}

    @Test
    void fiveThousandPartsNameTheLimit() throws IOException {
        List<Map.Entry<String, byte[]>> extra = new ArrayList<>();
        for (int i = 0; i < 5000; i++) extra.add(Map.entry("xl/media/p" + i + ".bin", new byte[] {1}));
        byte[] many = new RawXlsx().sheet("Báo cáo", RawXlsx.HEADER_ROW + RawXlsx.reportRow(2), null).bytes(true, extra);
        Diagnostic d = one(validate(many), "workbook.too-many-parts");
        assertTrue(d.message(Lang.VI).contains("1.000") || d.message(Lang.VI).contains("1000"), d.message(Lang.VI));
    }

    @Test
    void twoPartsOfOneNameAreNamedAsSuch() throws IOException {
        byte[] z = new RawXlsx().sheet("Báo cáo", RawXlsx.HEADER_ROW + RawXlsx.reportRow(2), null)
                .bytes(true, List.of(Map.entry("xl/worksheets/sheetX.xml", RawXlsx.utf8("<worksheet/>"))));
        // rename the extra entry, in its local and central headers, to the sheet's own name
        String s = new String(z, StandardCharsets.ISO_8859_1).replace("xl/worksheets/sheetX.xml", "xl/worksheets/sheet1.xml");
        List<Diagnostic> ds = validate(s.getBytes(StandardCharsets.ISO_8859_1));
        Diagnostic d = one(ds, workbook(ds).get(0).key());
        assertTrue(List.of("workbook.duplicate-parts", "workbook.damaged").contains(d.key()), d.format(Lang.EN));
    }

    @Test
    void unicodeTextWithoutAByteOrderMarkIsToldToBeSavedAsCsvUtf8() throws IOException {
        String csv = "unit,period,task,status\nHuyện ủy Bình Sơn,2022-Q1,6.1,in_progress\n";
        for (java.nio.charset.Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, java.nio.charset.Charset.forName("UTF-32LE"))) {
            Path f = dir.resolve("2022-Q1_binh-son.csv");
            Files.write(f, csv.getBytes(cs));
            planreport.check.Diagnostics all = new planreport.check.Diagnostics();
            // no --encoding: the bytes decide, as a clerk runs it
            all.addAll(planreport.Pipeline.over(Hostile.plan()).sources(List.of(new Source(f.toString(), f))).charset(null).asOf(Hostile.AS_OF)
                    .build().validate(null, true).diagnostics());
            List<Diagnostic> ds = all.sorted().stream().filter(d -> d.code() != Code.MISSING_REPORT).toList();
            assertEquals(1, ds.size(), cs + ": " + ds);
            assertEquals("csv-syntax.unicode", ds.get(0).key(), cs.name());
            assertTrue(ds.get(0).message(Lang.VI).contains("“CSV UTF-8”"), ds.get(0).message(Lang.VI));
        }
    }

    // ---- 16. rich text, ISO date cells, control characters placed ----

    @Test
    void aPhoneticRunIsLeftOutOfAnInlineStringAsOfASharedOne() throws IOException {
        String row = RawXlsx.reportRow(2).replace("<is><t>Đang thực hiện</t></is>", "<is><r><t>in_progress</t></r><rPh sb=\"0\" eb=\"1\"><t>XX</t></rPh></is>");
        assertEquals(List.of(), validate(new RawXlsx().sheet("Báo cáo", RawXlsx.HEADER_ROW + row, null)));
        String shared = RawXlsx.reportRow(2).replace("<c r=\"D2\" t=\"inlineStr\"><is><t>Đang thực hiện</t></is></c>", "<c r=\"D2\" t=\"s\"><v>0</v></c>");
        assertEquals(List.of(), validate(new RawXlsx().sharedStrings("<r><t>in_progress</t></r><rPh sb=\"0\" eb=\"1\"><t>XX</t></rPh>")
                .sheet("Báo cáo", RawXlsx.HEADER_ROW + shared, null)));
    }

    @Test
    void anIsoDateCellIsADate() throws IOException {
        String row = RawXlsx.reportRow(2).replace("<c r=\"G2\" t=\"inlineStr\"><is><t>2022-04-10</t></is></c>", "<c r=\"G2\" t=\"d\"><v>2022-04-10T00:00:00</v></c>");
        assertEquals(List.of(), validate(new RawXlsx().sheet("Báo cáo", RawXlsx.HEADER_ROW + row, null)));
    }

    @Test
    void anEscapedControlCharacterIsPlacedAtItsSheetAndCell() throws IOException {
        String row = RawXlsx.reportRow(2).replace("Đã triển khai", "Đã _x001B_triển _x005F_x0041_khai");
        List<Diagnostic> ds = validate(new RawXlsx().sheet("Báo cáo", RawXlsx.HEADER_ROW + row, null));
        Diagnostic d = ds.stream().filter(x -> x.code() == Code.CONTROL_CHARACTER).findFirst().orElseThrow(() -> new AssertionError(ds.toString()));
        assertEquals("Báo cáo", d.sheet());
        assertEquals("H2", d.arg("cell"));
        assertTrue(d.format(Lang.EN).contains("Báo cáo!H2"), d.format(Lang.EN));
    }
}
