package planreport.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a task is carried out: by a deadline, or on an ongoing basis from a date.
 * {@code start} is the first day work is expected; {@code due} is null for ongoing tasks.
 */
public record Timeframe(Kind kind, LocalDate start, LocalDate due, String text) {

    /** Deadline tasks can be late; ongoing ("thường xuyên") ones cannot. */
    public enum Kind { DEADLINE, ONGOING }

    private static final String Q = "(i{1,3}|iv|[1-4])";
    private static final String Y = "(\\d{4})";
    private static final Pattern IN_QUARTER = Pattern.compile("(?:trong|trong thoi gian|den het)?\\s*quy\\s*" + Q + "\\s*[/\\-.]\\s*(?:nam\\s*)?" + Y);
    private static final Pattern QUARTER_OF_YEAR = Pattern.compile("(?:trong\\s*)?quy\\s*" + Q + "\\s+nam\\s+" + Y);
    private static final Pattern IN_YEAR = Pattern.compile("(?:trong\\s*)?nam\\s*" + Y);
    private static final Pattern HALF = Pattern.compile("(?:trong\\s*)?6 thang (dau|cuoi) nam\\s*" + Y);
    private static final Pattern BEFORE = Pattern.compile("(?:truoc|cham nhat|han chot|truoc ngay|den ngay|cham nhat ngay|truoc ngay)\\s*(?:ngay\\s*)?(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*" + Y);
    private static final Pattern FROM_QUARTER = Pattern.compile("(?:bat dau\\s*)?(?:thuc hien\\s*)?tu\\s*quy\\s*" + Q + "\\s*[/\\-.]\\s*(?:nam\\s*)?" + Y + ".*");
    private static final Pattern FROM_YEAR = Pattern.compile("(?:(?:bat dau\\s*)?(?:thuc hien\\s*)?tu\\s*)?nam\\s*" + Y + "\\s*(?:va nhung nam tiep theo|va cac nam tiep theo|tro di|ve sau)");
    private static final Pattern FROM_YEAR2 = Pattern.compile("(?:bat dau\\s*)?(?:thuc hien\\s*)?tu\\s*nam\\s*" + Y + ".*");
    private static final Pattern ONGOING = Pattern.compile("thuong xuyen(?:,? lien tuc)?|hang nam|hang quy|lien tuc|thuong xuyen, hang nam");

    public Timeframe {
        if (kind == Kind.DEADLINE && due == null) throw new IllegalArgumentException("deadline without due date");
        if (start == null) throw new IllegalArgumentException("start");
    }

    /**
     * Parses the plan's own Vietnamese wording ("Trong quý IV/2021", "Thường xuyên",
     * "Năm 2022 và những năm tiếp theo"…). Empty when the wording is not understood.
     */
    public static Optional<Timeframe> parse(String text, LocalDate termStart) {
        // a date outside the years of a period (Trước ngày 1/1/9202) is not a plan's timeframe
        return read(text, termStart).filter(t -> Period.inRange(t.start()) && (t.due() == null || Period.inRange(t.due())));
    }

    private static Optional<Timeframe> read(String text, LocalDate termStart) {
        if (text == null) return Optional.empty();
        String s = Names.fold(text).replaceAll("[.;:]+$", "").strip();
        try {
            Matcher m;
            if (ONGOING.matcher(s).matches()) return Optional.of(new Timeframe(Kind.ONGOING, termStart, null, text));
            if ((m = IN_QUARTER.matcher(s)).matches() || (m = QUARTER_OF_YEAR.matcher(s)).matches()) {
                Period p = new Period(Integer.parseInt(m.group(2)), Period.quarterNumber(m.group(1)));
                return Optional.of(new Timeframe(Kind.DEADLINE, p.start(), p.end(), text));
            }
            if ((m = HALF.matcher(s)).matches()) {
                int y = Integer.parseInt(m.group(2));
                boolean first = m.group(1).equals("dau");
                return Optional.of(new Timeframe(Kind.DEADLINE, LocalDate.of(y, first ? 1 : 7, 1),
                        LocalDate.of(y, first ? 6 : 12, first ? 30 : 31), text));
            }
            if ((m = BEFORE.matcher(s)).matches()) {
                LocalDate due = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
                LocalDate start = termStart.isAfter(due) ? Period.of(due).start() : termStart;
                return Optional.of(new Timeframe(Kind.DEADLINE, start, due, text));
            }
            if ((m = FROM_QUARTER.matcher(s)).matches()) {
                Period p = new Period(Integer.parseInt(m.group(2)), Period.quarterNumber(m.group(1)));
                return Optional.of(new Timeframe(Kind.ONGOING, p.start(), null, text));
            }
            if ((m = FROM_YEAR.matcher(s)).matches() || (m = FROM_YEAR2.matcher(s)).matches()) {
                return Optional.of(new Timeframe(Kind.ONGOING, LocalDate.of(Integer.parseInt(m.group(1)), 1, 1), null, text));
            }
            if ((m = IN_YEAR.matcher(s)).matches()) {
                int y = Integer.parseInt(m.group(1));
                return Optional.of(new Timeframe(Kind.DEADLINE, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), text));
            }
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The wording of a timeframe the plan gives by dates alone ({@code due:} or {@code from:}, no
     * {@code text:}): "Trước ngày 2022-06-30", "Từ ngày 2022-01-01" (keys timeframe.due and
     * timeframe.from of the message catalogue). It stands where the plan's own wording would, and
     * every output shows that as the plan wrote it, so it is worded in the plan's language,
     * Vietnamese, whatever the output's.
     */
    public static String wording(LocalDate due, LocalDate from) {
        return due != null ? TextFile.fill(PlanWords.TEXT.get("timeframe.due"), "due", due)
                : TextFile.fill(PlanWords.TEXT.get("timeframe.from"), "from", from);
    }

    /** The plan's language's catalogue, read when a timeframe first needs it (most plans word every one). */
    private static final class PlanWords {
        static final Map<String, String> TEXT = TextFile.load("/messages/" + Lang.VI.tag() + ".properties");
    }

    public boolean ongoing() { return kind == Kind.ONGOING; }

    /**
     * Whether the deadline has come by {@code day}: a task not done then is overdue (quá hạn). The
     * one rule of validate's overdue, the classification and the review's directions; false for an
     * ongoing task.
     */
    public boolean deadlinePassedBy(LocalDate day) { return due != null && !due.isAfter(day); }

    /** Whether work completed on {@code completedOn} was completed after the deadline (hoàn thành quá hạn); false for an ongoing task. */
    public boolean completedLate(LocalDate completedOn) { return due != null && completedOn != null && completedOn.isAfter(due); }

    /** The period holding the deadline; null for ongoing tasks. */
    public Period duePeriod() { return due == null ? null : Period.of(due); }
}
