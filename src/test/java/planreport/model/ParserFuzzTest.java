package planreport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The period and timeframe parsers on the text people type: any period or wording written in an
 * accepted way reads back as exactly what was meant, and whatever is read from arbitrary text is
 * made of what the text says (its year, a consistent span), never invented.
 */
class ParserFuzzTest {
    private static final LocalDate TERM = LocalDate.of(2021, 10, 1);
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(60), nearWords());
    }

    /** Text close to what is accepted: the digits, letters and words of periods and timeframes. */
    @Provide
    Arbitrary<String> nearWords() {
        Arbitrary<String> near = Arbitraries.strings().withChars("0123456789/-.QqIiVvXx ").withChars("QuýquyNămnămTrongtrướcngàythường xuyên")
                .ofMaxLength(30);
        Arbitrary<String> pieces = Arbitraries.of("Trong quý ", "quý ", "Quý ", "năm ", "Năm ", "trước ngày ", "Bắt đầu thực hiện từ ",
                "6 tháng đầu năm ", "Thường xuyên", "IV", "II", "9", "0", "/", "-", "2022", "99999999999", "31/02/", "29/02/2023", "-Q",
                " và những năm tiếp theo", "\u0301", "\uFEFF").list().ofMaxSize(6).map(l -> String.join("", l));
        return Arbitraries.oneOf(near, pieces);
    }

    // ---- periods ----

    /** Random case for ASCII letters, the way people type. */
    private static String anyCase(String s, long bits) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(((bits >> (i % 63)) & 1) == 1 ? Character.toUpperCase(c) : Character.toLowerCase(c));
        }
        return b.toString();
    }

    @Property(tries = 500)
    void aPeriodWrittenAnyAcceptedWayReadsBack(@ForAll @IntRange(min = 1900, max = 2999) int year, @ForAll @IntRange(min = 1, max = 4) int quarter,
                                               @ForAll @IntRange(min = 0, max = 5) int style, @ForAll long bits,
                                               @ForAll("spaces") String s1, @ForAll("spaces") String s2) {
        String q = (bits & 1) == 0 ? ROMAN[quarter - 1] : Integer.toString(quarter);
        String sep = String.valueOf("/-.".charAt((int) Math.floorMod(bits >> 1, 3L)));
        String text = switch (style) {
            case 0 -> year + "-Q" + quarter;
            case 1 -> s1 + year + s2 + "-" + s1 + anyCase("q", bits) + quarter + s2;
            case 2 -> year + anyCase("q", bits) + quarter;
            case 3 -> "Quý " + q + s1 + sep + s2 + year;
            case 4 -> anyCase("quy", bits) + s1 + q + sep + year;
            default -> anyCase("QUÝ", bits) + " " + anyCase(q, bits >> 3) + s2 + sep + year;
        };
        assertEquals(Optional.of(new Period(year, quarter)), Period.parse(text), text);
    }

    @Provide
    Arbitrary<String> spaces() {
        return Arbitraries.of("", " ", "  ");
    }

    @Property(tries = 500)
    void aPeriodReadFromAnyTextIsMadeOfItsYearAndReadsBack(@ForAll("words") String s) {
        Optional<Period> p = Period.parse(s);
        p.ifPresent(q -> {
            assertTrue(Names.fold(s).contains(Integer.toString(q.year())), "the year " + q.year() + " is written in \"" + s + "\"");
            assertEquals(q, Period.parse(q.toString()).orElseThrow(), "2022-Q2 form reads back");
            assertEquals(q, Period.parse("Quý " + q.roman() + "/" + q.year()).orElseThrow(), "Quý II/2022 form reads back");
        });
    }

    @Property(tries = 500)
    void periodsIgnoreCaseAndDiacriticMarksAsWritten(@ForAll("nearWords") String s) {
        assertEquals(Period.parse(s), Period.parse(s.toUpperCase(Locale.ROOT)), "upper case: " + s);
        assertEquals(Period.parse(s), Period.parse(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)), "decomposed: " + s);
    }

    // ---- timeframes ----

    /** A wording of the plan's kinds, with what it must mean. */
    private record Wording(String text, Timeframe.Kind kind, LocalDate start, LocalDate due) {}

    @Provide
    Arbitrary<Wording> wordings() {
        Arbitrary<Integer> years = Arbitraries.integers().between(2021, 2030);
        Arbitrary<Integer> quarters = Arbitraries.integers().between(1, 4);
        Arbitrary<Boolean> roman = Arbitraries.of(true, false);
        Arbitrary<Wording> inQuarter = Combinators.combine(years, quarters, roman, Arbitraries.of("Trong quý ", "trong QUÝ ", "Quý ", "Trong quy "))
                .as((y, q, r, w) -> {
                    Period p = new Period(y, q);
                    return new Wording(w + (r ? ROMAN[q - 1] : q.toString()) + "/" + y, Timeframe.Kind.DEADLINE, p.start(), p.end());
                });
        Arbitrary<Wording> inYear = Combinators.combine(years, Arbitraries.of("Trong năm ", "Năm ", "trong nam "))
                .as((y, w) -> new Wording(w + y, Timeframe.Kind.DEADLINE, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
        Arbitrary<Wording> half = Combinators.combine(years, Arbitraries.of(true, false))
                .as((y, first) -> new Wording("Trong 6 tháng " + (first ? "đầu" : "cuối") + " năm " + y, Timeframe.Kind.DEADLINE,
                        LocalDate.of(y, first ? 1 : 7, 1), first ? LocalDate.of(y, 6, 30) : LocalDate.of(y, 12, 31)));
        Arbitrary<Wording> before = Arbitraries.integers().between(0, 365 * 9).map(TERM.minusDays(365)::plusDays)
                .map(d -> new Wording("Trước ngày " + d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear(), Timeframe.Kind.DEADLINE,
                        TERM.isAfter(d) ? Period.of(d).start() : TERM, d));
        Arbitrary<Wording> ongoing = Arbitraries.of("Thường xuyên", "thường xuyên.", "Thường xuyên, liên tục", "Hằng năm", "hàng quý")
                .map(w -> new Wording(w, Timeframe.Kind.ONGOING, TERM, null));
        Arbitrary<Wording> fromQuarter = Combinators.combine(years, quarters, roman)
                .as((y, q, r) -> new Wording("Bắt đầu thực hiện từ quý " + (r ? ROMAN[q - 1] : q.toString()) + "/" + y, Timeframe.Kind.ONGOING,
                        new Period(y, q).start(), null));
        Arbitrary<Wording> fromYear = Combinators.combine(years, Arbitraries.of("Từ năm %d", "Năm %d và những năm tiếp theo", "Năm %d trở đi"))
                .as((y, w) -> new Wording(String.format(w, y), Timeframe.Kind.ONGOING, LocalDate.of(y, 1, 1), null));
        return Arbitraries.oneOf(inQuarter, inYear, half, before, ongoing, fromQuarter, fromYear);
    }

    @Property(tries = 500)
    void aPlanWordingReadsAsWhatItMeans(@ForAll("wordings") Wording w) {
        Timeframe tf = Timeframe.parse(w.text(), TERM).orElseThrow(() -> new AssertionError("not understood: " + w.text()));
        assertEquals(w.kind(), tf.kind(), w.text());
        assertEquals(w.start(), tf.start(), w.text());
        assertEquals(w.due(), tf.due(), w.text());
        assertEquals(w.text(), tf.text(), "the wording is kept as written");
        assertEquals(Optional.of(tf), Timeframe.parse(w.text().toUpperCase(Locale.ROOT), TERM).map(t -> new Timeframe(t.kind(), t.start(), t.due(), w.text())),
                "case does not matter: " + w.text());
    }

    @Property(tries = 500)
    void aTimeframeReadFromAnyTextIsConsistentAndMadeOfItsYears(@ForAll("words") String s) {
        Optional<Timeframe> t = Timeframe.parse(s, TERM);
        t.ifPresent(tf -> {
            String folded = Names.fold(s);
            assertEquals(s, tf.text(), "the wording is kept as written");
            assertTrue(tf.start().equals(TERM) || tf.start().equals(Period.of(tf.start()).start()),
                    "starts with the term or on the first day of a quarter: " + tf + " from \"" + s + "\"");
            if (tf.ongoing()) {
                assertTrue(tf.start().equals(TERM) || folded.contains(Integer.toString(tf.start().getYear())), "its start year is written: " + tf);
            } else {
                assertFalse(tf.start().isAfter(tf.due()), "starts no later than it is due: " + tf);
                assertTrue(folded.contains(Integer.toString(tf.due().getYear())), "its due year is written: " + tf + " from \"" + s + "\"");
            }
        });
    }
}
