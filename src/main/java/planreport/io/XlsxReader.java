package planreport.io;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import planreport.check.Code;
import planreport.check.Diagnostic;
import planreport.check.Diagnostics;
import planreport.model.Names;
import planreport.model.Plan;
import planreport.model.ReportColumn;
import planreport.model.ReportHeader;
import planreport.model.ReportRow;

/**
 * Streams the rows of one unit report saved as an Excel workbook (.xlsx) into the same row pipeline as
 * a CSV: the same columns and rules, every cell handed on as the text a CSV of it would hold (a date
 * cell as its ISO date, a number as written without grouping, a formula as its cached value), stripped
 * and in NFC.
 *
 * <p>Read with POI's event API (XSSFReader and XSSFSheetXMLHandler over a SAX parser that refuses a
 * DOCTYPE): the sheet's XML is never held, only one row at a time and the shared strings. The zip is
 * opened within {@link XlsxGuard}'s ZipSecureFile limits (inflate ratio, entry size), so a zip bomb is refused rather
 * than expanded. The sheet read is the visible one named "Báo cáo", else the first visible sheet whose
 * first 10 rows hold a header naming the required columns (a title above the header is fine); hidden
 * sheets are ignored. A value merged down over several rows counts in each of them.
 */
public final class XlsxReader {
    /** The header is looked for in this many rows of a sheet. */
    static final int HEADER_ROWS = 10;
    /** The sheet a workbook's report is looked for first. */
    static final String REPORT_SHEET = "Báo cáo";

    static { XlsxGuard.limitZips(); }

    private XlsxReader() {}

    /** A sheet of the workbook as workbook.xml lists it. */
    private record SheetRef(String name, String relId, boolean visible) {}

    /** The report's rows were handed to the sink, which failed (a bug, or the checking side stopping): rethrown as is. */
    static final class SinkFailure extends RuntimeException {
        SinkFailure(RuntimeException cause) { super(cause); }
    }

    /** Ends a SAX pass early (the header was found, or not within its rows). */
    private static final class Stop extends SAXException {
        Stop() { super("stop"); }
    }

    /** Reads the workbook {@code path} ({@code file} is its name in diagnostics) into {@code sink}; returns the data rows. */
    public static long read(File path, String file, int fileIndex, Plan plan, Diagnostics out, ReportReader.Sink sink) {
        try (OPCPackage pkg = OPCPackage.open(path, PackageAccess.READ)) {
            return read(pkg, file, fileIndex, plan, out, sink);
        } catch (SinkFailure f) {
            throw (RuntimeException) f.getCause();
        } catch (NotOfficeXmlFileException e) {
            out.add(Diagnostic.of(Code.WORKBOOK, "not-xlsx").in(file));
        } catch (IOException | OpenXML4JException | SAXException | POIXMLException | OpenXML4JRuntimeException
                 | IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
            out.add(XlsxGuard.problem(e).in(file));
        }
        return 0;
    }

    /**
     * A sheet of a workbook in another format (.xls, .ods) read by the same rules as an .xlsx sheet:
     * its name, whether it is shown, and its rows streamed into a handler as cells with their A1
     * references (row numbers from 0, rows without cells left out); a range merged down several rows is
     * added to {@code merges} before the row it starts in ends.
     */
    interface GridSheet {
        String name();

        boolean visible();

        void rows(XSSFSheetXMLHandler.SheetContentsHandler handler, Merges merges) throws IOException;
    }

    /**
     * The report of a workbook read through {@link GridSheet}s: the visible sheet "Báo cáo" first, then
     * the other visible ones in order, each with its header looked for in its first rows, exactly as an
     * .xlsx; "no-sheet" when none has one. Returns the data rows.
     */
    static long readSheets(List<? extends GridSheet> sheets, String file, int fileIndex, Plan plan, Diagnostics out, ReportReader.Sink sink)
            throws IOException {
        List<GridSheet> order = new ArrayList<>();
        for (GridSheet s : sheets) if (s.visible() && Names.fold(s.name()).equals(Names.fold(REPORT_SHEET))) order.add(s);
        for (GridSheet s : sheets) if (s.visible() && !order.contains(s)) order.add(s);
        for (GridSheet s : order) {
            Scan scan = new Scan(plan);
            try {
                s.rows(new XSSFSheetXMLHandler.SheetContentsHandler() {
                    @Override public void startRow(int rowNum) { scan.startRow(rowNum); }

                    @Override public void endRow(int rowNum) {
                        scan.endRow(rowNum);
                        if (scan.headerRow >= 0) throw new StopRuntime();
                    }

                    @Override public void cell(String ref, String value, XSSFComment comment) { scan.cell(ref, value, comment); }
                }, new Merges());
            } catch (StopRuntime stop) {
                // the header was found, or not within its rows
            }
            if (scan.headerRow < 0) continue;
            Merges merges = new Merges();
            Rows rows = new Rows(plan, file, fileIndex, s.name(), scan.headerRow, merges, out, sink);
            s.rows(rows, merges); // a failure of the sink comes out as a SinkFailure, for the caller to rethrow its cause
            return rows.count;
        }
        List<String> names = new ArrayList<>();
        for (GridSheet s : order) names.add("“" + s.name() + "”");
        out.add(Diagnostic.of(Code.WORKBOOK, "no-sheet").in(file).with("sheets", String.join(", ", names)));
        return 0;
    }

    private static long read(OPCPackage pkg, String file, int fileIndex, Plan plan, Diagnostics out, ReportReader.Sink sink)
            throws IOException, OpenXML4JException, SAXException {
        XSSFReader reader = new XSSFReader(pkg);
        boolean[] date1904 = {false};
        List<SheetRef> sheets = sheets(reader, date1904);
        List<SheetRef> order = new ArrayList<>();
        for (SheetRef s : sheets) if (s.visible && Names.fold(s.name).equals(Names.fold(REPORT_SHEET))) order.add(s);
        for (SheetRef s : sheets) if (s.visible && !order.contains(s)) order.add(s);
        StylesTable styles = reader.getStylesTable();
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
        DataFormatter formatter = new XlsxValues(date1904[0]);
        for (SheetRef s : order) {
            // first pass: the header within the first rows, then (if found) only the merged cells at the sheet's end
            Scan scan = new Scan(plan);
            Merges merges = new Merges();
            parse(reader, s, new FirstPass(new XSSFSheetXMLHandler(styles, strings, scan, formatter, false), scan, merges), scan);
            if (scan.headerRow < 0) continue;
            Rows rows = new Rows(plan, file, fileIndex, s.name, scan.headerRow, merges, out, sink);
            parse(reader, s, new XSSFSheetXMLHandler(styles, strings, rows, formatter, false), null);
            return rows.count;
        }
        List<String> names = new ArrayList<>();
        for (SheetRef s : order) names.add("“" + s.name + "”");
        out.add(Diagnostic.of(Code.WORKBOOK, "no-sheet").in(file).with("sheets", String.join(", ", names)));
        return 0;
    }

    private static void parse(XSSFReader reader, SheetRef sheet, DefaultHandler handler, Scan stopper)
            throws IOException, OpenXML4JException, SAXException {
        try (InputStream in = reader.getSheet(sheet.relId)) {
            XMLReader xml = XlsxGuard.secureReader();
            xml.setContentHandler(handler);
            try {
                xml.parse(new InputSource(in));
            } catch (Stop stop) {
                // the pass has what it looked for
            } catch (RuntimeException e) {
                if (e instanceof SinkFailure) throw e;
                if (e.getCause() instanceof Stop) return;
                throw e;
            }
        } catch (XlsxGuard.ParserConfigurationFailure e) {
            throw new SAXException(e.getMessage());
        }
    }

    /** The sheets in workbook order with their visibility, and whether dates count from 1904. */
    private static List<SheetRef> sheets(XSSFReader reader, boolean[] date1904) throws IOException, OpenXML4JException, SAXException {
        List<SheetRef> list = new ArrayList<>();
        try (InputStream in = reader.getWorkbookData()) {
            XMLReader xml = XlsxGuard.secureReader();
            xml.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String local, String qName, Attributes a) {
                    String name = local.isEmpty() ? qName.substring(qName.indexOf(':') + 1) : local;
                    if (name.equals("sheet")) {
                        String rel = null;
                        for (int i = 0; i < a.getLength(); i++) {
                            String an = a.getLocalName(i).isEmpty() ? a.getQName(i) : a.getLocalName(i);
                            if (an.equals("id") || an.endsWith(":id")) rel = a.getValue(i);
                        }
                        String state = a.getValue("state");
                        list.add(new SheetRef(Names.nfc(String.valueOf(a.getValue("name"))), rel, state == null || state.equals("visible")));
                    } else if (name.equals("workbookPr")) {
                        String d = a.getValue("date1904");
                        date1904[0] = "1".equals(d) || "true".equalsIgnoreCase(d);
                    }
                }
            });
            xml.parse(new InputSource(in));
        }
        return list;
    }

    /** The first pass over a sheet: cells go to the header scan until it has the header, then only merges are looked at. */
    private static final class FirstPass extends DefaultHandler {
        private final XSSFSheetXMLHandler cells;
        private final Scan scan;
        private final Merges merges;

        FirstPass(XSSFSheetXMLHandler cells, Scan scan, Merges merges) {
            this.cells = cells;
            this.scan = scan;
            this.merges = merges;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes a) throws SAXException {
            if (scan.headerRow < 0) cells.startElement(uri, local, qName, a);
            else merges.startElement(uri, local, qName, a);
        }

        @Override
        public void endElement(String uri, String local, String qName) throws SAXException {
            if (scan.headerRow < 0) cells.endElement(uri, local, qName);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (scan.headerRow < 0) cells.characters(ch, start, length);
        }
    }

    /** First pass: finds the header row within the first rows. */
    private static final class Scan implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Plan plan;
        private final List<String> cells = new ArrayList<>();
        int headerRow = -1;
        private int rowsSeen;

        Scan(Plan plan) { this.plan = plan; }

        @Override public void startRow(int rowNum) { cells.clear(); }

        @Override public void endSheet() {}

        @Override
        public void endRow(int rowNum) {
            if (ReportReader.namesRequired(cells.toArray(new String[0]), plan)) {
                headerRow = rowNum; // from here the pass only looks for merged cells
                return;
            }
            if (++rowsSeen >= HEADER_ROWS || rowNum + 1 >= HEADER_ROWS) throw new StopRuntime();
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int c = column(ref, cells.size());
            if (c >= ReportReader.MAX_COLUMNS) return;
            while (cells.size() <= c) cells.add(null);
            cells.set(c, value);
        }
    }

    /** Ends the content handler's pass: the handler may not throw a checked exception. */
    private static final class StopRuntime extends RuntimeException {
        StopRuntime() { super(new Stop()); }
    }

    /** The column index of a cell reference ("D7" → 3); {@code next} when the reference is absent. */
    private static int column(String ref, int next) {
        if (ref == null) return next;
        int c = 0, i = 0;
        for (; i < ref.length(); i++) {
            char ch = ref.charAt(i);
            if (ch >= 'A' && ch <= 'Z') c = c * 26 + (ch - 'A' + 1);
            else if (ch >= 'a' && ch <= 'z') c = c * 26 + (ch - 'a' + 1);
            else break;
            if (c > 20_000) return Integer.MAX_VALUE;
        }
        return i == 0 ? next : c - 1;
    }

    /** The sheet's merged ranges (after its data in the XML: a pass of their own). */
    static final class Merges extends DefaultHandler {
        /** first row (1-based) → ranges starting there: {firstRow, lastRow, firstCol}. */
        final Map<Integer, List<int[]>> byFirstRow = new HashMap<>();

        /** A range from row {@code firstRow} down to {@code lastRow} (1-based) in column {@code col} (from 0); across columns only, none. */
        void add(int firstRow, int lastRow, int col) {
            if (lastRow > firstRow) byFirstRow.computeIfAbsent(firstRow, k -> new ArrayList<>()).add(new int[] {firstRow, lastRow, col});
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes a) {
            String name = local.isEmpty() ? qName.substring(qName.indexOf(':') + 1) : local;
            if (!name.equals("mergeCell")) return;
            String ref = a.getValue("ref");
            if (ref == null || !ref.contains(":")) return;
            try {
                CellReference from = new CellReference(ref.substring(0, ref.indexOf(':')));
                CellReference to = new CellReference(ref.substring(ref.indexOf(':') + 1));
                if (to.getRow() <= from.getRow()) return; // across columns only: the value stays in the first
                byFirstRow.computeIfAbsent(from.getRow() + 1, k -> new ArrayList<>())
                        .add(new int[] {from.getRow() + 1, to.getRow() + 1, from.getCol()});
            } catch (RuntimeException e) {
                // a malformed reference: no merge
            }
        }
    }

    /** Second pass: the header, then every data row into the sink. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Plan plan;
        private final String file;
        private final int fileIndex;
        private final String sheet;
        private final int headerRow;
        private final Merges merges;
        private final Diagnostics out;
        private final ReportReader.Sink sink;
        private String[] cells = new String[16];
        private int width;
        private ReportHeader header;
        private boolean failed;
        private int[] columnIndex;
        private int[] indicatorIndex;
        private String[] letters;
        /** Merged ranges covering the current row: {lastRow, col}, with the value of their first cell. */
        private final List<int[]> active = new ArrayList<>();
        private final List<String> activeValues = new ArrayList<>();
        long count;

        Rows(Plan plan, String file, int fileIndex, String sheet, int headerRow, Merges merges, Diagnostics out, ReportReader.Sink sink) {
            this.plan = plan;
            this.file = file;
            this.fileIndex = fileIndex;
            this.sheet = sheet;
            this.headerRow = headerRow;
            this.merges = merges;
            this.out = out;
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            Arrays.fill(cells, 0, Math.min(width, cells.length), null);
            width = 0;
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int c = column(ref, width);
            if (c >= ReportReader.MAX_COLUMNS) return;
            if (c >= cells.length) cells = Arrays.copyOf(cells, Math.max(c + 1, cells.length * 2));
            cells[c] = value;
            width = Math.max(width, c + 1);
        }

        @Override
        public void endRow(int rowNum) {
            if (failed || rowNum < headerRow) return;
            long line = rowNum + 1L;
            if (rowNum == headerRow) {
                header(line);
                return;
            }
            fillMerged((int) line);
            boolean blank = true;
            for (int i = 0; i < width && blank; i++) if (cells[i] != null && !cells[i].isBlank()) blank = false;
            if (blank) return;
            String[] row = new String[columnIndex.length];
            for (int c = 0; c < columnIndex.length; c++) {
                int i = columnIndex[c];
                if (i >= 0 && i < width && cells[i] != null) {
                    String v = cells[i];
                    if (v.length() > ReportReader.MAX_CELL_CHARS) {
                        out.add(Diagnostic.of(Code.CSV_SYNTAX, "cell-too-long").at(file, line, header.name(ReportColumn.values()[c]))
                                .with("length", v.length()).with("limit", ReportReader.MAX_CELL_CHARS).placed(header));
                        return;
                    }
                    row[c] = Names.nfc(v.strip());
                } else if (i >= 0) {
                    row[c] = ""; // a cell the file has, left empty: as a CSV's empty cell
                }
            }
            String[] ind = new String[indicatorIndex.length];
            for (int k = 0; k < ind.length; k++) {
                int i = indicatorIndex[k];
                if (i >= 0) ind[k] = i < width && cells[i] != null ? Names.nfc(cells[i].strip()) : "";
            }
            count++;
            try {
                sink.row(ReportRow.of(header, line, row, ind));
            } catch (RuntimeException e) {
                throw new SinkFailure(e);
            }
        }

        /** Merged ranges: the value of a range's first cell is the value of every row it spans. */
        private void fillMerged(int line) {
            List<int[]> starting = merges.byFirstRow.get(line);
            for (int k = active.size() - 1; k >= 0; k--) {
                int[] m = active.get(k);
                if (m[0] < line) { active.remove(k); activeValues.remove(k); continue; }
                if (m[1] < cells.length && m[1] >= 0) {
                    if (m[1] >= width) width = m[1] + 1;
                    if (cells[m[1]] == null || cells[m[1]].isEmpty()) cells[m[1]] = activeValues.get(k);
                }
            }
            if (starting != null) {
                for (int[] m : starting) {
                    if (m[2] >= ReportReader.MAX_COLUMNS) continue;
                    if (m[2] >= cells.length) cells = Arrays.copyOf(cells, m[2] + 1);
                    active.add(new int[] {m[1], m[2]});
                    activeValues.add(m[2] < width ? cells[m[2]] : null);
                }
            }
        }

        private void header(long line) {
            String[] h = Arrays.copyOf(cells, width);
            letters = new String[width];
            for (int i = 0; i < width; i++) letters[i] = CellReference.convertNumToColString(i);
            ReportHeader parsed = ReportReader.header(h, line, file, fileIndex, plan, out,
                    (d, i) -> d.sheet(sheet, i >= 0 ? letters[i] + line : null));
            if (parsed == null) {
                failed = true;
                return;
            }
            Map<String, String> byName = new HashMap<>();
            columnIndex = new int[ReportColumn.values().length];
            Arrays.fill(columnIndex, -1);
            indicatorIndex = new int[plan.indicators().size()];
            Arrays.fill(indicatorIndex, -1);
            for (int i = 0; i < width; i++) {
                if (h[i] == null) continue;
                String name = Names.nfc(h[i].strip());
                ReportReader.Target t = ReportReader.classify(name, plan);
                if (t == null) continue;
                if (t.column() != null && columnIndex[t.column().ordinal()] < 0) {
                    columnIndex[t.column().ordinal()] = i;
                    byName.put(name, letters[i]);
                }
                if (t.indicator() >= 0 && indicatorIndex[t.indicator()] < 0) {
                    indicatorIndex[t.indicator()] = i;
                    byName.put(name, letters[i]);
                }
            }
            header = parsed.inSheet(sheet, byName);
        }
    }
}
