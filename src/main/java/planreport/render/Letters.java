package planreport.render;

import planreport.render.docx.DocProps;
import planreport.render.docx.Docx;
import planreport.render.pdf.Pdf;
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
import planreport.remind.Upcoming;
import planreport.render.view.LetterView.HeaderView;
import planreport.render.view.LetterView.MissingRowView;
import planreport.render.view.LetterView.SignatureView;
import planreport.render.view.LetterView;
import planreport.render.view.NoticeView;
import planreport.render.view.RemindJson;
import planreport.render.view.UpcomingJson;
import planreport.render.view.UpcomingView;

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
    /** The user's templates folder over the packaged templates (null: the packaged ones). */
    private final java.nio.file.Path templates;

    public Letters(Plan plan, Reminders reminders, Lang lang) { this(plan, reminders, lang, null); }

    /** With the user's {@code templates} folder (remind --templates; null: the packaged templates). */
    public Letters(Plan plan, Reminders reminders, Lang lang, java.nio.file.Path templates) {
        this.templates = templates;
        this.plan = plan;
        this.r = reminders;
        this.msg = Messages.of(lang);
        this.set = Reminders.settings(plan, reminders.asOf()); // the monitoring body as it exists on the letters' day
        this.monitoring = plan.name(Reminders.writer(plan, reminders.asOf()));
        this.planIssuer = plan.issuerName();
    }

    // ---- names ----

    /** don-doc-2023-Q2_so-tu-phap: a letter's file name without its extension. */
    public String letterBase(String unitId) { return letterPrefix(r.period()) + unitId + msg.fileSuffix(); }

    private static String letterPrefix(planreport.model.Period p) { return "don-doc-" + p + "_"; }

    /** Whether {@code name} is a unit's letter of quarter {@code p} in {@code lang}, whatever its format ("don-doc-2022-Q1_so-tu-phap.md"). */
    public static boolean letterOf(String name, planreport.model.Period p, planreport.model.Lang lang) {
        if (!name.startsWith(letterPrefix(p))) return false;
        String stem = name.substring(0, Math.max(0, name.lastIndexOf('.')));
        String suffix = lang.fileSuffix();
        boolean english = stem.endsWith(planreport.model.Lang.EN.fileSuffix());
        return suffix.isEmpty() ? !english : stem.endsWith(suffix);
    }

    public String noticeBase() { return "thong-bao-" + r.period() + msg.fileSuffix(); }

    public String jsonName() { return "don-doc-" + r.period() + msg.fileSuffix() + ".json"; }

    public String listBase() { return "danh-sach-gui-" + r.period() + msg.fileSuffix(); }

    // ---- rendering ----

    /** Every file, by name: the letters and the notice in each document format, the JSON when asked. */
    public Map<String, byte[]> render(List<Format> formats) throws RenderFailure {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Templates t = templates();
        for (Format f : formats) {
            if (f == Format.JSON) {
                files.put(jsonName(), Json.file(ViewTree.root(json(formats))));
                continue;
            }
            for (Reminders.Letter l : r.letters()) {
                LetterView letter = letter(l);
                files.put(letterBase(l.unitId()) + "." + f.extension(), document(f, "letter", letter, letter.title(), t));
            }
            NoticeView notice = notice();
            files.put(noticeBase() + "." + f.extension(), document(f, "notice", notice, notice.title(), t));
        }
        return files;
    }

    /** The one place a document format is chosen: Markdown from {@code <name>.ftl}; PDF and Word from the XHTML of {@code <name>.ftlx}. */
    private byte[] document(Format f, String template, Record view, String title, Templates t) throws RenderFailure {
        try {
            return switch (f) {
                case MD -> Format.bytes(t.render(template + ".ftl", ViewTree.root(view, MarkdownText::escape)));
                case PDF -> Pdf.render(t.render(template + ".ftlx", ViewTree.root(view)), layout().css(), r.asOf(), templates);
                case DOCX -> {
                    var o = new java.io.ByteArrayOutputStream();
                    Docx.write(t.render(template + ".ftlx", ViewTree.root(view)), layout().profile(),
                            new DocProps(String.valueOf(title), null, msg.get("html_lang"), r.asOf()), o);
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

    private Layout layout;

    /** The layout profile: the user's layout.yaml over the packaged one (remind --templates), else the packaged one. */
    private Layout layout() throws RenderFailure {
        if (layout == null) layout = templates == null ? Layout.packaged() : Layout.load(templates);
        return layout;
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

    private HeaderView header(String numberType, String trichYeu) {
        PlanInfo info = plan.info();
        return new HeaderView(set.parent(), set.issuer(),
                msg.get("doc.number") + " \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0-" + numberType, trichYeu, msg.get("header_national"),
                msg.fill("doc.place_date", "place", info.place(), "date", msg.longDate(r.asOf())));
    }

    private SignatureView signature() {
        return new SignatureView(set.authority(), set.title() != null ? set.title() : msg.get("remind.sign_title"), set.name());
    }

    private List<String> recipients(List<String> configured, boolean asAbove) {
        List<String> list = new ArrayList<>();
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

    /** The most quarters a letter tabulates; more are named in one sentence. */
    static final int TABLE_ROWS = 4;

    /** "các kỳ báo cáo từ quý IV/2021 đến quý III/2025": the quarters whose reports the letters and the notice judge. */
    private String covered() {
        List<Period> c = r.covered();
        if (c.isEmpty() || c.size() == 1) return msg.fill("remind.covered_one", "period", msg.periodInline(c.isEmpty() ? r.period() : c.get(0)));
        boolean contiguous = true;
        for (int i = 1; i < c.size(); i++) contiguous &= c.get(i - 1).next().equals(c.get(i));
        return contiguous ? msg.fill("remind.covered_range", "from", msg.periodInline(c.get(0)), "to", msg.periodInline(c.get(c.size() - 1)))
                : msg.fill("remind.covered_list", "periods", String.join(", ", c.stream().map(msg::periodInline).toList()));
    }

    /** The tasks of a run of missing reports: "nhiệm vụ 1.1, 6.1"; the one task of a letter with its title. */
    private String runTasks(List<Reminders.Missing> run, List<Reminders.Missing> others) {
        String ids = ids(run);
        if (!others.isEmpty() || ids.indexOf(',') >= 0) return msg.fill("remind.run_tasks", "tasks", ids);
        Reminders.TaskRef t = run.get(0).tasks().get(0);
        String title = t.title().strip();
        if (title.endsWith(".")) title = title.substring(0, title.length() - 1);
        return msg.fill("remind.run_task_titled", "task", t.id(), "title", title);
    }

    /** The tasks of some missing reports, each once, in the order first met: "7.3", "1.1, 6.1". */
    private static String ids(List<Reminders.Missing> ms) {
        List<String> ids = new ArrayList<>();
        for (Reminders.Missing x : ms) for (Reminders.TaskRef t : x.tasks()) if (!ids.contains(t.id())) ids.add(t.id());
        return String.join(", ", ids);
    }

    /** What letter.ftl and letter.ftlx see for one unit. */
    LetterView letter(Reminders.Letter l) {
        String period = msg.periodWords(r.period());
        HeaderView header = header(set.letterNumber(),
                msg.fill("remind.trich_yeu", "plan_number", planNumber(), "period", period));
        String basis = msg.fill("remind.basis", "plan_number", planNumber(), "plan_date", planDate(), "plan_issuer", planIssuer,
                "plan_subject", planSubject(), "monitoring", monitoring);
        String rule = msg.fill("remind.rule", "monitoring", monitoring, "due_days", String.valueOf(plan.reporting().dueDays()));
        // a run of quarters up to the last one due is one sentence ("từ quý IV/2021 đến nay (16 kỳ) chưa gửi báo cáo");
        // the other quarters owed a table while they are few, else one sentence naming them
        List<Reminders.Missing> streak = new ArrayList<>(), others = new ArrayList<>();
        List<String> held = new ArrayList<>();
        for (Reminders.Missing x : l.missing()) {
            // a report that came and is held back (a file that could not be read, a report returned for correction) is said as such, not "chưa gửi"
            if (x.held() != null) {
                held.add(held(x.held(), l.unitName()));
                continue;
            }
            boolean inRun = l.repeated() && x.period().compareTo(l.consecutiveFrom()) >= 0 && x.period().compareTo(l.consecutiveTo()) <= 0;
            (inRun ? streak : others).add(x);
        }
        String missingIntro = streak.isEmpty() && others.isEmpty() || !streak.isEmpty() ? null : msg.fill("remind.missing_intro",
                "covered", covered(), "as_of", msg.longDate(r.asOf()), "monitoring", monitoring, "unit", l.unitName());
        String run = streak.isEmpty() ? null : msg.fill("remind.missing_run", "covered", covered(), "as_of", msg.longDate(r.asOf()),
                "unit", l.unitName(), "from", msg.periodInline(l.consecutiveFrom()), "count", String.valueOf(l.consecutive()),
                "monitoring", monitoring, "tasks", runTasks(streak, others));
        List<MissingRowView> rows = new ArrayList<>();
        String otherPeriods = null;
        if (others.size() <= TABLE_ROWS) {
            for (Reminders.Missing x : others) {
                rows.add(new MissingRowView(msg.period(x.period()), msg.shortDate(x.due()), msg.number(x.daysLate()),
                        String.join(", ", x.tasks().stream().map(Reminders.TaskRef::id).toList())));
            }
        } else {
            otherPeriods = String.join(", ", others.stream().map(x -> msg.periodInline(x.period())).toList());
        }
        String rowsIntro = others.isEmpty() || streak.isEmpty() ? null
                : msg.fill(rows.isEmpty() ? "remind.missing_others_list" : "remind.missing_others", "unit", l.unitName(), "count",
                        String.valueOf(others.size()), "periods", otherPeriods == null ? "" : otherPeriods, "tasks", ids(others));
        if (streak.isEmpty() && otherPeriods != null) {
            rowsIntro = msg.fill("remind.missing_list", "periods", otherPeriods, "count", String.valueOf(others.size()), "tasks", ids(others));
        }
        List<String> seen = new ArrayList<>();
        List<String> tasks = new ArrayList<>();
        // one task owed, named with its title in the run's sentence: no list of one
        if (run != null && others.isEmpty() && ids(streak).indexOf(',') < 0) seen.add(ids(streak));
        for (Reminders.Missing x : l.missing()) {
            if (x.held() != null) continue; // its own sentence says what became of it
            for (Reminders.TaskRef t : x.tasks()) {
                if (!seen.contains(t.id())) {
                    seen.add(t.id());
                    tasks.add(task(t));
                }
            }
        }
        // the run's sentence already says how many quarters in a row
        String consecutive = !l.repeated() || run != null ? null : msg.fill("remind.consecutive", "unit", l.unitName(), "count", String.valueOf(l.consecutive()),
                "range", msg.fill("remind.range", "from", msg.periodWords(l.consecutiveFrom()), "to", msg.periodWords(l.consecutiveTo())));

        List<String> late = new ArrayList<>();
        for (Reminders.Late x : l.late()) {
            late.add(msg.fill("remind.late", "period", msg.periodWords(x.period()), "unit", l.unitName(), "monitoring", monitoring,
                    "submitted", msg.longDate(x.submitted()), "days", msg.number(x.daysLate()), "due", msg.longDate(x.due())));
        }

        String overdueIntro = l.overdue().isEmpty() ? null : msg.fill("remind.overdue_intro", "period", period, "unit", l.unitName());
        List<String> overdue = new ArrayList<>();
        for (Reminders.Overdue x : l.overdue()) {
            overdue.add(msg.fill("remind.overdue_item", "task", x.task().id(), "title", x.task().title(), "deadline", msg.longDate(x.deadline()),
                    "status", x.status() == null ? "" : msg.get("status." + x.status().id()), "days", msg.number(x.daysOverdue())));
        }

        List<String> requests = new ArrayList<>();
        String key = !l.missing().isEmpty() && !l.overdue().isEmpty() ? "remind.request_missing_overdue"
                : !l.missing().isEmpty() ? "remind.request_missing" : !l.overdue().isEmpty() ? "remind.request_overdue" : null;
        if (key != null && run != null && others.isEmpty()) key = key + "_run"; // one report may cover the whole run
        if ("remind.request_missing".equals(key) && streak.isEmpty() && others.isEmpty()) key = "remind.request_resend"; // every report owed came and is held back
        if (key != null) {
            requests.add(msg.fill(key, "plan_issuer", planIssuer, "monitoring", monitoring, "unit", l.unitName(), "send_by", msg.longDate(r.sendBy()),
                    "from", run == null ? "" : msg.periodInline(l.consecutiveFrom())));
        }
        if (!l.late().isEmpty()) requests.add(msg.fill("remind.request_late", "unit", l.unitName()));
        if (l.repeated()) requests.add(msg.fill("remind.request_head", "unit", l.unitName()));
        return new LetterView(msg.get("html_lang"), msg.get("remind.letter_title") + " — " + l.unitName(), header, msg.get("remind.kinh_gui"),
                l.unitName(), basis, rule, missingIntro, rows, msg.get("remind.col_period"), msg.get("remind.col_due"),
                msg.get("remind.col_days_late"), msg.get("remind.col_tasks"), tasks.isEmpty() ? null : msg.get("remind.tasks_intro"), tasks,
                consecutive, late, overdueIntro, overdue, requests, msg.fill("remind.closing", "unit", l.unitName()), msg.get("recipients"),
                recipients(set.recipients(), true), signature(), run, rowsIntro, held);
    }

    /** "Sở Tư pháp đã gửi báo cáo quý III năm 2023 (tệp …) nhưng tệp không đọc được …" / "Báo cáo quý III năm 2023 của … đã được trả lại để chỉnh sửa ngày …". */
    private String held(planreport.model.Held h, String unit) {
        if (h.reason() == planreport.model.Held.Reason.UNREADABLE) {
            String file = h.detail() == null ? "" : java.nio.file.Path.of(h.detail()).getFileName().toString();
            return msg.fill("remind.held_unreadable", "unit", unit, "period", msg.periodWords(h.period()), "file", file, "monitoring", monitoring);
        }
        return msg.fill(h.detail() == null ? "remind.held_returned" : "remind.held_returned_note", "unit", unit, "period", msg.periodWords(h.period()),
                "date", msg.longDate(h.date()), "note", h.detail() == null ? "" : h.detail(), "monitoring", monitoring);
    }

    // ---- the notice ----

    /** What notice.ftl and notice.ftlx see. */
    NoticeView notice() {
        String period = msg.periodWords(r.period());
        String subject = msg.fill("remind.notice_subject", "plan_number", planNumber(), "period", period);
        LocalDate due = plan.reporting().dueDate(r.period());
        String intro = msg.fill("remind.notice_intro", "plan_number", planNumber(), "plan_date", planDate(), "plan_issuer", planIssuer,
                "plan_subject", planSubject(), "monitoring", monitoring, "period", period, "due", msg.longDate(due), "as_of", msg.longDate(r.asOf()));
        List<NoticeView.RowView> rows = new ArrayList<>();
        int no = 0;
        for (Reminders.UnitState u : r.units()) {
            String submitted = u.submitted() == null && u.held() != null ? msg.get("remind.notice_held_" + u.held().reason().id())
                    : u.submitted() == null ? msg.get("remind.none")
                    : u.daysLate() > 0 ? msg.fill("remind.submitted_late", "date", msg.shortDate(u.submitted()), "days", msg.number(u.daysLate()))
                    : msg.shortDate(u.submitted());
            String tasks = String.join(", ", u.missingTasks());
            String missing = u.earlierMissing() == 0 ? (tasks.isEmpty() ? msg.get("remind.none") : tasks)
                    : tasks.isEmpty() ? msg.fill("remind.earlier_missing_only", "count", String.valueOf(u.earlierMissing()))
                    : msg.fill("remind.earlier_missing", "tasks", tasks, "count", String.valueOf(u.earlierMissing()));
            rows.add(new NoticeView.RowView(String.valueOf(++no), u.unitName(), String.valueOf(u.owed()), String.valueOf(u.sent()), submitted,
                    missing, u.consecutive() == 0 ? msg.get("remind.none") : String.valueOf(u.consecutive())));
        }
        Reminders.NoticeTotals counted = r.totals();
        String totals = counted.owed() == 0 ? msg.fill("remind.notice_none", "period", period)
                : msg.fill("remind.notice_totals", "owed", String.valueOf(counted.owed()), "complete", String.valueOf(counted.complete()),
                        "late", String.valueOf(counted.late()), "incomplete", String.valueOf(counted.incomplete()));
        // the exceptions in the body — who sent late and by how much, who sent nothing and for how many
        // quarters in a row, who did not report every task — and every unit in the attached table
        List<String> late = new ArrayList<>(), silent = new ArrayList<>(), partial = new ArrayList<>(), held = new ArrayList<>();
        for (Reminders.UnitState u : r.units()) {
            if (u.submitted() != null && u.daysLate() > 0) late.add(msg.fill("remind.notice_late_unit", "unit", u.unitName(), "days", msg.number(u.daysLate())));
            if (u.sent() == 0 && u.held() != null) {
                held.add(msg.fill("remind.notice_held_unit_" + u.held().reason().id(), "unit", u.unitName(),
                        "date", u.held().date() == null ? "" : msg.shortDate(u.held().date())));
            } else if (u.sent() == 0) {
                silent.add(u.consecutive() >= 2 ? msg.fill("remind.notice_silent_unit_run", "unit", u.unitName(), "count", String.valueOf(u.consecutive()))
                        : u.unitName());
            } else if (!u.complete()) {
                partial.add(msg.fill("remind.notice_partial_unit", "unit", u.unitName(), "tasks", String.join(", ", u.missingTasks())));
            }
        }
        List<String> exceptions = new ArrayList<>();
        if (!late.isEmpty()) exceptions.add(msg.fill("remind.notice_late", "count", String.valueOf(late.size()), "units", String.join("; ", late)));
        if (!silent.isEmpty()) exceptions.add(msg.fill("remind.notice_silent", "count", String.valueOf(silent.size()), "units", String.join("; ", silent)));
        if (!held.isEmpty()) exceptions.add(msg.fill("remind.notice_held", "count", String.valueOf(held.size()), "units", String.join("; ", held)));
        if (!partial.isEmpty()) exceptions.add(msg.fill("remind.notice_partial", "count", String.valueOf(partial.size()), "units", String.join("; ", partial)));
        String annexRef = msg.fill("remind.notice_annex_ref", "number", "\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0-" + set.noticeNumber(),
                "date", msg.shortDate(r.asOf()), "monitoring", monitoring);
        String letters = r.letters().isEmpty() ? msg.get("remind.notice_no_letters")
                : msg.fill("remind.notice_letters", "monitoring", monitoring, "count", String.valueOf(r.letters().size()),
                        "units", String.join(", ", r.letters().stream().map(Reminders.Letter::unitName).toList()));
        return new NoticeView(msg.get("html_lang"), header(set.noticeNumber(), null),
                msg.get("remind.notice_title"), msg.get("remind.notice_title") + " — " + subject, subject, intro, totals, rows,
                col("no"), col("unit"), col("owed"), col("sent"), col("submitted"), col("missing"), col("consecutive"), letters,
                msg.fill("remind.notice_closing", "monitoring", monitoring), msg.get("recipients"), recipients(set.noticeRecipients(), false),
                signature(), exceptions, rows.isEmpty() ? null : msg.get("remind.notice_see_annex"), msg.get("remind.notice_annex_title"),
                msg.fill("remind.notice_annex_subject", "period", period), annexRef,
                r.units().stream().anyMatch(u -> u.sent() == 0 && u.consecutive() >= 2) ? msg.fill("remind.notice_covered", "covered", covered()) : null);
    }

    private String col(String name) { return msg.get("remind.col_" + name); }

    // ---- before the deadline (remind --upcoming) ----

    /** sap-den-han-2022-04-05: the short notice of what comes due after the letters' day, without its extension. */
    public String upcomingBase() { return "sap-den-han-" + r.asOf() + msg.fileSuffix(); }

    private String upcomingLetterPrefix() { return "nhac-han-" + r.asOf() + "_"; }

    /** nhac-han-2022-04-05_so-tu-phap: a unit's letter of what it has coming due, without its extension. */
    public String upcomingLetterBase(String unitId) { return upcomingLetterPrefix() + unitId + msg.fileSuffix(); }

    /** Whether {@code name} is a unit's letter of remind --upcoming dated {@code asOf} in {@code lang}, whatever its format. */
    public static boolean upcomingLetterOf(String name, LocalDate asOf, Lang lang) {
        if (!name.startsWith("nhac-han-" + asOf + "_")) return false;
        String stem = name.substring(0, Math.max(0, name.lastIndexOf('.')));
        boolean english = stem.endsWith(Lang.EN.fileSuffix());
        return lang.fileSuffix().isEmpty() ? !english : stem.endsWith(lang.fileSuffix());
    }

    /** The templates the letters are written with (the defaults, or --templates overriding them). */
    private Templates templates() throws RenderFailure {
        try {
            return new Templates(templates);
        } catch (IOException e) {
            throw failure(e, "templates");
        }
    }

    /**
     * The notice of what comes due in the days after the letters' day, in each document format (JSON:
     * the same facts), and with {@code letters} one letter per unit with something coming due (none
     * to the monitoring body, which writes them).
     */
    public Map<String, byte[]> renderUpcoming(Upcoming u, List<Format> formats, boolean letters) throws RenderFailure {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Templates t = templates();
        UpcomingView view = upcoming(u);
        List<String> units = letters ? upcomingUnits(u) : List.of();
        for (Format f : formats) {
            if (f == Format.JSON) {
                files.put(upcomingBase() + ".json", Json.file(ViewTree.root(upcomingJson(u, units, formats))));
                continue;
            }
            for (String unit : units) {
                UpcomingView letter = upcomingLetter(u, unit);
                files.put(upcomingLetterBase(unit) + "." + f.extension(), document(f, "upcoming", letter, letter.title(), t));
            }
            files.put(upcomingBase() + "." + f.extension(), document(f, "upcoming", view, view.title(), t));
        }
        return files;
    }

    /** The units that get a letter before the deadline: every one with something coming due, but the body that writes the letters. */
    private List<String> upcomingUnits(Upcoming u) {
        String writer = Reminders.writer(plan, r.asOf());
        return u.units(plan).stream().filter(id -> !id.equals(writer)).toList();
    }

    /** What upcoming.ftl and upcoming.ftlx see for the notice. */
    UpcomingView upcoming(Upcoming u) {
        String subject = msg.fill("remind.upcoming_subject", "plan_number", planNumber(), "from", msg.shortDate(u.asOf().plusDays(1)),
                "until", msg.shortDate(u.until()));
        String intro = msg.fill("remind.upcoming_intro", "plan_number", planNumber(), "plan_date", planDate(), "plan_issuer", planIssuer,
                "plan_subject", planSubject(), "monitoring", monitoring, "days", String.valueOf(u.days()), "until", msg.longDate(u.until()));
        List<String> reports = new ArrayList<>();
        for (Upcoming.DueReport d : u.reports()) {
            String names = String.join(", ", d.units().stream().map(plan::name).toList());
            reports.add(msg.fill(d.units().isEmpty() ? "remind.upcoming_report_all" : "remind.upcoming_report", "period", msg.periodWords(d.period()),
                    "due", msg.longDate(d.due()), "left", msg.number(d.daysLeft()), "count", String.valueOf(d.units().size()), "units", names));
        }
        List<String> tasks = new ArrayList<>();
        for (Upcoming.DueTask d : u.tasks()) {
            tasks.add(msg.fill("remind.upcoming_task", "task", d.task().id(), "title", d.task().shortTitle(), "due", msg.longDate(d.due()),
                    "left", msg.number(d.daysLeft()), "units", String.join(", ", d.leads().stream().map(plan::name).toList())));
        }
        return new UpcomingView(msg.get("html_lang"), header(set.noticeNumber(), null), msg.get("remind.notice_title"),
                msg.get("remind.notice_title") + " — " + subject, subject, intro, reports, tasks.isEmpty() ? null : msg.get("remind.upcoming_tasks"),
                tasks, u.empty() ? msg.fill("remind.upcoming_none", "days", String.valueOf(u.days())) : null,
                msg.fill("remind.upcoming_closing", "monitoring", monitoring), msg.get("recipients"), recipients(set.noticeRecipients(), false),
                signature(), null, null, List.of());
    }

    /** What upcoming.ftl and upcoming.ftlx see for one unit's letter: the quarters whose report it has not sent and the tasks it leads, coming due. */
    UpcomingView upcomingLetter(Upcoming u, String unitId) {
        String unit = plan.name(unitId);
        List<Upcoming.DueReport> reports = u.reports().stream().filter(d -> d.units().contains(unitId)).toList();
        List<Upcoming.DueTask> tasks = u.tasks().stream().filter(d -> d.leads().contains(unitId)).toList();
        String trichYeu = reports.isEmpty() ? msg.fill("remind.upcoming_letter_trich_yeu_tasks", "plan_number", planNumber())
                : msg.fill("remind.upcoming_letter_trich_yeu", "plan_number", planNumber(),
                        "period", String.join(", ", reports.stream().map(d -> msg.periodWords(d.period())).toList()));
        String basis = msg.fill("remind.basis", "plan_number", planNumber(), "plan_date", planDate(), "plan_issuer", planIssuer,
                "plan_subject", planSubject(), "monitoring", monitoring);
        List<String> paragraphs = new ArrayList<>();
        if (!reports.isEmpty()) paragraphs.add(msg.fill("remind.rule", "monitoring", monitoring, "due_days", String.valueOf(plan.reporting().dueDays())));
        for (Upcoming.DueReport d : reports) {
            paragraphs.add(msg.fill("remind.upcoming_letter_report", "monitoring", monitoring, "unit", unit, "period", msg.periodWords(d.period()),
                    "as_of", msg.longDate(r.asOf()), "due", msg.longDate(d.due()), "left", msg.number(d.daysLeft())));
        }
        List<String> taskLines = new ArrayList<>();
        for (Upcoming.DueTask d : tasks) {
            taskLines.add(msg.fill("remind.upcoming_letter_task", "task", d.task().id(), "title", d.task().shortTitle(), "due", msg.longDate(d.due()),
                    "left", msg.number(d.daysLeft())));
        }
        String request = msg.fill(reports.isEmpty() ? "remind.upcoming_letter_request_tasks" : tasks.isEmpty() ? "remind.upcoming_letter_request"
                : "remind.upcoming_letter_request_both", "plan_issuer", planIssuer, "monitoring", monitoring, "unit", unit);
        return new UpcomingView(msg.get("html_lang"), header(set.letterNumber(), trichYeu), null,
                msg.get("remind.upcoming_letter_title") + " — " + unit, null, basis, paragraphs,
                taskLines.isEmpty() ? null : msg.fill("remind.upcoming_letter_tasks", "unit", unit), taskLines, null,
                msg.fill("remind.closing", "unit", unit), msg.get("recipients"), recipients(set.recipients(), true), signature(),
                msg.get("remind.kinh_gui"), unit, List.of(request));
    }

    /** The same facts for a batch job: ids, ISO dates, English keys; the letters written, if any. */
    UpcomingJson upcomingJson(Upcoming u, List<String> units, List<Format> formats) {
        List<UpcomingJson.ReportJson> reports = u.reports().stream()
                .map(d -> new UpcomingJson.ReportJson(d.period(), d.due(), d.daysLeft(), d.units())).toList();
        List<UpcomingJson.TaskJson> tasks = u.tasks().stream()
                .map(d -> new UpcomingJson.TaskJson(d.task().id(), d.task().shortTitle(), d.due(), d.daysLeft(), d.leads())).toList();
        List<UpcomingJson.LetterJson> letters = new ArrayList<>();
        for (String unit : units) {
            List<String> files = new ArrayList<>();
            for (Format f : formats) if (f != Format.JSON) files.add(upcomingLetterBase(unit) + "." + f.extension());
            letters.add(new UpcomingJson.LetterJson(unit, plan.name(unit), files,
                    u.reports().stream().filter(d -> d.units().contains(unit)).map(Upcoming.DueReport::period).toList(),
                    u.tasks().stream().filter(d -> d.leads().contains(unit)).map(d -> d.task().id()).toList()));
        }
        return new UpcomingJson(u.asOf(), u.until(), reports, tasks, letters);
    }

    // ---- JSON ----

    /** The same content for a batch job: stable English keys, ids and ISO dates; task titles as the plan writes them. */
    RemindJson json(List<Format> formats) {
        List<RemindJson.LetterJson> letters = new ArrayList<>();
        for (Reminders.Letter l : r.letters()) {
            RemindJson.ContactJson contact = l.contact() == null ? null : new RemindJson.ContactJson(l.contact().email(), l.contact().phone());
            letters.add(new RemindJson.LetterJson(l.unitId(), l.unitName(), files(l.unitId(), formats), contact, l.consecutive(),
                    l.missing().stream().map(ms -> new RemindJson.MissingJson(ms.period(), ms.due(), ms.daysLate(), taskList(ms.tasks()))).toList(),
                    l.late().stream().map(lt -> new RemindJson.LateJson(lt.period(), lt.due(), lt.submitted(), lt.daysLate(), taskList(lt.tasks()))).toList(),
                    l.overdue().stream().map(o -> new RemindJson.OverdueJson(o.task().id(), o.task().title(), o.deadline(), o.period(), o.status(),
                            o.daysOverdue())).toList()));
        }
        List<RemindJson.UnitJson> units = r.units().stream().map(u -> new RemindJson.UnitJson(u.unitId(), u.unitName(), u.owed(), u.sent(),
                u.submitted(), u.daysLate(), u.missingTasks(), u.earlierMissing(), u.consecutive())).toList();
        return new RemindJson(r.period(), r.asOf(), r.sendBy(), plan.reporting().dueDate(r.period()), letters, units);
    }

    private static List<RemindJson.TaskJson> taskList(List<Reminders.TaskRef> tasks) {
        return tasks.stream().map(t -> new RemindJson.TaskJson(t.id(), t.title())).toList();
    }

    private List<String> files(String unitId, List<Format> formats) {
        List<String> list = new ArrayList<>();
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
            List<Period> unsent = l.missing().stream().filter(x -> x.held() == null).map(Reminders.Missing::period).toList();
            if (!unsent.isEmpty()) parts.add(msg.fill("remind.list_missing", "periods", String.join(", ", unsent.stream().map(msg::periodWords).toList())));
            for (Reminders.Missing x : l.missing()) {
                if (x.held() != null) parts.add(msg.fill("remind.list_held_" + x.held().reason().id(), "period", msg.periodWords(x.period())));
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
