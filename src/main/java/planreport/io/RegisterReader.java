package planreport.io;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import planreport.check.Code;
import planreport.check.Diagnostic;
import planreport.check.Diagnostics;
import planreport.model.ControlChars;
import planreport.model.Names;

/**
 * Reads the office's receipt register (docs/register.md) as a table: a CSV file (UTF-8, a BOM
 * allowed, cells separated by ";" as Vietnamese Excel writes them, or by ",") or an Excel workbook
 * (.xlsx, its first sheet), its header naming the columns in Vietnamese or English. The cells are
 * handed on as text with their row's position; what they mean is checked by validate/Register.
 * Every problem of the file itself is a {@code register} diagnostic; nothing here throws on bad input.
 */
public final class RegisterReader {
    private RegisterReader() {}

    /** A register is a few lines a quarter per unit: a file larger than this is not one. */
    public static final long MAX_BYTES = 8L << 20;

    /** The register's columns, each with the headers it may have (compared folded: no diacritics, lower case). */
    public enum Column {
        PERIOD(true, "ky bao cao", "ky", "quy", "period"),
        UNIT(true, "don vi", "co quan, don vi", "co quan don vi", "unit"),
        STATE(true, "tinh trang", "trang thai", "ket qua", "state"),
        DATE(true, "ngay", "ngay thang", "date"),
        NOTE(false, "ghi chu", "ly do", "note"),
        FILE(false, "tep", "ten tep", "file");

        public final boolean required;
        private final List<String> headers;

        Column(boolean required, String... headers) {
            this.required = required;
            this.headers = List.of(headers);
        }

        static Column of(String header) {
            String f = Names.fold(header).replaceAll("\\s+", " ").strip();
            for (Column c : values()) if (c.headers.contains(f)) return c;
            return null;
        }
    }

    /** One row of the register: where it is ({@code line}: the line, or the sheet's row; {@code cells}: sheet!A1 refs or null) and its cells by column. */
    public record Row(long line, Map<Column, String> values, Map<Column, String> refs) {
        public String get(Column c) { return values.get(c); }

        /** Where a column's cell is: "B5" in a workbook, the column's header in a CSV file. */
        public Object where(Column c) { return refs.get(c); }
    }

    /** The rows of {@code file}, or null with the diagnostics in {@code out} when it cannot be read as a register. */
    public static List<Row> read(Path file, Diagnostics out) {
        String name = file.toString();
        try {
            if (!Files.isRegularFile(file)) {
                out.add(Diagnostic.of(Code.REGISTER, Files.exists(file) ? "not-a-file" : "no-such-file").in(name));
                return null;
            }
            if (Files.size(file) > MAX_BYTES) {
                out.add(Diagnostic.of(Code.REGISTER, "too-large").in(name).with("limit", MAX_BYTES >> 20));
                return null;
            }
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".xlsx")) return xlsx(file, name, out);
            if (!lower.endsWith(".csv")) {
                out.add(Diagnostic.of(Code.REGISTER, "format").in(name));
                return null;
            }
            return csv(Files.readAllBytes(file), name, out);
        } catch (IOException e) {
            out.add(Diagnostic.of(Code.REGISTER, "unreadable").in(name).with("detail", String.valueOf(e.getMessage())));
            return null;
        }
    }

    private static List<Row> csv(byte[] bytes, String name, Diagnostics out) throws IOException {
        String text;
        try {
            int bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, bom, bytes.length - bom)).toString();
        } catch (CharacterCodingException e) {
            out.add(Diagnostic.of(Code.REGISTER, "encoding").in(name));
            return null;
        }
        text = Names.nfc(text);
        int eol = text.indexOf('\n');
        String first = eol < 0 ? text : text.substring(0, eol);
        char sep = first.indexOf(';') >= 0 ? ';' : first.indexOf('\t') >= 0 ? '\t' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(sep).setIgnoreSurroundingSpaces(true).get();
        List<Row> rows = new ArrayList<>();
        Map<Integer, Column> columns = null;
        List<String> headers = null;
        try (CSVParser p = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord r : p) {
                List<String> cells = new ArrayList<>();
                for (String c : r) cells.add(ControlChars.strip(c).strip());
                if (cells.stream().allMatch(String::isEmpty)) continue;
                long line = r.getParser().getCurrentLineNumber();
                if (columns == null) {
                    columns = header(cells, name, line, out);
                    if (columns == null) return null;
                    headers = cells;
                    continue;
                }
                Map<Column, String> values = new EnumMap<>(Column.class), refs = new EnumMap<>(Column.class);
                for (var e : columns.entrySet()) {
                    values.put(e.getValue(), e.getKey() < cells.size() ? cells.get(e.getKey()) : "");
                    refs.put(e.getValue(), headers.get(e.getKey()));
                }
                rows.add(new Row(line, values, refs));
            }
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            out.add(Diagnostic.of(Code.REGISTER, "csv").in(name).with("detail", String.valueOf(e.getMessage())));
            return null;
        }
        if (columns == null) {
            out.add(Diagnostic.of(Code.REGISTER, "empty").in(name));
            return null;
        }
        return rows;
    }

    /** The columns of a header row by their index, or null (with a no-column diagnostic) when a required one is not there. */
    private static Map<Integer, Column> header(List<String> cells, String name, long line, Diagnostics out) {
        Map<Integer, Column> columns = new java.util.TreeMap<>();
        for (int i = 0; i < cells.size(); i++) {
            Column c = Column.of(cells.get(i));
            if (c != null && !columns.containsValue(c)) columns.put(i, c);
        }
        List<String> missing = new ArrayList<>();
        for (Column c : Column.values()) if (c.required && !columns.containsValue(c)) missing.add(c.headers.get(0));
        if (!missing.isEmpty()) {
            out.add(Diagnostic.of(Code.REGISTER, "no-column").at(name, line, null).with("columns", String.join(", ", missing)));
            return null;
        }
        return columns;
    }

    private static List<Row> xlsx(Path file, String name, Diagnostics out) {
        XlsxGuard.limitZips();
        org.apache.poi.ss.usermodel.DataFormatter fmt = new org.apache.poi.ss.usermodel.DataFormatter(Locale.ROOT);
        try (var pkg = org.apache.poi.openxml4j.opc.OPCPackage.open(file.toFile(), org.apache.poi.openxml4j.opc.PackageAccess.READ);
             var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(pkg)) {
            if (wb.getNumberOfSheets() == 0) {
                out.add(Diagnostic.of(Code.REGISTER, "empty").in(name));
                return null;
            }
            var sheet = wb.getSheetAt(0);
            List<Row> rows = new ArrayList<>();
            Map<Integer, Column> columns = null;
            for (var r : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, r.getLastCellNum()); c++) {
                    var cell = r.getCell(c);
                    String v = "";
                    if (cell != null) {
                        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                                && org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
                            v = cell.getLocalDateTimeCellValue().toLocalDate().toString();
                        } else {
                            v = fmt.formatCellValue(cell);
                        }
                    }
                    cells.add(Names.nfc(ControlChars.strip(v)).strip());
                }
                if (cells.stream().allMatch(String::isEmpty)) continue;
                long line = r.getRowNum() + 1;
                if (columns == null) {
                    columns = header(cells, name, line, out);
                    if (columns == null) return null;
                    continue;
                }
                Map<Column, String> values = new EnumMap<>(Column.class), refs = new EnumMap<>(Column.class);
                for (var e : columns.entrySet()) {
                    values.put(e.getValue(), e.getKey() < cells.size() ? cells.get(e.getKey()) : "");
                    refs.put(e.getValue(), new org.apache.poi.ss.util.CellReference(r.getRowNum(), e.getKey()).formatAsString());
                }
                rows.add(new Row(line, values, refs));
            }
            if (columns == null) {
                out.add(Diagnostic.of(Code.REGISTER, "empty").in(name));
                return null;
            }
            return rows;
        } catch (Exception | NoClassDefFoundError e) {
            // the parser's own words are English and may carry the path: one text a user can act on
            // (NoClassDefFoundError: an entry compressed by a method no office program writes, whose codec is absent)
            out.add(Diagnostic.of(Code.REGISTER, "workbook").in(name));
            return null;
        }
    }
}
