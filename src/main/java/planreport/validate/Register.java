package planreport.validate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import planreport.check.Code;
import planreport.check.Diagnostic;
import planreport.check.Diagnostics;
import planreport.io.RegisterReader;
import planreport.io.RegisterReader.Column;
import planreport.model.Period;
import planreport.model.Plan;
import planreport.model.Receipts;

/**
 * The office's receipt register read against the plan (docs/register.md): each row's unit, quarter,
 * state and date checked as a report's cells are ({@link Cells}: unknown-unit with "did you mean",
 * bad-period, period-outside-plan, bad-date), a state or date missing or not understood a
 * {@code register} error, every diagnostic at the register's file and line (a workbook's cell). Rows
 * in error are left out; the others are the {@link Receipts}.
 */
public final class Register {
    private Register() {}

    /** The receipts of {@code file}, or null when it cannot be read at all; its problems go to {@code out}. */
    public static Receipts read(Path file, Plan plan, Diagnostics out) {
        List<RegisterReader.Row> rows = RegisterReader.read(file, out);
        if (rows == null) return null;
        String name = file.toString();
        Cells cells = new Cells(plan);
        List<Receipts.Entry> entries = new ArrayList<>();
        for (RegisterReader.Row r : rows) {
            List<Diagnostic> found = new ArrayList<>();
            String unit = value(cells.unit(r.get(Column.UNIT)), found, r, Column.UNIT, name);
            Period period = value(cells.period(r.get(Column.PERIOD)), found, r, Column.PERIOD, name);
            Receipts.State state = null;
            String s = r.get(Column.STATE);
            if (s == null || s.isEmpty()) found.add(at(Diagnostic.of(Code.REGISTER, "no-state"), r, Column.STATE, name));
            else {
                state = Receipts.State.parse(s).orElse(null);
                if (state == null) found.add(at(Diagnostic.of(Code.REGISTER, "state").value(s), r, Column.STATE, name));
            }
            LocalDate date = null;
            String d = r.get(Column.DATE);
            if (d == null || d.isEmpty()) found.add(at(Diagnostic.of(Code.REGISTER, "no-date"), r, Column.DATE, name));
            else date = value(cells.date(d), found, r, Column.DATE, name);
            boolean error = false;
            for (Diagnostic x : found) {
                out.add(x);
                error |= x.severity() == planreport.check.Severity.ERROR;
            }
            if (error || unit == null || period == null || state == null || date == null) continue;
            String note = r.get(Column.NOTE);
            String f = r.get(Column.FILE);
            entries.add(new Receipts.Entry(unit, period, state, date, note == null || note.isEmpty() ? null : note,
                    f == null || f.isEmpty() ? null : f, r.line()));
        }
        return Receipts.of(entries);
    }

    private static <T> T value(Cells.Read<T> read, List<Diagnostic> found, RegisterReader.Row r, Column c, String name) {
        if (read.problem() != null) found.add(at(read.problem(), r, c, name));
        return read.value();
    }

    private static Diagnostic at(Diagnostic d, RegisterReader.Row r, Column c, String name) {
        return d.at(name, r.line(), r.where(c));
    }

    /**
     * The reports that came as files no command could read — skipped in a folder ({@code ignored-file}:
     * a PDF, a Word file; not a lock file or a subfolder), or refused whole (a damaged or protected
     * workbook, a text in another encoding, a sheet without the form's columns) — each with the unit
     * and quarter its name gives, as {@code forms} names them ("2023-Q3_so-tu-phap.pdf"; the parts in
     * either order, the unit by its id, name or alias). A file whose name gives no unit and quarter is
     * left to its own diagnostic.
     */
    public static List<planreport.model.Held> unread(Plan plan, List<Diagnostic> problems) {
        Cells cells = new Cells(plan);
        java.util.Map<String, planreport.model.Held> out = new java.util.LinkedHashMap<>();
        for (Diagnostic d : problems) {
            if (d.file() == null || !wholeFile(d) || out.containsKey(d.file())) continue;
            String base = Path.of(d.file()).getFileName().toString();
            int dot = base.lastIndexOf('.');
            if (dot > 0) base = base.substring(0, dot);
            String[] parts = base.split("_");
            for (int i = 0; i < parts.length; i++) {
                Period p = Period.parse(parts[i]).orElse(null);
                if (p == null || !plan.reporting().inTerm(p)) continue;
                List<String> rest = new ArrayList<>(List.of(parts));
                rest.remove(i);
                String unit = rest.isEmpty() ? null : cells.unit(String.join("_", rest)).value();
                if (unit == null && !rest.isEmpty()) unit = cells.unit(String.join(" ", rest).replace('-', ' ')).value();
                if (unit != null) out.put(d.file(), new planreport.model.Held(unit, p, planreport.model.Held.Reason.UNREADABLE, null, d.file()));
                break;
            }
        }
        return List.copyOf(out.values());
    }

    /** The workbook problems that leave none of the file read (not those of one row or cell). */
    private static final java.util.Set<String> WHOLE_WORKBOOK = java.util.Set.of("encrypted", "no-sheet", "not-ods", "not-xls", "not-xlsx",
            "too-large", "unsafe", "file-too-large", "too-many-parts", "duplicate-parts", "damaged", "no-workbook", "docx", "pptx", "no-sheets", "ods");

    /** Whether a diagnostic says its whole file could not be read as a report. */
    private static boolean wholeFile(Diagnostic d) {
        return switch (d.code()) {
            case IGNORED_FILE -> !"lock".equals(d.variant()) && !"folder".equals(d.variant());
            case WORKBOOK -> WHOLE_WORKBOOK.contains(d.variant());
            case ENCODING, MISSING_COLUMN -> true;
            case CSV_SYNTAX -> "binary".equals(d.variant()) || "unicode".equals(d.variant()) || "unreadable".equals(d.variant());
            case INPUT -> "read-failed".equals(d.variant());
            default -> false;
        };
    }
}
