package planreport.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import planreport.model.Names;
import planreport.model.Notes;
import planreport.model.Plan;
import planreport.model.PlanInfo;
import planreport.model.Task;
import planreport.report.Assessment;
import planreport.report.Assessment.NoteGroup;
import planreport.report.Point;
import planreport.report.Report;
import planreport.report.Window;
import planreport.render.view.ReviewView;

/**
 * The words of a review (báo cáo sơ kết / tổng kết): the subject naming the window truthfully, the
 * opening citing the plan, the synthesised paragraph of each section, the points the
 * {@link Assessment} drafts (ưu điểm; hạn chế and nguyên nhân), the directions and the proposals —
 * each merged with the staff's own {@link Notes} — grouped difficulties and proposals, and the
 * closing. The assessment decides; this class only words it, every word from the report catalogue.
 */
final class Review {
    private final Assessment a;
    private final Plan plan;
    private final Messages msg;
    private final Notes notes;
    private final Window w;

    /** The measures' figures of the report ({@link Report#measures()}): part II leads each section with them. */
    private final List<planreport.report.Measures.Result> measures;

    Review(Assessment a, Messages msg, Notes notes) { this(a, msg, notes, List.of()); }

    Review(Assessment a, Messages msg, Notes notes, List<planreport.report.Measures.Result> measures) {
        this.measures = List.copyOf(measures);
        this.a = a;
        this.plan = a.plan();
        this.msg = msg;
        this.notes = notes == null ? Notes.NONE : notes;
        this.w = a.window();
    }

    /** Who issues the review (its name in the opening, closing and appendices), its number after "Số" and its date; by default the plan's issuer, a blank number, the report's date. */
    private String reviewer, number;
    private java.time.LocalDate date;

    /** The issuing body's name, the number text ("12-BC/BDVTU") and the date of the review ({@link planreport.model.Plan#reviewHeading}). */
    Review issuedBy(String name, String numberText, java.time.LocalDate day) {
        this.reviewer = name;
        this.number = numberText;
        this.date = day;
        return this;
    }

    ReviewView build() {
        String scope = a.scope().id();
        PlanInfo info = plan.info();
        String issuer = plan.issuerName();
        String by = reviewer != null ? reviewer : issuer;
        String window = msg.window(w.from(), w.to());
        String years = String.valueOf(a.years());
        String resolution = msg.resolution(info);
        String shortRes = info.resolutionShort() != null ? info.resolutionShort() : msg.fill("resolution.number", "number", info.resolutionNumber());
        String planRef = msg.fill("opening.plan", "number", info.number() == null ? "…" : info.number(),
                "date", info.date() == null ? "…" : msg.plainDate(info.date()), "issuer", issuer,
                "plan_subject", info.subject() == null ? "" : lowerFirst(info.subject()));
        return new ReviewView(scope, a.years(),
                msg.fill("subject." + scope, "window", window, "years", years, "resolution", resolution, "plan_number",
                        info.number() == null ? "…" : info.number(), "plan_issuer", issuer),
                msg.fill("opening." + scope, "plan", planRef, "issuer", by, "window", window, "years", years, "as_of", msg.longDate(w.asOf())),
                msg.fill("closing." + scope, "resolution", shortRes, "window", window, "years", years, "issuer", by, "plan_number",
                        info.number() == null ? "…" : info.number(), "plan_issuer", issuer),
                msg.fill("appendix.ref", "number", number != null ? number : "\u00a0".repeat(6) + "-" + plan.reporting().numberSuffix(),
                        "date", msg.plainDate(date != null ? date : w.asOf()), "issuer", by),
                part(Notes.Part.LEADERSHIP, words(a.leadership()), null),
                blocks(notes.of(Notes.Part.RESULTS)),
                sections(),
                overall(),
                part(Notes.Part.STRENGTHS, words(a.strengths()), msg.get("eval.none")),
                part(Notes.Part.WEAKNESSES, words(a.weaknesses()), msg.get("weak.none")),
                causes(),
                lessons(),
                part(Notes.Part.DIRECTIONS, words(a.directions()), msg.get("dir.none")),
                proposals(),
                groups(a.difficulties()), groups(a.proposals()));
    }

    /**
     * One part: the staff's notes replace the data's points, unless the notes' heading asks to keep
     * them ({@link Notes#keeps}); {@code empty} (one line) only when it has neither.
     */
    private ReviewView.PartView part(Notes.Part p, List<String> points, String empty) {
        List<ReviewView.Block> b = blocks(notes.of(p));
        List<String> shown = b.isEmpty() || notes.keeps(p) ? points : List.of();
        return new ReviewView.PartView(b, shown, b.isEmpty() && shown.isEmpty() ? empty : null);
    }

    /**
     * Causes: the objective ones (the units' difficulties, grouped, how many units wrote each — their
     * names are in the appendix) and the subjective ones (the failures the data shows); the staff's
     * notes replace both unless they ask to keep them.
     */
    private ReviewView.GroupedView causes() {
        List<ReviewView.Block> b = blocks(notes.of(Notes.Part.CAUSES));
        boolean data = b.isEmpty() || notes.keeps(Notes.Part.CAUSES);
        List<NoteGroup> objective = data ? a.difficulties() : List.of();
        List<String> subjective = data ? words(a.causes()) : List.of();
        return new ReviewView.GroupedView(b, subjective, b.isEmpty() && objective.isEmpty() && subjective.isEmpty() ? msg.get("cause.none") : null,
                objective.isEmpty() ? null : msg.get("cause.objective"), counted(objective),
                subjective.isEmpty() ? null : msg.get("cause.subjective"));
    }

    /**
     * Lessons belong to a sơ kết or tổng kết (null: the part is left out of a quarter's or a year's
     * report, unless the staff wrote some); there, the staff's notes, or the heading alone for the
     * office to fill (the run warns of it, the document says nothing).
     */
    private ReviewView.PartView lessons() {
        List<ReviewView.Block> b = blocks(notes.of(Notes.Part.LESSONS));
        if (!a.drawsLessons() && b.isEmpty()) return null;
        return new ReviewView.PartView(b, List.of(), null);
    }

    /**
     * Part V, the proposals upward: the staff's notes, or the units' requests to bodies above the
     * province; with neither, one line the office fills (the run warns of it). Requests to the
     * province's own bodies are directions of part IV.
     */
    private ReviewView.GroupedView proposals() {
        List<ReviewView.Block> b = blocks(notes.of(Notes.Part.PROPOSALS));
        boolean data = b.isEmpty() || notes.keeps(Notes.Part.PROPOSALS);
        List<NoteGroup> up = data ? a.upward() : List.of();
        // a board's review: the units' requests to the province's bodies, put to its superiors
        List<String> requests = new ArrayList<>();
        if (data) for (Point p : a.requests()) if (p instanceof Point.Assign g) requests.add(request(g));
        String to = String.join(", ", a.proposalsTo());
        String fill = a.proposalsTo().isEmpty() ? msg.get("prop.fill") : msg.fill("prop.fill_to", "to", to);
        List<ReviewView.Block> shown = new ArrayList<>(b);
        if (!requests.isEmpty()) shown.add(new ReviewView.Items(requests));
        return new ReviewView.GroupedView(shown, List.of(), b.isEmpty() && up.isEmpty() && requests.isEmpty() ? fill : null,
                up.isEmpty() ? null : msg.fill("prop.intro", "issuer", plan.issuerName() == null ? "" : plan.issuerName()), counted(up), null);
    }

    /** A request to a body of the province, as a board puts it to its superiors: "Đề nghị Thường trực Tỉnh ủy chỉ đạo …". */
    private String request(Point.Assign g) {
        String to = a.proposalsTo().get(0);
        String action = g.action().strip().replaceAll("[.;,\\s]+$", "");
        if (g.addressee() == null) return msg.fill("prop.request_lead", "to", to, "organ", g.organ(), "action", action);
        return msg.fill("prop.request", "to", to, "organ", g.organ(), "addressee", g.addressee(), "action", action);
    }

    /** Notes as blocks for the templates: a paragraph, or the consecutive items of a list. */
    static List<ReviewView.Block> blocks(List<Notes.Block> in) {
        List<ReviewView.Block> out = new ArrayList<>();
        List<String> items = null;
        for (Notes.Block b : in) {
            if (b.item()) {
                if (items == null) items = new ArrayList<>();
                items.add(b.text());
                continue;
            }
            if (items != null) out.add(new ReviewView.Items(items));
            items = null;
            out.add(new ReviewView.Paragraph(b.text()));
        }
        if (items != null) out.add(new ReviewView.Items(items));
        return out;
    }

    private List<String> words(List<Point> points) {
        Words words = new Words();
        List<String> out = new ArrayList<>();
        for (Point p : points) out.add(p.accept(words));
        return out;
    }

    /** The sentence of each point: one method per kind, each filling its message key from the point's facts. */
    private final class Words implements Point.Visitor<String> {
        @Override public String duties(Point.Duties d) {
            String units = units(d.synopsis());
            String s;
            if (d.activities().isEmpty()) s = msg.fill("synth.duties", "n", String.valueOf(d.synopsis().tasks())) + " " + states(d.synopsis());
            else s = msg.fill("synth.duties_done", "n", String.valueOf(d.synopsis().tasks()), "activities", activities(d.activities()));
            return units == null ? s : s + " " + units;
        }

        @Override public String reporting(Point.Reporting r) {
            Report.Tally t = r.tally();
            return msg.fill(r.complete() ? "synth.reporting_complete" : "synth.reporting", "expected", msg.number(t.expected()),
                    "received", msg.number(t.received()), "rate", msg.percentText(r.rate()), "on_time", msg.number(t.onTime()),
                    "on_time_rate", msg.percentText(r.onTimeRate()), "missing", msg.number(t.missing()));
        }

        @Override public String notYetDue(Point.NotYetDue n) {
            return msg.fill(n.received() > 0 ? "synth.not_due" : "synth.not_due_none", "period", msg.periodWords(n.period()),
                    "due", msg.shortDate(n.due()), "received", msg.number(n.received()));
        }

        @Override public String tasksDone(Point.TasksDone d) {
            boolean allOnTime = d.onTime().size() == d.tasks().size();
            return msg.fill(allOnTime ? "eval.tasks_done_on_time" : "eval.tasks_done", "tasks", tasks(d.tasks()),
                    "on_time", String.valueOf(d.onTime().size()));
        }

        @Override public String activitiesDone(Point.ActivitiesDone d) { return msg.fill("eval.activities", "activities", activities(d.activities())); }

        @Override public String indicatorOnPace(Point.IndicatorOnPace i) {
            return msg.fill("eval.indicator", "name", i.indicator().indicator().name(), "year", String.valueOf(i.indicator().year()),
                    "rate", msg.percentText(i.rate()));
        }

        @Override public String overdueTasks(Point.OverdueTasks o) {
            return msg.fill("weak.overdue", "n", String.valueOf(o.tasks().size()), "tasks", tasks(o.tasks()));
        }

        @Override public String lateTasks(Point.LateTasks l) {
            return msg.fill("weak.late", "n", String.valueOf(l.tasks().size()), "tasks", tasks(l.tasks()));
        }

        @Override public String notStartedTasks(Point.NotStartedTasks n) { return msg.fill("weak.not_started", "tasks", upperFirst(tasks(n.tasks()))); }

        @Override public String unreportedTasks(Point.UnreportedTasks u) { return msg.fill("weak.no_report", "tasks", tasks(u.tasks())); }

        /** "Việc chấp hành chế độ báo cáo chưa nghiêm: còn … chưa gửi, … gửi muộn, … không ghi ngày." — a count of 0 is not said. */
        @Override public String reportingGaps(Point.ReportingGaps g) {
            List<String> bits = new ArrayList<>();
            if (g.missing() > 0) bits.add(msg.fill("weak.missing", "n", msg.number(g.missing()), "units", String.valueOf(g.missingUnits())));
            if (g.lateReports() > 0) bits.add(msg.fill("weak.late_reports", "n", msg.number(g.lateReports()), "units", String.valueOf(g.lateUnits())));
            if (g.undated() > 0) bits.add(msg.fill("weak.undated", "n", msg.number(g.undated()), "units", String.valueOf(g.undatedUnits())));
            return msg.get("weak.reporting") + " " + String.join(", ", bits) + ".";
        }

        @Override public String regressions(Point.Regressions g) {
            List<String> cases = new ArrayList<>();
            for (Report.Regression x : g.cases()) {
                cases.add(msg.fill("weak.regression_case", "name", plan.name(x.unitId()), "task", x.taskId(),
                        "done_period", msg.periodWords(x.donePeriod()), "period", msg.periodWords(x.period())));
            }
            return msg.fill(cases.size() == 1 ? "weak.regression_one" : "weak.regressions", "n", String.valueOf(cases.size()),
                    "units", String.valueOf(g.units()), "cases", String.join("; ", cases));
        }

        @Override public String silent(Point.Silent x) {
            return msg.fill(x.units() == 1 ? "weak.silent_one" : "weak.silent_many", "n", String.valueOf(x.units()),
                    "quarters", String.valueOf(x.quarters()), "from", msg.periodWords(x.from()), "to", msg.periodWords(x.to()));
        }

        /** "Có 1 báo cáo đã gửi nhưng tệp không đọc được, chưa tổng hợp được (Sở Tư pháp, quý III/2023); 1 báo cáo đã trả lại để đơn vị chỉnh sửa (…)." */
        @Override public String heldReports(Point.HeldReports h) {
            List<String> bits = new ArrayList<>();
            if (!h.unreadable().isEmpty()) bits.add(msg.fill("weak.unreadable", "n", String.valueOf(h.unreadable().size()), "reports", held(h.unreadable())));
            if (!h.returned().isEmpty()) bits.add(msg.fill("weak.returned", "n", String.valueOf(h.returned().size()), "reports", held(h.returned())));
            return upperFirst(String.join("; ", bits)) + ".";
        }

        /** "Sở Tư pháp, quý III/2023; Huyện ủy Ba Tơ, quý III/2023". */
        private String held(List<planreport.model.Held> list) {
            return String.join("; ", list.stream().map(x -> plan.name(x.unitId()) + ", " + planreport.model.Names.lowerFirst(msg.periodInline(x.period()))).toList());
        }

        @Override public String causeTasks(Point.CauseTasks c) { return msg.fill("cause.tasks", "tasks", tasks(c.tasks())); }

        @Override public String causeReporting(Point.CauseReporting c) { return msg.get(c.silent() ? "cause.reporting_silent" : "cause.reporting"); }

        @Override public String causeIndicators(Point.CauseIndicators c) {
            List<String> names = new ArrayList<>();
            for (var ir : c.indicators()) names.add(msg.fill("cause.indicator_name", "name", ir.indicator().name()));
            return msg.fill("cause.indicators", "names", String.join(", ", names));
        }

        @Override public String causeRegressions(Point.CauseRegressions c) { return msg.fill("cause.regressions", "n", String.valueOf(c.units())); }

        @Override public String indicatorBelowPace(Point.IndicatorBelowPace i) {
            return msg.fill("weak.indicator", "name", i.indicator().indicator().name(), "year", String.valueOf(i.indicator().year()),
                    "rate", msg.percentText(i.rate()), "pace", i.pace() + "%");
        }

        @Override public String termTarget(Point.TermTarget t) {
            var m = t.indicator().indicator();
            return msg.fill(t.met() ? "eval.term_target" : "weak.term_target", "name", m.name(),
                    "value", quantity(t.value(), m.unit()), "target", quantity(t.target(), m.unit()), "rate", msg.percentText(t.rate()));
        }

        @Override public String yearsBelowTarget(Point.YearsBelowTarget y) {
            List<String> years = new ArrayList<>();
            for (var f : y.years()) years.add(msg.fill("weak.year_below", "year", String.valueOf(f.year()), "rate", msg.percentText(f.rate())));
            return msg.fill("weak.years_below", "name", y.indicator().indicator().name(), "years", String.join(", ", years));
        }

        /** A figure with its unit of measure ("16.911 người"); the unit left out when the plan gives none. */
        private String quantity(long n, String unit) { return unit == null || unit.isBlank() ? msg.number(n) : msg.number(n) + " " + unit; }

        @Override public String finishOverdue(Point.FinishOverdue f) {
            if (a.advises()) return msg.fill("dir.overdue_advise", "superior", String.join(", ", a.proposalsTo()), "tasks", tasks(f.tasks()));
            return msg.fill("dir.overdue", "tasks", tasks(f.tasks()));
        }

        @Override public String dueNext(Point.DueNext d) {
            return msg.fill("dir.next", "tasks", tasks(d.tasks()), "next", msg.periodWords(d.next()));
        }

        @Override public String dueLater(Point.DueLater d) { return msg.fill("dir.in_progress", "tasks", tasks(d.tasks())); }

        @Override public String focus(Point.Focus f) {
            if (a.advises()) return msg.fill("dir.focus_advise", "superior", String.join(", ", a.proposalsTo()), "tasks", tasks(f.tasks()));
            return msg.fill("dir.focus", "tasks", tasks(f.tasks()));
        }

        @Override public String raiseIndicator(Point.RaiseIndicator i) {
            var ir = i.indicator();
            String unit = ir.indicator().unit();
            if (i.year() == ir.year()) {
                return msg.fill("dir.indicator", "name", ir.indicator().name(), "year", String.valueOf(i.year()),
                        "needed", msg.number(i.needed()), "target", msg.number(i.target()), "unit", unit);
            }
            return msg.fill("dir.indicator_next", "name", ir.indicator().name(), "was", String.valueOf(ir.year()),
                    "rate", msg.percentText(Assessment.rate(ir)), "year", String.valueOf(i.year()),
                    "target", msg.number(i.target()), "unit", unit);
        }

        @Override public String reportsDue(Point.ReportsDue r) {
            return msg.fill("dir.reports_due", "period", msg.periodWords(r.period()), "due", msg.shortDate(r.due()));
        }

        @Override public String chaseUnits(Point.ChaseUnits c) {
            return msg.fill("dir.chase", "n", String.valueOf(c.units()), "days", String.valueOf(c.days()));
        }

        @Override public String dateReports(Point.DateReports d) { return msg.fill("dir.undated", "n", String.valueOf(d.units())); }

        @Override public String settleRegressions(Point.SettleRegressions s) { return msg.fill("dir.regressions", "n", String.valueOf(s.units())); }

        @Override public String assign(Point.Assign g) {
            String action = g.action().replaceAll("[.;,\\s]+$", "");
            if (g.addressee() == null) return msg.fill("dir.assign_lead", "organ", g.organ(), "action", action);
            return msg.fill("dir.assign", "organ", g.organ(), "addressee", g.addressee(), "action", action);
        }

        @Override public String nextPhase(Point.NextPhase n) {
            PlanInfo info = plan.info();
            String res = info.resolutionShort() != null ? info.resolutionShort() : msg.fill("resolution.number", "number", info.resolutionNumber());
            return msg.fill("dir.next_phase", "year", String.valueOf(n.year()), "resolution", res);
        }

        @Override public String carryOver(Point.CarryOver c) {
            List<String> items = new ArrayList<>();
            if (!c.tasks().isEmpty()) items.add(tasks(c.tasks()));
            for (var ir : c.indicators()) items.add(msg.fill("cause.indicator_name", "name", ir.indicator().name()));
            return msg.fill("dir.carry_over", "items", String.join(", ", items));
        }
    }

    /** The activities of section III as one run of phrases: "ban hành 12 văn bản; tổ chức 40 cuộc kiểm tra, giám sát; …". */
    private String activities(List<Report.Activity> list) {
        List<String> out = new ArrayList<>();
        for (Report.Activity x : list) {
            String key = "activity." + x.kind();
            if (x.second() == 0 && msg.has(key + ".first")) key += ".first";
            out.add(msg.fill(key, "n", msg.number(x.total()), "m", msg.number(x.second()), "units", String.valueOf(x.units())));
        }
        return String.join("; ", out);
    }

    // ---- II. results, section by section ----

    private List<ReviewView.SectionView> sections() {
        List<ReviewView.SectionView> out = new ArrayList<>();
        Results results = new Results(msg, w);
        for (Assessment.SectionResult s : a.sections()) {
            List<String> ids = s.section().tasks().stream().map(Task::id).toList();
            String achieved = results.sentence(measures.stream().filter(m -> ids.contains(m.measure().taskId())).toList());
            StringBuilder p = new StringBuilder();
            List<String> inds = new ArrayList<>();
            if (achieved != null) {
                // what was achieved leads; the tasks' statuses and who reported shrink to one clause after it
                p.append(achieved).append(' ').append(clause(s.synopsis()));
            } else {
                if (s.synopsis().tasks() > 1) p.append(msg.fill("synth.section_count", "n", String.valueOf(s.synopsis().tasks()))).append(' ');
                p.append(states(s.synopsis()));
                String units = units(s.synopsis());
                if (units != null) p.append(' ').append(units);
                // no unit gave a figure of the section's measures: only a target still unmet is worth a sentence
                for (Assessment.IndicatorValue v : s.indicators()) if (v.indicator().target() != null) inds.add(indicatorSentence(v));
            }
            out.add(new ReviewView.SectionView(s.section().id(), s.section().title(), p.toString(), inds));
        }
        return out;
    }

    /** "Nhiệm vụ 2.1 đã hoàn thành đúng hạn (…), nhiệm vụ 2.2 được triển khai thường xuyên; cả 15 cơ quan, đơn vị … đã gửi báo cáo." */
    private String clause(Assessment.Synopsis syn) {
        List<String> parts = new ArrayList<>();
        for (Assessment.State st : syn.states()) {
            List<String> refs = st.tasks().stream().map(Task::id).toList();
            String s = msg.fill(refs.size() == 1 ? "synth.task_one" : "synth.task_many", "refs", String.join(", ", refs)) + " "
                    + msg.get("synth.state." + st.classification().id() + (refs.size() > 1 ? ".many" : ""));
            if (st.dates() != null) s += " " + dates(st.dates());
            parts.add(s);
        }
        String out = upperFirst(String.join(", ", parts));
        String units = units(syn);
        if (units != null) out += "; " + lowerFirst(units.replaceAll("\\.$", ""));
        return out + ".";
    }

    private String indicatorSentence(Assessment.IndicatorValue v) {
        var ir = v.indicator();
        var ind = ir.indicator();
        String span = msg.get("synth.in_window." + a.scope().id());
        if (ir.target() == null) {
            return msg.fill("synth.indicator_no_target", "name", ind.name(), "span", span, "value", msg.number(ir.value()), "unit", ind.unit(),
                    "year", String.valueOf(ir.year()), "ytd", msg.number(ir.yearToDate()));
        }
        return msg.fill("synth.indicator", "name", ind.name(), "span", span, "value", msg.number(ir.value()), "unit", ind.unit(),
                "year", String.valueOf(ir.year()), "ytd", msg.number(ir.yearToDate()), "target", msg.number(ir.target()),
                "rate", msg.percentText(v.rate()));
    }

    /** The overall sentence under the classification table; a count of 0 is not said. */
    private String overall() {
        Assessment.Overall o = a.overall();
        Report.DeadlineTotals t = o.deadline();
        List<String> parts = new ArrayList<>();
        if (t.tasks() > 0) {
            List<String> d = new ArrayList<>();
            int[] n = {t.doneOnTime(), t.doneLate(), t.overdue(), t.notYetDue()};
            String[] k = {"done_on_time", "done_late", "overdue", "not_yet_due"};
            for (int i = 0; i < n.length; i++) if (n[i] > 0) d.add(msg.fill("synth.overall." + k[i], "n", String.valueOf(n[i])));
            parts.add(msg.fill("synth.overall.deadline", "n", String.valueOf(t.tasks()), "parts", String.join(", ", d)));
        }
        if (o.ongoingReported() > 0) parts.add(msg.fill("synth.overall.ongoing", "n", String.valueOf(o.ongoingReported())));
        if (o.noReport() > 0) parts.add(msg.fill("synth.overall.no_report", "n", String.valueOf(o.noReport())));
        return msg.fill("synth.overall", "n", String.valueOf(o.tasks()), "parts", String.join("; ", parts));
    }

    /** "Nhiệm vụ 1.1 (…) đã hoàn thành quá hạn (…); các nhiệm vụ 1.2 (…), 2.2 (…) được triển khai thường xuyên." */
    private String states(Assessment.Synopsis syn) {
        List<String> parts = new ArrayList<>();
        for (Assessment.State st : syn.states()) {
            String s = tasks(st.tasks()) + " " + msg.get("synth.state." + st.classification().id() + (st.tasks().size() > 1 ? ".many" : ""));
            if (st.dates() != null) s += " " + dates(st.dates());
            parts.add(s);
        }
        return upperFirst(String.join("; ", parts)) + ".";
    }

    private String dates(Assessment.Dates d) {
        return d.completedOn() != null ? msg.fill("synth.done_dates", "done", msg.shortDate(d.completedOn()), "due", msg.shortDate(d.due()))
                : msg.fill("synth.due_date", "due", msg.shortDate(d.due()));
    }

    /** How many of the units responsible for these tasks reported in the window; null when none was listed. */
    private String units(Assessment.Synopsis syn) {
        Assessment.Units u = syn.units();
        if (u == null) return null;
        String key = !u.all() ? "synth.units" : u.total() == 1 ? "synth.units_one" : "synth.units_all";
        return msg.fill(key, "reported", String.valueOf(u.reported()), "total", String.valueOf(u.total()));
    }

    /** "nhiệm vụ 1.1 (tuyên truyền, …)", "các nhiệm vụ 1.2 (…), 2.2 (…)". */
    String tasks(List<Task> ts) {
        List<String> refs = new ArrayList<>();
        for (Task t : ts) refs.add(msg.fill("synth.ref", "id", t.id(), "title", lowerFirst(t.shortTitle())));
        return msg.fill(ts.size() == 1 ? "synth.task_one" : "synth.task_many", "refs", String.join(", ", refs));
    }

    // ---- grouped difficulties and proposals ----

    /** Groups in the body: the text and how many units wrote it, never their names (those are in the appendix). */
    private List<ReviewView.GroupView> counted(List<NoteGroup> in) {
        List<ReviewView.GroupView> out = new ArrayList<>();
        for (NoteGroup g : in) {
            int n = g.count();
            out.add(new ReviewView.GroupView(g.text().replaceAll("[.;,\\s]+$", ""), n, List.copyOf(g.units()), List.copyOf(g.tasks()),
                    msg.fill(n == 1 ? "group.count_one" : "group.count", "n", String.valueOf(n))));
        }
        return out;
    }

    /** Each group as the appendix places it: its text without closing punctuation, who wrote it ("và N đơn vị khác" past the names shown). */
    private List<ReviewView.GroupView> groups(List<NoteGroup> in) {
        List<ReviewView.GroupView> out = new ArrayList<>();
        for (NoteGroup g : in) {
            String shown = String.join(", ", g.named().stream().map(plan::name).toList());
            if (g.unnamed() > 0) shown += " " + msg.fill("group.more", "n", String.valueOf(g.unnamed()));
            String tasks = String.join(", ", g.tasks());
            int n = g.count();
            String by = n == 1 ? msg.fill("group.one", "units", shown, "tasks", tasks)
                    : msg.fill("group.many", "n", String.valueOf(n), "units", shown, "tasks", tasks);
            out.add(new ReviewView.GroupView(g.text().replaceAll("[.;,\\s]+$", ""), n, List.copyOf(g.units()), List.copyOf(g.tasks()), by));
        }
        return out;
    }

    static String lowerFirst(String s) { return Names.lowerFirst(s); }

    static String upperFirst(String s) { return Names.upperFirst(s); }
}
