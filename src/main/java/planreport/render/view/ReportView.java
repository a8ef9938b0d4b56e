package planreport.render.view;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import planreport.model.Classification;
import planreport.model.Period;
import planreport.model.Status;
import planreport.report.Kind;

/**
 * What a compiled review's templates see and what its JSON is (the JSON adds {@code schema_version}:
 * {@link CompileJson}): raw values for programs beside the {@code *_label} and {@code *_text} words, in
 * the order of the JSON's keys. The tree is made by {@code render.ViewTree}; docs/compile.md lists
 * these fields ({@code ViewDocsTest}). {@code problems} are the diagnostics' own JSON objects, whose
 * keys vary with the facts a diagnostic carries; {@code review} is the written parts.
 */
public record ReportView(Kind kind, String kindLabel, @Key("final") boolean isFinal, List<Period> periods, List<String> periodLabels,
                         Period from, Period to, String windowText, LocalDate asOf, String asOfText, DocumentView document,
                         boolean forced, List<Map<String, Object>> problems, int taskTotal, List<CountView> counts,
                         DeadlineTotalsView deadlineTotals, List<TaskView> tasks, TallyView reportingTotal,
                         List<BarView> reportingChart, List<PeriodTallyView> reportingByPeriod, List<ComplianceView> reporting,
                         List<String> handovers, List<IndicatorView> indicators, List<NoteView> difficulties,
                         List<NoteView> proposals, FollowUpView followUp, List<RegressionView> regressions, boolean internal,
                         ReviewView review, AreaTableView areas) {
    public ReportView {
        periods = List.copyOf(periods);
        periodLabels = List.copyOf(periodLabels);
        problems = List.copyOf(problems);
        counts = List.copyOf(counts);
        tasks = List.copyOf(tasks);
        reportingChart = List.copyOf(reportingChart);
        reportingByPeriod = List.copyOf(reportingByPeriod);
        reporting = List.copyOf(reporting);
        handovers = List.copyOf(handovers);
        indicators = List.copyOf(indicators);
        difficulties = List.copyOf(difficulties);
        proposals = List.copyOf(proposals);
        regressions = List.copyOf(regressions);
    }

    /**
     * The per-area appendix (null: no measure was reported by a body of an area): the columns, one per
     * measure with a figure of an area in the window, and a row per area (a district: {@code area}) or per
     * body that took over an area's bodies ({@code body}, from {@code since}), its figures in the
     * columns' order ({@code null}: none). The figures are report/Measures'; this only words them.
     */
    public record AreaTableView(List<AreaColumnView> columns, List<AreaRowView> rows, String note) {
        public AreaTableView {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    /** A measure of the per-area appendix: its id, name and unit, and the heading the table gives it. */
    public record AreaColumnView(String id, String name, String unit, String heading) {}

    /** A row of the per-area appendix. */
    public record AreaRowView(String label, String area, String body, LocalDate since, List<Long> values, List<String> valueTexts) {
        public AreaRowView {
            values = Copy.of(values);
            valueTexts = List.copyOf(valueTexts);
        }
    }

    /** The Party header and closing block of the review: plan.yaml's words, the number, place and date, subject. */
    public record DocumentView(String parent, String issuer, String number, String placeDate, String title, String subject,
                               String monitoringBody, SignatureView signature, List<String> recipients, String issuedBy,
                               String reviewKind, java.time.LocalDate date) {
        public DocumentView { recipients = Copy.of(recipients); }
    }

    /**
     * The signature block as plan.yaml writes it (any line may be missing): {@code authority} its
     * lines in one, {@code authorities} one by one; {@code nameUnknown} when plan.yaml does not name
     * the signer on the report's date (a line is left to type the name over).
     */
    public record SignatureView(String authority, String title, String name, List<String> authorities, boolean nameUnknown) {
        public SignatureView { authorities = Copy.of(authorities); }
    }

    /** How many tasks have one classification, and their share of all tasks; {@code tasks} the ids of those counted. */
    public record CountView(Classification classification, String label, @Key("short") String shortCode, int count,
                            BigDecimal percent, String percentText, List<String> tasks) {
        public CountView { tasks = Copy.of(tasks); }
    }

    /** The deadline tasks by outcome, and each outcome's share in words. */
    public record DeadlineTotalsView(int tasks, int doneOnTime, int doneLate, int overdue, int notYetDue, int noReport,
                                     String doneOnTimeText, String doneLateText, String overdueText, String notYetDueText,
                                     String noReportText) {}

    /** One task of the plan: where it stands in the window, what each responsible unit reported, its indicators. */
    public record TaskView(String id, String sectionId, String sectionTitle, boolean firstInSection, boolean duty, String title,
                           String content, String timeframe, boolean ongoing, LocalDate due, String dueText,
                           Classification classification, String classificationLabel, LocalDate completedOn,
                           String completedOnText, List<String> leads, String leadsText, List<String> coordinators,
                           String coordinatorsText, List<HistoryView> history, List<String> historyCells,
                           List<UnitResultView> results, List<IndicatorView> indicators, List<RegressionView> regressions) {
        public TaskView {
            leads = Copy.of(leads);
            coordinators = Copy.of(coordinators);
            history = List.copyOf(history);
            historyCells = List.copyOf(historyCells);
            results = List.copyOf(results);
            indicators = List.copyOf(indicators);
            regressions = List.copyOf(regressions);
        }
    }

    /** A task's classification in one period of the window. */
    public record HistoryView(Period period, String periodLabel, Classification classification, String label) {}

    /**
     * What one responsible unit reported on a task ({@code reported} false: nothing, the status fields null);
     * {@code file} and {@code line} the row it comes from (a workbook's row number), null and 0 when none.
     */
    public record UnitResultView(String body, String name, String role, String roleLabel, boolean reported, Period period,
                                 String periodLabel, Status status, Integer progress, LocalDate completedOn, LocalDate submittedOn,
                                 String statusText, String result, String file, long line) {}

    /** Reports expected, received, on time, late and undated, and the rates in numbers and words. */
    public record TallyView(int expected, int received, int onTime, int late, int undated, int missingCount, BigDecimal reportingRate,
                            BigDecimal onTimeRate, String reportingRateText, String onTimeRateText) {}

    /** One bar of the reporting chart: a state of the reports owed ({@code on_time}, {@code late}, {@code undated}, {@code missing}). */
    public record BarView(String id, String label, int count, BigDecimal percent, String percentText) {}

    /** One period's reporting over all units, its tally inline, then each report it counts. */
    public record PeriodTallyView(Period period, String periodLabel, LocalDate due, String dueText, boolean reportsDue,
                                  @Inline TallyView tally, List<ReportTraceView> reports) {
        public PeriodTallyView { reports = Copy.of(reports); }
    }

    /**
     * One unit's report for a period as the tally counts it: {@code state} on_time, late, undated or missing,
     * its date, and the row that decides it (the latest dated row, else the first; null and 0 when missing).
     */
    public record ReportTraceView(String body, String state, LocalDate submittedOn, String file, long line) {}

    /** One unit's reporting over the window: its tally inline, then the reports it owes, sent late and sent undated. */
    public record ComplianceView(String body, String name, @Inline TallyView tally, List<TaskPeriodView> missing, String missingText,
                                 List<LateReportView> lateReports, String lateText, List<TaskPeriodView> undatedReports,
                                 String undatedText) {
        public ComplianceView {
            missing = List.copyOf(missing);
            lateReports = List.copyOf(lateReports);
            undatedReports = List.copyOf(undatedReports);
        }
    }

    /** A task in a period: a report owed or sent without a date. */
    public record TaskPeriodView(String task, Period period) {}

    /** A report sent after its due date. */
    public record LateReportView(String task, Period period, LocalDate submittedOn, LocalDate due) {}

    /**
     * An indicator (a measure of a task) over the window, the year to date against the year's target, and
     * each year of the window; {@code kind} flow or stock; the term to date against the term's target;
     * {@code reported}: whether any unit gave a value in the window; {@code byPeriod} its value in each
     * period of the term up to the window's end (for the trend and the charts); {@code figures} every
     * figure the review says of it, each with the rows it comes from.
     */
    public record IndicatorView(String id, String name, String unit, String task, long value, String valueText, int year,
                                long yearToDate, String yearToDateText, Long target, String targetText, BigDecimal targetRate,
                                String targetRateText, List<YearView> byYear, String kind, boolean reported, long termToDate,
                                String termToDateText, Long termTarget, String termTargetText, BigDecimal termRate,
                                String termRateText, List<PeriodValueView> byPeriod, List<FigureView> figures) {
        public IndicatorView {
            byYear = List.copyOf(byYear);
            byPeriod = Copy.of(byPeriod);
            figures = Copy.of(figures);
        }
    }

    /** A measure's value in one period ({@code value} null when no unit gave one). */
    public record PeriodValueView(Period period, String periodLabel, Long value) {}

    /**
     * One figure of the review: {@code name} (window, previous, year_ago, year_to_date, term_to_date,
     * year_2023 …), the periods it covers, its value — the sum of its rows' values — and, for a
     * comparison, the figure it is set against ({@code of}) and the change in percent of it.
     */
    public record FigureView(String name, Period from, Period to, long value, String valueText, String of, BigDecimal change,
                             List<SourceView> rows) {
        public FigureView { rows = Copy.of(rows); }
    }

    /** A row a figure comes from: the file, its line (a workbook's row), the cell ("Sheet!F7", null in a CSV file), the unit and period, the value. */
    public record SourceView(String file, long line, String cell, String body, String task, Period period, long value) {}

    /** An indicator's total in one year against that year's target. */
    public record YearView(int year, long value, String valueText, Long target, String targetText, BigDecimal rate, String rateText) {}

    /** A difficulty or proposal a unit wrote, with who wrote it, on what and when. */
    public record NoteView(String body, String name, String task, Period period, String periodLabel, String text) {}

    /** The internal appendix: overdue tasks and the units to chase for missing, late and undated reports. */
    public record FollowUpView(List<OverdueView> overdue, List<MissingUnitView> missing, List<LateUnitView> late,
                               List<UndatedUnitView> undated) {
        public FollowUpView {
            overdue = List.copyOf(overdue);
            missing = List.copyOf(missing);
            late = List.copyOf(late);
            undated = List.copyOf(undated);
        }
    }

    /** A deadline task past its deadline and not done, with the lead units that have not reported it done. */
    public record OverdueView(String task, LocalDate due, String dueText, List<String> pending, String pendingText) {
        public OverdueView { pending = List.copyOf(pending); }
    }

    /** A unit that owes reports, in the internal appendix. */
    public record MissingUnitView(String body, String name, int missingCount, String missingText) {}

    /** A unit that sent reports late, in the internal appendix. */
    public record LateUnitView(String body, String name, int late, String lateText) {}

    /** A unit that sent reports without a date, in the internal appendix. */
    public record UndatedUnitView(String body, String name, int undated, String undatedText) {}

    /** A unit that reported a task done and, later in the window, not done: the task stays done. */
    public record RegressionView(String task, String body, String name, Period donePeriod, String donePeriodLabel,
                                 LocalDate completedOn, Period period, String periodLabel, Status status, Integer progress,
                                 String text) {}
}
