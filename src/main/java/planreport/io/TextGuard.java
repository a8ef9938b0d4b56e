package planreport.io;

import java.util.List;

import planreport.check.Code;
import planreport.check.Diagnostic;
import planreport.check.Diagnostics;
import planreport.model.ControlChars;
import planreport.model.ReportColumn;
import planreport.model.ReportRow;

/**
 * The way in for text: a cell that carries a character no text may hold ({@link ControlChars}: a
 * stray Ctrl-Z, an escape sequence) gets a control-character warning at its file, line and column,
 * and is handed on without it. One unit's stray character must not stop a province's report, and
 * nothing downstream (checks, renderers, the terminal) ever sees it. Every report format's rows
 * pass here ({@link Reports#read}).
 */
final class TextGuard {
    private TextGuard() {}

    /** {@code r}, or a copy with its bad characters dropped (and a warning per such cell in {@code out}). */
    static ReportRow clean(ReportRow r, Diagnostics out) {
        if (r.checked()) return r; // its reader has looked at every character already (ReportReader)
        String[] cells = null, ind = null;
        List<String> all = r.cells(), indicators = r.indicators();
        for (int c = 0, n = all.size(); c < n; c++) {
            String v = all.get(c);
            int at = ControlChars.firstBad(v);
            if (at < 0) continue;
            if (cells == null) cells = r.cells().toArray(new String[0]);
            cells[c] = clean(v, at, r, r.column(ReportColumn.values()[c]), out);
        }
        for (int k = 0, n = indicators.size(); k < n; k++) {
            String v = indicators.get(k);
            int at = ControlChars.firstBad(v);
            if (at < 0) continue;
            if (ind == null) ind = r.indicators().toArray(new String[0]);
            ind[k] = clean(v, at, r, r.header().indicatorName(k), out);
        }
        if (cells == null && ind == null) return r;
        return ReportRow.of(r.header(), r.line(), cells != null ? cells : r.cells().toArray(new String[0]),
                ind != null ? ind : r.indicators().toArray(new String[0]));
    }

    /** In a workbook the warning names the sheet and cell ("Báo cáo!H2"), as every other of its row. */
    private static String clean(String v, int at, ReportRow r, String column, Diagnostics out) {
        String s = ControlChars.strip(v).strip();
        out.add(Diagnostic.of(Code.CONTROL_CHARACTER).at(r.file(), r.line(), column).placed(r.header()).with("column", column)
                .with("char", ControlChars.name(v.charAt(at))).with("position", at + 1).with("count", v.length() - ControlChars.strip(v).length()));
        return s;
    }
}
