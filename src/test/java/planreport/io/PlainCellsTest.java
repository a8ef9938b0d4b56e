package planreport.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import planreport.check.Diagnostics;
import planreport.model.ControlChars;
import planreport.model.Names;
import planreport.model.ReportRow;

/**
 * The CSV reader looks at each character of a cell once for both of its questions (already NFC?
 * a control character?), and a row of plain cells is not looked at again on the way in.
 */
class PlainCellsTest {

    /** A plain cell is one Names.nfc leaves as it is and ControlChars finds nothing in; every character of the BMP, alone and beside others. */
    @Test
    void aPlainCellIsNfcAndClean() {
        int plain = 0;
        for (int c = 0; c <= 0xFFFF; c++) {
            String s = "a" + (char) c + "ế";
            if (ReportReader.plain(s)) {
                plain++;
                assertSame(s, Names.nfc(s), Integer.toHexString(c));
                assertEquals(-1, ControlChars.firstBad(s), Integer.toHexString(c));
            }
        }
        assertTrue(plain > 1000, "plain characters: " + plain);
        assertFalse(ReportReader.plain("a\u001Ab"));
        assertFalse(ReportReader.plain("e\u0301"));
        assertFalse(ReportReader.plain("\uFFFE"));
        assertFalse(ReportReader.plain("\uD83D"));
        assertTrue(ReportReader.plain("Đảng ủy Quân sự tỉnh\t“Tết” – 12/6/2021 …"));
    }

    /** Rows of plain cells come marked checked, and pass the way in untouched; a row with a control character is looked at and cleaned. */
    @Test
    void onlyARowWithAStrangeCharacterIsLookedAtAgain() throws Exception {
        String csv = "unit,period,task,status,progress,completed_on,submitted_on,result\n"
                + "so-tu-phap,2023-Q2,1.1,in_progress,50,,2023-07-05,Tổ chức 3 hội nghị\n"
                + "so-tu-phap,2023-Q2,1.2,in_progress,50,,2023-07-05,Tổ chức\u001A 4 hội nghị\n"
                + "so-tu-phap,2023-Q2,1.3,in_progress,50,,2023-07-05,Cafe\u0301\n";
        planreport.model.Plan plan = planreport.io.PlanReader.read(java.nio.file.Path.of("plan.yaml"), "plan.yaml").plan();
        List<ReportRow> rows = new ArrayList<>();
        Diagnostics out = new Diagnostics();
        ReportReader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "r.csv", 0, null, plan, out, rows::add);
        assertEquals(3, rows.size());
        assertTrue(rows.get(0).checked());
        assertFalse(rows.get(1).checked());
        assertFalse(rows.get(2).checked());
        assertSame(rows.get(0), TextGuard.clean(rows.get(0), out));
        assertEquals(0, out.sorted().size());
        ReportRow cleaned = TextGuard.clean(rows.get(1), out);
        assertEquals("Tổ chức 4 hội nghị", cleaned.get(planreport.model.ReportColumn.RESULT));
        assertEquals(1, out.sorted().size());
        assertEquals("Café", rows.get(2).get(planreport.model.ReportColumn.RESULT)); // made NFC by the reader
        assertSame(rows.get(2), TextGuard.clean(rows.get(2), out));
    }
}
