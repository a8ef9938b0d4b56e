package planreport.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The office's receipt register (sổ theo dõi tiếp nhận báo cáo): per unit and quarter, what happened
 * to its report and when — received, returned to the unit for correction, accepted — as the office
 * records it (docs/register.md). The latest entry dated on or before the day judged decides: a
 * report whose latest entry is "returned" is not received (its rows are set aside and the unit still
 * owes it); one "received" or "accepted" was received even when its file is not among those given, so
 * a later run knows the history without every old folder.
 */
public final class Receipts {
    /** What the office did with a report. */
    public enum State implements Identified {
        RECEIVED("received", List.of("da nhan", "nhan", "tiep nhan", "da tiep nhan", "nhan lai", "da nhan lai")),
        RETURNED("returned", List.of("tra lai", "da tra lai", "tra lai de sua", "tra lai de chinh sua", "tra ve", "yeu cau sua")),
        ACCEPTED("accepted", List.of("chap nhan", "da chap nhan", "hop le", "dat", "da duyet"));

        private final String id;
        private final List<String> spellings;

        State(String id, List<String> spellings) {
            this.id = id;
            this.spellings = spellings;
        }

        @Override public String id() { return id; }

        /** The English id or an office's wording ("Đã nhận", "Trả lại để sửa", "Đã chấp nhận"), in any case, with or without diacritics. */
        public static Optional<State> parse(String text) {
            if (text == null) return Optional.empty();
            String f = Names.fold(text).replace('_', ' ').replace('-', ' ').replaceAll("\\s+", " ").strip();
            for (State s : values()) if (s.id.equals(f) || s.spellings.contains(f)) return Optional.of(s);
            return Optional.empty();
        }
    }

    /** One line of the register: a unit's report of a quarter, what was done with it on a day, a note (why returned), and where the line is. */
    public record Entry(String unitId, Period period, State state, LocalDate date, String note, String file, long line) {}

    /** No register: every report given counts, none is known beyond them. */
    public static final Receipts NONE = new Receipts(List.of());

    private final List<Entry> entries;
    /** (unit, period) → its entries in the order of the file. */
    private final Map<String, List<Entry>> byReport = new HashMap<>();

    private Receipts(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (Entry e : this.entries) byReport.computeIfAbsent(key(e.unitId(), e.period()), k -> new ArrayList<>()).add(e);
    }

    public static Receipts of(List<Entry> entries) { return entries.isEmpty() ? NONE : new Receipts(entries); }

    private static String key(String unit, Period p) { return unit + "\u0000" + p; }

    public List<Entry> entries() { return entries; }

    public boolean isEmpty() { return entries.isEmpty(); }

    /** The entry that decides a unit's report of {@code p} as of {@code day}: the latest dated on or before it (of one day, the last written); null when none. */
    public Entry latest(String unitId, Period p, LocalDate day) {
        Entry best = null;
        for (Entry e : byReport.getOrDefault(key(unitId, p), List.of())) {
            if (day != null && e.date().isAfter(day)) continue;
            if (best == null || !e.date().isBefore(best.date())) best = e;
        }
        return best;
    }

    /** Whether the unit's report of {@code p} was returned for correction and not received again, as of {@code day}. */
    public boolean returned(String unitId, Period p, LocalDate day) {
        Entry e = latest(unitId, p, day);
        return e != null && e.state() == State.RETURNED;
    }

    /** Whether the unit's report of {@code p} was received (or accepted), as of {@code day}. */
    public boolean received(String unitId, Period p, LocalDate day) {
        Entry e = latest(unitId, p, day);
        return e != null && e.state() != State.RETURNED;
    }

    /** The quarters the register records anything of, as of {@code day}, first to last: the office kept track of them. */
    public List<Period> periods(LocalDate day) {
        TreeSet<Period> set = new TreeSet<>();
        for (Entry e : entries) if (day == null || !e.date().isAfter(day)) set.add(e.period());
        return Collections.unmodifiableList(new ArrayList<>(set));
    }
}
