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
import planreport.render.Format;
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
        List<String> names = new ArrayList<>(sources.size());
        for (Source s : sources) names.add(s.name());
        ReportCheck check = new ReportCheck(plan, asOf, names, out, sink);
        Reports.read(plan, sources, charset, out, check::row, progress);
        check.finish(only);
    }

    /** What {@link #compile} made: the diagnostics, and the files to write (name → bytes; empty when errors stopped it). */
    public record Compiled(Diagnostics diagnostics, Map<String, byte[]> files) {
        public boolean stopped() { return files.isEmpty(); }
    }

    /**
     * The whole pipeline for a consolidated report: check the reports, and unless they have errors
     * (or {@code force}), aggregate the window and render it in each format, in {@code lang}, with
     * the templates of {@code templates} (null: the defaults) over the packaged ones.
     */
    public static Compiled compile(Plan plan, List<Source> sources, Charset charset, Window window, List<Format> formats, Lang lang,
                                   Path templates, boolean force, Reports.Progress progress) throws RenderFailure {
        Diagnostics ds = new Diagnostics();
        Collector collector = Collector.forWindow(window);
        Period only = window.from().equals(window.to()) ? window.from() : null;
        check(plan, sources, charset, window.asOf(), only, ds, collector, progress);
        if (ds.errors() > 0 && !force) return new Compiled(ds, Map.of());
        List<Diagnostic> problems = ds.sorted().stream().filter(d -> d.severity() == Severity.ERROR).toList();
        Report report = Aggregator.aggregate(plan, window, collector, problems);
        return new Compiled(ds, render(report, formats, lang, templates));
    }

    /** render: the report in each format, by output file name (bao-cao-so-ket-2022-Q2.md, … .en.pdf under English). */
    public static Map<String, byte[]> render(Report report, List<Format> formats, Lang lang, Path templates) throws RenderFailure {
        Renderer renderer = new Renderer(report, lang, templates);
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Format f : formats) files.put(fileName(report.window(), lang, f), renderer.render(f));
        return files;
    }

    /** bao-cao-so-ket-2022-Q2.md; bao-cao-so-ket-2022-Q2.en.md in English, so both languages can share a folder. */
    public static String fileName(Window window, Lang lang, Format f) {
        return "bao-cao-" + window.kind().slug() + "-" + window.name() + lang.fileSuffix() + "." + f.extension();
    }
}
