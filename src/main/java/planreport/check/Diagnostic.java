package planreport.check;

import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import planreport.model.Lang;
import planreport.model.Period;

/**
 * One problem found in an input: its code, where it is, and the typed facts its message is filled
 * from — no prose. The message is written in a language only when shown ({@link Catalogue}), so the
 * same diagnostic reads in Vietnamese or English and a script reads its fields from the JSON.
 *
 * <p>{@code variant} picks one of the code's message templates (null: the code's own);
 * {@code line} is 1-based or null; {@code column} is a 1-based number (YAML), a CSV header name,
 * or null. {@code unit}, {@code task}, {@code period} and {@code value} are the unit, task id,
 * period and cell text the problem is about; {@code suggestion} is the "did you mean".
 * {@code args} holds the few further facts a template names, as typed values (a due date as a
 * {@link java.time.LocalDate}, a quarter as a {@link Period}, a limit as a number), so the catalogue
 * words each by its type. {@code sheet} is the sheet of a workbook the problem is in (null for CSV and
 * the plan); then {@code line} is the row, {@code column} the header name and the arg {@code cell} the
 * cell ("D7"). {@code finding} is the typed fact this diagnostic words, for the codes another step acts
 * on (null for the others): listeners hear it ({@link Diagnostics#Diagnostics(java.util.function.Consumer)}).
 */
public record Diagnostic(Code code, String variant, String file, Integer line, Object column, String unit, String task,
                         Period period, String value, String suggestion, Map<String, Object> args, String sheet, Finding finding)
        implements Comparable<Diagnostic> {

    public Diagnostic {
        args = args == null || args.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(args));
    }

    /** A diagnostic of {@code code} with its default message and no position yet. */
    public static Diagnostic of(Code code) { return of(code, null); }

    /**
     * A diagnostic of {@code code} with the message template {@code variant} ("code.variant" in the
     * catalogue; null: the code's own). A variant the code does not declare is a programming error.
     */
    public static Diagnostic of(Code code, String variant) {
        if (!code.declares(variant)) {
            throw new IllegalArgumentException(code.id() + " declares no variant " + (variant == null ? "of its own" : "\"" + variant + "\""));
        }
        return new Diagnostic(code, variant, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** This diagnostic as the words of {@code finding}, which it carries to the listeners ({@link Finding#diagnostic()}). */
    Diagnostic wording(Finding finding) {
        return new Diagnostic(code, variant, file, line, column, unit, task, period, value, suggestion, args, sheet, finding);
    }

    /**
     * This diagnostic standing for {@code rows} rows of its file alike (variant {@code variant} when
     * more than one, with the arg {@code rows}), naming their {@code tasks} as missing-report does
     * ("6.1, 2.1"). It carries its own finding (the first row's); the other rows' findings were heard
     * one by one ({@link Diagnostics#finding}).
     */
    public Diagnostic forRows(long rows, String variant, String tasks) {
        if (rows <= 1) return this;
        if (!code.declares(variant)) throw new IllegalArgumentException(code.id() + " declares no variant \"" + variant + "\"");
        return new Diagnostic(code, variant, file, line, column, unit, tasks, period, value, suggestion, args, sheet, finding).with("rows", rows);
    }

    public Severity severity() { return code.severity(); }

    /** The catalogue key of the message template: the code's id, and the variant after a dot. */
    public String key() { return variant == null ? code.id() : code.id() + "." + variant; }

    // ---- building: each returns a copy with one more fact ----

    public Diagnostic at(String file, Integer line, Object column) {
        return new Diagnostic(code, variant, file, line, column, unit, task, period, value, suggestion, args, sheet, finding);
    }

    public Diagnostic at(String file, long line, Object column) {
        return at(file, Integer.valueOf(line > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) line), column);
    }

    public Diagnostic in(String file) { return at(file, line, column); }

    public Diagnostic unit(String unit) {
        return new Diagnostic(code, variant, file, line, column, unit, task, period, value, suggestion, args, sheet, finding);
    }

    public Diagnostic task(String task) {
        return new Diagnostic(code, variant, file, line, column, unit, task, period, value, suggestion, args, sheet, finding);
    }

    public Diagnostic period(Period period) {
        return new Diagnostic(code, variant, file, line, column, unit, task, period, value, suggestion, args, sheet, finding);
    }

    /** The period by its id ("2022-Q2"), for a caller that holds only the id. */
    public Diagnostic period(String id) {
        return period(id == null ? null : Period.parse(id).orElseThrow(() -> new IllegalArgumentException("not a period: " + id)));
    }

    public Diagnostic value(Object value) {
        return new Diagnostic(code, variant, file, line, column, unit, task, period, value == null ? null : value.toString(), suggestion, args, sheet, finding);
    }

    /** The "did you mean": what the user most likely meant, or null. */
    public Diagnostic suggest(String suggestion) {
        return new Diagnostic(code, variant, file, line, column, unit, task, period, value, suggestion, args, sheet, finding);
    }

    /** A further fact a template names as {@code {name}}, kept as it is given (a date as a date); null as "". */
    public Diagnostic with(String name, Object fact) {
        Map<String, Object> m = new TreeMap<>(args);
        m.put(name, fact == null ? "" : fact);
        return new Diagnostic(code, variant, file, line, column, unit, task, period, value, suggestion, m, sheet, finding);
    }

    /** A further fact as text (a date or period as its ISO id), or null. */
    public String arg(String name) {
        Object fact = args.get(name);
        return fact == null ? null : fact.toString();
    }

    /** In a workbook: the sheet, and the cell ("D7", or null for a whole row) as the arg {@code cell}. */
    public Diagnostic sheet(String sheet, String cell) {
        Diagnostic d = new Diagnostic(code, variant, file, line, column, unit, task, period, value, suggestion, args, sheet, finding);
        return cell == null ? d : d.with("cell", cell);
    }

    /** This diagnostic of a row of a file with {@code header}: with its sheet and cell when the file is a workbook. */
    public Diagnostic placed(planreport.model.ReportHeader header) {
        if (header.sheet() == null) return this;
        return sheet(header.sheet(), header.cell(column == null ? null : column.toString(), line));
    }

    // ---- showing ----

    /** The message alone, in {@code lang}. */
    public String message(Lang lang) { return Catalogue.of(lang).message(this); }

    /** Compiler style, in {@code lang}: {@code file:line:col: lỗi[code]: message}. */
    public String format(Lang lang) { return Catalogue.of(lang).format(this); }

    // ---- order ----

    /** The one order of all diagnostics: file, line, column, code, then their facts; file-level ones first. */
    public static final Comparator<Diagnostic> ORDER = Comparator.naturalOrder();

    /** Written out rather than chained from key extractors: every run sorts, and the chain's set-up costs start-up time. */
    private static int order(Diagnostic a, Diagnostic b) {
        int c = nullsFirst(a.file, b.file);
        if (c == 0) c = nullsFirst(a.sheet, b.sheet);
        if (c == 0) c = nullsFirst(a.line, b.line);
        if (c == 0) c = columnKey(a.column).compareTo(columnKey(b.column));
        if (c == 0) c = a.code.id().compareTo(b.code.id());
        if (c == 0) c = nullsFirst(a.variant, b.variant);
        if (c == 0) c = nullsFirst(a.unit, b.unit);
        if (c == 0) c = nullsFirst(a.period, b.period);
        if (c == 0) c = nullsFirst(a.task, b.task);
        if (c == 0) c = nullsFirst(a.value, b.value);
        if (c == 0) c = a.args.toString().compareTo(b.args.toString());
        return c;
    }

    private static <T extends Comparable<T>> int nullsFirst(T a, T b) {
        if (a == null) return b == null ? 0 : -1;
        return b == null ? 1 : a.compareTo(b);
    }

    /** Columns are numbers (YAML) or header names (CSV); numbers sort as numbers. */
    private static String columnKey(Object column) {
        if (column == null) return "";
        if (!(column instanceof Integer i)) return column.toString();
        String digits = Integer.toString(Math.max(0, i));
        return "000000000".substring(Math.min(9, digits.length())) + digits;
    }

    @Override public int compareTo(Diagnostic o) { return order(this, o); }
}
