package planreport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Quarters as units and staff write them. */
class PeriodTest {
    @ParameterizedTest
    @ValueSource(strings = {"2022-Q2", "2022Q2", "2022-q2", " 2022 - Q2 ", "Quý II/2022", "quý 2/2022", "QUY II/2022", "Quý  II / 2022", "Quý II/2022",
            "Quý II năm 2022", "quý 2 năm 2022", "QUÝ II NĂM 2022", "Q2/2022", "q2/2022", "Q2 2022", "Quý II, năm 2022", "quý 2/năm 2022"})
    void readsEveryAcceptedSpelling(String text) {
        assertEquals(new Period(2022, 2), Period.parse(text).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2022", "2022-Q5", "Quý V/2022", "Q2", "II/22", "2022-Q0", "2 2022", "Quý II năm", "Q5/2022", "năm 2022"})
    void refusesOthers(String text) {
        assertTrue(Period.parse(text).isEmpty(), text);
    }

    @Test
    void boundsAndOrder() {
        Period p = new Period(2021, 4);
        assertEquals(LocalDate.of(2021, 10, 1), p.start());
        assertEquals(LocalDate.of(2021, 12, 31), p.end());
        assertEquals(new Period(2022, 1), p.next());
        assertEquals(p, p.next().previous());
        assertEquals("2021-Q4", p.toString());
        assertTrue(p.compareTo(p.next()) < 0);
    }
}
