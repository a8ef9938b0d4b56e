package planreport.model;

import java.util.List;

/**
 * Who a compiled review is from and to, on its day ({@link Plan#reviewHeading}): the issuing body
 * ({@code body}, its name {@code bodyName} for the review's sentences), the header's lines — the
 * committee above a board ({@code parent}, null for a Tỉnh ủy document's one line) and the issuer —
 * what the number ends with ("BC/BDVTU"), the number plan.yaml prints when none is given (null: a
 * blank), whether the date line stays blank for the day of signing, the signer on that day (null:
 * none known) and the "Nơi nhận" lines. One rule, so the header and the review's sentences agree.
 */
public record ReportHeading(String body, String bodyName, String parent, String issuer, String numberSuffix, String number,
                            boolean blankDate, Signer signer, List<String> recipients) {
    public ReportHeading { recipients = List.copyOf(recipients); }

    /** The signature as one block (the first authority line), for code written before signers had several lines. */
    public Signature signature() {
        if (signer == null) return null;
        return new Signature(signer.authority().isEmpty() ? null : String.join(" ", signer.authority()), signer.title(), signer.name());
    }
}
