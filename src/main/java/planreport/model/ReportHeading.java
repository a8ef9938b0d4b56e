package planreport.model;

import java.util.List;

/**
 * Who a compiled report is from and to, on its day: the parent body and issuer of its header, the
 * signature and the "Nơi nhận" lines — plan.yaml's {@code reporting.document} where it says, else
 * the plan's own ({@link Plan#reportHeading}). One rule, so the header and the review's sentences agree.
 */
public record ReportHeading(String parent, String issuer, Signature signature, List<String> recipients) {
    public ReportHeading { recipients = List.copyOf(recipients); }
}
