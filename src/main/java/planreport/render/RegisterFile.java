package planreport.render;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import planreport.model.Lang;
import planreport.model.Plan;
import planreport.model.Receipts;

/**
 * A receipt register (docs/register.md) written for the office to keep: one line per report given,
 * "Đã nhận" on the day it was sent, as {@code register init} starts it. The CSV is what Vietnamese
 * Excel opens (UTF-8 with a byte-order mark, ";" between cells, CRLF) and the workbook one sheet, both
 * written as the mail-merge list is ({@link MailMergeList}), so no unit name becomes a formula.
 */
public final class RegisterFile {
    private RegisterFile() {}

    /** The rows, header first: quarter, unit, state, day, note (empty), file. */
    public static List<List<String>> rows(Plan plan, List<Receipts.Entry> entries, Lang lang) {
        Messages msg = Messages.of(lang);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(msg.get("register.col_period"), msg.get("register.col_unit"), msg.get("register.col_state"), msg.get("register.col_date"),
                msg.get("register.col_note"), msg.get("register.col_file")));
        for (Receipts.Entry e : entries) {
            rows.add(List.of(e.period().toString(), plan.name(e.unitId()), msg.get("register.state_" + e.state().id()), msg.shortDate(e.date()),
                    e.note() == null ? "" : e.note(), e.file() == null ? "" : e.file()));
        }
        return rows;
    }

    /** The register of {@code entries} as a file named {@code name}: a workbook when it ends in .xlsx (dated {@code day}), else CSV. */
    public static byte[] write(Plan plan, List<Receipts.Entry> entries, Lang lang, String name, LocalDate day) throws IOException {
        List<List<String>> rows = rows(plan, entries, lang);
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? MailMergeList.xlsx(rows, Messages.of(lang).get("register.sheet"), day)
                : MailMergeList.csv(rows);
    }
}
