package planreport.io;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Cell values as a CSV of them would hold them, so a workbook passes the same rules as a CSV: a date
 * cell as its ISO date (what the report's date rules read), a time of day as hh:mm, a percentage as
 * "80%", any other number as written, without grouping or exponent.
 */
final class XlsxValues extends DataFormatter {
    private final boolean date1904;

    XlsxValues(boolean date1904) {
        super(Locale.ROOT);
        this.date1904 = date1904;
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        return format(value, formatIndex, formatString);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
        return format(value, formatIndex, formatString);
    }

    String format(double value, int formatIndex, String formatString) {
        if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            // Excel's serial 60 is 29/02/1900, a day that never was (Lotus's leap-year error): as written, so the date rule refuses it
            if (!date1904 && Math.floor(value) == 60) return "1900-02-29";
            LocalDateTime t = DateUtil.getLocalDateTime(value, date1904);
            if (t != null) {
                if (value < 1) return String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute());
                return t.toLocalDate().toString();
            }
        }
        if (formatString != null && formatString.contains("%") && !formatString.contains("\"%")) {
            return plain(value * 100) + "%";
        }
        return plain(value);
    }

    static String plain(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return Double.toString(v);
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }
}
