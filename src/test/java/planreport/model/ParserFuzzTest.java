package planreport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import planreport.validate.Values;

/** The value parsers people's text reaches: a value or nothing, never an exception, and only sane values. */
class ParserFuzzTest {

    @Provide
    Arbitrary<String> words() {
        Arbitrary<String> any = Arbitraries.strings().ofMaxLength(60);
        Arbitrary<String> near = Arbitraries.strings().withChars("0123456789/-.QqIiVvXx ").withChars("QuýquyNămnămTrongtrướcngàythường xuyên")
                .ofMaxLength(30);
        Arbitrary<String> pieces = Arbitraries.of("Trong quý ", "quý ", "Quý ", "năm ", "Năm ", "trước ngày ", "Bắt đầu thực hiện từ ",
                "6 tháng đầu năm ", "Thường xuyên", "IV", "II", "9", "0", "/", "-", "2022", "99999999999", "31/02/", "29/02/2023", "-Q",
                " và những năm tiếp theo", "\u0301", "\uFEFF").list().ofMaxSize(6).map(l -> String.join("", l));
        return Arbitraries.oneOf(any, near, pieces);
    }

    @Property(tries = 500)
    void periodParseGivesAValidQuarterOrNothing(@ForAll("words") String s) {
        Optional<Period> p = Period.parse(s);
        p.ifPresent(q -> {
            assertTrue(q.quarter() >= 1 && q.quarter() <= 4);
            assertEquals(q, Period.parse(q.toString()).orElseThrow(), "a parsed period reads back");
        });
    }

    @Property(tries = 500)
    void timeframeParseGivesAConsistentTimeframeOrNothing(@ForAll("words") String s) {
        Optional<Timeframe> t = Timeframe.parse(s, LocalDate.of(2021, 10, 1));
        t.ifPresent(tf -> {
            assertTrue(tf.start() != null);
            assertTrue(tf.ongoing() == (tf.due() == null));
        });
    }

    @Property(tries = 500)
    void dateParseGivesARealDateOrNull(@ForAll("dates") String s) {
        LocalDate d = Values.date(s);
        if (d != null) assertTrue(d.getYear() >= 0 && d.getYear() <= 9999, s + " → " + d);
    }

    @Provide
    Arbitrary<String> dates() {
        Arbitrary<String> shaped = Arbitraries.strings().withChars("0123456789/-. ").ofMaxLength(14);
        Arbitrary<String> built = Arbitraries.integers().between(-5, 40).flatMap(d -> Arbitraries.integers().between(-1, 14)
                .flatMap(m -> Arbitraries.integers().between(0, 99999).flatMap(y -> Arbitraries.of("/", "-", ".", "/ ", "")
                        .map(sep -> d + sep + m + sep + y))));
        return Arbitraries.oneOf(shaped, built, Arbitraries.strings().ofMaxLength(20));
    }
}
