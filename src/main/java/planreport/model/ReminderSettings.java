package planreport.model;

import java.util.List;

/**
 * How the monitoring body writes its reminder letters (công văn đôn đốc) and its notice on the
 * reports received (plan.yaml {@code reminders:}). {@code sendWithinDays}: the new date to send by
 * is this many days after --as-of. {@code parent} and {@code issuer} are the header's two lines
 * ("TỈNH ỦY QUẢNG NGÃI", "BAN DÂN VẬN"); {@code letterNumber} and {@code noticeNumber} what follows
 * the blank number ("CV/BDVTU" in "Số    -CV/BDVTU"); {@code authority} the signature's lines above the
 * signer's {@code title}; {@code name} the signer, null where unknown (a blank line to sign over);
 * {@code recipients} the letters' "Nơi nhận" after the addressee ("Như trên"), {@code noticeRecipients}
 * the notice's. A null or empty part takes its default where the letters are prepared.
 */
public record ReminderSettings(int sendWithinDays, String parent, String issuer, String letterNumber, String noticeNumber,
                               List<String> authority, String title, String name, List<String> recipients,
                               List<String> noticeRecipients) {
    /** Days to send by when plan.yaml says nothing. */
    public static final int DEFAULT_DAYS = 7;

    /** No settings: every part from its default. */
    public static final ReminderSettings DEFAULT = new ReminderSettings(DEFAULT_DAYS, null, null, null, null, List.of(), null, null, List.of(), List.of());

    public ReminderSettings {
        authority = List.copyOf(authority);
        recipients = List.copyOf(recipients);
        noticeRecipients = List.copyOf(noticeRecipients);
    }
}
