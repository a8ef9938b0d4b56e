package planreport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The plan's Vietnamese timeframe wordings, parsed as the seed means them. */
class TimeframeTest {
    private static final LocalDate TERM = LocalDate.of(2021, 10, 1);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Trong quý IV/2021              | DEADLINE | 2021-10-01 | 2021-12-31",
            "Trong quý I/2022               | DEADLINE | 2022-01-01 | 2022-03-31",
            "trong QUÝ 3/2022               | DEADLINE | 2022-07-01 | 2022-09-30",
            "Trong  quý   II / 2023.        | DEADLINE | 2023-04-01 | 2023-06-30",
            "Trong quy IV/2021              | DEADLINE | 2021-10-01 | 2021-12-31",
            "Trong năm 2022                 | DEADLINE | 2022-01-01 | 2022-12-31",
            "Trong 6 tháng đầu năm 2022     | DEADLINE | 2022-01-01 | 2022-06-30",
            "Trong 6 tháng cuối năm 2022    | DEADLINE | 2022-07-01 | 2022-12-31",
            "Trước ngày 30/6/2022           | DEADLINE | 2021-10-01 | 2022-06-30",
            "Thường xuyên                   | ONGOING  | 2021-10-01 |",
            "thường xuyên.                  | ONGOING  | 2021-10-01 |",
            "Năm 2022 và những năm tiếp theo | ONGOING | 2022-01-01 |",
            "Bắt đầu thực hiện từ quý I/2022 | ONGOING | 2022-01-01 |",
            "Từ năm 2023                    | ONGOING  | 2023-01-01 |",
    })
    void parsesTheSeedsWordings(String text, Timeframe.Kind kind, LocalDate start, LocalDate due) {
        Timeframe tf = Timeframe.parse(text, TERM).orElseThrow(() -> new AssertionError("not parsed: " + text));
        assertEquals(kind, tf.kind());
        assertEquals(start, tf.start());
        assertEquals(due, tf.due());
        assertEquals(text, tf.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Sớm", "Trong quý V/2022", "Trong quý 0/2022", "Trước ngày 31/02/2022", "quý IV", "2022",
            "Trước ngày 1/1/9202", "Năm 1899", "Từ năm 3000 trở đi"})
    void refusesWhatItCannotRead(String text) {
        assertTrue(Timeframe.parse(text, TERM).isEmpty(), text);
    }
}
