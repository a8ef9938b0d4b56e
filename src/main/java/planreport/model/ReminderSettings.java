package planreport.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the monitoring body writes its reminder letters (công văn đôn đốc) and its notice on the
 * reports received (plan.yaml {@code reminders:}). {@code sendWithinDays}: the new date to send by
 * is this many days after --as-of. {@code parent} and {@code issuer} are the header's two lines
 * ("TỈNH ỦY QUẢNG NGÃI", "BAN DÂN VẬN"); {@code letterNumber} and {@code noticeNumber} what follows
 * the blank number ("CV/BDVTU" in "Số    -CV/BDVTU"); {@code authority} the signature's lines above the
 * signer's {@code title}; {@code name} the signer, null where unknown (a blank line to sign over);
 * {@code recipients} the letters' "Nơi nhận" after the addressee ("Như trên"), {@code noticeRecipients}
 * the notice's. A null or empty part takes its default where the letters are prepared.
 *
 * <p>These are the settings of the monitoring body the plan names ({@code plan.monitoring_body}).
 * After a handover the letters are written by the body that monitors on their day, its successor
 * ({@link #forWriter}): {@code issuers} holds, by body id, what plan.yaml says of such a body
 * ({@code reminders.issuers}); what it leaves out is derived from its name.
 */
public record ReminderSettings(int sendWithinDays, String parent, String issuer, String letterNumber, String noticeNumber,
                               List<String> authority, String title, String name, List<String> recipients,
                               List<String> noticeRecipients, Map<String, ReminderSettings> issuers) {
    /** Days to send by when plan.yaml says nothing. */
    public static final int DEFAULT_DAYS = 7;

    /** No settings: every part from its default. */
    public static final ReminderSettings DEFAULT = new ReminderSettings(DEFAULT_DAYS, null, null, null, null, List.of(), null, null, List.of(), List.of(), Map.of());

    public ReminderSettings {
        authority = List.copyOf(authority);
        recipients = List.copyOf(recipients);
        noticeRecipients = List.copyOf(noticeRecipients);
        issuers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(issuers));
    }

    /** The settings of the monitoring body the plan names, without the ones of other bodies. */
    public ReminderSettings(int sendWithinDays, String parent, String issuer, String letterNumber, String noticeNumber,
                            List<String> authority, String title, String name, List<String> recipients, List<String> noticeRecipients) {
        this(sendWithinDays, parent, issuer, letterNumber, noticeNumber, authority, title, name, recipients, noticeRecipients, Map.of());
    }

    /**
     * The settings of the letters written by {@code writer} (named {@code writerName}) in place of the
     * monitoring body the plan names ({@code named}, {@code namedName}): these settings when it is
     * that body; else its entry in {@link #issuers}, each part it leaves out taken as follows — the
     * header's issuer from its name without a closing "Tỉnh ủy", in capitals ("Ban Tuyên giáo và Dân
     * vận Tỉnh ủy" → "BAN TUYÊN GIÁO VÀ DÂN VẬN"); the numbers' suffix from its initials
     * ("CV/BTGDVTU", "TB/BTGDVTU"); the signature's authority and title, the parent and the days to
     * send within from these settings; no signer's name (another body's signer is not its own); the
     * "Nơi nhận" lines from these, the named body's name replaced by the writer's.
     */
    public ReminderSettings forWriter(String writer, String writerName, String named, String namedName) {
        if (writer == null || writer.equals(named)) return this;
        ReminderSettings own = issuers.get(writer);
        String issuer = own != null && own.issuer() != null ? own.issuer() : issuerOf(writerName);
        String initials = initials(writerName);
        String letter = own != null && own.letterNumber() != null ? own.letterNumber() : "CV/" + initials;
        String notice = own != null && own.noticeNumber() != null ? own.noticeNumber() : "TB/" + initials;
        List<String> authority = own != null && !own.authority().isEmpty() ? own.authority() : this.authority;
        String title = own != null && own.title() != null ? own.title() : this.title;
        String name = own != null ? own.name() : null;
        String parent = own != null && own.parent() != null ? own.parent() : this.parent;
        List<String> recipients = own != null && !own.recipients().isEmpty() ? own.recipients() : renamed(this.recipients, namedName, writerName);
        List<String> noticeRecipients = own != null && !own.noticeRecipients().isEmpty() ? own.noticeRecipients()
                : renamed(this.noticeRecipients, namedName, writerName);
        return new ReminderSettings(sendWithinDays, parent, issuer, letter, notice, authority, title, name, recipients, noticeRecipients, Map.of());
    }

    /** What a letter's number ends with when plan.yaml gives none: công văn ("Số    -CV"), and the notice's: thông báo ("-TB"). */
    public static final String LETTER = "CV", NOTICE = "TB";

    /**
     * These settings with every header part filled: the parent line from the plan's ({@code parent}),
     * the issuer line the writer's name in capitals ({@code writerName}), the numbers {@link #LETTER} and
     * {@link #NOTICE}. The one place a letter's header falls back; what is left null or empty (the
     * signer, the title, the recipients) is worded by the letters.
     */
    public ReminderSettings withDefaults(String parent, String writerName) {
        return new ReminderSettings(sendWithinDays, this.parent != null ? this.parent : parent,
                issuer != null ? issuer : writerName == null ? null : writerName.toUpperCase(Locale.forLanguageTag("vi")),
                letterNumber != null ? letterNumber : LETTER, noticeNumber != null ? noticeNumber : NOTICE, authority, title, name, recipients,
                noticeRecipients, issuers);
    }

    /** "Ban Tuyên giáo và Dân vận Tỉnh ủy" → "BAN TUYÊN GIÁO VÀ DÂN VẬN": the header's second line under the Tỉnh ủy's. */
    static String issuerOf(String name) {
        String s = name.strip().replaceFirst("(?iu)\\s+tỉnh ủy$", "");
        return s.toUpperCase(Locale.forLanguageTag("vi"));
    }

    /** "Ban Tuyên giáo và Dân vận Tỉnh ủy" → "BTGDVTU": each word's first letter without its marks (Đ kept), "và" left out. */
    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.strip().split("\\s+")) {
            if (w.isEmpty() || w.equalsIgnoreCase("và") || !Character.isLetter(w.codePointAt(0))) continue;
            String first = new String(Character.toChars(w.codePointAt(0))).toUpperCase(Locale.forLanguageTag("vi"));
            b.append(Normalizer.normalize(first, Normalizer.Form.NFD).replaceAll("\\p{M}", ""));
        }
        return b.toString();
    }

    private static List<String> renamed(List<String> lines, String from, String to) {
        if (from == null || to == null || from.equals(to)) return lines;
        List<String> out = new ArrayList<>(lines.size());
        for (String l : lines) out.add(l.replace(from, to));
        return out;
    }
}
