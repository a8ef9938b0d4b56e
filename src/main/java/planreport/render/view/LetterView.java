package planreport.render.view;

import java.util.List;

/**
 * What letter.ftl and letter.ftlx see for one unit's reminder letter (công văn đôn đốc): every value
 * worded, the templates only place them; a part the letter leaves out is null or an empty list. {@code run}: the one
 * sentence of a run of quarters not reported up to the last one due; {@code rowsIntro}: what introduces the other quarters
 * owed (a table while they are few, else named in it); {@code held}: one sentence per report that came but does not count (a file
 * that could not be read, a report returned for correction).
 */
public record LetterView(String htmlLang, String title, HeaderView header, String kinhGuiLabel, String unit, String basis, String rule,
                         String missingIntro, List<MissingRowView> missingRows, String colPeriod, String colDue, String colDaysLate,
                         String colTasks, String tasksIntro, List<String> tasks, String consecutive, List<String> late,
                         String overdueIntro, List<String> overdue, List<String> requests, String closing, String recipientsTitle,
                         List<String> recipients, SignatureView signature,
                         String run, String rowsIntro, List<String> held) {
    public LetterView {
        held = List.copyOf(held);
        missingRows = List.copyOf(missingRows);
        tasks = List.copyOf(tasks);
        late = List.copyOf(late);
        overdue = List.copyOf(overdue);
        requests = List.copyOf(requests);
        recipients = Copy.of(recipients);
    }

    /** The Party header of a letter or notice: parent, issuer, number, abstract (trích yếu), national motto, place and date. */
    public record HeaderView(String parent, String issuer, String number, String trichYeu, String national, String placeDate) {}

    /** One row of the letter's table of missing reports, worded. */
    public record MissingRowView(String period, String due, String daysLate, String tasks) {}

    /** The signature block of a letter or notice: the authority's lines, the title and the name. */
    public record SignatureView(List<String> authority, String title, String name) {
        public SignatureView { authority = Copy.of(authority); }
    }
}
