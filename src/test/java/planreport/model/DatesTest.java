package planreport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A day as people type it, for report cells and the command line alike. */
class DatesTest {
    @ParameterizedTest
    @ValueSource(strings = {"2023-07-20", "20/07/2023", "20/7/2023", " 20/7/2023 ", "20-07-2023", "20.7.2023"})
    void readsTheWaysADayIsWritten(String text) {
        assertEquals(LocalDate.of(2023, 7, 20), Dates.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "20/07/23", "2023/07/20", "31/6/2023", "20/13/2023", "7/20/2023x", "20//2023", "20/07/0023", "ngày 20/7/2023"})
    void refusesWhatIsNotADay(String text) {
        assertNull(Dates.parse(text), text);
    }
}
