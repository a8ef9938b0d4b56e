package planreport.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Who signs a body's documents, and on which days (plan.yaml {@code reporting.signers}): the lines
 * above the title ({@code authority}: "T/M BAN THƯỜNG VỤ", or "K/T TRƯỞNG BAN" for a deputy signing
 * for the head), the title ("PHÓ BÍ THƯ"), the name — null where plan.yaml does not know it (the
 * document keeps a line to type it over, and the run warns) — from its first day to its last (null:
 * open). One list serves the reviews and the letters: a signer changes on a day, not per document.
 */
public record Signer(String body, List<String> authority, String title, String name, LocalDate from, LocalDate until) {
    public Signer { authority = List.copyOf(authority); }

    /** Whether this signer signs on a day. */
    public boolean holdsOn(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
    }

    /** The old one-block signature (plan.yaml {@code signature:}) as a signer of {@code body} on every day. */
    public static Signer of(String body, Signature s) {
        if (s == null) return null;
        return new Signer(body, s.authority() == null ? List.of() : List.of(s.authority()), s.title(), s.name(), null, null);
    }
}
