package planreport.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import planreport.model.Indicator;
import planreport.model.Period;
import planreport.model.Plan;
import planreport.model.Reporting;
import planreport.model.Status;
import planreport.model.Task;
import planreport.model.Timeframe;
import planreport.model.TinyPlan;
import planreport.report.Assessment.NoteGroup;

/**
 * The review's rules without rendering anything: the scope of a window, the pace of an indicator,
 * the reporting rate that counts as a strength, overdue tasks against those due next quarter or
 * later, the units to chase, and the grouping of identical notes. Reports come from the hand-made
 * plan of {@link ClassifyTest} (deadline task T1 led by group G = units A and B; ongoing T2 led by A).
 */
class AssessmentTest {
    static final Period Q1 = TinyPlan.Q1, Q2 = TinyPlan.Q2, Q3 = TinyPlan.Q3, Q4 = TinyPlan.Q4;
    static final LocalDate AFTER_Q2_DUE = LocalDate.of(2022, 7, 16);

    /** The plan of ClassifyTest with its term moved to {@code from}..{@code to}. */
    static Plan term(Period from, Period to) {
        Plan p = ClassifyTest.plan();
        return new Plan(p.info(), p.purposes(), new Reporting(15, Reporting.Cutoff.CALENDAR, from, to, false, null), p.sections(),
                p.duties(), p.bodies(), p.indicators());
    }

    /** The plan with T1 due on {@code due}. */
    static Plan dueOn(String due) {
        return TinyPlan.of(new Timeframe(Timeframe.Kind.DEADLINE, LocalDate.of(2022, 1, 1), LocalDate.parse(due), "Trước " + due),
                ClassifyTest.plan().indicators());
    }

    static Assessment assess(Plan plan, Window w, planreport.model.Entry... rows) {
        return Assessment.of(Aggregator.aggregate(plan, w, ClassifyTest.collect(rows), List.of()));
    }

    /** A report of the plan over {@code w} with only these reporting figures, indicators and difficulties. */
    static Report report(Window w, Report.Tally total, List<Report.IndicatorResult> indicators, List<Report.Note> difficulties) {
        return new Report(ClassifyTest.plan(), w, List.of(), Map.of(), new Report.DeadlineTotals(0, 0, 0, 0, 0, 0), List.of(), total,
                List.of(), indicators, difficulties, List.of(), List.of(), List.of(), List.of());
    }

    static <T extends Point> List<T> of(List<Point> points, Class<T> kind) {
        List<T> out = new ArrayList<>();
        for (Point p : points) if (kind.isInstance(p)) out.add(kind.cast(p));
        return out;
    }

    static List<String> ids(List<Task> tasks) { return tasks.stream().map(Task::id).toList(); }

    // ---- scope ----

    @Test
    void aQuarterIsAPeriodSevenQuartersAcrossYearsAMilestoneOfTwoYearsAndTheWholeTermFinal() {
        Plan plan = term(new Period(2021, 4), new Period(2025, 4));
        LocalDate asOf = LocalDate.of(2023, 7, 20);
        Window quarter = Window.quarter(new Period(2023, 2), asOf);
        assertEquals(Scope.PERIOD, Assessment.scope(quarter, plan));
        assertEquals(1, Assessment.years(quarter));

        Window seven = Window.range(new Period(2021, 4), new Period(2023, 2), asOf);
        assertEquals(7, seven.periods().size());
        assertEquals(Scope.MILESTONE, Assessment.scope(seven, plan));
        assertEquals(2, Assessment.years(seven), "7 quarters round half up to 2 years");
        assertEquals(1, Assessment.years(Window.range(new Period(2021, 4), new Period(2022, 4), asOf)), "5 quarters are 1 year");
        assertEquals(Scope.PERIOD, Assessment.scope(Window.year(2022, plan, asOf), plan), "a calendar year stays in one year");
        assertEquals(Scope.MILESTONE, Assessment.scope(Window.term(plan, new Period(2023, 2), asOf), plan),
                "the final review before the term's end names a milestone");

        assertEquals(Scope.FINAL, Assessment.scope(Window.range(new Period(2021, 4), new Period(2025, 4), asOf), plan));
        assertEquals(Scope.FINAL, Assessment.scope(Window.term(plan, new Period(2025, 4), asOf), plan));
        assertEquals("final", Scope.FINAL.id());
    }

    // ---- pace ----

    @Test
    void anIndicatorAt49PercentOfItsTargetInQ2IsBelowThePaceOf50AndAt50OnPace() {
        Window w = Window.quarter(Q2, AFTER_Q2_DUE);
        assertEquals(50, Assessment.pace(w, 2022), "2 of 4 quarters");
        assertEquals(100, Assessment.pace(w, 2021), "a year already over asks for the whole target");
        Indicator ind = ClassifyTest.plan().indicators().get(0);

        Report.IndicatorResult behind = new Report.IndicatorResult(ind, 49, 2022, 49, 100L, List.of());
        Assessment a = Assessment.of(report(w, Report.Tally.ZERO, List.of(behind), List.of()));
        assertEquals(List.of(new Point.IndicatorBelowPace(behind, new BigDecimal("49.0"), 50)), of(a.weaknesses(), Point.IndicatorBelowPace.class));
        assertEquals(List.of(new Point.RaiseIndicator(behind, 2022, 100, 51)), of(a.directions(), Point.RaiseIndicator.class),
                "the year runs on after Q2: 51 more are needed to reach 100");
        assertEquals(List.of(), of(a.strengths(), Point.IndicatorOnPace.class));

        Report.IndicatorResult onPace = new Report.IndicatorResult(ind, 50, 2022, 50, 100L, List.of());
        Assessment b = Assessment.of(report(w, Report.Tally.ZERO, List.of(onPace), List.of()));
        assertEquals(List.of(new Point.IndicatorOnPace(onPace, new BigDecimal("50.0"))), of(b.strengths(), Point.IndicatorOnPace.class));
        assertEquals(List.of(), of(b.weaknesses(), Point.IndicatorBelowPace.class));
        assertEquals(List.of(), of(b.directions(), Point.RaiseIndicator.class));

        // the pace is judged exactly: 499 of 1000 is behind even though both rates print near 50 %
        Report.IndicatorResult close = new Report.IndicatorResult(ind, 499, 2022, 499, 1000L, List.of());
        assertEquals(1, of(Assessment.of(report(w, Report.Tally.ZERO, List.of(close), List.of())).weaknesses(), Point.IndicatorBelowPace.class).size());

        // no target, or a target of 0: the indicator is not judged at all
        for (Long target : new Long[] {null, 0L}) {
            Assessment c = Assessment.of(report(w, Report.Tally.ZERO, List.of(new Report.IndicatorResult(ind, 5, 2022, 5, target, List.of())), List.of()));
            assertTrue(c.strengths().isEmpty() && c.weaknesses().isEmpty() && of(c.directions(), Point.RaiseIndicator.class).isEmpty(), "target " + target);
        }
    }

    // ---- strengths of the work, not of the reporting ----

    @Test
    void reportingIsNoStrengthOfTheWorkHoweverCompleteAndNothingDoneSaysNothing() {
        Window w = Window.quarter(Q1, LocalDate.of(2022, 5, 1));
        assertEquals(List.of(), Assessment.of(report(w, new Report.Tally(10, 10, 10, 0), List.of(), List.of())).strengths(),
                "every report sent on time is no result of the work");
        assertEquals(List.of(), Assessment.of(report(w, Report.Tally.ZERO, List.of(), List.of())).strengths());
        assertEquals(new BigDecimal("66.7"), Percent.of(2, 3), "one decimal, half up");
    }

    // ---- overdue, due next quarter, later ----

    @Test
    void aTaskPastItsDeadlineIsOverdueOneDueNextQuarterIsNextAndLaterIsLater() {
        Window q1 = Window.quarter(Q1, LocalDate.of(2022, 4, 20));
        var inProgress = new planreport.model.Entry[] {ClassifyTest.row("a", "T1", Q1, Status.IN_PROGRESS, null, "2022-04-05"),
                ClassifyTest.row("b", "T1", Q1, Status.IN_PROGRESS, null, "2022-04-05")};

        Assessment next = assess(dueOn("2022-06-30"), q1, inProgress);
        List<Point.DueNext> dn = of(next.directions(), Point.DueNext.class);
        assertEquals(1, dn.size());
        assertEquals(List.of("T1"), ids(dn.get(0).tasks()));
        assertEquals(Q2, dn.get(0).next());
        assertEquals(List.of(), of(next.directions(), Point.DueLater.class));
        assertEquals(List.of(), of(next.weaknesses(), Point.OverdueTasks.class));

        Assessment later = assess(dueOn("2022-07-01"), q1, inProgress);
        assertEquals(List.of(), of(later.directions(), Point.DueNext.class));
        assertEquals(List.of("T1"), ids(of(later.directions(), Point.DueLater.class).get(0).tasks()));

        Assessment overdue = assess(dueOn("2022-03-31"), q1, inProgress);
        assertEquals(List.of("T1"), ids(of(overdue.weaknesses(), Point.OverdueTasks.class).get(0).tasks()));
        assertEquals(List.of("T1"), ids(of(overdue.directions(), Point.FinishOverdue.class).get(0).tasks()));
        assertEquals(List.of(), of(overdue.directions(), Point.DueNext.class));

        // nobody reported: both tasks have no report, and only the one past its deadline is to be finished
        Assessment silent = assess(dueOn("2022-03-31"), Window.quarter(Q3, LocalDate.of(2022, 10, 20)));
        assertEquals(List.of("T1", "T2"), ids(of(silent.weaknesses(), Point.UnreportedTasks.class).get(0).tasks()));
        assertEquals(List.of("T1"), ids(of(silent.directions(), Point.FinishOverdue.class).get(0).tasks()));
        assertEquals(List.of("T2"), ids(of(silent.directions(), Point.Focus.class).get(0).tasks()), "ongoing T2 carries the indicator, behind pace");
    }

    // ---- who to chase ----

    @Test
    void unitsWithMissingOrLateReportsAreChasedAndUndatedOnesAskedToDate() {
        // Q2 is due 15/07: A sent T2 only, B nothing — both still owe T1
        Assessment missing = assess(ClassifyTest.plan(), Window.quarter(Q2, AFTER_Q2_DUE),
                ClassifyTest.row("a", "T2", Q2, Status.IN_PROGRESS, null, "2022-07-05"));
        assertEquals(List.of(new Point.ChaseUnits(2, 15)), of(missing.directions(), Point.ChaseUnits.class));
        // one report per unit and quarter: A's arrived without its T1 row, B's is missing
        // B has sent nothing since the term began (Q1, Q2): said as a run of silence, not counted again among the gaps
        assertEquals(List.of(new Point.Silent(1, 2, Q1, Q2)), of(missing.weaknesses(), Point.Silent.class));
        // A's report arrived (without its T1 row, which the follow-up names) and B's silence is said above: no other gap
        assertEquals(List.of(), of(missing.weaknesses(), Point.ReportingGaps.class));
        assertEquals(List.of(), of(missing.directions(), Point.DateReports.class));

        // A: T2 undated and T1 late (20/04 after 15/04); B: T1 on time — only A is chased, and asked to date its reports
        Assessment late = assess(ClassifyTest.plan(), Window.quarter(Q1, LocalDate.of(2022, 8, 1)),
                ClassifyTest.row("a", "T2", Q1, Status.IN_PROGRESS, null, null),
                ClassifyTest.row("a", "T1", Q1, Status.IN_PROGRESS, null, "2022-04-20"),
                ClassifyTest.row("b", "T1", Q1, Status.IN_PROGRESS, null, "2022-04-10"));
        assertEquals(List.of(new Point.ChaseUnits(1, 15)), of(late.directions(), Point.ChaseUnits.class));
        assertEquals(List.of(new Point.DateReports(1)), of(late.directions(), Point.DateReports.class));
        // A's one report is late (its dated row after the due date); its undated row still asks A to date its rows
        assertEquals(List.of(new Point.ReportingGaps(0, 0, 1, 1, 0, 1)), of(late.weaknesses(), Point.ReportingGaps.class));
        Point.Reporting rep = of(late.leadership(), Point.Reporting.class).get(0);
        assertTrue(rep.complete());
        assertEquals(new BigDecimal("50.0"), rep.onTimeRate(), "B's report of the two");

        // all on time: nobody to chase, nothing said about gaps
        Assessment clean = assess(ClassifyTest.plan(), Window.quarter(Q1, LocalDate.of(2022, 8, 1)),
                ClassifyTest.row("a", "T2", Q1, Status.IN_PROGRESS, null, "2022-04-10"),
                ClassifyTest.row("a", "T1", Q1, Status.IN_PROGRESS, null, "2022-04-10"),
                ClassifyTest.row("b", "T1", Q1, Status.IN_PROGRESS, null, "2022-04-10"));
        assertEquals(List.of(), of(clean.directions(), Point.ChaseUnits.class));
        assertEquals(List.of(), of(clean.weaknesses(), Point.ReportingGaps.class));
        assertEquals(List.of(), clean.strengths(), "reports on time are no strength of the work");
    }

    @Test
    void aQuarterNotYetDueIsSaidNotCountedAsMissing() {
        Assessment a = assess(ClassifyTest.plan(), Window.quarter(Q2, LocalDate.of(2022, 7, 10)),
                ClassifyTest.row("a", "T2", Q2, Status.IN_PROGRESS, null, "2022-07-05"));
        assertEquals(List.of(new Point.NotYetDue(Q2, LocalDate.of(2022, 7, 15), 1)), of(a.leadership(), Point.NotYetDue.class));
        assertEquals(List.of(), of(a.directions(), Point.ChaseUnits.class));
    }

    // ---- grouping identical notes ----

    static Report.Note note(String unit, String task, String text) { return new Report.Note(unit, task, Q1, text); }

    @Test
    void identicalDifficultiesAreGroupedIgnoringCaseSpacingAndNfcMostUnitsFirstThenFirstSeen() {
        String nfd = Normalizer.normalize("Thiếu kinh phí.", Normalizer.Form.NFD);
        List<Report.Note> notes = List.of(
                note("a", "T1", "Chậm hướng dẫn."),
                note("a", "T1", "Thiếu kinh phí."),
                note("b", "T2", "  thiếu   KINH phí. "),
                note("g", "T1", nfd),
                note("b", "T1", "Thiếu cán bộ."),
                note("a", "T2", "thiếu cán bộ."));
        List<NoteGroup> groups = Assessment.grouped(notes);
        assertEquals(List.of(new NoteGroup("Thiếu kinh phí.", List.of("a", "b", "g"), List.of("T1", "T2")),
                new NoteGroup("Thiếu cán bộ.", List.of("b", "a"), List.of("T1", "T2")),
                new NoteGroup("Chậm hướng dẫn.", List.of("a"), List.of("T1"))), groups,
                "three units, then two, then one; the text as first written");
        Assessment a = Assessment.of(report(Window.quarter(Q1, LocalDate.of(2022, 5, 1)), Report.Tally.ZERO, List.of(), notes));
        assertEquals(groups, a.difficulties());
        assertEquals(List.of(), a.proposals());

        List<NoteGroup> tie = Assessment.grouped(List.of(note("a", "T1", "Một"), note("b", "T1", "Hai"), note("c", "T1", "hai"),
                note("d", "T1", "một")));
        assertEquals(List.of("Một", "Hai"), tie.stream().map(NoteGroup::text).toList(), "equal counts keep the order first seen");
    }

    @Test
    void aGroupNamesEightUnitsAndCountsTheRest() {
        List<Report.Note> notes = new ArrayList<>();
        for (int i = 1; i <= 10; i++) notes.add(note("u" + i, "T1", "Thiếu kinh phí"));
        NoteGroup g = Assessment.grouped(notes).get(0);
        assertEquals(10, g.units().size());
        assertEquals(List.of("u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8"), g.named());
        assertEquals(2, g.unnamed());
        NoteGroup eight = Assessment.grouped(notes.subList(0, 8)).get(0);
        assertEquals(8, eight.named().size());
        assertEquals(0, eight.unnamed());
        assertFalse(Assessment.grouped(List.of()).iterator().hasNext());
    }

    // ---- the window's own shortcomings and strengths ----

    /** T1 (due 31/03/2022) reported done late by both units in Q2, on 10/05/2022. */
    static final planreport.model.Entry[] DONE_LATE_IN_Q2 = {
            ClassifyTest.row("a", "T1", Q2, Status.DONE, "2022-05-10", "2022-07-05"),
            ClassifyTest.row("b", "T1", Q2, Status.DONE, "2022-05-10", "2022-07-05")};

    @Test
    void aTaskDoneLateIsAShortcomingOfTheQuarterItWasDoneInAndOfNoLaterOne() {
        Assessment q2 = assess(dueOn("2022-03-31"), Window.quarter(Q2, AFTER_Q2_DUE), DONE_LATE_IN_Q2);
        assertEquals(List.of("T1"), ids(of(q2.weaknesses(), Point.LateTasks.class).get(0).tasks()));
        assertEquals(List.of(new Point.TasksDone(List.of(q2.plan().task("T1").orElseThrow()), List.of())), of(q2.strengths(), Point.TasksDone.class),
                "done in the quarter: a result of it, though late");
        assertTrue(ids(of(q2.causes(), Point.CauseTasks.class).get(0).tasks()).contains("T1"), "the shortcoming has its cause");

        Assessment q3 = assess(dueOn("2022-03-31"), Window.quarter(Q3, LocalDate.of(2022, 10, 20)), DONE_LATE_IN_Q2);
        assertEquals(List.of(), of(q3.weaknesses(), Point.LateTasks.class), "done in Q2: not a shortcoming of Q3");
        assertEquals(List.of(), of(q3.strengths(), Point.TasksDone.class), "nor a result of Q3");
        assertFalse(ids(of(q3.causes(), Point.CauseTasks.class).get(0).tasks()).contains("T1"), "T2, unreported, has its cause; T1 none");

        Assessment year = assess(dueOn("2022-03-31"), Window.year(2022, dueOn("2022-03-31"), LocalDate.of(2023, 1, 20)), DONE_LATE_IN_Q2);
        assertEquals(1, of(year.weaknesses(), Point.LateTasks.class).size(), "the year holds Q2");
    }

    @Test
    void eachKindOfShortcomingHasItsSubjectiveCauseAndTheDifficultiesAreTheObjectiveOnes() {
        List<Point> weaknesses = List.of(new Point.Silent(1, 3, Q1, Q3), new Point.ReportingGaps(1, 1, 0, 0, 0, 0),
                new Point.Regressions(List.of(), 2));
        assertEquals(List.of(new Point.CauseReporting(true), new Point.CauseRegressions(2)), Assessment.causes(weaknesses),
                "the reporting's gaps and silence share one cause, which names the silence");
        assertEquals(List.of(new Point.CauseReporting(false)), Assessment.causes(List.of(new Point.ReportingGaps(0, 0, 2, 1, 0, 0))));
        assertEquals(List.of(), Assessment.causes(List.of()), "no shortcoming, no cause");
    }

    @Test
    void aYearOverDirectsTheNextYearsTargetAndAYearRunningOnTheFigureStillNeeded() {
        Indicator ind = new Indicator("n", "Số đoàn viên", "người", "T2", Map.of(2022, 100L, 2023, 120L));
        Report.IndicatorResult behind = new Report.IndicatorResult(ind, 80, 2022, 80, 100L, List.of());
        Plan plan = ClassifyTest.plan();
        Window year = Window.year(2022, plan, LocalDate.of(2023, 1, 20));
        assertEquals(new Point.RaiseIndicator(behind, 2023, 120, 0), Assessment.raise(behind, year),
                "the 2022 review is dated in 2023: it aims at 2023, never at the year gone");
        assertEquals(new Point.RaiseIndicator(behind, 2022, 100, 20), Assessment.raise(behind, Window.quarter(Q3, LocalDate.of(2022, 10, 20))),
                "after Q3, 20 more are needed by the year's end");
        Indicator lastYear = new Indicator("n", "Số", "người", "T2", Map.of(2022, 100L));
        assertEquals(null, Assessment.raise(new Report.IndicatorResult(lastYear, 80, 2022, 80, 100L, List.of()), year), "no target next year: nothing to aim at");
    }

    @Test
    void theNextQuartersReportsAreDueInTheTermOnlyAndTheFinalReviewLooksToTheNextPhase() {
        Assessment q3 = assess(ClassifyTest.plan(), Window.quarter(Q3, LocalDate.of(2022, 10, 20)));
        assertEquals(List.of(new Point.ReportsDue(Q4, LocalDate.of(2023, 1, 15))), of(q3.directions(), Point.ReportsDue.class));
        Assessment q4 = assess(ClassifyTest.plan(), Window.quarter(Q4, LocalDate.of(2023, 1, 20)));
        assertEquals(List.of(), of(q4.directions(), Point.ReportsDue.class), "2023-Q1 is past the term");

        Plan plan = ClassifyTest.plan();
        Assessment fin = assess(plan, Window.term(plan, Q4, LocalDate.of(2023, 1, 20)));
        assertEquals(Scope.FINAL, fin.scope());
        assertEquals(new Point.NextPhase(2023), fin.directions().get(0));
        assertEquals(List.of(), of(fin.directions(), Point.ChaseUnits.class), "no quarterly report is chased after the plan has ended");
        assertEquals(List.of(), of(fin.directions(), Point.ReportsDue.class));
        assertEquals(List.of("T1"), ids(of(fin.directions(), Point.CarryOver.class).get(0).tasks()), "T1 was never done: carried over");
    }

    @Test
    void lessonsAreASummingUpsAndTheOfficeWritesThemAndTheProposalsUpward() {
        Plan plan = term(new Period(2021, 4), new Period(2025, 4));
        planreport.model.Notes none = planreport.model.Notes.NONE;
        Assessment quarter = Assessment.of(report(Window.quarter(Q2, AFTER_Q2_DUE), Report.Tally.ZERO, List.of(), List.of()));
        assertFalse(quarter.drawsLessons());
        assertEquals(List.of(planreport.model.Notes.Part.PROPOSALS), quarter.toFill(none), "a quarter has no lessons to fill");
        Window milestone = Window.range(new Period(2021, 4), new Period(2023, 2), LocalDate.of(2023, 7, 20));
        Report r = new Report(plan, milestone, List.of(), Map.of(), new Report.DeadlineTotals(0, 0, 0, 0, 0, 0), List.of(), Report.Tally.ZERO,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        Assessment sk = Assessment.of(r);
        assertTrue(sk.drawsLessons());
        assertEquals(List.of(planreport.model.Notes.Part.LESSONS, planreport.model.Notes.Part.PROPOSALS), sk.toFill(none));
        planreport.model.Notes written = new planreport.model.Notes(Map.of(planreport.model.Notes.Part.LESSONS,
                List.of(new planreport.model.Notes.Block(true, "Phát huy vai trò người đứng đầu."))));
        assertEquals(List.of(planreport.model.Notes.Part.PROPOSALS), sk.toFill(written));
    }

    @Test
    void aDutysRowsAreSummedByKindOfActivityAndOtherRowsLeftOut() {
        Plan plan = new Plan(ClassifyTest.plan().info(), List.of(), ClassifyTest.plan().reporting(), ClassifyTest.plan().sections(),
                List.of(new Task("III.1", "III", "Phổ biến", List.of(), "A", List.of("a"), List.of(),
                        new planreport.model.Timeframe(planreport.model.Timeframe.Kind.ONGOING, LocalDate.of(2022, 1, 1), null, "Thường xuyên"), true)),
                ClassifyTest.plan().bodies(), ClassifyTest.plan().indicators());
        List<planreport.model.Entry> rows = List.of(
                duty("a", "III.1", Q2, "Xây dựng kế hoạch thực hiện; tổ chức 3 cuộc kiểm tra, giám sát tại 12 tổ chức đảng; ban hành 2 văn bản."),
                duty("b", "III.1", Q2, "Tổ chức 2 cuộc giám sát; 1.200 chi bộ đã triển khai, 15.000 đảng viên tham gia."),
                duty("a", "III.1", Q1, "Tổ chức 9 cuộc kiểm tra."),
                duty("a", "T2", Q2, "Tổ chức 7 cuộc kiểm tra."));
        List<Report.Activity> got = Activities.of(plan, Window.quarter(Q2, AFTER_Q2_DUE), rows);
        assertEquals(List.of(new Report.Activity("plans", 0, 0, 1), new Report.Activity("documents", 2, 0, 1),
                new Report.Activity("inspections", 5, 0, 2), new Report.Activity("cells", 1200, 15000, 1)), got,
                "Q1's row is outside the window, T2's is no duty; 1.200 is one thousand two hundred");
    }

    static planreport.model.Entry duty(String unit, String task, Period p, String result) {
        return new planreport.model.Entry("f.csv", 2, unit, task, p, Status.IN_PROGRESS, null, null, null, result, null, null, List.of(), true);
    }
}
