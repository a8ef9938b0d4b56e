package planreport.render.docx;

import java.time.LocalDate;

/**
 * What a .docx says about itself (File › Properties): its title and subject, the language of its
 * text ("vi", "en"; null: the {@code lang} of the XHTML's html element) and its date, which is
 * also its created and modified time (midnight UTC), so that the file depends on the inputs only; the
 * manifest of the inputs, when given, is a custom property (PlanReportManifest) and the keywords.
 */
public record DocProps(String title, String subject, String lang, LocalDate date, planreport.model.Manifest manifest) {
    /** Without a manifest. */
    public DocProps(String title, String subject, String lang, LocalDate date) { this(title, subject, lang, date, null); }
}
