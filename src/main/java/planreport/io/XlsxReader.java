package planreport.io;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
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
 * <p>The package is opened with POI (within {@link XlsxGuard}'s zip limits, so a zip bomb is refused
 * rather than expanded) and its parts read with a SAX parser that refuses a DOCTYPE ({@link XlsxSheet}):
 * the sheet's XML is never held, only one row at a time and the shared strings, compactly
 * ({@link XlsxStrings}). Every part read whole is checked against the CRC of its zip entry, so a workbook
 * damaged in transfer is a diagnostic, not figures. The sheet read is the visible one named "Báo cáo",
 * else the first visible sheet whose first 10 rows hold a header naming the required columns (a title
 * above the header is fine); hidden sheets are ignored. A value merged down over several rows counts
 * in each of them: the merged ranges (after the data in the sheet's XML) are found first by a scan of
 * the sheet's bytes, which also checks its CRC before any row is handed on.
 */
public final class XlsxReader {
    /** The header is looked for in this many rows of a sheet. */
    static final int HEADER_ROWS = 10;
    /** The sheet a workbook's report is looked for first. */
    static final String REPORT_SHEET = "Báo cáo";
    /** A row above the header with this many cells filled is data, not a title: it is named, not skipped in silence. */
    static final int DATA_CELLS = 3;

    static { XlsxGuard.limitZips(); }

    private XlsxReader() {}

    /** A sheet of the workbook as workbook.xml lists it. */
    private record SheetRef(String name, String relId, boolean visible) {}

    /** The report's rows were handed to the sink, which failed (a bug, or the checking side stopping): rethrown as is. */
    static final class SinkFailure extends RuntimeException {
        SinkFailure(RuntimeException cause) { super(cause); }
    }

    /** Reads the workbook {@code path} ({@code file} is its name in diagnostics) into {@code sink}; returns the data rows. */
    public static long read(File path, String file, int fileIndex, Plan plan, Diagnostics out, ReportReader.Sink sink) {
        return read(path, file, fileIndex, plan, out, sink, null);
    }

    /**
     * A workbook's styles and shared strings, read before the plan is (by {@link EarlyReports}, on its thread,
     * while the calling thread reads the plan): neither needs the plan, and on a workbook of many rows the
     * shared strings are a fifth of the reading. Read the same way as {@link #read} reads them, from the same
     * file (its length and time of change are kept to be sure of that); any problem met here is not said
     * but left for {@link #read} to meet and say, so a workbook's diagnostics do not depend on this.
     */
    static final class Ahead implements AutoCloseable {
        private final long length, modified;
        private final StylesTable styles;
        private final XlsxStrings strings;

        private Ahead(long length, long modified, StylesTable styles, XlsxStrings strings) {
            this.length = length;
            this.modified = modified;
            this.styles = styles;
            this.strings = strings;
        }

        /** Whether this was read from {@code path} as it is now. */
        boolean from(File path) { return path.length() == length && path.lastModified() == modified; }

        @Override
        public void close() {
            try {
                strings.close();
            } catch (IOException e) {
                // a table on disk whose file could not be closed: nothing of the run depends on it
            }
        }

        /** The styles and shared strings of {@code path}, or null: not a workbook this can read ahead, or one with a problem. */
        static Ahead read(File path) {
            long length = path.length(), modified = path.lastModified();
            if (length > XlsxGuard.MAX_FILE_BYTES || openDocument(path)) return null;
            try (OPCPackage pkg = OPCPackage.open(path, PackageAccess.READ)) {
                PackagePart book = mainPart(pkg, "", new Diagnostics());
                if (book == null) return null;
                StylesTable styles = styles(book);
                XlsxStrings strings = strings(book);
                return new Ahead(length, modified, styles, strings);
            } catch (IOException | OpenXML4JException | SAXException | RuntimeException | NoClassDefFoundError e) {
                return null;
            }
        }
    }

    /** {@link #read(File, String, int, Plan, Diagnostics, ReportReader.Sink)}, with its styles and shared strings read {@code ahead} (null: none; not closed here). */
    static long read(File path, String file, int fileIndex, Plan plan, Diagnostics out, ReportReader.Sink sink, Ahead ahead) {
        if (path.length() > XlsxGuard.MAX_FILE_BYTES) {
            out.add(XlsxGuard.tooLarge("file").in(file));
            return 0;
        }
        if (openDocument(path)) {
            out.add(Diagnostic.of(Code.WORKBOOK, "ods").in(file));
            return 0;
        }
        try (OPCPackage pkg = OPCPackage.open(path, PackageAccess.READ)) {
            return read(pkg, file, fileIndex, plan, out, sink, ahead != null && ahead.from(path) ? ahead : null);
        } catch (SinkFailure f) {
            throw (RuntimeException) f.getCause();
        } catch (IOException | OpenXML4JException | SAXException | POIXMLException | OpenXML4JRuntimeException
                 | IllegalArgumentException | IllegalStateException | UnsupportedOperationException
                 | NullPointerException | IndexOutOfBoundsException | java.io.UncheckedIOException
                 | NoClassDefFoundError e) {
            // NoClassDefFoundError: an entry compressed by a method no office program writes (Zstandard, XZ…),
            // whose optional codec the zip library looks for and does not find — damaged, like the rest
            // POI's own failures on a damaged package (a missing part, a truncated zip) are data, not bugs of ours
            out.add(XlsxGuard.problem(e).in(file));
        }
        return 0;
    }

    /** Whether the zip is a LibreOffice (OpenDocument) spreadsheet: its first entry "mimetype" says so, uncompressed. */
    static boolean openDocument(File path) {
        byte[] head = new byte[128];
        int n = 0;
        try (InputStream in = new java.io.FileInputStream(path)) {
            for (int r; n < head.length && (r = in.read(head, n, head.length - n)) > 0; ) n += r;
        } catch (IOException e) {
            return false;
        }
        String s = new String(head, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
        return s.startsWith("mimetype", 30) && s.contains("application/vnd.oasis.opendocument.spreadsheet");
    }

    /**
     * A sheet of a workbook in another format (.xls, .ods) read by the same rules as an .xlsx sheet:
     * its name, whether it is shown, and its rows streamed into a handler as cells with their A1
     * references (row numbers from 0, rows without cells left out); a range merged down several rows is
     * added to {@code merges} ({@link Merges#add(int, int, int)}) before the row it starts in ends.
     */
    interface GridSheet {
        String name();

        boolean visible();

        void rows(XSSFSheetXMLHandler.SheetContentsHandler handler, Merges merges) throws IOException;
    }

    /** Stops a {@link GridSheet}'s rows once a pass has what it looked for. */
    private static final class StopRows extends RuntimeException {
        StopRows() { super(null, null, false, false); }
    }

    /**
     * The report of a workbook read through {@link GridSheet}s: the visible sheet "Báo cáo" first, then
     * the other visible ones in order, each with its header looked for in its first rows, exactly as an
     * .xlsx (the same rows above the header, merges, sheet names and hidden sheets); "no-sheet" when none
     * has one. Returns the data rows.
     */
    static long readSheets(List<? extends GridSheet> sheets, String file, int fileIndex, Plan plan, Diagnostics out, ReportReader.Sink sink)
            throws IOException {
        Map<String, String> seen = new HashMap<>();
        for (GridSheet s : sheets) {
            if (seen.putIfAbsent(Names.fold(s.name()), s.name()) != null) out.add(Diagnostic.of(Code.WORKBOOK, "same-sheet").in(file).with("sheet", s.name()));
        }
        List<GridSheet> order = new ArrayList<>();
        for (GridSheet s : sheets) if (s.visible() && Names.fold(s.name()).equals(Names.fold(REPORT_SHEET)) && order.isEmpty()) order.add(s);
        for (GridSheet s : sheets) if (s.visible() && !order.contains(s)) order.add(s);
        if (order.isEmpty()) {
            List<String> hidden = new ArrayList<>();
            for (GridSheet s : sheets) hidden.add("“" + s.name() + "”");
            out.add(Diagnostic.of(Code.WORKBOOK, hidden.isEmpty() ? "no-sheets" : "hidden-sheets").in(file).with("sheets", String.join(", ", hidden)));
            return 0;
        }
        for (GridSheet s : order) {
            Scan scan = new Scan(plan);
            try {
                s.rows(new GridRows(scan, new Merges()), new Merges());
            } catch (StopRows stop) {
                // the header was found, or not within its rows
            }
            if (scan.headerRow < 0) continue;
            String sheet = s.name();
            XlsxSheet.Problems problems = (d, row, cell) -> out.add((row > 0 ? d.at(file, row, null) : d.in(file)).sheet(sheet, cell));
            Merges merges = new Merges();
            Rows rows = new Rows(plan, file, fileIndex, sheet, scan.headerRow, merges, out, sink, problems);
            try {
                s.rows(new GridRows(rows, merges), merges); // a failure of the sink comes out as a SinkFailure, for the caller to rethrow its cause
            } catch (StopRows stop) {
                // the header could not be read: said already
            }
            return rows.count;
        }
        List<String> names = new ArrayList<>();
        for (GridSheet s : order) names.add("“" + s.name() + "”");
        out.add(Diagnostic.of(Code.WORKBOOK, "no-sheet").in(file).with("sheets", String.join(", ", names)));
        return 0;
    }

    /** A {@link GridSheet}'s cells gathered into rows (1-based, as in an .xlsx) for {@link Scan} or {@link Rows}. */
    private static final class GridRows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final XlsxSheet.Rows rows;
        private final Merges merges;
        private String[] cells = new String[16];
        private int width;
        private boolean started;

        GridRows(XlsxSheet.Rows rows, Merges merges) {
            this.rows = rows;
            this.merges = merges;
        }

        @Override
        public void startRow(int rowNum) {
            if (!started) {
                merges.sort(); // ranges a reader gave before its rows (.xls); those given row by row (.ods) come in order
                started = true;
            }
            Arrays.fill(cells, 0, width, null);
            width = 0;
        }

        @Override
        public void endRow(int rowNum) {
            if (!rows.row(rowNum + 1, cells, width)) throw new StopRows();
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int[] at = ref == null ? null : Merges.cell(ref);
            if (at == null || at[0] < 0 || at[0] >= ReportReader.MAX_COLUMNS) return;
            int c = at[0];
            if (c >= cells.length) cells = Arrays.copyOf(cells, Math.max(c + 1, cells.length * 2));
            cells[c] = value;
            if (c >= width) width = c + 1;
        }
    }

    /** The package's main part: the workbook, or null (a Word or PowerPoint file named .xlsx, or one without it). */
    private static PackagePart mainPart(OPCPackage pkg, String file, Diagnostics out) throws OpenXML4JException {
        PackageRelationshipCollection rels = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (rels.isEmpty()) rels = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        PackagePart part = rels.isEmpty() ? null : pkg.getPart(rels.getRelationship(0));
        if (part == null) {
            out.add(Diagnostic.of(Code.WORKBOOK, "no-workbook").in(file));
            return null;
        }
        String type = String.valueOf(part.getContentType());
        if (type.contains("wordprocessingml")) out.add(Diagnostic.of(Code.WORKBOOK, "docx").in(file));
        else if (type.contains("presentationml")) out.add(Diagnostic.of(Code.WORKBOOK, "pptx").in(file));
        else return part;
        return null;
    }

    /** The part a relationship of {@code from} of {@code type} names, or null. */
    private static PackagePart related(PackagePart from, String type) throws OpenXML4JException {
        for (PackageRelationship r : from.getRelationshipsByType(type)) {
            if (r.getTargetMode() == TargetMode.EXTERNAL) continue;
            PackagePart p = from.getPackage().getPart(PackagingURIHelper.createPartName(PackagingURIHelper.resolvePartUri(from.getPartName().getURI(), r.getTargetURI())));
            if (p != null) return p;
        }
        return null;
    }

    private static long read(OPCPackage pkg, String file, int fileIndex, Plan plan, Diagnostics out, ReportReader.Sink sink, Ahead ahead)
            throws IOException, OpenXML4JException, SAXException {
        PackagePart book = mainPart(pkg, file, out);
        if (book == null) return 0;
        boolean[] date1904 = {false};
        List<SheetRef> sheets = sheets(book, date1904);
        Map<String, String> seen = new HashMap<>();
        for (SheetRef s : sheets) {
            String first = seen.putIfAbsent(Names.fold(s.name), s.name);
            if (first != null) out.add(Diagnostic.of(Code.WORKBOOK, "same-sheet").in(file).with("sheet", s.name));
        }
        List<SheetRef> order = new ArrayList<>();
        for (SheetRef s : sheets) if (s.visible && Names.fold(s.name).equals(Names.fold(REPORT_SHEET)) && order.isEmpty()) order.add(s);
        for (SheetRef s : sheets) if (s.visible && !order.contains(s)) order.add(s);
        if (order.isEmpty()) {
            List<String> hidden = new ArrayList<>();
            for (SheetRef s : sheets) hidden.add("“" + s.name + "”");
            out.add(Diagnostic.of(Code.WORKBOOK, hidden.isEmpty() ? "no-sheets" : "hidden-sheets").in(file).with("sheets", String.join(", ", hidden)));
            return 0;
        }
        StylesTable stylesTable = ahead != null ? ahead.styles : styles(book);
        XlsxSheet.Styles styles = new XlsxSheet.Styles(stylesTable, new XlsxValues(date1904[0]));
        if (ahead != null) return read(book, order, ahead.strings, styles, file, fileIndex, plan, out, sink); // closed by its owner
        try (XlsxStrings held = strings(book)) {
            return read(book, order, held, styles, file, fileIndex, plan, out, sink);
        }
    }

    /** The workbook's table of styles, or null: it has none. */
    private static StylesTable styles(PackagePart book) throws IOException, OpenXML4JException {
        PackagePart stylesPart = related(book, XSSFRelation.STYLES.getRelation());
        if (stylesPart == null) return null;
        try (InputStream in = XlsxSheet.Checked.of(stylesPart)) {
            return new StylesTable(in);
        }
    }

    /** The workbook's shared strings ({@link XlsxStrings#NONE}: it has none), to be closed by the caller. */
    private static XlsxStrings strings(PackagePart book) throws IOException, OpenXML4JException, SAXException {
        PackagePart stringsPart = related(book, XSSFRelation.SHARED_STRINGS.getRelation());
        if (stringsPart == null) return XlsxStrings.NONE;
        long size = stringsPart instanceof org.apache.poi.openxml4j.opc.ZipPackagePart z && z.getZipArchive() != null ? z.getZipArchive().getSize() : -1;
        try (InputStream in = XlsxSheet.Checked.of(stringsPart)) {
            return XlsxStrings.read(in, XlsxGuard.MAX_ENTRY_BYTES / 2, size);
        }
    }

    private static long read(PackagePart book, List<SheetRef> order, XlsxStrings strings, XlsxSheet.Styles styles, String file, int fileIndex,
                             Plan plan, Diagnostics out, ReportReader.Sink sink) throws IOException, OpenXML4JException, SAXException {
        for (SheetRef s : order) {
            PackagePart part = sheetPart(book, s);
            if (part == null) continue;
            // first pass: the header within the first rows (no diagnostics: the second pass reads them again)
            Scan scan = new Scan(plan);
            parse(part, new XlsxSheet(scan, XlsxSheet.Problems.NONE, strings, styles));
            if (scan.headerRow < 0) continue;
            // then the merged ranges, by a scan of the sheet's bytes that also checks its CRC
            Merges merges;
            try (InputStream in = XlsxSheet.Checked.of(part)) {
                merges = Merges.scan(in);
            }
            String sheet = s.name;
            XlsxSheet.Problems problems = (d, row, cell) -> out.add((row > 0 ? d.at(file, row, null) : d.in(file)).sheet(sheet, cell));
            Rows rows = new Rows(plan, file, fileIndex, sheet, scan.headerRow, merges, out, sink, problems);
            parse(part, new XlsxSheet(rows, problems, strings, styles));
            return rows.count;
        }
        List<String> names = new ArrayList<>();
        for (SheetRef s : order) names.add("“" + s.name + "”");
        out.add(Diagnostic.of(Code.WORKBOOK, "no-sheet").in(file).with("sheets", String.join(", ", names)));
        return 0;
    }

    private static PackagePart sheetPart(PackagePart book, SheetRef s) throws OpenXML4JException {
        PackageRelationship r = s.relId == null ? null : book.getRelationship(s.relId);
        if (r == null || r.getTargetMode() == TargetMode.EXTERNAL) return null;
        return book.getPackage().getPart(PackagingURIHelper.createPartName(PackagingURIHelper.resolvePartUri(book.getPartName().getURI(), r.getTargetURI())));
    }

    private static void parse(PackagePart part, XlsxSheet handler) throws IOException, SAXException {
        try (InputStream in = part.getInputStream()) {
            XMLReader xml = XlsxGuard.secureReader();
            xml.setContentHandler(handler);
            try {
                xml.parse(new InputSource(in));
            } catch (XlsxSheet.Stop stop) {
                // the pass has what it looked for
            }
        } catch (XlsxGuard.ParserConfigurationFailure e) {
            throw new SAXException(e.getMessage());
        }
    }

    /** The sheets in workbook order with their visibility, and whether dates count from 1904. */
    private static List<SheetRef> sheets(PackagePart book, boolean[] date1904) throws IOException, SAXException {
        List<SheetRef> list = new ArrayList<>();
        try (InputStream in = XlsxSheet.Checked.of(book)) {
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

    /** First pass: finds the header row within the first rows. */
    private static final class Scan implements XlsxSheet.Rows {
        private final Plan plan;
        int headerRow = -1;
        private int rowsSeen;

        Scan(Plan plan) { this.plan = plan; }

        @Override
        public boolean row(int row, String[] cells, int width) {
            if (ReportReader.namesRequired(Arrays.copyOf(cells, width), plan)) {
                headerRow = row;
                return false;
            }
            return ++rowsSeen < HEADER_ROWS && row < HEADER_ROWS;
        }
    }

    /**
     * The sheet's merged ranges that span rows, sorted by their first row: {first row, last row, column}
     * (1-based rows, 0-based column) in three arrays, 12 bytes a range.
     */
    static final class Merges {
        /** A merged range's tag is ~30 bytes; anything longer is not read as one. */
        private static final int MAX_TAG = 4096;
        int[] first = new int[16], last = new int[16], col = new int[16];
        int n;

        /** The ranges of the sheet's XML in {@code in}, found by their tags in its bytes (a tag cannot occur in text: "<" is escaped there). */
        static Merges scan(InputStream in) throws IOException {
            Merges m = new Merges();
            byte[] buf = new byte[1 << 16];
            byte[] tag = "mergeCell".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            int have = 0;
            boolean eof = false;
            while (!eof || have > 0) {
                if (!eof) {
                    int r = in.read(buf, have, buf.length - have);
                    if (r < 0) eof = true;
                    else have += r;
                }
                // consume complete tags; keep a tail that may hold a tag cut at the block's end
                int keepFrom = eof ? have : Math.max(0, have - 1024);
                int i = 0;
                for (; i < keepFrom; i++) {
                    if (buf[i] != 'm' || i == 0 || (buf[i - 1] != '<' && buf[i - 1] != ':') || i + tag.length >= have) continue;
                    if (!matches(buf, i, tag)) continue;
                    byte next = buf[i + tag.length];
                    if (next != ' ' && next != '\t' && next != '\n' && next != '\r') continue; // <mergeCells count=…>
                    int end = i, limit = Math.min(have, i + MAX_TAG);
                    while (end < limit && buf[end] != '>') end++;
                    if (end == limit) {
                        if (limit == have && !eof) { keepFrom = i; break; } // the rest of the tag is in the next block
                        continue; // no end within a tag's length: not a range
                    }
                    m.add(ref(buf, i, end));
                    i = end;
                }
                if (eof) break;
                int from = i;
                System.arraycopy(buf, from, buf, 0, have - from);
                have -= from;
            }
            m.sort();
            return m;
        }

        private static boolean matches(byte[] b, int at, byte[] tag) {
            for (int k = 0; k < tag.length; k++) if (b[at + k] != tag[k]) return false;
            return true;
        }

        /** The value of the ref attribute within the tag's bytes, or null. */
        private static String ref(byte[] b, int from, int to) {
            for (int k = from; k + 5 < to; k++) {
                if (b[k] == 'r' && b[k + 1] == 'e' && b[k + 2] == 'f' && b[k + 3] == '=' && (b[k - 1] == ' ' || b[k - 1] == '\t' || b[k - 1] == '\n' || b[k - 1] == '\r')) {
                    byte q = b[k + 4];
                    int e = k + 5;
                    while (e < to && b[e] != q) e++;
                    return new String(b, k + 5, e - k - 5, java.nio.charset.StandardCharsets.US_ASCII);
                }
            }
            return null;
        }

        /** Adds a range "B2:B5"; whole rows "2:3" merge from column A; whole columns and single rows are not kept. */
        void add(String ref) {
            if (ref == null) return;
            int colon = ref.indexOf(':');
            if (colon < 0) return;
            int[] a = cell(ref.substring(0, colon)), b = cell(ref.substring(colon + 1));
            if (a != null && b != null) add(a[1], b[1], Math.max(0, a[0]));
        }

        /** A range from row {@code firstRow} down to {@code lastRow} (1-based) in column {@code col} (from 0); within one row, none. */
        void add(int firstRow, int lastRow, int col) {
            if (firstRow <= 0 || lastRow <= firstRow || col < 0 || col >= ReportReader.MAX_COLUMNS) return;
            if (n == first.length) {
                first = Arrays.copyOf(first, n * 2);
                last = Arrays.copyOf(last, n * 2);
                this.col = Arrays.copyOf(this.col, n * 2);
            }
            first[n] = firstRow;
            last[n] = lastRow;
            this.col[n] = col;
            n++;
        }

        /** {column (0-based, -1 if none), row (1-based, -1 if none)} of "$B$2", "B2", "2" or "B"; null if it is none of these. */
        static int[] cell(String s) {
            int i = 0, c = 0, r = 0;
            if (i < s.length() && s.charAt(i) == '$') i++;
            int letters = 0;
            for (; i < s.length() && Character.isLetter(s.charAt(i)); i++, letters++) {
                char ch = Character.toUpperCase(s.charAt(i));
                if (ch < 'A' || ch > 'Z' || letters > 3) return null;
                c = c * 26 + (ch - 'A' + 1);
            }
            if (i < s.length() && s.charAt(i) == '$') i++;
            int digits = 0;
            for (; i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++, digits++) {
                if (digits > 7) return null;
                r = r * 10 + (s.charAt(i) - '0');
            }
            if (i != s.length() || (letters == 0 && digits == 0)) return null;
            return new int[] {letters == 0 ? -1 : c - 1, digits == 0 ? -1 : r};
        }

        /** Sorts the ranges by first row, those of one row in the order given (8 bytes a range while sorting). */
        void sort() {
            boolean sorted = true;
            for (int k = 1; k < n && sorted; k++) if (first[k] < first[k - 1]) sorted = false;
            if (sorted) return;
            long[] order = new long[n];
            for (int k = 0; k < n; k++) order[k] = (long) first[k] << 32 | k; // first rows are positive
            Arrays.sort(order);
            int[] f = new int[n], l = new int[n], c = new int[n];
            for (int k = 0; k < n; k++) {
                int at = (int) order[k];
                f[k] = first[at];
                l[k] = last[at];
                c[k] = col[at];
            }
            first = f; last = l; col = c;
        }
    }

    /** Second pass: the header, then every data row into the sink. */
    private static final class Rows implements XlsxSheet.Rows {
        private final Plan plan;
        private final String file;
        private final int fileIndex;
        private final String sheet;
        private final int headerRow;
        private final Merges merges;
        private final Diagnostics out;
        private final ReportReader.Sink sink;
        private final XlsxSheet.Problems problems;
        private String[] cells = new String[16];
        private int width;
        private ReportHeader header;
        private boolean failed;
        private int[] columnIndex;
        private int[] indicatorIndex;
        private String[] letters;
        /** The next merged range (by first row) not yet active. */
        private int nextMerge;
        /** Merged ranges covering the current row: {lastRow, col}, with the value of their first cell. */
        private final List<int[]> active = new ArrayList<>();
        private final List<String> activeValues = new ArrayList<>();
        long count;

        Rows(Plan plan, String file, int fileIndex, String sheet, int headerRow, Merges merges, Diagnostics out, ReportReader.Sink sink,
             XlsxSheet.Problems problems) {
            this.plan = plan;
            this.file = file;
            this.fileIndex = fileIndex;
            this.sheet = sheet;
            this.headerRow = headerRow;
            this.merges = merges;
            this.out = out;
            this.sink = sink;
            this.problems = problems;
        }

        @Override
        public boolean row(int rowNum, String[] sheetCells, int sheetWidth) {
            if (failed) return false;
            if (sheetWidth > cells.length) cells = new String[Math.max(sheetWidth, cells.length * 2)];
            Arrays.fill(cells, null);
            System.arraycopy(sheetCells, 0, cells, 0, sheetWidth);
            width = sheetWidth;
            if (rowNum < headerRow) {
                int filled = 0;
                for (int i = 0; i < width; i++) if (cells[i] != null && !cells[i].isBlank()) filled++;
                if (filled >= DATA_CELLS) problems.add(Diagnostic.of(Code.WORKBOOK, "above-header").with("header", headerRow), rowNum, null);
                return true;
            }
            long line = rowNum;
            if (rowNum == headerRow) {
                header(line);
                return !failed;
            }
            fillMerged(rowNum);
            boolean blank = true;
            for (int i = 0; i < width && blank; i++) if (cells[i] != null && !cells[i].isBlank()) blank = false;
            if (blank) return true;
            String[] row = new String[columnIndex.length];
            for (int c = 0; c < columnIndex.length; c++) {
                int i = columnIndex[c];
                if (i >= 0 && i < width && cells[i] != null) {
                    String v = cells[i];
                    if (v.length() > ReportReader.MAX_CELL_CHARS) {
                        out.add(Diagnostic.of(Code.CSV_SYNTAX, "cell-too-long").at(file, line, header.name(ReportColumn.values()[c]))
                                .with("length", v.length()).with("limit", ReportReader.MAX_CELL_CHARS).placed(header));
                        return true;
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
            return true;
        }

        /** Merged ranges: the value of a range's first cell is the value of every row it spans. */
        private void fillMerged(int line) {
            for (int k = active.size() - 1; k >= 0; k--) {
                int[] m = active.get(k);
                if (m[0] < line) { active.remove(k); activeValues.remove(k); continue; }
                if (m[1] >= cells.length) cells = Arrays.copyOf(cells, m[1] + 1);
                if (m[1] >= width) width = m[1] + 1;
                if (cells[m[1]] == null || cells[m[1]].isEmpty()) cells[m[1]] = activeValues.get(k);
            }
            while (nextMerge < merges.n && merges.first[nextMerge] < line) nextMerge++; // ranges starting above the header, or on rows the sheet skips
            while (nextMerge < merges.n && merges.first[nextMerge] == line) {
                int c = merges.col[nextMerge];
                active.add(new int[] {merges.last[nextMerge], c});
                activeValues.add(c < width ? cells[c] : null);
                nextMerge++;
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
