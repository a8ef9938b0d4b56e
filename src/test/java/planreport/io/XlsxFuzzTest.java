package planreport.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import planreport.check.Code;
import planreport.check.Diagnostic;
import planreport.model.Lang;

/**
 * Mutated workbooks (issue 24): the sheet's XML edited with the fragments scripts and hostile hands
 * write (negative and huge indexes, rows numbered 0, whole-row merges, formulas without values, ISO
 * dates, escapes, cut tags), and the zip's own bytes flipped or cut. Every one ends in diagnostics —
 * never an exception — and the workbook texts stay a handful, with no parser English, no path.
 */
class XlsxFuzzTest {
    private static final String SHEET_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    private static final String ROWS = RawXlsx.HEADER_ROW + RawXlsx.reportRow(2)
            + "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>0</v></c><c r=\"B3\" t=\"s\"><v>1</v></c><c r=\"C3\" t=\"inlineStr\"><is><t>2.1</t></is></c>"
            + "<c r=\"D3\" t=\"s\"><v>2</v></c><c r=\"E3\"><f>50+50</f><v>100</v></c><c r=\"F3\" s=\"1\"><v>44612</v></c><c r=\"G3\" s=\"1\"><v>44661</v></c></row>";
    private static final String SHEET_TAIL = "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A2:A3\"/></mergeCells></worksheet>";
    private static final String[] FRAGMENTS = {"<c r=\"D2\" t=\"s\"><v>-1</v></c>", "<v>999999</v>", "<row r=\"0\">", "<row r=\"-7\">", "<row r=\"2\">",
            "</row>", "<c r=\"x2\">", "t=\"d\"", "t=\"e\"", "t=\"b\"", "t=\"s\"", "s=\"99\"", "<f>A1</f>", "<v></v>", "<mergeCell ref=\"2:3\"/>",
            "<mergeCell ref=\"A:B\"/>", "_x0007_", "_x", "<rPh><t>XX</t></rPh>", "<v>60</v>", "<v>2022-04-10T00:00:00Z</v>", "<is>", "<", "&amp;", "\u0000"};
    private static final Set<String> TEXTS = ConcurrentHashMap.newKeySet();
    private static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("xlsx-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RawXlsx base() {
        return new RawXlsx().dateStyles().sharedStrings("<t>Huyện ủy Bình Sơn</t>", "<t>2022-Q1</t>", "<r><t>Hoàn thành</t></r><rPh><t>x</t></rPh>")
                .sheet("Báo cáo", ROWS, "<mergeCells count=\"1\"><mergeCell ref=\"A2:A3\"/></mergeCells>");
    }

    /** Validates the bytes and checks every diagnostic: no exception escapes, every workbook text is one a user can act on. */
    private static void check(byte[] bytes) {
        List<Diagnostic> ds;
        try {
            ds = Hostile.validate(DIR, "2022-Q1_binh-son.xlsx", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Diagnostic d : ds) {
            if (d.code() != Code.WORKBOOK) continue;
            XlsxHostileTest.plain(d);
            TEXTS.add(d.message(Lang.VI).replaceAll("\\d+", "N").replaceAll("“[^”]*”", "“…”"));
        }
    }

    @Property(tries = 300)
    void aMutatedSheetEndsInDiagnostics(@ForAll("sheets") byte[] sheet) throws IOException {
        check(base().part("xl/worksheets/sheet1.xml", sheet).bytes());
    }

    @Property(tries = 200)
    void aDamagedZipEndsInDiagnostics(@ForAll("zips") byte[] zip) {
        check(zip);
    }

    @Provide
    Arbitrary<byte[]> sheets() {
        byte[][] fragments = new byte[FRAGMENTS.length][];
        for (int i = 0; i < FRAGMENTS.length; i++) fragments[i] = FRAGMENTS[i].getBytes(StandardCharsets.UTF_8);
        return Mutations.of((SHEET_HEAD + ROWS + SHEET_TAIL).getBytes(StandardCharsets.UTF_8), fragments);
    }

    @Provide
    Arbitrary<byte[]> zips() {
        try {
            return Mutations.of(base().bytes(), new byte[][] {{0}, {(byte) 0xFF}, {'P', 'K', 3, 4}, {'P', 'K', 1, 2}});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterContainer
    static void fewTexts() {
        // one text per kind of damage (numbers and quoted values masked): a handful, not hundreds
        assertTrue(TEXTS.size() <= 25, TEXTS.size() + " distinct texts: " + String.join("\n", TEXTS));
    }
}
