package planreport.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The values units type into cells, the way Vietnamese spreadsheets write them. */
class ValuesTest {
    @Test
    void countsAcceptThousandsGroupedWithDotsCommasOrSpaces() {
        assertEquals(1200L, Values.count("1200"));
        assertEquals(1200L, Values.count("1.200"));
        assertEquals(1234567L, Values.count("1,234,567"));
        assertEquals(12000L, Values.count("12 000"));
        assertEquals(12000L, Values.count("12\u00a0000"));
        assertEquals(7L, Values.count(" 7 "));
    }

    @Test
    void countsRefuseWhatIsNotAWholeNumberNotBelowZero() {
        assertNull(Values.count("-3"));
        assertNull(Values.count("1.5"));
        assertNull(Values.count("12.00"), "a group of two digits is a decimal, not thousands");
        assertNull(Values.count("nhiều"));
        assertNull(Values.count("١٢"), "only ASCII digits");
        assertNull(Values.count(""));
        assertEquals(Long.MAX_VALUE, Values.count("99999999999999999999"), "beyond a long: above any bound, so Cells says indicator-too-large");
    }

    @Test
    void percentagesTakeASignAndADecimalCommaAndRefuseLetters() {
        assertEquals(80, Values.percent("80"));
        assertEquals(80, Values.percent("80 %"));
        assertEquals(81, Values.percent("80,5"));
        assertEquals(-1, Values.percent("120"));
        assertEquals(-1, Values.percent("-5"));
        assertNull(Values.percent("1e2"));
        assertNull(Values.percent("Infinity"));
        assertNull(Values.percent("abc"));
    }

    @Test
    void datesInIsoOrDayMonthYear() {
        assertEquals(LocalDate.of(2022, 3, 25), Values.date("2022-03-25"));
        assertEquals(LocalDate.of(2022, 3, 25), Values.date("25/3/2022"));
        assertEquals(LocalDate.of(2022, 3, 25), Values.date("25.03.2022"));
        assertEquals(LocalDate.of(2022, 3, 25), Values.date("25-03-2022"));
        assertNull(Values.date("31/02/2023"));
        assertNull(Values.date("15/07/23"));
    }
}
