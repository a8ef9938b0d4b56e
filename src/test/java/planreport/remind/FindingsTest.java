package planreport.remind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import planreport.Pipeline;
import planreport.check.Catalogue;
import planreport.check.Code;
import planreport.check.Diagnostic;
import planreport.check.Diagnostics;
import planreport.check.Finding;
import planreport.io.Reports;
import planreport.io.Source;
import planreport.model.Lang;
import planreport.model.Plan;
import planreport.model.Status;
import planreport.model.Timeframe;
import planreport.model.TinyPlan;

/**
 * The check tells its listener what it found as typed facts — tasks as a list, dates as dates — and
 * words each finding as its diagnostic; remind builds its letters from those facts, never from text.
 */
class FindingsTest {
    private static final LocalDate AS_OF = LocalDate.of(2022, 5, 10);

    /** T1 (group G: units A and B) is due 2022-03-31; A leads ongoing T2. Q1 reports were due 2022-04-15. */
    private static Plan plan() {
        return TinyPlan.of(new Timeframe(Timeframe.Kind.DEADLINE, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 3, 31), "Trước ngày 31/3/2022"),
                List.of());
    }

    /** A reported T1 not done, late, on 20/4/2022; B sent nothing, so A also misses T2. */
    private static List<Finding> check(Path dir, Diagnostics[] out) throws Exception {
        Path csv = dir.resolve("a.csv");
        Files.writeString(csv, "unit,period,task,status,progress,completed_on,submitted_on,result\n"
                + "a,2022-Q1,T1,in_progress,50,,2022-04-20,\n", StandardCharsets.UTF_8);
        List<Finding> heard = new ArrayList<>();
        Diagnostics ds = new Diagnostics(heard::add);
        Pipeline.check(plan(), List.of(new Source(csv.toString(), csv)), StandardCharsets.UTF_8, AS_OF, TinyPlan.Q1, ds, e -> {}, Reports.Progress.NONE);
        out[0] = ds;
        return heard;
    }

    @Test
    void theListenerHearsTypedFindings(@TempDir Path dir) throws Exception {
        Diagnostics[] ds = new Diagnostics[1];
        List<Finding> heard = check(dir, ds);
        LocalDate due = LocalDate.of(2022, 4, 15);
        assertEquals(List.of(
                new Finding.Overdue("a", "T1", TinyPlan.Q1, LocalDate.of(2022, 3, 31), Status.IN_PROGRESS),
                new Finding.LateReport("a", "T1", TinyPlan.Q1, LocalDate.of(2022, 4, 20), due),
                new Finding.MissingReport("a", "Đơn vị A", TinyPlan.Q1, List.of("T2"), due),
                new Finding.MissingReport("b", "Đơn vị B", TinyPlan.Q1, List.of("T1"), due)), heard);
        Finding.LateReport late = (Finding.LateReport) heard.get(1);
        assertEquals(LocalDate.class, late.submitted().getClass());
        assertEquals(1, ds[0].sorted().stream().filter(d -> d.finding() == late).count(), "its diagnostic carries it");
    }

    @Test
    void aMissingReportKeepsItsTasksAsAListAndItsDueDateAsADate() {
        Finding.MissingReport m = new Finding.MissingReport("a", "Đơn vị A", TinyPlan.Q2, List.of("T1", "T2"), LocalDate.of(2022, 7, 15));
        assertEquals(List.of("T1", "T2"), m.tasks());
        Diagnostic d = m.diagnostic();
        assertSame(m, d.finding());
        assertEquals(Code.MISSING_REPORT, d.code());
        assertEquals("many", d.variant());
        assertEquals(TinyPlan.Q2, d.period());
        assertEquals("2022-07-15", d.arg("due"), "as text, a date is its ISO id");
        assertEquals("“Đơn vị A” chưa gửi báo cáo quý II/2022 (hạn 15/7/2022) về các nhiệm vụ T1, T2", d.message(Lang.VI));
        assertEquals("\"Đơn vị A\" sent no report for 2022-Q2 (due 2022-07-15) on tasks T1, T2", d.message(Lang.EN));
        assertEquals("2022-Q2", Catalogue.of(Lang.EN).json(d).get("period"), "JSON gives the period's id");
    }

    @Test
    void lettersAreMadeOfTheFindings(@TempDir Path dir) throws Exception {
        Plan plan = plan();
        Reminders.Facts facts = new Reminders.Facts(plan, TinyPlan.Q1);
        Reminders.Sent sent = new Reminders.Sent(TinyPlan.Q1);
        LocalDate due = LocalDate.of(2022, 4, 15);
        facts.accept(new Finding.Overdue("a", "T1", TinyPlan.Q1, LocalDate.of(2022, 3, 31), Status.IN_PROGRESS));
        facts.accept(new Finding.LateReport("a", "T1", TinyPlan.Q1, LocalDate.of(2022, 4, 20), due));
        facts.accept(new Finding.MissingReport("a", "Đơn vị A", TinyPlan.Q1, List.of("T2"), due));
        facts.accept(new Finding.MissingReport("b", "Đơn vị B", TinyPlan.Q1, List.of("T1"), due));
        facts.accept(new Finding.MissingReport("b", "Đơn vị B", TinyPlan.Q2, List.of("T1"), LocalDate.of(2022, 7, 15))); // a later quarter: not this letter's
        Reminders r = Reminders.of(plan, TinyPlan.Q1, AS_OF, AS_OF.plusDays(7), facts, sent);

        // a is the monitoring body of the tiny plan: it writes the letters, so b alone gets one
        assertEquals(List.of("b"), r.letters().stream().map(Reminders.Letter::unitId).toList());
        Reminders.Letter b = r.letters().get(0);
        assertEquals(List.of(new Reminders.Missing(TinyPlan.Q1, due, 25, List.of(new Reminders.TaskRef("T1", "Việc có hạn")))), b.missing());
        assertEquals(1, b.consecutive());
        assertEquals(TinyPlan.Q1, b.consecutiveFrom());
        assertEquals(TinyPlan.Q1, b.consecutiveTo());
        assertEquals(new Reminders.NoticeTotals(2, 0, 0, 2), r.totals(), "both owed Q1 and neither sent every task");
    }

    @Test
    void theNoticeTotalsCountCompleteAndLateUnits() {
        Reminders.UnitState onTime = new Reminders.UnitState("a", "A", 1, 1, LocalDate.of(2022, 4, 10), 0, List.of(), 0, 0);
        Reminders.UnitState late = new Reminders.UnitState("b", "B", 1, 1, LocalDate.of(2022, 4, 20), 5, List.of(), 0, 0);
        Reminders.UnitState missing = new Reminders.UnitState("c", "C", 2, 1, null, 0, List.of("T2"), 1, 2);
        assertEquals(new Reminders.NoticeTotals(3, 2, 1, 1), Reminders.NoticeTotals.of(List.of(onTime, late, missing)));
        assertEquals(new Reminders.NoticeTotals(0, 0, 0, 0), Reminders.NoticeTotals.of(List.of()));
    }
}
