package planreport.io;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
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

/**
 * A unit report saved as an OpenDocument spreadsheet (.ods, LibreOffice's own format), read through
 * the same sheet choice, header search, columns and rules as an .xlsx ({@link XlsxReader#readSheets}).
 * No further library: an .ods is a zip of XML, opened with POI's {@link ZipSecureFile} under the limits
 * {@link XlsxGuard} sets for every workbook (inflate ratio, entry size: a zip bomb is refused), its
 * content.xml streamed by the same hardened SAX parser (no DOCTYPE, no entities), one row at a time.
 * Each cell is handed on as a CSV of it would hold it: a date as its ISO date, a number as written
 * without grouping, a percentage as "80%", a formula as its computed value, text as written. A sheet
 * hidden in LibreOffice is skipped; a password-protected file is a {@code workbook} diagnostic.
 */
final class OdsReader {
    /** Rows a sheet can have (LibreOffice's own limit); a repeated row is never expanded past it. */
    static final int MAX_ROWS = 1_048_576;

    private OdsReader() {}

    /** Reads the .ods {@code path} ({@code file} is its name in diagnostics) into {@code sink}; returns the data rows. */
    static long read(File path, String file, int fileIndex, Plan plan, Diagnostics out, ReportReader.Sink sink) {
        XlsxGuard.limitZips();
        try (ZipSecureFile zip = new ZipSecureFile(path)) {
            ZipArchiveEntry manifest = zip.getEntry("META-INF/manifest.xml");
            if (manifest != null && encrypted(zip, manifest)) {
                out.add(Diagnostic.of(Code.WORKBOOK, "encrypted").in(file));
                return 0;
            }
            ZipArchiveEntry content = zip.getEntry("content.xml");
            if (content == null) {
                out.add(Diagnostic.of(Code.WORKBOOK, "not-ods").in(file));
                return 0;
            }
            List<Table> tables = tables(zip, content);
            return XlsxReader.readSheets(tables, file, fileIndex, plan, out, sink);
        } catch (XlsxReader.SinkFailure f) {
            throw (RuntimeException) f.getCause();
        } catch (IOException | RuntimeException | NoClassDefFoundError e) { // the codec of a method no office program writes: damaged
            Diagnostic d = XlsxGuard.problem(e);
            if ("not-xlsx".equals(d.variant()) || e instanceof java.util.zip.ZipException) d = Diagnostic.of(Code.WORKBOOK, "not-ods");
            out.add(d.in(file));
        }
        return 0;
    }

    /** Whether the manifest lists encrypted parts (a file saved with a password). */
    private static boolean encrypted(ZipSecureFile zip, ZipArchiveEntry manifest) throws IOException {
        try (InputStream in = zip.getInputStream(manifest)) {
            byte[] head = in.readNBytes(1 << 20);
            return new String(head, StandardCharsets.UTF_8).contains("encryption-data");
        }
    }

    /** The local name of an element or attribute, whatever its prefix. */
    private static String local(String local, String qName) {
        return local == null || local.isEmpty() ? qName.substring(qName.indexOf(':') + 1) : local;
    }

    /** The value of the attribute {@code name} (local name, any prefix), or null. */
    private static String attr(Attributes a, String name) {
        for (int i = 0; i < a.getLength(); i++) if (local(a.getLocalName(i), a.getQName(i)).equals(name)) return a.getValue(i);
        return null;
    }

    /** Parses content.xml with the hardened parser; a failure a handler threw comes out as itself. */
    private static void parse(ZipSecureFile zip, ZipArchiveEntry content, DefaultHandler handler) throws IOException {
        try (InputStream in = zip.getInputStream(content)) {
            XMLReader xml = XlsxGuard.secureReader();
            xml.setContentHandler(handler);
            xml.parse(new InputSource(in));
        } catch (SAXException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getException() instanceof RuntimeException r) throw r;
            throw new IOException(e.getMessage(), e);
        } catch (XlsxGuard.ParserConfigurationFailure e) {
            throw new IOException(e.getMessage());
        }
    }

    /** The sheets in order with whether each is shown (a table style with table:display="false" hides it). */
    private static List<Table> tables(ZipSecureFile zip, ZipArchiveEntry content) throws IOException {
        Set<String> hidden = new HashSet<>();
        List<String[]> found = new ArrayList<>();
        parse(zip, content, new DefaultHandler() {
            private String style;

            @Override
            public void startElement(String uri, String l, String q, Attributes a) {
                String name = local(l, q);
                if (name.equals("style") && "table".equals(attr(a, "family"))) style = attr(a, "name");
                else if (name.equals("table-properties") && style != null && "false".equals(attr(a, "display"))) hidden.add(style);
                else if (name.equals("table")) found.add(new String[] {String.valueOf(attr(a, "name")), attr(a, "style-name")});
            }

            @Override
            public void endElement(String uri, String l, String q) {
                if (local(l, q).equals("style")) style = null;
            }
        });
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            String[] t = found.get(i);
            tables.add(new Table(zip, content, i, Names.nfc(t[0]), t[1] == null || !hidden.contains(t[1])));
        }
        return tables;
    }

    /** One sheet: its rows streamed from content.xml, repeated rows and cells written out, empty ones skipped. */
    private record Table(ZipSecureFile zip, ZipArchiveEntry content, int index, String name, boolean visible) implements XlsxReader.GridSheet {
        @Override
        public void rows(XSSFSheetXMLHandler.SheetContentsHandler handler, XlsxReader.Merges merges) throws IOException {
            parse(zip, content, new RowHandler(index, handler, merges));
        }
    }

    /** The rows of the {@code index}-th table, into the sheet handler. */
    private static final class RowHandler extends DefaultHandler {
        private final int index;
        private final XSSFSheetXMLHandler.SheetContentsHandler handler;
        private final XlsxReader.Merges merges;
        private int table = -1;
        private boolean inTable;
        private int row;
        private int rowRepeat;
        private int col;
        /** The cells of the current row: {column, rows spanned} and their values. */
        private final List<int[]> cells = new ArrayList<>();
        private final List<String> values = new ArrayList<>();
        private String cellValue;
        private int cellRepeat, cellSpan;
        private StringBuilder text;
        private int paragraphs;
        private int depth;

        RowHandler(int index, XSSFSheetXMLHandler.SheetContentsHandler handler, XlsxReader.Merges merges) {
            this.index = index;
            this.handler = handler;
            this.merges = merges;
        }

        @Override
        public void startElement(String uri, String l, String q, Attributes a) {
            String name = local(l, q);
            if (name.equals("table")) {
                if (inTable) depth++;
                else if (++table == index) inTable = true;
                return;
            }
            if (!inTable || depth > 0) return;
            switch (name) {
                case "table-row" -> {
                    rowRepeat = count(attr(a, "number-rows-repeated"), MAX_ROWS);
                    col = 0;
                    cells.clear();
                    values.clear();
                }
                case "table-cell", "covered-table-cell" -> {
                    cellRepeat = count(attr(a, "number-columns-repeated"), ReportReader.MAX_COLUMNS);
                    cellSpan = name.equals("table-cell") ? count(attr(a, "number-rows-spanned"), MAX_ROWS) : 1;
                    cellValue = typed(a);
                    text = cellValue == null && name.equals("table-cell") ? new StringBuilder() : null;
                    paragraphs = 0;
                }
                case "p" -> {
                    if (text != null && paragraphs++ > 0) text.append('\n');
                }
                case "s" -> {
                    if (text != null) text.append(" ".repeat(Math.min(1000, count(attr(a, "c"), 1000))));
                }
                case "tab" -> {
                    if (text != null) text.append('\t');
                }
                case "line-break" -> {
                    if (text != null) text.append('\n');
                }
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (text != null && text.length() < ReportReader.MAX_CELL_CHARS + 1) text.append(ch, start, Math.min(length, ReportReader.MAX_CELL_CHARS + 1 - text.length()));
        }

        @Override
        public void endElement(String uri, String l, String q) {
            String name = local(l, q);
            if (name.equals("table")) {
                if (depth > 0) depth--;
                else if (inTable) inTable = false;
                return;
            }
            if (!inTable || depth > 0) return;
            if (name.equals("table-cell") || name.equals("covered-table-cell")) {
                String v = cellValue != null ? cellValue : text == null ? null : text.toString();
                if (v != null && !v.isEmpty()) {
                    for (int k = 0; k < cellRepeat && col + k < ReportReader.MAX_COLUMNS; k++) {
                        cells.add(new int[] {col + k, cellSpan});
                        values.add(v);
                    }
                }
                col += cellRepeat;
                text = null;
                cellValue = null;
            } else if (name.equals("table-row")) {
                if (!cells.isEmpty()) {
                    // a row with values, repeated: each copy is a row (never past the sheet's last)
                    int copies = Math.min(rowRepeat, MAX_ROWS - row);
                    for (int k = 0; k < copies; k++) emit(row + k);
                }
                row += rowRepeat;
                if (row >= MAX_ROWS) row = MAX_ROWS;
            }
        }

        private void emit(int r) {
            handler.startRow(r);
            for (int i = 0; i < cells.size(); i++) {
                int[] c = cells.get(i);
                if (c[1] > 1) merges.add(r + 1, r + c[1], c[0]);
                handler.cell(CellReference.convertNumToColString(c[0]) + (r + 1), values.get(i), null);
            }
            handler.endRow(r);
        }

        /** A cell's value from its type: a date as its ISO date, a number as written, a percentage as "80%"; null for text (read from its paragraphs). */
        private static String typed(Attributes a) {
            String type = attr(a, "value-type");
            if (type == null || type.equals("string")) return null;
            try {
                return switch (type) {
                    case "float", "currency" -> XlsxValues.plain(Double.parseDouble(attr(a, "value")));
                    case "percentage" -> XlsxValues.plain(Double.parseDouble(attr(a, "value")) * 100) + "%";
                    case "date" -> {
                        String d = attr(a, "date-value");
                        yield d == null ? null : d.length() >= 10 ? d.substring(0, 10) : d;
                    }
                    case "time" -> time(attr(a, "time-value"));
                    case "boolean" -> "true".equals(attr(a, "boolean-value")) ? "TRUE" : "FALSE";
                    default -> null;
                };
            } catch (RuntimeException e) {
                return null; // no usable value: the cell's text stands
            }
        }

        /** "PT10H30M00S" → "10:30". */
        private static String time(String iso) {
            if (iso == null) return null;
            java.time.Duration d = java.time.Duration.parse(iso);
            return String.format(java.util.Locale.ROOT, "%02d:%02d", d.toHours() % 24, d.toMinutesPart());
        }

        /** A repeat or span count: 1 when absent or unreadable, at most {@code max}. */
        private static int count(String v, int max) {
            if (v == null) return 1;
            try {
                return Math.max(1, Math.min(max, Integer.parseInt(v.strip())));
            } catch (NumberFormatException e) {
                return 1;
            }
        }
    }
}
