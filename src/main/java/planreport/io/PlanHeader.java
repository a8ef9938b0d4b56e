package planreport.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import planreport.check.Code;
import planreport.check.Diagnostic;
import planreport.model.Period;
import planreport.model.PlanInfo;
import planreport.model.ReminderSettings;
import planreport.model.Reporting;
import planreport.model.ReviewKind;
import planreport.model.Signer;
import planreport.model.Signature;

/**
 * The parts of plan.yaml that say who issues the plan and how it is reported on ({@code plan:},
 * {@code reporting:}, {@code reminders:}), read apart from the tasks: they name bodies but no task,
 * and make the headers and footers of every document the tool writes.
 */
final class PlanHeader {
    private static final Set<String> PLAN_KEYS = Set.of("title", "subject", "number", "date", "parent", "issuer", "place", "implements", "preamble", "signature", "recipients", "monitoring_body");
    private static final Set<String> IMPLEMENTS_KEYS = Set.of("number", "date", "body", "title", "short");
    private static final Set<String> SIGNATURE_KEYS = Set.of("authority", "title", "name");
    private static final Set<String> REPORTING_KEYS = Set.of("period", "due_days", "cutoff", "term", "document", "reviews", "signers", "scope");
    /** reporting.reviews: one block per kind of review, each saying who issues it, its default number and date, and its recipients. */
    private static final Set<String> REVIEWS_KEYS = Set.of("quarter", "half", "year", "milestone", "final");
    private static final Set<String> REVIEW_KEYS = Set.of("issuer", "number", "date", "recipients", "proposals_to");
    /** One of reporting.signers: whose documents, the signature's lines, and the days it holds. */
    private static final Set<String> SIGNER_KEYS = Set.of("body", "authority", "title", "name", "from", "until");
    private static final Set<String> TERM_KEYS = Set.of("start", "end", "end_assumed");
    private static final Set<String> DOCUMENT_KEYS = Set.of("parent", "issuer", "number_suffix", "signature", "recipients");
    private static final Set<String> RECIPIENT_KEYS = Set.of("text", "from", "until");
    private static final Set<String> REMINDERS_KEYS = Set.of("send_within_days", "parent", "issuer", "letter_number", "notice_number",
            "signature", "recipients", "notice_recipients", "issuers");
    /** One entry of {@code reminders.issuers}: a body that may write the letters after a handover, and what differs for it. */
    private static final Set<String> ISSUER_KEYS = Set.of("body", "parent", "issuer", "letter_number", "notice_number",
            "signature", "recipients", "notice_recipients");
    private static final Set<String> REMINDER_SIGNATURE_KEYS = Set.of("authority", "title", "name");

    private final PlanOut out;
    private final PlanBodies bodies;

    PlanHeader(PlanOut out, PlanBodies bodies) {
        this.out = out;
        this.bodies = bodies;
    }

    /** {@code plan:} with {@code reminders:}, or null when {@code plan:} is missing. */
    PlanInfo info(YamlObject root) {
        MappingNode pn = root.mapping("plan", true);
        if (pn == null) return null;
        YamlObject p = out.object(pn, "plan", PLAN_KEYS);
        String title = p.text("title", true);
        String subject = p.text("subject", true);
        String number = p.text("number", false);
        LocalDate date = p.date("date");
        String parent = p.text("parent", true);
        String issuer = bodies.ref(p, "issuer", true);
        String place = p.text("place", true);
        MappingNode im = p.mapping("implements", true);
        String rNumber = null, rBody = null, rTitle = null, rShort = null;
        LocalDate rDate = null;
        if (im != null) {
            YamlObject i = out.object(im, "plan.implements", IMPLEMENTS_KEYS);
            rNumber = i.text("number", true);
            rDate = i.date("date");
            rBody = i.text("body", true);
            rTitle = i.text("title", true);
            rShort = i.text("short", false);
        }
        String preamble = p.text("preamble", false);
        Signature sig = signature(p, "signature");
        List<String> recipients = texts(p, "recipients");
        String monitoring = bodies.ref(p, "monitoring_body", true);
        return new PlanInfo(title, subject, number, date, parent, issuer, place, rNumber, rDate, rBody, rTitle,
                rShort == null ? rNumber : rShort, preamble, sig, recipients, monitoring, reminders(root));
    }

    private static List<String> texts(YamlObject o, String key) {
        return o.texts(key, false).stream().map(YamlObject.Scalar::value).toList();
    }

    private Signature signature(YamlObject parent, String key) { return signature(parent, key, true); }

    /** A signature block; {@code required}: whether its absence is an error (reporting.document's may give way to reporting.signers). */
    private Signature signature(YamlObject parent, String key, boolean required) {
        MappingNode m = parent.mapping(key, required);
        if (m == null) return null;
        YamlObject s = out.object(m, parent.in() + "." + key, SIGNATURE_KEYS);
        return new Signature(s.text("authority", true), s.text("title", true), s.text("name", true));
    }

    /** {@code reminders:}, the monitoring body's reminder letters: every key optional (null: the defaults). */
    private ReminderSettings reminders(YamlObject root) {
        MappingNode rn = root.mapping("reminders", false);
        if (rn == null) return null;
        YamlObject r = out.object(rn, "reminders", REMINDERS_KEYS);
        Integer days = r.integer("send_within_days", false);
        if (days != null && (days < 1 || days > 366)) {
            out.at(Diagnostic.of(Code.PLAN_SCHEMA, "send-within-days").value(days).with("min", 1).with("max", 366), r.get("send_within_days"));
            days = null;
        }
        Map<String, ReminderSettings> issuers = new LinkedHashMap<>();
        for (MappingNode in : r.mappings("issuers", false)) {
            YamlObject i = out.object(in, "reminders.issuers", ISSUER_KEYS);
            String body = bodies.ref(i, "body", true);
            ReminderSettings s = letterParts(i, days, Map.of(), "reminders.issuers.signature");
            if (body != null) issuers.putIfAbsent(body, s);
        }
        return letterParts(r, days, issuers, "reminders.signature");
    }

    /** The parts of {@code reminders:} (or of one of its {@code issuers}) that say how a body writes its letters. */
    private ReminderSettings letterParts(YamlObject r, Integer days, Map<String, ReminderSettings> issuers, String signatureIn) {
        List<String> authority = List.of();
        String title = null, name = null;
        MappingNode sn = r.mapping("signature", false);
        if (sn != null) {
            YamlObject s = out.object(sn, signatureIn, REMINDER_SIGNATURE_KEYS);
            authority = texts(s, "authority");
            title = s.text("title", false);
            name = s.text("name", false);
        }
        return new ReminderSettings(days == null ? ReminderSettings.DEFAULT_DAYS : days, r.text("parent", false), r.text("issuer", false),
                r.text("letter_number", false), r.text("notice_number", false), authority, title, name,
                texts(r, "recipients"), texts(r, "notice_recipients"), issuers);
    }

    /** {@code reporting:}, or null when it is missing or its term cannot be read. */
    Reporting reporting(YamlObject root) {
        MappingNode rn = root.mapping("reporting", true);
        if (rn == null) return null;
        YamlObject r = out.object(rn, "reporting", REPORTING_KEYS);
        String period = r.text("period", false);
        if (period != null && !period.equals("quarter")) out.at(Diagnostic.of(Code.PLAN_SCHEMA, "reporting-period").value(period), r.get("period"));
        Integer due = r.integer("due_days", false);
        if (due != null && (due < 0 || due > 366)) {
            out.at(Diagnostic.of(Code.PLAN_SCHEMA, "due-days").value(due).with("min", 0).with("max", 366), r.get("due_days"));
            due = null;
        }
        String cutoffText = r.text("cutoff", false);
        Reporting.Cutoff cutoff = cutoffText == null ? Reporting.Cutoff.CALENDAR : Reporting.Cutoff.byId(cutoffText);
        if (cutoff == null) {
            out.at(Diagnostic.of(Code.PLAN_SCHEMA, "cutoff").value(cutoffText), r.get("cutoff"));
            cutoff = Reporting.Cutoff.CALENDAR;
        }
        MappingNode tn = r.mapping("term", true);
        Period start = null, end = null;
        boolean assumed = false;
        if (tn != null) {
            YamlObject t = out.object(tn, "reporting.term", TERM_KEYS);
            start = period(t, "start");
            end = period(t, "end");
            assumed = "true".equalsIgnoreCase(t.text("end_assumed", false));
            if (start != null && end != null && end.compareTo(start) < 0) {
                out.at(Diagnostic.of(Code.PLAN_SCHEMA, "term-reversed").with("start", start).with("end", end), t.get("end"));
                return null;
            }
        }
        Reporting.DocumentHeader doc = null;
        MappingNode dn = r.mapping("document", false);
        if (dn != null) {
            YamlObject d = out.object(dn, "reporting.document", DOCUMENT_KEYS);
            // a Tỉnh ủy's own document heads with one line ("TỈNH ỦY QUẢNG NGÃI"): parent is optional
            doc = new Reporting.DocumentHeader(d.text("parent", false), d.text("issuer", true), d.text("number_suffix", true),
                    signature(d, "signature", false), recipients(d, "reporting.document.recipients"));
        }
        Map<ReviewKind, Reporting.ReviewSpec> reviews = reviews(r);
        List<Signer> signers = signers(r);
        if (start == null || end == null) return null;
        // dated sentences on what the reports cover (the province after a merger): lines of text with from/until, as recipients
        List<Reporting.Recipient> scope = recipients(r, "scope", "reporting.scope");
        return new Reporting(due == null ? Reporting.DEFAULT_DUE_DAYS : due, cutoff, start, end, assumed, doc, reviews, signers, scope);
    }

    /**
     * reporting.reviews: per kind of review, who issues it ({@code plan}, {@code monitoring_body} or
     * a body), the number printed when --number is not given, {@code date: blank} for a date line left
     * for the day of signing, and its recipients ({@code {text, from, until}} like the document's).
     */
    private Map<ReviewKind, Reporting.ReviewSpec> reviews(YamlObject r) {
        Map<ReviewKind, Reporting.ReviewSpec> out = new java.util.EnumMap<>(ReviewKind.class);
        MappingNode rn = r.mapping("reviews", false);
        if (rn == null) return out;
        YamlObject all = this.out.object(rn, "reporting.reviews", REVIEWS_KEYS);
        for (ReviewKind k : ReviewKind.values()) {
            MappingNode kn = all.mapping(k.id(), false);
            if (kn == null) continue;
            YamlObject o = this.out.object(kn, "reporting.reviews." + k.id(), REVIEW_KEYS);
            String issuer = o.text("issuer", false);
            if (issuer != null && !issuer.equals(Reporting.BY_PLAN) && !issuer.equals(Reporting.BY_MONITORING_BODY)) issuer = bodies.ref(o, "issuer", false);
            String date = o.text("date", false);
            if (date != null && !date.equals("blank") && !date.equals("as-of")) {
                this.out.at(o.about(Code.PLAN_SCHEMA, "review-date").value(date), o.get("date"));
                date = null;
            }
            out.put(k, new Reporting.ReviewSpec(issuer, o.text("number", false), "blank".equals(date), recipients(o, "reporting.reviews." + k.id() + ".recipients"),
                    recipients(o, "proposals_to", "reporting.reviews." + k.id() + ".proposals_to")));
        }
        return out;
    }

    /** reporting.signers: who signs each body's documents from and until a day; the name may be left out where it is not known. */
    private List<Signer> signers(YamlObject r) {
        List<Signer> list = new ArrayList<>();
        for (MappingNode sn : r.mappings("signers", false)) {
            YamlObject s = out.object(sn, "reporting.signers", SIGNER_KEYS);
            String body = bodies.ref(s, "body", true);
            // one line ("T/M BAN THƯỜNG VỤ") or a list of lines
            List<String> authority = s.get("authority") instanceof org.yaml.snakeyaml.nodes.ScalarNode
                    ? java.util.stream.Stream.ofNullable(s.text("authority", false)).toList() : texts(s, "authority");
            LocalDate from = s.date("from"), until = s.date("until");
            if (from != null && until != null && until.isBefore(from)) {
                out.at(s.about(Code.PLAN_SCHEMA, "signer-dates").with("from", from).with("until", until), s.get("until"));
                continue;
            }
            if (body != null) list.add(new Signer(body, authority, s.text("title", true), s.text("name", false), from, until));
        }
        return list;
    }

    private Period period(YamlObject o, String key) {
        String t = o.text(key, true);
        if (t == null) return null;
        var p = Period.parse(t);
        if (p.isEmpty()) out.at(o.about(Code.PLAN_SCHEMA, "quarter").with("key", key).value(t), o.get(key));
        return p.orElse(null);
    }

    /**
     * reporting.document.recipients: each a line of text, or {@code {text, from, until}} for a
     * recipient that holds for part of the term (a body created or merged away on those days).
     */
    private List<Reporting.Recipient> recipients(YamlObject d, String in) { return recipients(d, "recipients", in); }

    /** A list of dated lines under {@code key}: each a text, or {@code {text, from, until}}. */
    private List<Reporting.Recipient> recipients(YamlObject d, String key, String in) {
        List<Reporting.Recipient> list = new ArrayList<>();
        for (Object item : d.textsOrMappings(key)) {
            if (item instanceof YamlObject.Scalar x) {
                list.add(new Reporting.Recipient(x.value(), null, null));
                continue;
            }
            YamlObject r = out.object((MappingNode) item, in, RECIPIENT_KEYS);
            String text = r.text("text", true);
            LocalDate from = r.date("from"), until = r.date("until");
            if (from != null && until != null && until.isBefore(from)) {
                out.at(r.about(Code.PLAN_SCHEMA, "recipient-dates").with("from", from).with("until", until), r.get("until"));
                continue;
            }
            if (text != null) list.add(new Reporting.Recipient(text, from, until));
        }
        return list;
    }
}
