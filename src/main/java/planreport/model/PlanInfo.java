package planreport.model;

import java.time.LocalDate;
import java.util.List;

/** The plan document's own particulars: title, number, issuer, the resolution it implements, signature, recipients. */
public record PlanInfo(String title, String subject, String number, LocalDate date, String parent, String issuer,
                       String place, String resolutionNumber, LocalDate resolutionDate, String resolutionBody,
                       String resolutionTitle, String resolutionShort, String preamble, Signature signature,
                       List<String> recipients, String monitoringBody) {
    public PlanInfo { recipients = List.copyOf(recipients); }
}
