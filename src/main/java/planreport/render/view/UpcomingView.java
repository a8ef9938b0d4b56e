package planreport.render.view;

import java.util.List;
import planreport.render.view.LetterView.HeaderView;
import planreport.render.view.LetterView.SignatureView;

/**
 * What upcoming.ftl and upcoming.ftlx see: the short notice of remind --upcoming DAYS on the reports
 * and tasks coming due, worded; {@code none} when nothing comes due (then both lists are empty).
 */
public record UpcomingView(String htmlLang, HeaderView header, String docTitle, String title, String subject, String intro,
                           List<String> reports, String tasksIntro, List<String> tasks, String none, String closing,
                           String recipientsTitle, List<String> recipients, SignatureView signature) {
    public UpcomingView {
        reports = List.copyOf(reports);
        tasks = List.copyOf(tasks);
        recipients = Copy.of(recipients);
    }
}
