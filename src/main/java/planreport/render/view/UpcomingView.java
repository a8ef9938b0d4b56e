package planreport.render.view;

import java.util.List;
import planreport.render.view.LetterView.HeaderView;
import planreport.render.view.LetterView.SignatureView;

/**
 * What upcoming.ftl and upcoming.ftlx see: remind --upcoming DAYS's short notice on the reports and
 * tasks coming due, or one unit's letter about what it has coming due, worded. The notice has a
 * {@code docTitle} and {@code subject} and no {@code unit}; a letter has a {@code unit} ("Kính gửi"),
 * its trích yếu in the header, and no title. {@code none} when nothing comes due (then both lists are
 * empty); {@code after}: the paragraphs after the tasks (a letter's request).
 */
public record UpcomingView(String htmlLang, HeaderView header, String docTitle, String title, String subject, String intro,
                           List<String> reports, String tasksIntro, List<String> tasks, String none, String closing,
                           String recipientsTitle, List<String> recipients, SignatureView signature,
                           String kinhGuiLabel, String unit, List<String> after) {
    public UpcomingView {
        reports = List.copyOf(reports);
        tasks = List.copyOf(tasks);
        recipients = Copy.of(recipients);
        after = List.copyOf(after);
    }
}
