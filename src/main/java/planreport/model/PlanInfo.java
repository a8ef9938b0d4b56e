package planreport.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The plan document's own particulars: title, number, issuer, the resolution it implements, signature, recipients;
 * {@code reminders} are the settings of the monitoring body's reminder letters (plan.yaml {@code reminders:}, or
 * their defaults).
 */
public record PlanInfo(String title, String subject, String number, LocalDate date, String parent, String issuer,
                       String place, String resolutionNumber, LocalDate resolutionDate, String resolutionBody,
                       String resolutionTitle, String resolutionShort, String preamble, Signature signature,
                       List<String> recipients, String monitoringBody, ReminderSettings reminders) {
    public PlanInfo {
        recipients = List.copyOf(recipients);
        if (reminders == null) reminders = ReminderSettings.DEFAULT;
    }

    /** Without reminder settings: the defaults. */
    public PlanInfo(String title, String subject, String number, LocalDate date, String parent, String issuer,
                    String place, String resolutionNumber, LocalDate resolutionDate, String resolutionBody,
                    String resolutionTitle, String resolutionShort, String preamble, Signature signature,
                    List<String> recipients, String monitoringBody) {
        this(title, subject, number, date, parent, issuer, place, resolutionNumber, resolutionDate, resolutionBody, resolutionTitle,
                resolutionShort, preamble, signature, recipients, monitoringBody, null);
    }
}
