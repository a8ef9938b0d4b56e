package planreport;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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
import planreport.model.Notes;
import planreport.model.Period;
import planreport.model.Plan;
import planreport.model.ReportRow;
import planreport.remind.Reminders;
import planreport.render.Format;
import planreport.render.Letters;
import planreport.render.NotesFile;
import planreport.render.RenderFailure;
import planreport.render.Renderer;
import planreport.report.Aggregator;
import planreport.report.Collector;
import planreport.report.Report;
import planreport.report.Window;
import planreport.validate.ReportCheck;

/**
 * The one top object of a run, after TaskJuggler's: it holds the run's inputs once (the plan, the
 * reports and their encoding, the day judged, the language, the templates and notes) and runs the
 * pipeline every command shares — <b>read</b> (io/) → <b>check</b> (validate/: every problem a
 * diagnostic) → <b>aggregate</b> (report/) → <b>render</b> (render/ + templates/). Each step
 * returns an {@link Outcome} (diagnostics, files); the commands in cli/ parse options, build one of
 * these, and print and write what it gives ({@link Facade} reaches the rest of render/ and io/).
 */
public final class Pipeline {
    private final Plan plan;
    private final Diagnostics planFindings;
    private final List<Source> sources;
    private final Charset charset;
    private final LocalDate asOf;
    private final Lang lang;
    private final Path templates;
    private final Notes notes;
    private final boolean internal;
    private final boolean ignoreErrors;
    private final Reports.Progress progress;
    private final Path planFile;
    private final Path notesFile;
    private final planreport.model.Issue issue;
    private final Path register;
    private final List<Diagnostic> unread;
    private final planreport.io.EarlyReports early;

    private Pipeline(Builder b) {
        plan = b.plan;
        planFindings = b.planFindings;
        sources = List.copyOf(b.sources);
        charset = b.charset;
        asOf = b.dated ? b.asOf : LocalDate.now();
        lang = b.lang;
        templates = b.templates;
        notes = b.notes;
        internal = b.internal;
        ignoreErrors = b.ignoreErrors;
        progress = b.progress;
        planFile = b.planFile;
        notesFile = b.notesFile;
        issue = b.issue;
        register = b.register;
        unread = List.copyOf(b.unread);
        early = b.early;
    }

    // ---- read ----

    /** What reading the plan gave: the plan (null when it has errors or cannot be read), whether the file could be read, and its diagnostics. */
    public record PlanRead(Plan plan, boolean readable, Diagnostics diagnostics) {}

    /** read: the plan file, its problems as diagnostics. */
    public static PlanRead readPlan(Path file) {
        Diagnostics out = new Diagnostics();
        String name = file.toString();
        if (!Files.exists(file)) {
            out.add(Diagnostic.of(Code.INPUT, "no-plan").in(name));
            return new PlanRead(null, false, out);
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            out.add(Diagnostic.of(Code.INPUT, "plan-unreadable").in(name));
            return new PlanRead(null, false, out);
        }
        try {
            PlanReader.Result r = PlanReader.read(file, name);
            if (r.found() != null) out.addAll(r.found()); else out.addAll(r.diagnostics()); // the counts too: a plan may have more than are kept
            return new PlanRead(r.plan(), true, out);
        } catch (IOException e) {
            out.add(Sources.unreadable("plan", name, e));
            return new PlanRead(null, false, out);
        }
    }

    /** read: the REPORT arguments as inputs, or null (with an input diagnostic for each in {@code out}) when one cannot be read. */
    public static List<Source> sources(List<String> args, Diagnostics out) { return Sources.expand(args, out); }

    /** A run over {@code plan}; {@link #validate} starts from no diagnostics. */
    public static Builder over(Plan plan) { return new Builder(plan, new Diagnostics()); }

    /** A run over the plan read; {@link #validate} reports the plan's own diagnostics with the reports'. */
    public static Builder over(PlanRead read) { return new Builder(read.plan(), read.diagnostics()); }

    /** The run's inputs, each set once; what is not set is empty, read in each file's own encoding, judged today, in Vietnamese. */
    public static final class Builder {
        private final Plan plan;
        private final Diagnostics planFindings;
        private List<Source> sources = List.of();
        private Charset charset;
        // today only when no day is set: the first LocalDate.now() reads the JDK's time-zone rules (tzdb.dat,
        // about 600 zones), work a run given --as-of need not do
        private LocalDate asOf;
        private boolean dated;
        private Lang lang = Lang.VI;
        private Path templates;
        private Notes notes = Notes.NONE;
        private boolean internal = true;
        private boolean ignoreErrors;
        private Reports.Progress progress = Reports.Progress.NONE;
        private Path planFile;
        private Path notesFile;
        private planreport.model.Issue issue = planreport.model.Issue.NONE;
        private Path register;
        private List<Diagnostic> unread = List.of();
        private planreport.io.EarlyReports early;

        private Builder(Plan plan, Diagnostics planFindings) {
            this.plan = plan;
            this.planFindings = planFindings;
        }

        /** The unit reports to read. */
        public Builder sources(List<Source> s) { sources = s; return this; }
        /** The encoding every report is read in (null: each file's own is recognised). */
        public Builder charset(Charset c) { charset = c; return this; }
        /** The day the reports are judged on (validate, remind; compile judges on its window's day). */
        public Builder asOf(LocalDate d) { asOf = d; dated = true; return this; }
        /** The language of the documents. */
        public Builder lang(Lang l) { lang = l; return this; }
        /** A folder of templates over the packaged ones (null: the packaged ones). */
        public Builder templates(Path dir) { templates = dir; return this; }
        /** The staff's notes merged into a review, and whether the internal follow-up appendix is in it. */
        public Builder notes(Notes n, boolean withInternal) { notes = n; internal = withInternal; return this; }
        /** Aggregate and render even when the reports have errors (compile --ignore-errors). */
        public Builder ignoreErrors(boolean b) { ignoreErrors = b; return this; }
        /** The number and date the office gives the review (compile's --number, --date). */
        public Builder issue(planreport.model.Issue i) { issue = i == null ? planreport.model.Issue.NONE : i; return this; }
        /** The office's receipt register (docs/register.md; null: none): returned reports set aside, received ones known without their files. */
        public Builder register(Path file) { register = file; return this; }
        /** The files of the REPORT folders that were skipped ({@code ignored-file}): a unit whose file it was sent, but it could not be read. */
        public Builder unread(List<Diagnostic> skipped) { unread = skipped == null ? List.of() : skipped; return this; }
        /** Told of each file read. */
        public Builder progress(Reports.Progress p) { progress = p; return this; }
        /** The reports taken ahead while the plan was read (null: none): the same rows, read sooner. */
        public Builder early(planreport.io.EarlyReports e) { early = e; return this; }

        /** The plan's and the notes' files (either null), named with their SHA-256 in a review's manifest. */
        public Builder files(Path plan, Path notes) { planFile = plan; notesFile = notes; return this; }
        /** The reports set so far (a progress line counts them). */
        public List<Source> sources() { return sources; }

        public Pipeline build() { return new Pipeline(this); }
    }

    // ---- the steps ----

    /**
     * check: every report read and checked as of the run's day, then coverage — for {@code only}
     * when set, else for every period read — when {@code coverage}: who has not reported is a question
     * about a period's whole set of reports, which validate asks only with --period or of a folder.
     * The diagnostics follow the plan's own.
     */
    public Outcome validate(Period only, boolean coverage) {
        read(asOf, null, planFindings, null).finish(only, coverage);
        return Outcome.done(planFindings, Map.of(), 0);
    }

    /**
     * The whole pipeline for a consolidated report: check the reports, and unless they have errors
     * (or errors are ignored), aggregate the window and render it in each format. Rows of periods
     * after the window are left out (they do not block a report of an earlier window); a window that
     * has not ended on its day gets a warning.
     */
    public Outcome compile(Window window, List<Format> formats) {
        // the inputs' hashes (the manifest the documents carry) taken beside the reading, on a core it leaves free
        java.util.concurrent.FutureTask<planreport.model.Manifest> manifest =
                new java.util.concurrent.FutureTask<>(() -> planreport.io.Manifests.of(planFile, sources, notesFile, window.asOf(),
                        early == null ? p -> null : early::contents));   // the small reports' bytes as the early reading read them
        Thread hashing = new Thread(manifest, "plan-report-manifest");
        hashing.setDaemon(true);
        hashing.start();
        Aggregated a = aggregate(window, true);
        if (a.report() == null) return Outcome.stopped(a.diagnostics());
        toFill(a);
        return rendered(a.diagnostics(), 0, () -> {
            Renderer renderer = new Renderer(a.report(), lang, templates, notes, internal, issue).manifest(done(manifest));
            Map<String, byte[]> files = new LinkedHashMap<>();
            // the internal material goes to its own file, never into the document for the recipients
            List<byte[]> written = renderer.renderAll(formats, internal);
            for (int i = 0; i < formats.size(); i++) files.put(fileName(window, lang, formats.get(i)), written.get(i));
            // the charts' pictures beside the Markdown, which shows them by name
            if (formats.contains(Format.MD)) files.putAll(renderer.chartFiles());
            if (internal) {
                for (int i = 0; i < formats.size(); i++) {
                    byte[] own = written.get(formats.size() + i);
                    if (own != null) files.put(internalFileName(window, lang, formats.get(i)), own);
                }
            }
            return files;
        });
    }

    /**
     * notes init: the notes file {@code name} with the review's headings and, under each, the
     * window's draft points as comments; errors in the reports stop it.
     */
    public Outcome notes(Window window, String name) {
        Aggregated a = aggregate(window, false);
        if (a.report() == null) return Outcome.stopped(a.diagnostics());
        return Outcome.done(a.diagnostics(), Map.of(name, NotesFile.template(a.report(), lang).getBytes(StandardCharsets.UTF_8)), 1);
    }

    /** notes init without a window: the notes file {@code name} with the review's headings only. */
    public static Outcome blankNotes(Lang lang, String name) {
        return Outcome.done(new Diagnostics(), Map.of(name, NotesFile.template(null, lang).getBytes(StandardCharsets.UTF_8)), 1);
    }

    /** The parts of the review left for the office to write (lessons, proposals upward), each a warning of the run. */
    private void toFill(Aggregated a) {
        for (Notes.Part p : planreport.report.Assessment.of(a.report()).toFill(notes)) {
            a.diagnostics().add(Diagnostic.of(Code.REVIEW_TO_FILL, p.id()));
        }
    }

    /** The result of {@code task}, waited for; its failure thrown as it was thrown. */
    private static <T> T done(java.util.concurrent.Future<T> task) {
        try {
            return task.get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** What the aggregate step made: the diagnostics, and the report (null when errors stopped it). */
    private record Aggregated(Diagnostics diagnostics, Report report) {}

    /**
     * check, then aggregate: the one sequence compile and notes share. {@code compiled}: as compile
     * sees its window — rows after it left out, an unfinished window warned of, errors ignored when asked.
     */
    private Aggregated aggregate(Window window, boolean compiled) {
        Diagnostics ds = new Diagnostics();
        Collector collector = Collector.forWindow(window);
        Period only = window.from().equals(window.to()) ? window.from() : null;
        if (compiled && window.early() != null) ds.add(window.early());
        if (compiled) {
            // the signer of the review's kind on its date ({@link Plan#reviewHeading}): a name plan.yaml does not know is left to fill
            LocalDate day = issue.date() != null ? issue.date() : window.asOf();
            planreport.model.ReportHeading h = plan.reviewHeading(window.reviewKind(plan), day);
            if (h.signer() == null || h.signer().name() == null) {
                ds.add(Diagnostic.of(Code.SIGNER_UNKNOWN).with("body", plan.name(h.body())).with("date", day)
                        .with("title", h.signer() == null || h.signer().title() == null ? "—" : h.signer().title()));
            }
        }
        ReportCheck check = read(window.asOf(), compiled ? window.to() : null, ds, collector);
        check.finish(only, true);
        if (ds.errors() > 0 && !(compiled && ignoreErrors)) return new Aggregated(ds, null);
        List<Diagnostic> problems = ds.sorted().stream().filter(d -> d.severity() == Severity.ERROR).toList();
        return new Aggregated(ds, Aggregator.aggregate(plan, window, collector, problems, check.held()));
    }

    /** What {@link #reminders} found: the diagnostics of the check, and the reminders (null when errors stopped it). */
    public record Reminded(Diagnostics diagnostics, Reminders reminders) {
        public boolean stopped() { return reminders == null; }
    }

    /**
     * The facts of plan-report remind: every report read and checked as validate checks it (rows of
     * quarters after {@code period} left out: they never block an earlier quarter's letters), with
     * coverage (missing reports) for the quarters the office has the reports of — {@code period}
     * itself, every earlier quarter some report was given for, and every quarter from {@code since}
     * on (null: none) — and, unless errors are found (or errors are ignored), the reminders of
     * {@code period} as of the run's day, to be sent back by {@code sendBy}. A quarter before
     * {@code period} of which no report was given is not claimed missing: the office did not give it.
     */
    public Reminded reminders(Period period, LocalDate sendBy, Period since) {
        // every finding (missing and late reports, overdue tasks) reaches the letters, not only those kept for printing
        Reminders.Facts facts = new Reminders.Facts(plan, period);
        Diagnostics ds = new Diagnostics(facts);
        Reminders.Sent sent = new Reminders.Sent(period);
        ReportCheck check = read(asOf, period, ds, sent);
        check.finish(null, false);
        List<Period> covered = new ArrayList<>();
        for (Period p : plan.termPeriods()) {
            if (p.compareTo(period) > 0) break;
            if (p.equals(period) || (since != null && p.compareTo(since) >= 0) || check.periodsRead().contains(p) || check.registered().contains(p)) covered.add(p);
        }
        for (Period p : covered) check.coverage(p);
        if (ds.errors() > 0 && !ignoreErrors) return new Reminded(ds, null);
        return new Reminded(ds, Reminders.of(plan, period, asOf, sendBy, facts, sent).covering(covered));
    }

    /** {@link #reminders(Period, LocalDate, Period)} with no {@code since}: the quarters given, and {@code period}. */
    public Reminded reminders(Period period, LocalDate sendBy) { return reminders(period, sendBy, null); }

    /**
     * remind: {@link #reminders}, then the letters and the notice in each format, the JSON when asked,
     * and the mail-merge list (.xlsx and .csv), by output file name (see {@link Letters}); the count
     * is the number of letters.
     */
    public Outcome remind(Period period, LocalDate sendBy, Period since, List<Format> formats) {
        Reminded r = reminders(period, sendBy, since);
        if (r.stopped()) return Outcome.stopped(r.diagnostics());
        return rendered(r.diagnostics(), r.reminders().letters().size(), () -> Facade.reminders(plan, r.reminders(), formats, lang, templates));
    }

    /**
     * remind --upcoming: every report read and checked as validate checks it, and unless errors are
     * found (or ignored), the short notice of the reports and deadline tasks coming due in the {@code days}
     * days after the run's day, with the units that have not yet sent or reported them done; with
     * {@code letters}, a letter to each of those units too. The count is the number of units to remind.
     */
    public Outcome upcoming(int days, List<Format> formats, boolean letters) {
        planreport.remind.Upcoming.Seen seen = new planreport.remind.Upcoming.Seen();
        Diagnostics ds = new Diagnostics();
        read(asOf, null, ds, seen).finish(null, false);
        if (ds.errors() > 0 && !ignoreErrors) return Outcome.stopped(ds);
        planreport.remind.Upcoming u = planreport.remind.Upcoming.of(plan, asOf, days, seen);
        return rendered(ds, u.units(plan).size(), () -> Facade.upcoming(plan, u, formats, lang, templates, letters));
    }

    /**
     * register init: the office's receipt register started from the reports given (docs/register.md) —
     * one line "received" per unit and quarter any row of which was read, dated the latest day its rows
     * say it was sent (the run's day when none says), with the file it came in — written as {@code name}
     * (.xlsx or .csv). Errors in the reports are listed and do not stop it: the register records what came.
     * The count is the number of lines.
     */
    public Outcome registerInit(String name) {
        Map<String, planreport.model.Receipts.Entry> got = new java.util.HashMap<>();
        Diagnostics ds = new Diagnostics();
        read(asOf, null, ds, e -> {
            synchronized (got) {
                String k = e.unitId() + "\u0000" + e.period();
                planreport.model.Receipts.Entry was = got.get(k);
                LocalDate day = e.submittedOn();
                String file = e.file() == null ? null : Path.of(e.file()).getFileName().toString();
                if (was == null || (day != null && (was.date() == null || day.isAfter(was.date())))) {
                    got.put(k, new planreport.model.Receipts.Entry(e.unitId(), e.period(), planreport.model.Receipts.State.RECEIVED, day, null, file, 0));
                }
            }
        }).finish(null, false);
        Map<String, Integer> order = new java.util.HashMap<>();
        for (var b : plan.bodies()) order.put(b.id(), order.size());
        List<planreport.model.Receipts.Entry> entries = got.values().stream()
                .map(x -> x.date() != null ? x : new planreport.model.Receipts.Entry(x.unitId(), x.period(), x.state(), asOf, x.note(), x.file(), 0))
                .sorted(java.util.Comparator.comparing(planreport.model.Receipts.Entry::period)
                        .thenComparing(x -> order.getOrDefault(x.unitId(), Integer.MAX_VALUE)))
                .toList();
        return rendered(ds, entries.size(), () -> {
            try {
                return Map.of(name, planreport.render.RegisterFile.write(plan, entries, lang, name, asOf));
            } catch (IOException e) {
                throw Letters.failure(e, name.substring(name.lastIndexOf('.') + 1));
            }
        });
    }

    /** {@link #remind(Period, LocalDate, Period, List)} with no {@code since}. */
    public Outcome remind(Period period, LocalDate sendBy, List<Format> formats) { return remind(period, sendBy, null, formats); }

    /**
     * forms: one pre-filled report form per unit with work in {@code period} ({@code format} xlsx or
     * csv), then the instructions (HUONG-DAN.pdf); the count is the number of forms.
     */
    public Outcome forms(Period period, String format) {
        Map<String, byte[]> forms = Facade.forms(plan, period, format);
        return rendered(new Diagnostics(), forms.size(), () -> Facade.withGuide(plan, period, forms));
    }

    // ---- shared ----

    /** read and check the reports as of {@code day}, leaving out rows after {@code ignoreAfter} (null: none); the caller finishes the check. */
    private ReportCheck read(LocalDate day, Period ignoreAfter, Diagnostics out, Consumer<Entry> sink) {
        List<String> names = new ArrayList<>(sources.size());
        for (Source s : sources) names.add(s.name());
        ReportCheck check = new ReportCheck(plan, day, names, out, sink).ignoringAfter(ignoreAfter);
        if (register != null) {
            planreport.model.Receipts receipts = planreport.validate.Register.read(register, plan, out);
            if (receipts != null) check.withReceipts(receipts);
        }
        Reports.read(plan, sources, charset, out, new Reports.Staged<ReportCheck.Prepared>() {
            @Override public ReportCheck.Prepared prepare(ReportRow row) { return check.prepare(row); }

            @Override public void accept(ReportCheck.Prepared prepared) { check.accept(prepared); }

            @Override public void expect(long bytes) { check.expecting(bytes); }
        }, progress, early);
        // a file that came and could not be read is not "chưa gửi": the unit and quarter its name gives
        List<Diagnostic> fileProblems = new ArrayList<>(unread);
        fileProblems.addAll(out.sorted());
        check.withUnread(planreport.validate.Register.unread(plan, fileProblems));
        return check;
    }

    /** A rendering step that may fail. */
    private interface Rendering {
        Map<String, byte[]> files() throws RenderFailure;
    }

    /** The one place a rendering failure is caught: it becomes the outcome's failure. */
    private static Outcome rendered(Diagnostics found, int count, Rendering r) {
        try {
            return Outcome.done(found, r.files(), count);
        } catch (RenderFailure e) {
            return Outcome.failed(found, e.diagnostic());
        }
    }

    /**
     * bao-cao-so-ket-2022-Q2-noi-bo.md: the review's internal material (data errors, follow-up list),
     * "Tài liệu dùng nội bộ", written beside the review unless --no-internal; {@code .en} as {@link #fileName}.
     */
    public static String internalFileName(Window window, Lang lang, Format f) {
        return "bao-cao-" + window.kind().slug() + "-" + window.name() + "-noi-bo" + lang.fileSuffix() + "." + f.extension();
    }

    /** bao-cao-so-ket-2022-Q2.md; bao-cao-so-ket-2022-Q2.en.md in English, so both languages can share a folder. */
    public static String fileName(Window window, Lang lang, Format f) {
        return Renderer.baseName(window, lang) + "." + f.extension();
    }
}
