package planreport.render;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import planreport.check.Code;
import planreport.check.Diagnostic;
import planreport.model.Lang;
import planreport.model.Period;
import planreport.model.Plan;
import planreport.model.PlanInfo;
import planreport.model.ReminderSettings;
import planreport.remind.Reminders;

/**
 * The render step of plan-report remind: one reminder letter (công văn đôn đốc) per unit that owes
 * something, the internal notice on the reports received, the same content as JSON, and the rows of
 * the mail-merge list. Every value the templates place is prepared here, its words from the
 * {@code remind.*} keys of the message catalogue; the templates (letter.ftl/.ftlx, notice.ftl/.ftlx)
 * only place them.
 *
 * <p>File names: {@code don-doc-<quý>_<mã đơn vị>.<ext>} per letter, {@code thong-bao-<quý>.<ext>},
 * {@code don-doc-<quý>.json}, {@code danh-sach-gui-<quý>.xlsx|csv}; {@code .en} before the extension
 * under English.
 */
public final class Letters {
    /** The formats remind writes its letters and notice in (the mail-merge list is always written). */
    public static final List<Format> FORMATS = List.of(Format.MD, Format.PDF, Format.DOCX, Format.JSON);

    private final Plan plan;
    private final Reminders r;
    private final Messages msg;
    private final ReminderSettings set;
    private final String monitoring;
    private final String planIssuer;

    public Letters(Plan plan, Reminders reminders, Lang lang) {
        this.plan = plan;
        this.r = reminders;
        this.msg = Messages.of(lang);
        this.set = Reminders.settings(plan, reminders.asOf()); // the monitoring body as it exists on the letters' day
        this.monitoring = plan.name(Reminders.writer(plan, reminders.asOf()));
        this.planIssuer = plan.name(plan.info().issuer());
    }

    // ---- names ----

    /** don-doc-2023-Q2_so-tu-phap: a letter's file name without its extension. */
    public String letterBase(String unitId) { return "don-doc-" + r.period() + "_" + unitId + msg.fileSuffix(); }

    public String noticeBase() { return "thong-bao-" + r.period() + msg.fileSuffix(); }

    public String jsonName() { return "don-doc-" + r.period() + msg.fileSuffix() + ".json"; }

    public String listBase() { return "danh-sach-gui-" + r.period() + msg.fileSuffix(); }

    // ---- rendering ----

    /** Every file, by name: the letters and the notice in each document format, the JSON when asked. */
    public Map<String, byte[]> render(List<Format> formats) throws RenderFailure {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Templates t;
        try {
            t = new Templates(null);
        } catch (IOException e) {
            throw failure(e, "templates");
        }
        for (Format f : formats) {
            if (f == Format.JSON) {
                files.put(jsonName(), Format.bytes(Json.write(json(formats)) + "\n"));
                continue;
            }
            for (Reminders.Letter l : r.letters()) {
                files.put(letterBase(l.unitId()) + "." + f.extension(), document(f, "letter", letter(l), t));
            }
            files.put(noticeBase() + "." + f.extension(), document(f, "notice", notice(), t));
        }
        return files;
    }

    /** The one place a document format is chosen: Markdown from {@code <name>.ftl}; PDF and Word from the XHTML of {@code <name>.ftlx}. */
    @SuppressWarnings("unchecked")
    private byte[] document(Format f, String template, Map<String, Object> model, Templates t) throws RenderFailure {
        try {
            return switch (f) {
                case MD -> Format.bytes(t.render(template + ".ftl", (Map<String, Object>) MarkdownText.escapeTree(model)));
                case PDF -> Pdf.render(t.render(template + ".ftlx", model), r.asOf());
                case DOCX -> {
                    var o = new java.io.ByteArrayOutputStream();
                    Docx.write(t.render(template + ".ftlx", model), Layout.packaged(),
                            new DocProps(String.valueOf(model.get("title")), null, msg.get("html_lang"), r.asOf()), o);
                    yield o.toByteArray();
                }
                default -> throw new IllegalArgumentException("remind writes no " + f.extension());
            };
        } catch (TemplateException e) {
            throw new RenderFailure(Diagnostic.of(Code.INPUT, "template").at(e.getTemplateSourceName() == null ? template : e.getTemplateSourceName(),
                    e.getLineNumber(), null).with("detail", firstLine(e.getMessage())), e);
        } catch (ParseException e) {
            throw new RenderFailure(Diagnostic.of(Code.INPUT, "template").at(e.getTemplateName() == null ? template : e.getTemplateName(),
                    e.getLineNumber(), null).with("detail", firstLine(e.getMessage())), e);
        } catch (IOException | RuntimeException e) {
            throw failure(e, f.extension());
        }
    }

    /** A file of remind that could not be written in {@code format}, as the diagnostic the user reads. */
    public static RenderFailure failure(Exception e, String format) {
        return new RenderFailure(Diagnostic.of(Code.INPUT, "render-failed").with("format", format).with("detail", firstLine(String.valueOf(e.getMessage()))), e);
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }

    // ---- the parts every document shares ----

    private String planNumber() {
        String n = plan.info().number();
        return n == null || n.isBlank() ? "…-KH/TU" : n;
    }

    private String planDate() {
        LocalDate d = plan.info().date();
        return d == null ? "" : msg.fill("remind.plan_date", "date", msg.plainDate(d));
    }

    /** The plan's subject inside a sentence: lower case first in Vietnamese ("thực hiện Nghị quyết …"), as written in English. */
    private String planSubject() {
        String s = plan.info().subject() == null ? "" : plan.info().subject().strip();
        return msg.lang() != Lang.VI ? s : planreport.model.Names.lowerFirst(s);
    }

    private Map<String, Object> header(String numberType, String trichYeu) {
        PlanInfo info = plan.info();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("parent", set.parent() != null ? set.parent() : info.parent());
        m.put("issuer", set.issuer() != null ? set.issuer() : monitoring.toUpperCase(Locale.forLanguageTag("vi")));
        m.put("number", msg.get("doc.number") + " \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0-" + numberType);
        m.put("trich_yeu", trichYeu);
        m.put("national", msg.get("header_national"));
        m.put("place_date", msg.fill("doc.place_date", "place", info.place(), "date", msg.longDate(r.asOf())));
        return m;
    }

    private Map<String, Object> signature() {
        Map<String, Object> s = new LinkedHashMap<>();
        List<Object> authority = new ArrayList<>(set.authority());
        s.put("authority", authority);
        s.put("title", set.title() != null ? set.title() : msg.get("remind.sign_title"));
        s.put("name", set.name());
        return s;
    }

    private List<Object> recipients(List<String> configured, boolean asAbove) {
        List<Object> list = new ArrayList<>();
        if (asAbove) list.add(msg.get("remind.as_above"));
        if (configured.isEmpty()) list.add(msg.fill("remind.keep", "body", monitoring));
        else list.addAll(configured);
        return list;
    }

    /** The first letter in capitals: the parts of the mail-merge summary are written to follow one another. */
    private String capitalised(String s) { return planreport.model.Names.upperFirst(s); }

    /** "Nhiệm vụ 7.3: …", ending with a full stop unless the title already ends with one (or with "…"). */
    private String task(Reminders.TaskRef t) {
        String s = msg.fill("remind.task_item", "task", t.id(), "title", t.title());
        return s.endsWith(".") || s.endsWith("…") || s.endsWith("!") || s.endsWith("?") ? s : s + ".";
    }

    // ---- a letter ----

    /** What letter.ftl and letter.ftlx see for one unit. */
    Map<String, Object> letter(Reminders.Letter l) {
        String period = msg.periodWords(r.period());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("html_lang", msg.get("html_lang"));
        m.put("title", msg.get("remind.letter_title") + " — " + l.unitName());
        m.put("header", header(set.letterNumber() != null ? set.letterNumber() : "CV",
                msg.fill("remind.trich_yeu", "plan_number", planNumber(), "period", period)));
        m.put("kinh_gui_label", msg.get("remind.kinh_gui"));
        m.put("unit", l.unitName());
        m.put("basis", msg.fill("remind.basis", "plan_number", planNumber(), "plan_date", planDate(), "plan_issuer", planIssuer,
                "plan_subject", planSubject(), "monitoring", monitoring));
        m.put("rule", msg.fill("remind.rule", "monitoring", monitoring, "due_days", String.valueOf(plan.reporting().dueDays())));

        m.put("missing_intro", l.missing().isEmpty() ? null : msg.fill("remind.missing_intro", "as_of", msg.longDate(r.asOf()),
                "monitoring", monitoring, "unit", l.unitName()));
        List<Object> rows = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        List<Object> tasks = new ArrayList<>();
        for (Reminders.Missing x : l.missing()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("period", msg.period(x.period()));
            row.put("due", msg.shortDate(x.due()));
            row.put("days_late", msg.number(x.daysLate()));
            row.put("tasks", String.join(", ", x.tasks().stream().map(Reminders.TaskRef::id).toList()));
            rows.add(row);
            for (Reminders.TaskRef t : x.tasks()) {
                if (!seen.contains(t.id())) {
                    seen.add(t.id());
                    tasks.add(task(t));
                }
            }
        }
        m.put("missing_rows", rows);
        m.put("col_period", msg.get("remind.col_period"));
        m.put("col_due", msg.get("remind.col_due"));
        m.put("col_days_late", msg.get("remind.col_days_late"));
        m.put("col_tasks", msg.get("remind.col_tasks"));
        m.put("tasks_intro", tasks.isEmpty() ? null : msg.get("remind.tasks_intro"));
        m.put("tasks", tasks);
        m.put("consecutive", !l.repeated() ? null : msg.fill("remind.consecutive", "unit", l.unitName(), "count", String.valueOf(l.consecutive()),
                "range", msg.fill("remind.range", "from", msg.periodWords(l.consecutiveFrom()), "to", msg.periodWords(l.consecutiveTo()))));

        List<Object> late = new ArrayList<>();
        for (Reminders.Late x : l.late()) {
            late.add(msg.fill("remind.late", "period", msg.periodWords(x.period()), "unit", l.unitName(), "monitoring", monitoring,
                    "submitted", msg.longDate(x.submitted()), "days", msg.number(x.daysLate()), "due", msg.longDate(x.due())));
        }
        m.put("late", late);

        m.put("overdue_intro", l.overdue().isEmpty() ? null : msg.fill("remind.overdue_intro", "period", period, "unit", l.unitName()));
        List<Object> overdue = new ArrayList<>();
        for (Reminders.Overdue x : l.overdue()) {
            overdue.add(msg.fill("remind.overdue_item", "task", x.task().id(), "title", x.task().title(), "deadline", msg.longDate(x.deadline()),
                    "status", x.status() == null ? "" : msg.get("status." + x.status().id()), "days", msg.number(x.daysOverdue())));
        }
        m.put("overdue", overdue);

        List<Object> requests = new ArrayList<>();
        String key = !l.missing().isEmpty() && !l.overdue().isEmpty() ? "remind.request_missing_overdue"
                : !l.missing().isEmpty() ? "remind.request_missing" : !l.overdue().isEmpty() ? "remind.request_overdue" : null;
        if (key != null) {
            requests.add(msg.fill(key, "plan_issuer", planIssuer, "monitoring", monitoring, "unit", l.unitName(), "send_by", msg.longDate(r.sendBy())));
        }
        if (!l.late().isEmpty()) requests.add(msg.fill("remind.request_late", "unit", l.unitName()));
        if (l.repeated()) requests.add(msg.fill("remind.request_head", "unit", l.unitName()));
        m.put("requests", requests);
        m.put("closing", msg.fill("remind.closing", "unit", l.unitName()));
        m.put("recipients_title", msg.get("recipients"));
        m.put("recipients", recipients(set.recipients(), true));
        m.put("signature", signature());
        return m;
    }

    // ---- the notice ----

    /** What notice.ftl and notice.ftlx see. */
    Map<String, Object> notice() {
        String period = msg.periodWords(r.period());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("html_lang", msg.get("html_lang"));
        m.put("header", header(set.noticeNumber() != null ? set.noticeNumber() : "TB", null));
        m.put("doc_title", msg.get("remind.notice_title"));
        String subject = msg.fill("remind.notice_subject", "plan_number", planNumber(), "period", period);
        m.put("title", msg.get("remind.notice_title") + " — " + subject);
        m.put("subject", subject);
        LocalDate due = plan.reporting().dueDate(r.period());
        m.put("intro", msg.fill("remind.notice_intro", "plan_number", planNumber(), "plan_date", planDate(), "plan_issuer", planIssuer,
                "plan_subject", planSubject(), "monitoring", monitoring, "period", period, "due", msg.longDate(due), "as_of", msg.longDate(r.asOf())));
        List<Object> rows = new ArrayList<>();
        int no = 0;
        for (Reminders.UnitState u : r.units()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("no", String.valueOf(++no));
            row.put("unit", u.unitName());
            row.put("owed", String.valueOf(u.owed()));
            row.put("sent", String.valueOf(u.sent()));
            row.put("submitted", u.submitted() == null ? msg.get("remind.none")
                    : u.daysLate() > 0 ? msg.fill("remind.submitted_late", "date", msg.shortDate(u.submitted()), "days", msg.number(u.daysLate()))
                    : msg.shortDate(u.submitted()));
            String tasks = String.join(", ", u.missingTasks());
            row.put("missing", u.earlierMissing() == 0 ? (tasks.isEmpty() ? msg.get("remind.none") : tasks)
                    : tasks.isEmpty() ? msg.fill("remind.earlier_missing_only", "count", String.valueOf(u.earlierMissing()))
                    : msg.fill("remind.earlier_missing", "tasks", tasks, "count", String.valueOf(u.earlierMissing())));
            row.put("consecutive", u.consecutive() == 0 ? msg.get("remind.none") : String.valueOf(u.consecutive()));
            rows.add(row);
        }
        Reminders.NoticeTotals totals = r.totals();
        m.put("totals", totals.owed() == 0 ? msg.fill("remind.notice_none", "period", period)
                : msg.fill("remind.notice_totals", "owed", String.valueOf(totals.owed()), "complete", String.valueOf(totals.complete()),
                        "late", String.valueOf(totals.late()), "incomplete", String.valueOf(totals.incomplete())));
        m.put("rows", rows);
        for (String c : List.of("no", "unit", "owed", "sent", "submitted", "missing", "consecutive")) m.put("col_" + c, msg.get("remind.col_" + c));
        m.put("letters", r.letters().isEmpty() ? msg.get("remind.notice_no_letters")
                : msg.fill("remind.notice_letters", "monitoring", monitoring, "count", String.valueOf(r.letters().size()),
                        "units", String.join(", ", r.letters().stream().map(Reminders.Letter::unitName).toList())));
        m.put("closing", msg.fill("remind.notice_closing", "monitoring", monitoring));
        m.put("recipients_title", msg.get("recipients"));
        m.put("recipients", recipients(set.noticeRecipients(), false));
        m.put("signature", signature());
        return m;
    }

    // ---- JSON ----

    /** The same content for a batch job: stable English keys, ids and ISO dates; task titles as the plan writes them. */
    Map<String, Object> json(List<Format> formats) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("period", r.period().toString());
        m.put("as_of", r.asOf().toString());
        m.put("send_by", r.sendBy().toString());
        m.put("due", plan.reporting().dueDate(r.period()).toString());
        List<Object> letters = new ArrayList<>();
        for (Reminders.Letter l : r.letters()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("unit", l.unitId());
            x.put("name", l.unitName());
            x.put("files", files(l.unitId(), formats));
            Map<String, Object> contact = null;
            if (l.contact() != null) {
                contact = new LinkedHashMap<>();
                contact.put("email", l.contact().email());
                contact.put("phone", l.contact().phone());
            }
            x.put("contact", contact);
            x.put("consecutive_periods_missed", l.consecutive());
            List<Object> missing = new ArrayList<>();
            for (Reminders.Missing ms : l.missing()) {
                Map<String, Object> y = new LinkedHashMap<>();
                y.put("period", ms.period().toString());
                y.put("due", ms.due().toString());
                y.put("days_late", ms.daysLate());
                y.put("tasks", taskList(ms.tasks()));
                missing.add(y);
            }
            x.put("missing", missing);
            List<Object> late = new ArrayList<>();
            for (Reminders.Late lt : l.late()) {
                Map<String, Object> y = new LinkedHashMap<>();
                y.put("period", lt.period().toString());
                y.put("due", lt.due().toString());
                y.put("submitted", lt.submitted().toString());
                y.put("days_late", lt.daysLate());
                y.put("tasks", taskList(lt.tasks()));
                late.add(y);
            }
            x.put("late", late);
            List<Object> overdue = new ArrayList<>();
            for (Reminders.Overdue o : l.overdue()) {
                Map<String, Object> y = new LinkedHashMap<>();
                y.put("task", o.task().id());
                y.put("title", o.task().title());
                y.put("deadline", o.deadline().toString());
                y.put("period", o.period().toString());
                y.put("status", o.status() == null ? null : o.status().id());
                y.put("days_overdue", o.daysOverdue());
                overdue.add(y);
            }
            x.put("overdue", overdue);
            letters.add(x);
        }
        m.put("letters", letters);
        List<Object> units = new ArrayList<>();
        for (Reminders.UnitState u : r.units()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("unit", u.unitId());
            x.put("name", u.unitName());
            x.put("owed", u.owed());
            x.put("sent", u.sent());
            x.put("submitted", u.submitted() == null ? null : u.submitted().toString());
            x.put("days_late", u.daysLate());
            x.put("missing_tasks", new ArrayList<Object>(u.missingTasks()));
            x.put("earlier_periods_missing", u.earlierMissing());
            x.put("consecutive_periods_missed", u.consecutive());
            units.add(x);
        }
        m.put("units", units);
        return m;
    }

    private static List<Object> taskList(List<Reminders.TaskRef> tasks) {
        List<Object> list = new ArrayList<>();
        for (Reminders.TaskRef t : tasks) {
            Map<String, Object> y = new LinkedHashMap<>();
            y.put("task", t.id());
            y.put("title", t.title());
            list.add(y);
        }
        return list;
    }

    private List<Object> files(String unitId, List<Format> formats) {
        List<Object> list = new ArrayList<>();
        for (Format f : formats) if (f != Format.JSON) list.add(letterBase(unitId) + "." + f.extension());
        return list;
    }

    // ---- the mail-merge list ----

    /**
     * The rows of the mail-merge list, header first: unit id, name, the letter's file (the first
     * document format written: PDF, else Markdown; empty under JSON alone), what is owed, e-mail, phone.
     */
    public List<List<String>> mailMerge(List<Format> formats) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(msg.get("remind.list_unit_id"), msg.get("remind.list_unit"), msg.get("remind.list_file"), msg.get("remind.list_owed"),
                msg.get("remind.list_email"), msg.get("remind.list_phone")));
        Format doc = formats.contains(Format.PDF) ? Format.PDF : formats.contains(Format.MD) ? Format.MD : null;
        for (Reminders.Letter l : r.letters()) {
            List<String> parts = new ArrayList<>();
            if (!l.missing().isEmpty()) {
                parts.add(msg.fill("remind.list_missing", "periods", String.join(", ", l.missingPeriods().stream().map(msg::periodWords).toList())));
            }
            for (Reminders.Late x : l.late()) {
                parts.add(msg.fill("remind.list_late", "period", msg.periodWords(x.period()), "days", msg.number(x.daysLate())));
            }
            if (!l.overdue().isEmpty()) {
                parts.add(msg.fill("remind.list_overdue", "tasks", String.join(", ", l.overdue().stream().map(o -> o.task().id()).toList())));
            }
            rows.add(List.of(l.unitId(), l.unitName(), doc == null ? "" : letterBase(l.unitId()) + "." + doc.extension(), capitalised(String.join("; ", parts)),
                    l.contact() == null || l.contact().email() == null ? "" : l.contact().email(),
                    l.contact() == null || l.contact().phone() == null ? "" : l.contact().phone()));
        }
        return rows;
    }

    /** The quarter the letters chase. */
    public Period period() { return r.period(); }
}
