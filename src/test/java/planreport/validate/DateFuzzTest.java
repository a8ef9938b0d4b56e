package planreport.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The date cells units type: any real date written in an accepted way reads back as that date, and
 * a date read from any text is the day, month and year written there, never a rolled-over one
 * (31/02 is not 3 March).
 */
class DateFuzzTest {

    @Property(tries = 500)
    void aRealDateWrittenAnyAcceptedWayReadsBack(@ForAll("realDates") LocalDate d, @ForAll @IntRange(min = 0, max = 4) int style,
                                                 @ForAll boolean padded, @ForAll("spaces") String around) {
        String dd = padded ? String.format("%02d", d.getDayOfMonth()) : Integer.toString(d.getDayOfMonth());
        String mm = padded ? String.format("%02d", d.getMonthValue()) : Integer.toString(d.getMonthValue());
        String text = switch (style) {
            case 0 -> d.toString();
            case 1 -> dd + "/" + mm + "/" + d.getYear();
            case 2 -> dd + "-" + mm + "-" + d.getYear();
            case 3 -> dd + "." + mm + "." + d.getYear();
            default -> dd + "/" + mm + "." + d.getYear();
        };
        assertEquals(d, Values.date(around + text + around), "\"" + around + text + around + "\"");
    }

    @Provide
    Arbitrary<LocalDate> realDates() {
        // the years a report date may lie in (planreport.model.Period.MIN_YEAR..MAX_YEAR); others are bad-date (HostileBreaksTest)
        return Arbitraries.longs().between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2999, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<String> spaces() {
        return Arbitraries.of("", " ", "\t", "  ");
    }

    @Property(tries = 500)
    void aDateReadFromAnyTextIsTheOneWritten(@ForAll("dates") String s) {
        LocalDate d = Values.date(s);
        if (d == null) return;
        List<Integer> numbers = new ArrayList<>();
        // any decimal digits: the day/month/year form also takes non-ASCII ones ("٢٥/٠٣/٢٠٢٢"), unlike counts
        for (String part : s.split("\\P{Nd}+")) if (!part.isEmpty()) numbers.add(Integer.parseInt(part));
        List<Integer> ymd = List.of(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
        List<Integer> dmy = List.of(d.getDayOfMonth(), d.getMonthValue(), d.getYear());
        assertTrue(numbers.equals(ymd) || numbers.equals(dmy), "\"" + s + "\" read as " + d);
    }

    @Provide
    Arbitrary<String> dates() {
        Arbitrary<String> shaped = Arbitraries.strings().withChars("0123456789/-. +").ofMaxLength(14);
        Arbitrary<String> built = Arbitraries.integers().between(-5, 40).flatMap(d -> Arbitraries.integers().between(-1, 14)
                .flatMap(m -> Arbitraries.integers().between(0, 99999).flatMap(y -> Arbitraries.of("/", "-", ".", "/ ", "")
                        .map(sep -> d + sep + m + sep + y))));
        return Arbitraries.oneOf(shaped, built, Arbitraries.strings().ofMaxLength(20));
    }
}
