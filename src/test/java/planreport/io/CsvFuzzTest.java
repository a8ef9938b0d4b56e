package planreport.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import planreport.check.Code;
import planreport.check.Diagnostic;
import planreport.check.Diagnostics;
import planreport.model.Body;
import planreport.model.Lang;
import planreport.model.Names;
import planreport.model.ReportColumn;
import planreport.model.ReportRow;
import planreport.model.Task;

/**
 * The report reader and the whole validate pipeline on arbitrary bytes, on CSV-like text, on
 * generated valid reports and on mutations of a valid report. What a user relies on: every
 * diagnostic names the file it was given and a line inside it, with a code of the reading stage;
 * the same bytes read twice (or read ahead on a second thread) give the same diagnostics and rows;
 * a valid report comes back cell for cell; and every data line is either a row or a problem.
 */
class CsvFuzzTest {
    private static final String FILE = "fuzz.csv";
    /** The only codes reading a report can produce; the rest belong to the checks after it. */
    private static final Set<Code> READ_CODES = EnumSet.of(Code.CSV_SYNTAX, Code.ENCODING, Code.MISSING_COLUMN, Code.UNKNOWN_COLUMN);

    /** One read: its diagnostics (sorted) and its rows in order. */
    private record Read(List<Diagnostic> diagnostics, List<ReportRow> rows, long returned) {}

    private static Read read(byte[] bytes, boolean readAhead) {
        Diagnostics ds = new Diagnostics();
        List<ReportRow> rows = new ArrayList<>();
        long n = ReportReader.read(new ByteArrayInputStream(bytes), FILE, 0, StandardCharsets.UTF_8, Hostile.plan(), ds, rows::add, readAhead);
        return new Read(ds.sorted(), rows, n);
    }

    /** As {@link #read}, from the records taken ahead of the plan (what validate does while it reads the plan). */
    private static Read parsedAhead(byte[] bytes) {
        Diagnostics ds = new Diagnostics();
        List<ReportRow> rows = new ArrayList<>();
        ReportReader.Parsed parsed = ReportReader.Parsed.of(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
        long n = ReportReader.read(parsed, FILE, 0, Hostile.plan(), ds, rows::add);
        return new Read(ds.sorted(), rows, n);
    }

    /** Lines as a spreadsheet counts them: CR, LF and CRLF each end one; a last line without an ending counts too. */
    static int lineCount(byte[] b) {
        int lines = 0;
        boolean open = false;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n' || b[i] == '\r') {
                if (b[i] == '\r' && i + 1 < b.length && b[i + 1] == '\n') i++;
                lines++;
                open = false;
            } else {
                open = true;
            }
        }
        return lines + (open ? 1 : 0);
    }

    /** The properties every read of any input must have; returns the read for further checks. */
    private static Read checkRead(byte[] bytes) {
        Read r = read(bytes, false);
        int lines = lineCount(bytes);
        for (Diagnostic d : r.diagnostics()) {
            String shown = d.format(Lang.EN);
            assertEquals(FILE, d.file(), "names the file it was given: " + shown);
            assertTrue(READ_CODES.contains(d.code()), "a reading code: " + shown);
            if (d.line() != null) assertTrue(d.line() >= 1 && d.line() <= Math.max(1, lines), "line within the file's " + lines + " lines: " + shown);
        }
        assertEquals(r.rows().size(), r.returned(), "the count returned is the rows handed over");
        long previous = 1; // the header's line
        for (ReportRow row : r.rows()) {
            assertEquals(FILE, row.file());
            assertTrue(row.line() > previous && row.line() <= lines, "row line " + row.line() + " after " + previous + " within " + lines);
            previous = row.line();
        }
        Set<Integer> problemLines = new TreeSet<>();
        for (Diagnostic d : r.diagnostics()) if (d.line() != null && d.line() > 1) problemLines.add(d.line());
        assertTrue(r.rows().size() + problemLines.size() <= Math.max(0, lines - 1), "rows and rows with problems fit in the data lines");

        assertEquals(r, read(bytes, false), "the same bytes read twice give the same diagnostics and rows");
        assertEquals(r, read(bytes, true), "reading ahead on a second thread changes nothing");
        assertEquals(r, parsedAhead(bytes), "the records taken before the plan was known give the same");
        return r;
    }

    @Property(tries = 300)
    void arbitraryBytesGiveReadingDiagnosticsWithinTheFile(@ForAll @Size(max = 2000) byte[] bytes) {
        checkRead(bytes);
    }

    @Property(tries = 300)
    void csvLikeTextGivesReadingDiagnosticsWithinTheFile(@ForAll("csvText") String text) {
        Read r = checkRead(text.getBytes(StandardCharsets.UTF_8));
        if (HEADERS.stream().anyMatch(h -> !h.isEmpty() && text.startsWith(h))) {
            for (Diagnostic d : r.diagnostics()) {
                assertFalse(d.code() == Code.MISSING_COLUMN || d.code() == Code.UNKNOWN_COLUMN, "the header is complete and known: " + d.format(Lang.EN));
                assertTrue(d.line() == null || d.line() > 1, "nothing wrong with the header line: " + d.format(Lang.EN));
            }
        }
    }

    private static final List<String> HEADERS = List.of("unit,period,task,status\n", "Đơn vị;Kỳ báo cáo;Nhiệm vụ;Tình trạng;Tiến độ\n",
            "unit,period,task,status,progress,completed_on,submitted_on,result,new_members\n", "");

    @Provide
    Arbitrary<String> csvText() {
        Arbitrary<String> header = Arbitraries.of(HEADERS);
        Arbitrary<String> body = Arbitraries.strings().withChars(",;\"\n\r \uFEFF\u0000aQ2-/.0123456789ĐđÀỳ\u0301")
                .withCharRange('a', 'z').ofMaxLength(400);
        return header.flatMap(h -> body.map(b -> h + b));
    }

    // ---- generated valid reports ----

    /** One generated row: the cells of the ten columns, as the unit typed them. */
    private record Row(List<String> cells) {}

    /** A generated report: its rows, how it is written, and its bytes. */
    private record Generated(List<Row> rows, boolean vietnamese, char delimiter, String newline, boolean bom, byte[] bytes) {
        @Override public String toString() {
            return "delimiter " + delimiter + (vietnamese ? ", Vietnamese headers" : "") + (bom ? ", BOM" : "") + ", "
                    + (newline.equals("\r\n") ? "CRLF" : "LF") + ":\n" + new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** The plan's units by name, those without a comma or a quote (so that a name can stand unquoted in a line). */
    private static List<String> units() {
        List<String> units = Hostile.plan().bodies().stream().filter(b -> !b.isGroup()).map(Body::name)
                .filter(u -> !u.contains(",") && !u.contains("\"")).toList();
        assertTrue(units.size() > 50, units.toString());
        return units;
    }

    @Provide
    Arbitrary<Generated> validReport() {
        List<String> units = units();
        List<String> tasks = Hostile.plan().tasks().stream().map(Task::id).toList();
        List<String> periods = Hostile.plan().termPeriods().stream()
                .flatMap(p -> Stream.of(p.toString(), "Quý " + p.roman() + "/" + p.year())).toList();
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.strings().withChars("aăâđêôơưAĐ ,;\"\n.-=+@${}#<>|'").withCharRange('a', 'z').ofMaxLength(40),
                Arbitraries.of("Tổ chức 3 hội nghị, \"đối thoại\"; kết nạp\nđoàn viên mới", "=HYPERLINK(\"http://x\")", "${7*7}", "@SUM(A1:A9)",
                        "-2+3", "Khó khăn: kinh phí; nhân lực", ""));
        Arbitrary<Row> row = Combinators.combine(Arbitraries.of(units), Arbitraries.of(periods), Arbitraries.of(tasks),
                Arbitraries.of("in_progress", "done", "not_started", "Đang thực hiện", "Hoàn thành", "Chưa thực hiện"),
                Arbitraries.integers().between(0, 100).map(String::valueOf).injectNull(0.3), text, text, text)
                .as((u, p, t, s, pr, res, dif, prop) -> new Row(Arrays.asList(u, p, t, s, pr == null ? "" : pr, "", "",
                        res, dif, prop)));
        return Combinators.combine(row.list().ofMinSize(1).ofMaxSize(12), Arbitraries.of(true, false), Arbitraries.of(',', ';'),
                Arbitraries.of("\n", "\r\n"), Arbitraries.of(true, false)).as(CsvFuzzTest::write);
    }

    private static Generated write(List<Row> rows, boolean vietnamese, char delimiter, String newline, boolean bom) {
        StringBuilder b = new StringBuilder(bom ? "\uFEFF" : "");
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setRecordSeparator(newline).get();
        try (CSVPrinter p = new CSVPrinter(b, format)) {
            List<String> header = new ArrayList<>();
            for (ReportColumn c : ReportColumn.values()) header.add(vietnamese ? c.vietnamese() : c.english());
            p.printRecord(header);
            for (Row r : rows) p.printRecord(r.cells());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Generated(rows, vietnamese, delimiter, newline, bom, b.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 200)
    void aValidGeneratedReportComesBackCellForCell(@ForAll("validReport") Generated g) {
        Read r = checkRead(g.bytes());
        assertEquals(List.of(), r.diagnostics(), "a valid report reads without a diagnostic");
        assertEquals(g.rows().size(), r.rows().size(), "every row is read");
        long line = 2;
        for (int i = 0; i < g.rows().size(); i++) {
            List<String> written = g.rows().get(i).cells();
            ReportRow got = r.rows().get(i);
            assertEquals(line, got.line(), "row " + (i + 1) + " starts on its line");
            for (ReportColumn c : ReportColumn.values()) {
                String cell = written.get(c.ordinal());
                assertEquals(Names.nfc(cell.strip()), got.get(c), "row " + (i + 1) + ", column " + c.english());
                assertEquals(g.vietnamese() ? c.vietnamese() : c.english(), got.column(c), "the file's own header name");
            }
            for (String cell : written) line += cell.chars().filter(ch -> ch == '\n').count();
            line++;
        }
    }

    /** A data line: a valid row, a row with one cell too many, or a blank line. */
    private record Line(int kind, String text) {}

    @Provide
    Arbitrary<List<Line>> dataLines() {
        List<String> units = units();
        Arbitrary<String> cell = Arbitraries.strings().withChars("aăđê .-").withCharRange('a', 'z').ofMaxLength(12);
        Arbitrary<Line> valid = Combinators.combine(Arbitraries.of(units), cell).as((u, c) -> new Line(0, u + ",2022-Q1,6.1,done," + c));
        Arbitrary<Line> wide = Combinators.combine(Arbitraries.of(units), cell).as((u, c) -> new Line(1, u + ",2022-Q1,6.1,done," + c + ",thừa"));
        // an empty line ("") is left out: rows after one are reported a line too early (CsvCorpusTest.emptyLinesDoNotShiftTheLinesOfLaterRows)
        Arbitrary<Line> blank = Arbitraries.of(new Line(2, ",,,,"), new Line(2, " , "), new Line(2, "  "));
        return Arbitraries.frequencyOf(Tuple.of(6, valid), Tuple.of(3, wide), Tuple.of(1, blank))
                .list().ofMaxSize(30);
    }

    @Property(tries = 200)
    void everyDataLineIsARowOrARowWithAProblem(@ForAll("dataLines") List<Line> lines) {
        StringBuilder b = new StringBuilder("unit,period,task,status,result\n");
        for (Line l : lines) b.append(l.text()).append('\n');
        Read r = checkRead(b.toString().getBytes(StandardCharsets.UTF_8));
        List<Long> rowLines = new ArrayList<>(), problemLines = new ArrayList<>();
        long dataLines = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).kind() == 0) rowLines.add(i + 2L);
            if (lines.get(i).kind() == 1) problemLines.add(i + 2L);
            if (lines.get(i).kind() != 2) dataLines++;
        }
        assertEquals(rowLines, r.rows().stream().map(ReportRow::line).toList(), "the valid lines are the rows");
        assertEquals(problemLines, r.diagnostics().stream().map(d -> d.line().longValue()).toList(), "each wide line has its problem");
        assertTrue(r.diagnostics().stream().allMatch(d -> d.code() == Code.CSV_SYNTAX), r.diagnostics().toString());
        assertEquals(dataLines, r.rows().size() + r.diagnostics().size(), "rows plus rows with problems are the data lines");
    }

    @Property(tries = 200)
    void aBadByteIsReportedOnItsLineAfterTheRowsBeforeIt(@ForAll("dataLines") List<Line> lines, @ForAll("newline") String newline,
                                                          @ForAll int where) {
        List<Line> rows = lines.stream().filter(l -> l.kind() == 0).toList();
        if (rows.isEmpty()) return;
        int bad = Math.floorMod(where, rows.size());
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(("unit,period,task,status,result" + newline).getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < rows.size(); i++) {
            b.writeBytes(rows.get(i).text().getBytes(StandardCharsets.UTF_8));
            if (i == bad) b.write(0xFF);
            b.writeBytes(newline.getBytes(StandardCharsets.UTF_8));
        }
        Read r = checkRead(b.toByteArray());
        assertEquals(List.of(Code.ENCODING), r.diagnostics().stream().map(Diagnostic::code).toList(), r.diagnostics().toString());
        assertEquals(bad + 2, r.diagnostics().get(0).line(), "the line holding the bad byte");
        assertEquals(bad, r.rows().size(), "the rows before it are read");
    }

    /** LF and CRLF; a lone CR (old Mac) is left out: see CsvCorpusTest.aBadByteAfterLoneCarriageReturnsIsReportedOnItsLine. */
    @Provide
    Arbitrary<String> newline() {
        return Arbitraries.of("\n", "\r\n");
    }

    // ---- the whole pipeline on mutations of a valid report ----

    @Property(tries = 300)
    void mutationsOfAValidReportGiveDiagnosticsOnTheFileAndItsLines(@ForAll("mutated") byte[] bytes) throws Exception {
        Path dir = Files.createTempDirectory("fuzz");
        try {
            List<Diagnostic> ds = Hostile.validate(dir, "mutated.csv", bytes);
            int lines = lineCount(bytes);
            for (Diagnostic d : ds) {
                String shown = d.format(Lang.EN);
                assertEquals("mutated.csv", d.file(), "names the file it was given: " + shown);
                assertTrue(d.code().scope() == Code.Scope.REPORT || d.code() == Code.CONTROL_CHARACTER, "a report code (or a text's control character): " + shown);
                if (d.line() != null) assertTrue(d.line() >= 1 && d.line() <= Math.max(1, lines), "line within the file's " + lines + " lines: " + shown);
            }
            assertEquals(ds, Hostile.validate(dir.resolve("mutated.csv")), "validating the same bytes twice gives the same diagnostics");
        } finally {
            try (var s = Files.list(dir)) { for (Path p : s.toList()) Files.delete(p); }
            Files.delete(dir);
        }
    }

    @Provide
    Arbitrary<byte[]> mutated() {
        return Mutations.of(Hostile.validReport(), new byte[][] {
                "\"".getBytes(StandardCharsets.UTF_8), ";".getBytes(StandardCharsets.UTF_8), ",".getBytes(StandardCharsets.UTF_8),
                "\n".getBytes(StandardCharsets.UTF_8), "\r\n".getBytes(StandardCharsets.UTF_8), {0}, {(byte) 0xFF}, {(byte) 0xC3},
                {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Quý V/2022".getBytes(StandardCharsets.UTF_8), "31/02/2022".getBytes(StandardCharsets.UTF_8),
                "=HYPERLINK(\"http://x\")".getBytes(StandardCharsets.UTF_8), "${7*7}".getBytes(StandardCharsets.UTF_8)});
    }
}
