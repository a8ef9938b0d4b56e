package planreport.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import planreport.check.Code;
import planreport.check.Diagnostic;
import planreport.check.Diagnostics;
import planreport.model.Indicator;
import planreport.model.Names;
import planreport.model.Plan;
import planreport.model.ReportColumn;
import planreport.model.ReportHeader;
import planreport.model.ReportRow;

/**
 * Streams the rows of one report CSV: detects the delimiter from the header line, maps header names
 * (English or Vietnamese, any case) to columns and indicators, and turns every reading problem into a
 * diagnostic. Every cell it hands on, known column or indicator, is stripped and in NFC: text is
 * normalised once, here, on the way in. It never holds more than one row.
 */
public final class ReportReader {
    /** A physical line longer than this stops the file: no real report has one. */
    public static final long MAX_LINE_CHARS = 1 << 20;
    /** A cell longer than this is refused (a narrative of 100 pages is not a progress report). */
    public static final int MAX_CELL_CHARS = 100_000;
    public static final int MAX_COLUMNS = 1000;

    /** Receives each row read. */
    public interface Sink {
        void row(ReportRow row);
    }

    private ReportReader() {}

    /** Reads one file's rows into {@code sink}; returns the number of data rows. */
    public static long read(InputStream input, String file, int fileIndex, Charset charset, Plan plan, Diagnostics out, Sink sink) {
        return read(input, file, fileIndex, charset, plan, out, sink, false);
    }

    /**
     * As {@link #read(InputStream, String, int, Charset, Plan, Diagnostics, Sink)}; with {@code readAhead}
     * the bytes are decoded on a second thread while this one parses (worth it for files of megabytes).
     */
    public static long read(InputStream input, String file, int fileIndex, Charset charset, Plan plan, Diagnostics out, Sink sink,
                            boolean readAhead) {
        CheckedDecoder decoder = new CheckedDecoder(input, charset, MAX_LINE_CHARS);
        long[] read = {1, 0};
        try (Head in = new Head(readAhead ? new ReadAhead(decoder) : decoder)) {
            rows(new Parsing(in, decoder), file, fileIndex, plan, out, sink, read);
        } catch (InputProblem p) {
            out.add(p.in(file));
        } catch (IOException | UncheckedIOException e) {
            failed(e, file, read[0], out);
        }
        return read[1];
    }

    /**
     * Reads the rows of a file whose records were taken ahead ({@link Parsed#of}), before the plan was
     * known: the same rows and diagnostics as {@link #read} gives the same bytes.
     */
    static long read(Parsed parsed, String file, int fileIndex, Plan plan, Diagnostics out, Sink sink) {
        long[] read = {1, 0};
        try {
            rows(parsed.replay(), file, fileIndex, plan, out, sink, read);
        } catch (InputProblem p) {
            out.add(p.in(file));
        } catch (IOException | UncheckedIOException e) {
            failed(e, file, read[0], out);
        }
        return read[1];
    }

    private static void failed(Exception e, String file, long lastLine, Diagnostics out) {
        if (e.getCause() instanceof InputProblem p) out.add(p.in(file));
        else out.add(describe(e.getMessage() == null ? e.toString() : e.getMessage()).at(file, lastLine, null));
    }

    /**
     * A file's CSV records in order, as the parser gives them: what needs no plan (decoding, the
     * delimiter, the CSV syntax), so it can be done ahead ({@link Parsed}) or as the rows are read.
     */
    interface Records {
        /** The parser's line count: the record to come starts on the line after it. */
        long line();

        /** Whether a record comes; a reading problem is thrown here, where the parser meets it. */
        boolean hasNext() throws IOException;

        /** The next record's cells (the parser's own array: CSVRecord.values() is no copy). */
        String[] next();

        char delimiter();
    }

    /** The records as the parser reads them. */
    private static final class Parsing implements Records {
        private final CSVParser parser;
        private final Iterator<CSVRecord> it;
        private final char delimiter;

        Parsing(Head in, CheckedDecoder decoder) throws IOException {
            delimiter = in.delimiter();
            decoder.delimiter(delimiter);
            parser = CSVParser.builder().setReader(in).setFormat(format(delimiter)).get();
            it = parser.iterator();
        }

        @Override public long line() { return parser.getCurrentLineNumber(); }

        @Override public boolean hasNext() { return it.hasNext(); }

        @Override public String[] next() { return it.next().values(); }

        @Override public char delimiter() { return delimiter; }
    }

    /** The format of every report: RFC 4180 with the file's delimiter, one made a delimiter (it is immutable). */
    private static CSVFormat format(char delimiter) {
        CSVFormat f = delimiter == ',' ? COMMA : delimiter == ';' ? SEMICOLON : delimiter == '\t' ? TAB : null;
        return f != null ? f : formatFor(delimiter);
    }

    // empty lines are read as records and skipped by the reader, not by the parser: skipped there, they
    // would not be counted in the line a later row is said to start on
    private static CSVFormat formatFor(char delimiter) {
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).setTrim(false).get();
    }

    private static final CSVFormat COMMA = formatFor(','), SEMICOLON = formatFor(';'), TAB = formatFor('\t');

    /**
     * A small file's records taken ahead, before the plan is read: the records with the line each
     * starts after, and the problem that ended the reading, if one did, replayed where it was met.
     */
    static final class Parsed {
        private final char delimiter;
        /** Each record's cells: nothing of the parser is kept (its buffers are tens of KB a file). */
        private final String[][] records;
        /** lines[i]: the parser's line count before record i (lines[records.length]: before the end or the problem). */
        private final long[] lines;
        private final IOException problem;

        private Parsed(char delimiter, String[][] records, long[] lines, IOException problem) {
            this.delimiter = delimiter;
            this.records = records;
            this.lines = lines;
            this.problem = problem;
        }

        /**
         * Reads all of {@code input} (closed here) as {@link #read} would before it needs the plan; null
         * when closing the file failed (the file is then read again as it comes).
         */
        static Parsed of(InputStream input, Charset charset) {
            CheckedDecoder decoder = new CheckedDecoder(input, charset, MAX_LINE_CHARS);
            List<String[]> records = new ArrayList<>();
            long[] lines = new long[8];
            char delimiter = ',';
            IOException problem = null;
            try (Head in = new Head(decoder)) {
                Records live = null;
                try {
                    live = new Parsing(in, decoder);
                    delimiter = live.delimiter();
                    while (true) {
                        if (records.size() == lines.length) lines = java.util.Arrays.copyOf(lines, lines.length * 2);
                        lines[records.size()] = live.line();
                        if (!live.hasNext()) break;
                        records.add(live.next());
                    }
                } catch (IOException e) {
                    problem = e;
                } catch (UncheckedIOException e) {
                    problem = new Unchecked(e);
                }
            } catch (IOException e) {
                return null;
            }
            return new Parsed(delimiter, records.toArray(new String[0][]), lines, problem);
        }

        Records replay() {
            return new Records() {
                private int i;

                @Override public long line() { return lines[i]; }

                @Override public boolean hasNext() throws IOException {
                    if (i < records.length) return true;
                    if (problem instanceof Unchecked u) throw u.thrown;
                    if (problem != null) throw problem;
                    return false;
                }

                @Override public String[] next() { return records[i++]; }

                @Override public char delimiter() { return delimiter; }
            };
        }

        /** Carries the parser's unchecked wrapper, thrown again as it was. */
        private static final class Unchecked extends IOException {
            final UncheckedIOException thrown;

            Unchecked(UncheckedIOException thrown) {
                super(null, null);
                this.thrown = thrown;
            }
        }
    }

    /**
     * The rows of one file's records into {@code sink}; {@code read[0]}: the line reached (a problem's
     * place), {@code read[1]}: the rows handed on.
     */
    private static void rows(Records parser, String file, int fileIndex, Plan plan, Diagnostics out, Sink sink, long[] read) throws IOException {
        char delimiter = parser.delimiter();
        String[] headerRecord = null;
        long headerLine = 1;
        while (headerRecord == null) {
            headerLine = parser.line() + 1;
            if (!parser.hasNext()) { // a problem here is said at line 1
                out.add(Diagnostic.of(Code.MISSING_COLUMN, "empty").in(file));
                return;
            }
            String[] r = parser.next();
            if (!(r.length == 1 && r[0].isBlank())) headerRecord = r;
        }
        ReportHeader header = header(headerRecord, headerLine, file, fileIndex, plan, out);
        if (header == null) return;
        int width = headerRecord.length;
        int[] columnIndex = new int[ReportColumn.values().length];
        java.util.Arrays.fill(columnIndex, -1);
        int[] indicatorIndex = new int[plan.indicators().size()];
        java.util.Arrays.fill(indicatorIndex, -1);
        for (int i = 0; i < width; i++) {
            Target t = classify(headerRecord[i], plan);
            if (t == null) continue;
            if (t.column != null && columnIndex[t.column.ordinal()] < 0) columnIndex[t.column.ordinal()] = i;
            if (t.indicator >= 0 && indicatorIndex[t.indicator] < 0) indicatorIndex[t.indicator] = i;
        }
        read[0] = parser.line() + 1;
        while (true) {
            long startLine = parser.line() + 1;
            read[0] = startLine;
            String[] r;
            try {
                if (!parser.hasNext()) break;
                r = parser.next();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            if (r.length == 1 && blank(r[0])) continue;
            if (r.length > width) {
                out.add(Diagnostic.of(Code.CSV_SYNTAX, "too-many-cells").at(file, startLine, null)
                        .with("cells", r.length).with("width", width).with("delimiter", delimiter));
                continue;
            }
            boolean blank = true;
            for (int i = 0; i < r.length && blank; i++) if (!blank(r[i])) blank = false;
            if (blank) continue;
            String[] cells = new String[columnIndex.length];
            boolean tooLong = false;
            boolean plain = true;
            for (int c = 0; c < columnIndex.length; c++) {
                int i = columnIndex[c];
                if (i >= 0 && i < r.length) {
                    String v = r[i];
                    if (v.length() > MAX_CELL_CHARS) {
                        out.add(Diagnostic.of(Code.CSV_SYNTAX, "cell-too-long").at(file, startLine, header.name(ReportColumn.values()[c]))
                                .with("length", v.length()).with("limit", MAX_CELL_CHARS));
                        tooLong = true;
                        break;
                    }
                    String s = v.strip();
                    if (plain(s)) cells[c] = s;
                    else {
                        cells[c] = Names.nfc(s);
                        plain = false;
                    }
                }
            }
            if (tooLong) continue;
            String[] ind = new String[indicatorIndex.length];
            for (int k = 0; k < ind.length; k++) {
                int i = indicatorIndex[k];
                if (i >= 0 && i < r.length) {
                    String s = r[i].strip();
                    if (plain(s)) ind[k] = s;
                    else {
                        ind[k] = Names.nfc(s);
                        plain = false;
                    }
                }
            }
            read[1]++;
            // a row of plain cells has been looked at whole: the way in (TextGuard) need not look again
            sink.row(plain ? ReportRow.checked(header, startLine, cells, ind) : ReportRow.of(header, startLine, cells, ind));
        }
    }

    /**
     * Whether a cell is plain: already NFC as the fast path of {@link Names#nfc} sees it (below U+0300, or
     * Latin Extended Additional, dashes and quotes, simple arrows), and without a character
     * {@link planreport.model.ControlChars} refuses (a C0 control other than tab and line breaks; the
     * non-characters and surrogates lie outside those ranges). One look at each character does both.
     */
    static boolean plain(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 ? c < 0x300 : (c == '\t' || c == '\n' || c == '\r')) continue;
            if ((c >= 0x1E00 && c <= 0x1EFF) || (c >= 0x2010 && c <= 0x2027) || (c >= 0x2190 && c <= 0x2199)) continue;
            return false;
        }
        return true;
    }

    /** Blank, also when all it holds are control characters (a DOS end-of-file Ctrl-Z on a line of its own). */
    private static boolean blank(String cell) {
        return cell.isBlank() || planreport.model.ControlChars.strip(cell).isBlank();
    }

    /** Commons CSV's complaint as a diagnostic: the two a user meets by name, any other with its own (English) words. */
    private static Diagnostic describe(String msg) {
        String m = msg.replaceAll("\\s+", " ");
        if (m.contains("EOF reached before encapsulated token finished")) return Diagnostic.of(Code.CSV_SYNTAX, "unclosed-quote");
        // "invalid char between …" in older Commons CSV, "Invalid character between …" in 1.14
        if (m.contains("between encapsulated token and delimiter")) return Diagnostic.of(Code.CSV_SYNTAX, "after-quote");
        return Diagnostic.of(Code.CSV_SYNTAX, "unreadable").with("detail", m);
    }

    private static final int HEAD = 1 << 16;

    /**
     * Comma, semicolon or tab, whichever the header line (its first {@code n} characters) has most of
     * outside quotes (Vietnamese Excel writes ';' in "CSV", a tab in "Unicode Text"); comma on a tie.
     */
    static char detectDelimiter(char[] head, int n) {
        int commas = 0, semis = 0, tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < Math.min(n, HEAD - 1); i++) {
            char c = head[i];
            if (c == '"') quoted = !quoted;
            else if (!quoted && (c == '\n' || c == '\r')) break;
            else if (!quoted && c == ',') commas++;
            else if (!quoted && c == ';') semis++;
            else if (!quoted && c == '\t') tabs++;
        }
        if (tabs > commas && tabs > semis) return '\t';
        return semis > commas ? ';' : ',';
    }

    /**
     * The characters of a report with its first ones read ahead to find the delimiter, then given
     * back: no second buffer between the decoder and the CSV parser. A reading problem met while
     * reading ahead is raised only where it occurs, after the characters before it.
     */
    static final class Head extends Reader {
        private final Reader in;
        /** Grows as needed up to HEAD - 1: most header lines are a few hundred characters. */
        private char[] head = new char[1 << 10];
        private int n;
        private int pos;
        private IOException deferred;

        Head(Reader in) {
            this.in = in;
            boolean quoted = false;
            int scanned = 0;
            try {
                fill:
                while (n < HEAD - 1) {
                    if (n == head.length) head = java.util.Arrays.copyOf(head, Math.min(HEAD - 1, head.length * 4));
                    int r = in.read(head, n, head.length - n);
                    if (r < 0) break;
                    n += r;
                    for (; scanned < n; scanned++) {
                        char c = head[scanned];
                        if (c == '"') quoted = !quoted;
                        else if (!quoted && (c == '\n' || c == '\r')) break fill;
                    }
                }
            } catch (IOException e) {
                deferred = e;
            }
        }

        char delimiter() { return detectDelimiter(head, n); }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            if (len == 0) return 0;
            if (pos < n) {
                int k = Math.min(len, n - pos);
                System.arraycopy(head, pos, cbuf, off, k);
                pos += k;
                return k;
            }
            if (deferred != null) throw deferred;
            return in.read(cbuf, off, len);
        }

        @Override
        public void close() throws IOException { in.close(); }
    }

    /** What a header cell names: a known column or an indicator. */
    record Target(ReportColumn column, int indicator) {}

    private static final Map<String, ReportColumn> COLUMN_NAMES = new HashMap<>();

    static {
        for (ReportColumn c : ReportColumn.values()) {
            COLUMN_NAMES.put(Names.fold(c.english()), c);
            COLUMN_NAMES.put(Names.fold(c.english().replace('_', ' ')), c);
            COLUMN_NAMES.put(Names.fold(c.vietnamese()), c);
        }
    }

    static Target classify(String headerCell, Plan plan) {
        String f = Names.fold(headerCell);
        ReportColumn c = COLUMN_NAMES.get(f);
        if (c != null) return new Target(c, -1);
        List<Indicator> ind = plan.indicators();
        for (int i = 0; i < ind.size(); i++) {
            if (Names.fold(ind.get(i).id()).equals(f) || Names.fold(ind.get(i).name()).equals(f)) return new Target(null, i);
        }
        return null;
    }

    /**
     * The context columns of the workbook forms (task title, deadline): read-only, ignored without a
     * warning. Their names are the forms' own words (forms/form.vi.properties), which the form writer uses too.
     */
    private static final planreport.model.TextFile FORM_WORDS = planreport.model.TextFile.of("/forms/form.vi.properties");

    static final java.util.Set<String> FORM_CONTEXT = java.util.Set.of(Names.fold(FORM_WORDS.get("column.title")),
            Names.fold(FORM_WORDS.get("column.deadline")));

    /** Whether a row's cells name every required column (a workbook's header may stand below a title). */
    static boolean namesRequired(String[] cells, Plan plan) {
        boolean[] named = new boolean[ReportColumn.values().length];
        for (String c : cells) {
            if (c == null || c.isBlank()) continue;
            Target t = classify(Names.nfc(c.strip()), plan);
            if (t != null && t.column != null) named[t.column.ordinal()] = true;
        }
        for (ReportColumn c : ReportColumn.values()) if (c.required() && !named[c.ordinal()]) return false;
        return true;
    }

    /**
     * The header of a file from its header cells (null cells: none there): unknown and repeated
     * columns and the lack of a required one become diagnostics, at {@code line} and, through
     * {@code place} (given the cell's index, -1 for the row), the cell; null when a required column is missing.
     */
    static ReportHeader header(String[] r, long line, String file, int fileIndex, Plan plan, Diagnostics out) {
        return header(r, line, file, fileIndex, plan, out, (d, i) -> d);
    }

    static ReportHeader header(String[] r, long line, String file, int fileIndex, Plan plan, Diagnostics out,
                               java.util.function.BiFunction<Diagnostic, Integer, Diagnostic> place) {
        if (r.length > MAX_COLUMNS) {
            out.add(Diagnostic.of(Code.CSV_SYNTAX, "too-many-columns").at(file, line, null).with("columns", r.length).with("limit", MAX_COLUMNS));
            return null;
        }
        String[] names = new String[ReportColumn.values().length];
        String[] indicatorNames = new String[plan.indicators().size()];
        List<String> known = new ArrayList<>();
        for (ReportColumn c : ReportColumn.values()) { known.add(c.english()); known.add(c.vietnamese()); }
        for (Indicator i : plan.indicators()) { known.add(i.id()); known.add(i.name()); }
        for (int i = 0; i < r.length; i++) {
            if (r[i] == null) continue;
            String h = Names.nfc(r[i].strip());
            if (h.isEmpty()) continue;
            Target t = classify(h, plan);
            if (t == null && FORM_CONTEXT.contains(Names.fold(h))) continue; // the forms' read-only task title and deadline
            if (t == null) {
                out.add(place.apply(Diagnostic.of(Code.UNKNOWN_COLUMN).at(file, line, h).value(h).suggest(Names.closest(h, known).orElse(null)), i));
                continue;
            }
            String[] arr = t.column != null ? names : indicatorNames;
            int idx = t.column != null ? t.column.ordinal() : t.indicator;
            if (arr[idx] != null) {
                out.add(place.apply(Diagnostic.of(Code.CSV_SYNTAX, "same-column").at(file, line, h).value(h).with("first", arr[idx]), i));
                continue;
            }
            arr[idx] = h;
        }
        boolean ok = true;
        for (ReportColumn c : ReportColumn.values()) {
            if (c.required() && names[c.ordinal()] == null) {
                out.add(place.apply(Diagnostic.of(Code.MISSING_COLUMN, "required").at(file, line, null).with("english", c.english()).with("vietnamese", c.vietnamese()), -1));
                ok = false;
            }
        }
        return ok ? ReportHeader.of(file, fileIndex, names, indicatorNames) : null;
    }
}
