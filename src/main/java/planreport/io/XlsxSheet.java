package planreport.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.CRC32;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;
import planreport.check.Code;
import planreport.check.Diagnostic;

/**
 * One sheet's XML read as SAX events into rows of cell texts, as a CSV of the sheet would hold them:
 * a shared string by its index, an inline string without its phonetic runs, a formula by its cached
 * value, a date (a date-formatted number, or an ISO date cell {@code t="d"}) as its ISO date, a number
 * as written. What the sheet's XML gets wrong is a {@link Code#WORKBOOK} diagnostic at its row and
 * cell (through {@link Problems}), never an exception: a row numbered 0 or less or out of order, a
 * cell reference that is not one, a shared-string index outside the table, a formula saved without
 * its value. Only the cells of one row are held.
 */
final class XlsxSheet extends DefaultHandler {
    /** Excel's last row. */
    static final int MAX_ROW = 1_048_576;

    /** Receives the rows in sheet order; returns false to end the pass. */
    interface Rows {
        boolean row(int row, String[] cells, int width);
    }

    /** Receives what is wrong with a cell or row: the diagnostic, its row (0 if none) and cell ("F4", or null). */
    interface Problems {
        void add(Diagnostic d, int row, String cell);

        Problems NONE = (d, r, c) -> {};
    }

    /** Ends the pass (the rows' receiver has what it wanted, or the sheet's data is over). */
    static final class Stop extends SAXException {
        Stop() { super("stop"); }
    }

    private final Rows rows;
    private final Problems problems;
    private final XlsxStrings strings;
    private final Styles styles;

    private String[] cells = new String[16];
    private int width;
    private int row;
    private int lastRow;
    private boolean skipRow;
    private boolean inRow;

    // the cell being read
    private int col;
    private String cellRef;
    private String type;
    private int style;
    private boolean formula;
    private boolean hasValue;
    private boolean collecting;
    private boolean inInline;
    private int phonetic;
    private final StringBuilder text = new StringBuilder();

    XlsxSheet(Rows rows, Problems problems, XlsxStrings strings, Styles styles) {
        this.rows = rows;
        this.problems = problems;
        this.strings = strings;
        this.styles = styles;
    }

    private static String local(String local, String qName) {
        if (!local.isEmpty()) return local;
        int i = qName.indexOf(':');
        return i < 0 ? qName : qName.substring(i + 1);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes a) throws SAXException {
        switch (local(localName, qName)) {
            case "row" -> startRow(a.getValue("r"));
            case "c" -> startCell(a.getValue("r"), a.getValue("t"), a.getValue("s"));
            case "v" -> { if (!inInline) { collecting = true; hasValue = true; text.setLength(0); } }
            case "f" -> formula = true;
            case "is" -> { inInline = true; hasValue = true; text.setLength(0); }
            case "rPh" -> phonetic++;
            case "t" -> { if (inInline && phonetic == 0) collecting = true; }
            default -> {}
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (local(localName, qName)) {
            case "v", "t" -> collecting = false;
            case "rPh" -> phonetic = Math.max(0, phonetic - 1);
            case "is" -> inInline = false;
            case "c" -> endCell();
            case "row" -> endRow();
            case "sheetData" -> throw new Stop(); // what follows (merged ranges, print settings) is not rows
            default -> {}
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (!collecting) return;
        // a cell longer than a report cell may be is refused downstream at its length: keep no more than that
        int room = ReportReader.MAX_CELL_CHARS + 1 - text.length();
        text.append(ch, start, Math.max(0, Math.min(length, room)));
    }

    private void startRow(String r) {
        inRow = true;
        skipRow = false;
        Arrays.fill(cells, 0, Math.min(width, cells.length), null);
        width = 0;
        col = -1;
        int n = r == null ? lastRow + 1 : number(r);
        if (n <= 0 || n > MAX_ROW) {
            problems.add(Diagnostic.of(Code.WORKBOOK, "row-number").value(r), 0, null);
            skipRow = true;
            return;
        }
        if (n <= lastRow) {
            problems.add(Diagnostic.of(Code.WORKBOOK, "row-order").with("row", n).with("after", lastRow), n, null);
            skipRow = true;
            return;
        }
        row = n;
        lastRow = n;
    }

    /** A row number as written ("12"), or -1 when it is not one. */
    private static int number(String s) {
        if (s.isEmpty() || s.length() > 9) return -1;
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private void startCell(String r, String t, String s) {
        type = t;
        formula = false;
        hasValue = false;
        collecting = false;
        inInline = false;
        phonetic = 0;
        text.setLength(0);
        style = -1;
        if (s != null) {
            int n = number(s);
            style = n;
        }
        cellRef = r;
        int c = r == null ? col + 1 : column(r);
        if (c < 0) {
            if (inRow && !skipRow) problems.add(Diagnostic.of(Code.WORKBOOK, "cell-ref").value(r), row, null);
            c = col + 1;
            cellRef = null;
        }
        col = c;
    }

    /** The column of a reference "D7" (3), or -1 when the text is not a cell reference of this row's kind. */
    static int column(String ref) {
        int c = 0, i = 0;
        for (; i < ref.length(); i++) {
            char ch = ref.charAt(i);
            if (ch >= 'A' && ch <= 'Z') c = c * 26 + (ch - 'A' + 1);
            else break; // Excel writes its references upper-case: "x2" is not one
            if (c > 16_384) return -1;
        }
        if (i == 0 || i == ref.length()) return -1;
        for (int j = i; j < ref.length(); j++) if (ref.charAt(j) < '0' || ref.charAt(j) > '9') return -1;
        return c - 1;
    }

    private String place() {
        return cellRef != null ? cellRef : org.apache.poi.ss.util.CellReference.convertNumToColString(col) + row;
    }

    private void endCell() {
        if (!inRow || skipRow || col >= ReportReader.MAX_COLUMNS) return;
        String value = value();
        if (value == null) return;
        if (col >= cells.length) cells = Arrays.copyOf(cells, Math.max(col + 1, cells.length * 2));
        cells[col] = value;
        width = Math.max(width, col + 1);
    }

    private String value() {
        String v = text.toString();
        String t = type == null ? "n" : type;
        if (formula && (!hasValue || (v.isEmpty() && !t.equals("str")))) {
            problems.add(Diagnostic.of(Code.WORKBOOK, "formula-no-value"), row, place());
            return null;
        }
        if (!hasValue) return null;
        switch (t) {
            case "s" -> {
                int i = number(v.strip());
                if (i < 0 || i >= strings.count()) {
                    problems.add(Diagnostic.of(Code.WORKBOOK, "shared-string").value(v.strip()).with("count", strings.count()), row, place());
                    return null;
                }
                return unescape(strings.get(i));
            }
            case "inlineStr" -> { return unescape(v); }
            case "str", "e" -> { return v; }
            case "b" -> { return v.strip().equals("1") ? "TRUE" : v.strip().equals("0") ? "FALSE" : v; }
            case "d" -> { return isoDate(v.strip()); }
            default -> {
                if (v.isEmpty()) return v;
                double d;
                try {
                    d = Double.parseDouble(v);
                } catch (NumberFormatException e) {
                    return v; // not a number: handed on as written, where the column's rule says what is wrong
                }
                return styles.format(d, style);
            }
        }
    }

    /**
     * A string cell's text with OOXML's escapes read: "_x001B_" is the character U+001B (how Excel writes
     * a character XML cannot hold), "_x005F_" a literal underscore before what would read as an escape.
     * The control characters this yields are then dropped with a warning at their cell, as any others.
     */
    static String unescape(String v) {
        int at = v.indexOf("_x");
        if (at < 0) return v;
        StringBuilder b = new StringBuilder(v.length());
        int i = 0;
        while (at >= 0) {
            b.append(v, i, at);
            if (at + 7 <= v.length() && v.charAt(at + 6) == '_' && hex(v, at + 2)) {
                b.append((char) Integer.parseInt(v.substring(at + 2, at + 6), 16));
                i = at + 7;
            } else {
                b.append("_x");
                i = at + 2;
            }
            at = v.indexOf("_x", i);
        }
        return b.append(v, i, v.length()).toString();
    }

    private static boolean hex(String v, int from) {
        for (int k = from; k < from + 4; k++) if (Character.digit(v.charAt(k), 16) < 0) return false;
        return true;
    }

    /** An ISO 8601 date cell ("2022-04-10T00:00:00Z"): its date, as a CSV of it would hold it; the text itself otherwise. */
    static String isoDate(String v) {
        if (v.length() >= 10 && v.charAt(4) == '-' && v.charAt(7) == '-') {
            String rest = v.substring(10);
            if (rest.isEmpty() || rest.matches("T00:00(:00(\\.0+)?)?(Z|[+-]\\d\\d:\\d\\d)?")) return v.substring(0, 10);
        }
        return v;
    }

    private void endRow() throws SAXException {
        if (!inRow) return;
        inRow = false;
        if (skipRow) return;
        if (!rows.row(row, cells, width)) throw new Stop();
    }

    /** The number formats of the workbook's cell styles, read once per style: date, percentage or general. */
    static final class Styles {
        private static final byte UNKNOWN = 0, GENERAL = 1, FORMATTED = 2;
        private final StylesTable table;
        private final XlsxValues values;
        private byte[] kinds = new byte[64];
        private short[] indexes = new short[64];
        private String[] formats = new String[64];

        Styles(StylesTable table, XlsxValues values) {
            this.table = table;
            this.values = values;
        }

        String format(double v, int style) {
            if (style < 0 || table == null) return XlsxValues.plain(v);
            if (style >= kinds.length) {
                if (style > 1_000_000) return XlsxValues.plain(v);
                int n = Math.max(style + 1, kinds.length * 2);
                kinds = Arrays.copyOf(kinds, n);
                indexes = Arrays.copyOf(indexes, n);
                formats = Arrays.copyOf(formats, n);
            }
            if (kinds[style] == UNKNOWN) {
                kinds[style] = GENERAL;
                try {
                    if (style < table.getNumCellStyles()) {
                        var st = table.getStyleAt(style);
                        if (st != null) {
                            indexes[style] = st.getDataFormat();
                            formats[style] = st.getDataFormatString();
                            kinds[style] = FORMATTED; // a date or a percentage: the formatter decides by the format
                        }
                    }
                } catch (RuntimeException e) {
                    // a style the table does not hold: the number as written
                }
            }
            if (kinds[style] == GENERAL) return XlsxValues.plain(v);
            return values.format(v, indexes[style], formats[style]);
        }
    }

    /**
     * A zip entry's bytes checked against the CRC its directory records: a workbook damaged in transfer
     * (one byte changed, the CRC left as it was) fails at the end of the part instead of being read as it is.
     */
    static final class Checked extends FilterInputStream {
        private final CRC32 crc = new CRC32();
        private final long expected;

        Checked(InputStream in, long expected) {
            super(in);
            this.expected = expected;
        }

        /** The stream of a part of the package, checked when the package is a zip read from a file. */
        static InputStream of(PackagePart part) throws IOException {
            InputStream in = part.getInputStream();
            long crc = -1;
            if (part instanceof org.apache.poi.openxml4j.opc.ZipPackagePart z && z.getZipArchive() != null) crc = z.getZipArchive().getCrc();
            return crc < 0 ? in : new Checked(in, crc);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b < 0) end();
            else crc.update(b);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n < 0) end();
            else crc.update(b, off, n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buf = new byte[8192];
            long done = 0;
            while (done < n) {
                int r = read(buf, 0, (int) Math.min(buf.length, n - done));
                if (r < 0) break;
                done += r;
            }
            return done;
        }

        private void end() throws IOException {
            if (crc.getValue() != expected) throw new Damaged();
        }

        /** Reads what is left, so the check is made even when the reader stopped before the end. */
        void drain() throws IOException {
            byte[] buf = new byte[1 << 16];
            while (read(buf, 0, buf.length) >= 0) { /* checked at the end */ }
        }
    }

    /** A part of the workbook does not match the CRC its zip directory records. */
    static final class Damaged extends IOException {
        Damaged() { super("crc", null); }
    }
}
