package planreport.render.view;

import java.util.List;
import planreport.render.view.LetterView.HeaderView;
import planreport.render.view.LetterView.SignatureView;

/**
 * What notice.ftl and notice.ftlx see: the notice (thông báo) on the reports of a quarter, worded. Its body
 * names the exceptions (late, silent and incomplete units); the table of every unit is its attachment (phụ lục).
 */
public record NoticeView(String htmlLang, HeaderView header, String docTitle, String title, String subject, String intro, String totals,
                         List<RowView> rows, String colNo, String colUnit, String colOwed, String colSent, String colSubmitted,
                         String colMissing, String colConsecutive, String letters, String closing, String recipientsTitle,
                         List<String> recipients, SignatureView signature, List<String> exceptions, String seeAnnex,
                         String annexTitle, String annexSubject, String annexRef, String covered) {
    public NoticeView {
        rows = List.copyOf(rows);
        exceptions = List.copyOf(exceptions);
        recipients = Copy.of(recipients);
    }

    /** One unit's row of the notice's table, every cell worded. */
    public record RowView(String no, String unit, String owed, String sent, String submitted, String missing, String consecutive) {}
}
