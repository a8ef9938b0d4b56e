package planreport.model;

import java.time.LocalDate;
import java.util.List;

/** How and when units report: quarterly, due a number of days after the period (or its data cut-off), over the plan term. */
public record Reporting(int dueDays, Cutoff cutoff, Period termStart, Period termEnd, boolean termEndAssumed,
                        DocumentHeader document, java.util.Map<ReviewKind, ReviewSpec> reviews, List<Signer> signers,
                        List<Recipient> scope) {
    public Reporting {
        reviews = reviews == null ? java.util.Map.of() : java.util.Map.copyOf(reviews);
        signers = signers == null ? List.of() : List.copyOf(signers);
        scope = scope == null ? List.of() : List.copyOf(scope);
    }

    /** Without dated sentences on the plan's scope. */
    public Reporting(int dueDays, Cutoff cutoff, Period termStart, Period termEnd, boolean termEndAssumed, DocumentHeader document,
                     java.util.Map<ReviewKind, ReviewSpec> reviews, List<Signer> signers) {
        this(dueDays, cutoff, termStart, termEnd, termEndAssumed, document, reviews, signers, List.of());
    }

    /**
     * The sentences on what the reports cover that hold on {@code day} (plan.yaml {@code reporting.scope},
     * each {@code {text, from, until}}): the province's territory after a merger, said in the review
     * of every window that ends on or after it.
     */
    public List<String> scopeOn(LocalDate day) {
        List<String> out = new java.util.ArrayList<>();
        for (Recipient r : scope) if (r.holdsOn(day)) out.add(r.text());
        return out;
    }

    /** Without per-kind issuers or dated signers: every review the plan's ({@code document}), by the defaults. */
    public Reporting(int dueDays, Cutoff cutoff, Period termStart, Period termEnd, boolean termEndAssumed, DocumentHeader document) {
        this(dueDays, cutoff, termStart, termEnd, termEndAssumed, document, java.util.Map.of(), List.of(), List.of());
    }

    /** Who issues the reviews of a plan that names the issuer of a kind by this word: the plan's own issuer (the standing committee). */
    public static final String BY_PLAN = "plan";
    /** … by this word: the monitoring body as it exists on the review's date ({@code plan.monitoring_body}). */
    public static final String BY_MONITORING_BODY = "monitoring_body";

    /**
     * What plan.yaml says of one kind of review ({@code reporting.reviews.<kind>}): who issues it
     * ({@link #BY_PLAN}, {@link #BY_MONITORING_BODY} or a body id; null: the kind's default), the
     * number to print when {@code --number} is not given (null: a blank to fill by hand), whether the
     * date line is left blank for the day of signing when {@code --date} is not given ({@code blankDate};
     * else the report's date, --as-of), its "Nơi nhận" (empty: the issuer's usual ones) and who its
     * proposals (part V, kiến nghị) are addressed to ({@code proposalsTo}, dated like the recipients:
     * the issuer's superiors; empty: the review's default line).
     */
    public record ReviewSpec(String issuer, String number, boolean blankDate, List<Recipient> recipients, List<Recipient> proposalsTo) {
        public ReviewSpec {
            recipients = recipients == null ? List.of() : List.copyOf(recipients);
            proposalsTo = proposalsTo == null ? List.of() : List.copyOf(proposalsTo);
        }

        /** A review whose proposals go to the default addressees. */
        public ReviewSpec(String issuer, String number, boolean blankDate, List<Recipient> recipients) {
            this(issuer, number, blankDate, recipients, List.of());
        }

        /** Nothing said: every part by default. */
        public static final ReviewSpec DEFAULT = new ReviewSpec(null, null, false, List.of());

        /** Who the proposals of a review dated {@code day} are addressed to. */
        public List<String> proposalsToOn(LocalDate day) {
            List<String> out = new java.util.ArrayList<>();
            for (Recipient r : proposalsTo) if (r.holdsOn(day)) out.add(r.text());
            return out;
        }

        /** The "Nơi nhận" lines of a review dated {@code day}. */
        public List<String> recipientsOn(LocalDate day) {
            List<String> out = new java.util.ArrayList<>();
            for (Recipient r : recipients) if (r.holdsOn(day)) out.add(r.text());
            return out;
        }
    }

    /** What plan.yaml says of a kind of review ({@link ReviewSpec#DEFAULT} when nothing). */
    public ReviewSpec review(ReviewKind kind) { return reviews.getOrDefault(kind, ReviewSpec.DEFAULT); }

    /** The signer of a body's documents on a day: the first of {@code reporting.signers} for the body that holds then, or null. */
    public Signer signer(String body, LocalDate day) {
        for (Signer s : signers) if (s.body().equals(body) && s.holdsOn(day)) return s;
        return null;
    }

    /** Whether plan.yaml lists signers for a body at all (then a day none holds has no signer, rather than the old one-block signature). */
    public boolean signsFor(String body) {
        for (Signer s : signers) if (s.body().equals(body)) return true;
        return false;
    }

    /**
     * The days after its data closes that a period's report is due when the plan gives no
     * {@code due_days}: half a month, which leaves the units the first weeks of the next quarter to
     * write up the last one (the default docs/plan-format.md documents).
     */
    public static final int DEFAULT_DUE_DAYS = 15;

    /** Where a quarter's data closes: at its end, or on the 14th of its last month (Decree 09/2019/NĐ-CP). */
    public enum Cutoff {
        CALENDAR("calendar"), DECREE_09_2019("decree-09-2019");
        private final String id;
        Cutoff(String id) { this.id = id; }
        public String id() { return id; }
        public static Cutoff byId(String id) {
            for (Cutoff c : values()) if (c.id.equals(id)) return c;
            return null;
        }
    }

    /**
     * The header and footer of the reports compiled for this plan. A recipient may hold for part of
     * the term only (bodies merge and cease: the 2025 reorganisation), from its {@code from} to its
     * {@code until} (null: open).
     */
    public record DocumentHeader(String parent, String issuer, String numberSuffix, Signature signature,
                                 List<Recipient> recipients) {
        public DocumentHeader { recipients = List.copyOf(recipients); }

        /** The "Nơi nhận" lines of a report dated {@code day}. */
        public List<String> recipientsOn(LocalDate day) {
            List<String> out = new java.util.ArrayList<>();
            for (Recipient r : recipients) if (r.holdsOn(day)) out.add(r.text());
            return out;
        }
    }

    /** A "Nơi nhận" line, and the days it holds (null: from the start, to the end). */
    public record Recipient(String text, LocalDate from, LocalDate until) {
        public boolean holdsOn(LocalDate day) {
            return (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
        }
    }

    /** The last day of a period's data. */
    public LocalDate cutoffDate(Period p) {
        return cutoff == Cutoff.DECREE_09_2019 ? p.end().withDayOfMonth(14) : p.end();
    }

    /** The day a period's report is due. */
    public LocalDate dueDate(Period p) { return cutoffDate(p).plusDays(dueDays); }

    /** Whether a report sent on {@code submitted} for period {@code p} was sent late (after its due date). */
    public boolean late(Period p, LocalDate submitted) { return late(dueDate(p), submitted); }

    /** Whether a report due on {@code due} and sent on {@code submitted} was late: the one rule of late-report, compliance and the letters. */
    public static boolean late(LocalDate due, LocalDate submitted) { return submitted != null && submitted.isAfter(due); }

    /** What a report's number ends with when plan.yaml's {@code reporting.document.number_suffix} says nothing: Báo cáo, "-BC/TU" style. */
    public static final String DEFAULT_NUMBER_SUFFIX = "BC";

    /** The suffix of the compiled reports' number ("…-BC/TU"): plan.yaml's, else {@link #DEFAULT_NUMBER_SUFFIX}. */
    public String numberSuffix() {
        return document != null && document.numberSuffix() != null ? document.numberSuffix() : DEFAULT_NUMBER_SUFFIX;
    }

    public boolean inTerm(Period p) { return p.compareTo(termStart) >= 0 && p.compareTo(termEnd) <= 0; }
}
