package planreport.cli;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import planreport.check.Diagnostics;
import planreport.io.Source;

/** The options of every command that reads unit reports: which files, in what encoding, judged on what day. */
final class ReportInputs {
    private final OptionSpec asOf;
    private final OptionSpec encoding;
    private final PositionalParamSpec reports;
    /** --register FILE, or null on a command that has none. */
    private final OptionSpec register;
    private final Texts texts;

    /** Adds --as-of, --encoding, --register and REPORT... to a command. */
    ReportInputs(CommandSpec spec, Texts t) { this(spec, t, true); }

    /** Adds --as-of, --encoding and REPORT... to a command, and --register when {@code withRegister} (not to register init, which writes one). */
    ReportInputs(CommandSpec spec, Texts t, boolean withRegister) {
        texts = t;
        asOf = Cli.add(spec, Cli.option("--as-of", t.get("label.date"), t.get("option.as_of")));
        encoding = Cli.add(spec, Cli.option("--encoding", t.get("label.encoding"), t.get("option.encoding"))
                .completionCandidates(java.util.List.of("utf-8", "windows-1258", "utf-16")));
        reports = Cli.add(spec, PositionalParamSpec.builder().paramLabel(t.get("label.report")).arity("0..*").type(List.class).auxiliaryTypes(java.nio.file.Path.class)
                .converters(new Cli.ReportArg(t, t.get("usage.what.parameter", "name", t.get("label.report"))))
                .description(t.get("option.reports")));
        register = withRegister ? Cli.add(spec, Cli.path("--register", t.get("label.file"), t.get("option.register"), t)) : null;
    }

    /**
     * The run's builder with the office's receipt register (--register, docs/register.md) and the
     * files of the REPORT folders that were skipped ({@link #unread}), so a unit whose file could not
     * be read is said as such, not as one that sent nothing.
     */
    planreport.Pipeline.Builder received(planreport.Pipeline.Builder b, Diagnostics readDiagnostics) {
        return b.register(register == null ? null : register.getValue()).unread(unread(readDiagnostics));
    }

    LocalDate asOf(CommandLine cl) { return Common.asOf(asOf.getValue(), cl); }

    /** The encoding --encoding forces, or null: each file's own is recognised (io/CheckedDecoder). */
    Charset charset(CommandLine cl) {
        String name = encoding.getValue();
        return name == null ? null : Common.charset(name, cl);
    }

    /**
     * The REPORT arguments' small CSV files read ahead on a second thread, in the encoding --encoding
     * forces, while the plan is read (a cold start's plan leaves a core idle); close it when done.
     */
    planreport.io.EarlyReports early(CommandLine cl) {
        return early(cl, false);
    }

    /**
     * {@link #early(CommandLine)}; {@code keep}: the files' bytes kept for the manifest (compile's), which then
     * does not read them again. The reading started by {@link #readAhead} when it was started for the same.
     */
    planreport.io.EarlyReports early(CommandLine cl, boolean keep) {
        List<String> given = reports.getValue();
        if (given == null) given = List.of();
        Charset cs = charset(cl);
        planreport.io.EarlyReports a = ahead;
        ahead = null;
        if (a != null) {
            if (a.startedFor(given, cs, keep)) return a;
            a.close(); // read for other arguments than picocli found: let go, and read them again
        }
        return planreport.io.EarlyReports.start(given, cs, keep, catalogue(Texts.of(cl).lang()));
    }

    /** The diagnostics' texts, read on the early thread once its files are taken, while the run makes their rows. */
    private static Runnable catalogue(planreport.model.Lang lang) { return () -> planreport.check.Catalogue.of(lang); }

    /** The reading {@link #readAhead} started (null: none, or taken by {@link #early}). */
    private planreport.io.EarlyReports ahead;

    /**
     * Starts reading the REPORT arguments ahead before picocli has built the command line and parsed
     * {@code args} (from {@code from} on, after the command's name): at a cold start that is tens of
     * milliseconds the early reading gains. Which arguments are REPORTs is told from {@code spec}'s
     * options alone; when that cannot be told for sure (an option the command does not have, one whose
     * value is optional, --encoding, an argument file) nothing is started. A guess that is not what picocli
     * then parses is let go by {@link #early}: it costs time, never a different result.
     */
    void readAhead(CommandSpec spec, String[] args, int from, boolean keep) {
        List<String> given = reports(spec, args, from);
        if (given != null && !given.isEmpty()) ahead = planreport.io.EarlyReports.start(given, null, keep, catalogue(texts.lang()));
    }

    /** The REPORT arguments among {@code args[from …]} as {@code spec}'s options leave them, or null: not sure. */
    static List<String> reports(CommandSpec spec, String[] args, int from) {
        List<String> given = new java.util.ArrayList<>();
        for (int i = from; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                given.addAll(List.of(args).subList(i + 1, args.length));
                break;
            }
            if (a.startsWith("@")) return null; // an argument file, which picocli reads
            if (a.length() > 1 && a.charAt(0) == '-') {
                int eq = a.indexOf('=');
                OptionSpec o = spec.findOption(eq < 0 ? a : a.substring(0, eq));
                if (o == null || o.arity().min() != o.arity().max() || o.longestName().equals("--encoding")) return null;
                if (eq < 0) i += o.arity().max();
                continue;
            }
            given.add(a);
        }
        return given;
    }

    /** Whether a REPORT argument is a folder: the whole set of a period's reports, whose coverage is then checked. */
    boolean folderGiven() {
        List<String> given = reports.getValue();
        if (given != null) for (String a : given) if (!a.equals("-") && java.nio.file.Files.isDirectory(java.nio.file.Path.of(a))) return true;
        return false;
    }

    /** {@link #sources}, printing the diagnostics to {@code err} when one cannot be read (the command then ends in a usage error). */
    List<Source> sourcesOrSay(Diagnostics ds, java.io.PrintWriter err, planreport.model.Lang language) {
        return sourcesOrSay(ds, err, language, null);
    }

    /** As above, as {@code early} listed them (null: listed now). */
    List<Source> sourcesOrSay(Diagnostics ds, java.io.PrintWriter err, planreport.model.Lang language, planreport.io.EarlyReports early) {
        List<Source> s = sources(ds, early);
        if (s == null) Output.diagnostics(ds, Output.Format.text, err, language);
        return s;
    }

    /**
     * The files of the REPORT folders that were not read ({@code ignored-file}: a workbook saved as .ods
     * or .xls, a lock file, a subfolder), as {@link #sources} found them: compile and remind say them as
     * validate does, so a unit whose file was skipped is not silently counted as one that sent nothing.
     */
    static List<planreport.check.Diagnostic> unread(Diagnostics ds) {
        return ds.sorted().stream().filter(d -> d.code() == planreport.check.Code.IGNORED_FILE).toList();
    }

    /** The sources to read, or null (with an input diagnostic for each) when one cannot be read at all. */
    List<Source> sources(Diagnostics ds) { return sources(ds, null); }

    /** As {@link #sources(Diagnostics)}, as {@code early} listed them when it started (null: listed now). */
    List<Source> sources(Diagnostics ds, planreport.io.EarlyReports early) {
        List<String> given = reports.getValue();
        if (given == null) given = List.of();
        return early == null ? planreport.Pipeline.sources(given, ds) : early.sources(given, ds);
    }
}
