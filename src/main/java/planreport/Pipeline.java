package planreport;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import planreport.check.Code;
import planreport.check.Diagnostic;
import planreport.check.Diagnostics;
import planreport.check.Severity;
import planreport.io.PlanReader;
import planreport.io.Reports;
import planreport.io.Source;
import planreport.io.Sources;
import planreport.model.Entry;
import planreport.model.Lang;
import planreport.model.Period;
import planreport.model.Plan;
import planreport.remind.Reminders;
import planreport.render.Format;
import planreport.render.Letters;
import planreport.render.RenderFailure;
import planreport.render.Renderer;
import planreport.report.Aggregator;
import planreport.report.Collector;
import planreport.report.Report;
import planreport.report.Window;
import planreport.validate.ReportCheck;

/**
 * The pipeline every command runs, in its four steps: <b>read</b> (io/: the plan, the reports) →
 * <b>check</b> (validate/: every problem a diagnostic) → <b>aggregate</b> (report/) → <b>render</b>
 * (render/ + templates/). The commands in cli/ parse options, call these, and print.
 */
public final class Pipeline {
    private Pipeline() {}

    /** What reading the plan gave: the plan (null when it has errors or cannot be read) and whether the file could be read at all. */
    public record PlanRead(Plan plan, boolean readable) {}

    /** read: the plan file, its problems as diagnostics in {@code out}. */
    public static PlanRead readPlan(Path file, Diagnostics out) {
        String name = file.toString();
        if (!Files.exists(file)) {
            out.add(Diagnostic.of(Code.INPUT, "no-plan").in(name));
            return new PlanRead(null, false);
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            out.add(Diagnostic.of(Code.INPUT, "plan-unreadable").in(name));
            return new PlanRead(null, false);
        }
        try {
            PlanReader.Result r = PlanReader.read(file, name);
            if (r.found() != null) out.addAll(r.found()); else out.addAll(r.diagnostics()); // the counts too: a plan may have more than are kept
            return new PlanRead(r.plan(), true);
        } catch (IOException e) {
            out.add(Sources.unreadable("plan", name, e));
            return new PlanRead(null, false);
        }
    }

    /** read: the REPORT arguments as inputs, or null (with an input diagnostic for each) when one cannot be read. */
    public static List<Source> sources(List<String> args, Diagnostics out) { return Sources.expand(args, out); }

    /**
     * read and check: every report read ({@code sources}, in {@code charset}) and checked against
     * the plan as of {@code asOf}, then coverage — for {@code only} when set, else for every period
     * read. Diagnostics go to {@code out}; each checked row to {@code sink} (null: none is wanted).
     */
    public static void check(Plan plan, List<Source> sources, Charset charset, LocalDate asOf, Period only, Diagnostics out,
                             Consumer<Entry> sink, Reports.Progress progress) {
        check(plan, sources, charset, asOf, only, null, true, out, sink, progress);
    }

    /**
     * {@link #check}, leaving out the rows of periods after {@code ignoreAfter} (null: none) — a
     * compile's window end — and with coverage (who has not reported) only when {@code coverage}:
     * that is a question about a period's whole set of reports, which validate asks only with
     * --period or of a folder, not of one unit's file.
     */
    public static void check(Plan plan, List<Source> sources, Charset charset, LocalDate asOf, Period only, Period ignoreAfter,
                             boolean coverage,
                             Diagnostics out, Consumer<Entry> sink, Reports.Progress progress) {
        List<String> names = new ArrayList<>(sources.size());
        for (Source s : sources) names.add(s.name());
        ReportCheck check = new ReportCheck(plan, asOf, names, out, sink).ignoringAfter(ignoreAfter);
        Reports.read(plan, sources, charset, out, check::row, progress);
        check.finish(only, coverage);
    }

    /** What {@link #compile} made: the diagnostics, and the files to write (name → bytes; empty when errors stopped it). */
    public record Compiled(Diagnostics diagnostics, Map<String, byte[]> files) {
        public boolean stopped() { return files.isEmpty(); }
    }

    /**
     * The whole pipeline for a consolidated report: check the reports, and unless they have errors
     * (or {@code force}), aggregate the window and render it in each format, in {@code lang}, with
     * the templates of {@code templates} (null: the defaults) over the packaged ones. Rows of
     * periods after the window are left out (they do not block a report of an earlier window); a
     * window that has not ended on {@code asOf} gets a warning.
     */
    public static Compiled compile(Plan plan, List<Source> sources, Charset charset, Window window, List<Format> formats, Lang lang,
                                   Path templates, boolean force, Reports.Progress progress) throws RenderFailure {
        return compile(plan, sources, charset, window, formats, lang, templates, force, progress, planreport.model.Notes.NONE, true);
    }

    /** {@link #compile} with the staff's {@code notes} merged into the review, and the internal appendix only when {@code internal}. */
    public static Compiled compile(Plan plan, List<Source> sources, Charset charset, Window window, List<Format> formats, Lang lang,
                                   Path templates, boolean force, Reports.Progress progress, planreport.model.Notes notes,
                                   boolean internal) throws RenderFailure {
        Diagnostics ds = new Diagnostics();
        Collector collector = Collector.forWindow(window);
        Period only = window.from().equals(window.to()) ? window.from() : null;
        Diagnostic early = window.early();
        if (early != null) ds.add(early);
        check(plan, sources, charset, window.asOf(), only, window.to(), true, ds, collector, progress);
        if (ds.errors() > 0 && !force) return new Compiled(ds, Map.of());
        List<Diagnostic> problems = ds.sorted().stream().filter(d -> d.severity() == Severity.ERROR).toList();
        Report report = Aggregator.aggregate(plan, window, collector, problems);
        return new Compiled(ds, render(report, formats, lang, templates, notes, internal));
    }

    /** What {@link #report} made: the diagnostics, and the report (null when errors stopped it). */
    public record Aggregated(Diagnostics diagnostics, Report report) {}

    /** read, check and aggregate without rendering (notes init drafts from it): errors stop it unless {@code force}. */
    public static Aggregated report(Plan plan, List<Source> sources, Charset charset, Window window, boolean force, Reports.Progress progress) {
        Diagnostics ds = new Diagnostics();
        Collector collector = Collector.forWindow(window);
        Period only = window.from().equals(window.to()) ? window.from() : null;
        check(plan, sources, charset, window.asOf(), only, ds, collector, progress);
        if (ds.errors() > 0 && !force) return new Aggregated(ds, null);
        List<Diagnostic> problems = ds.sorted().stream().filter(d -> d.severity() == Severity.ERROR).toList();
        return new Aggregated(ds, Aggregator.aggregate(plan, window, collector, problems));
    }

    /** render: the report in each format, by output file name (bao-cao-so-ket-2022-Q2.md, … .en.pdf under English). */
    public static Map<String, byte[]> render(Report report, List<Format> formats, Lang lang, Path templates) throws RenderFailure {
        return render(report, formats, lang, templates, planreport.model.Notes.NONE, true);
    }

    /** {@link #render} with the staff's notes and the choice of the internal appendix. */
    public static Map<String, byte[]> render(Report report, List<Format> formats, Lang lang, Path templates, planreport.model.Notes notes,
                                             boolean internal) throws RenderFailure {
        Renderer renderer = new Renderer(report, lang, templates, notes, internal);
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Format f : formats) files.put(fileName(report.window(), lang, f), renderer.render(f));
        return files;
    }

    /** bao-cao-so-ket-2022-Q2.md; bao-cao-so-ket-2022-Q2.en.md in English, so both languages can share a folder. */
    public static String fileName(Window window, Lang lang, Format f) {
        return "bao-cao-" + window.kind().slug() + "-" + window.name() + lang.fileSuffix() + "." + f.extension();
    }

    /** What {@link #remind} found: the diagnostics of the check, and the reminders (null when errors stopped it). */
    public record Reminded(Diagnostics diagnostics, Reminders reminders) {
        public boolean stopped() { return reminders == null; }
    }

    /**
     * The pipeline of plan-report remind: every report read and checked as validate checks it, with
     * coverage (missing reports) for every term quarter up to {@code period}; unless errors are found,
     * the reminders of {@code period} as of {@code asOf}, to be sent back by {@code sendBy}.
     */
    public static Reminded remind(Plan plan, List<Source> sources, Charset charset, Period period, LocalDate asOf, LocalDate sendBy,
                                  Reports.Progress progress) {
        // every finding (missing and late reports, overdue tasks) reaches the letters, not only those kept for printing
        Reminders.Facts facts = new Reminders.Facts(plan, period);
        Diagnostics ds = new Diagnostics(facts);
        Reminders.Sent sent = new Reminders.Sent(period);
        List<String> names = new ArrayList<>(sources.size());
        for (Source s : sources) names.add(s.name());
        ReportCheck check = new ReportCheck(plan, asOf, names, ds, sent);
        Reports.read(plan, sources, charset, ds, check::row, progress);
        for (Period p : plan.termPeriods()) if (p.compareTo(period) <= 0) check.finish(p);
        if (ds.errors() > 0) return new Reminded(ds, null);
        return new Reminded(ds, Reminders.of(plan, period, asOf, sendBy, facts, sent));
    }

    /**
     * render: the letters and the notice in each format, the JSON when asked, and the mail-merge
     * list (.xlsx and .csv), by output file name (see {@link Letters}).
     */
    public static Map<String, byte[]> renderReminders(Plan plan, Reminders reminders, List<Format> formats, Lang lang) throws RenderFailure {
        Letters letters = new Letters(plan, reminders, lang);
        Map<String, byte[]> files = letters.render(formats);
        List<List<String>> rows = letters.mailMerge(formats);
        try {
            files.put(letters.listBase() + ".xlsx", planreport.io.MailMergeList.xlsx(rows, reminders.period().toString(), reminders.asOf()));
        } catch (java.io.IOException e) {
            throw Letters.failure(e, "xlsx");
        }
        files.put(letters.listBase() + ".csv", planreport.io.MailMergeList.csv(rows));
        return files;
    }
}
