package planreport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import planreport.Pipeline;
import planreport.check.Diagnostics;
import planreport.model.Plan;

/** Options every command that reads the plan shares, and the loading of the plan itself. */
final class Common {
    private final OptionSpec plan;
    private final Texts texts;

    /** Adds --plan to a command. */
    Common(CommandSpec spec, Texts t) {
        texts = t;
        plan = Cli.add(spec, Cli.option("--plan", t.get("label.file"), t.get("option.plan")).type(Path.class).defaultValue("plan.yaml"));
    }

    /** The plan file given (or the default). */
    Path plan() { return plan.getValue(); }

    /** Reads the plan; on failure adds its diagnostics and returns null (with the exit status in {@code status[0]}). */
    Plan load(Diagnostics out, int[] status) {
        Pipeline.PlanRead r = Pipeline.readPlan(plan(), out);
        if (!r.readable()) status[0] = ExitCode.USAGE.code();
        else if (r.plan() == null) status[0] = ExitCode.ERRORS.code();
        return r.plan();
    }

    /** --as-of: a date YYYY-MM-DD (today when not given), or a usage error in the command's language. */
    static LocalDate asOf(String text, CommandLine cl) {
        if (text == null) return LocalDate.now();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(cl, Texts.of(cl).get("error.as_of", "value", text));
        }
    }

    /** A quarter given on the command line ("2022-Q2", "Quý II/2022"), or a usage error naming the option. */
    static planreport.model.Period period(String text, String option, CommandLine cl) {
        return planreport.model.Period.parse(text).orElseThrow(() -> new CommandLine.ParameterException(cl,
                Texts.of(cl).get("error.period", "option", option, "value", text)));
    }

    /** A quarter given on the command line that must lie in the plan term, or a usage error. */
    static planreport.model.Period quarter(String text, String option, Plan plan, CommandLine cl) {
        try {
            return planreport.report.Window.quarter(text, option, plan);
        } catch (planreport.report.Window.Unfit e) {
            throw unfit(e, cl);
        }
    }

    /** Why a window cannot be made, as a usage error. */
    static CommandLine.ParameterException unfit(planreport.report.Window.Unfit e, CommandLine cl) {
        var f = e.facts();
        String text = switch (e.key()) {
            case "window.final_whole_term" -> "--kind final reviews the whole term; give only --to (default: the last period whose reports are due)";
            case "window.none_due" -> "no period's reports are due yet as of " + f.get("as_of") + "; pass --to or --as-of";
            case "window.period_or_range" -> "give either --period or --from and --to, not both";
            case "window.summary_needs_period" -> "a summary needs --period P (a quarter or a year) or both --from P and --to P";
            case "window.from_after_to" -> "--from " + f.get("from") + " is after --to " + f.get("to");
            case "window.not_a_period" -> f.get("option") + ": '" + f.get("value") + "' is not a period; write 2022-Q2 or Quý II/2022";
            case "window.outside_term" -> f.get("option") + " " + f.get("value") + " is outside the plan term " + f.get("term_start") + " to " + f.get("term_end");
            default -> e.key();
        };
        return new CommandLine.ParameterException(cl, text);
    }

    static Charset charset(String name, CommandLine cl) {
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {
            throw new CommandLine.ParameterException(cl, Texts.of(cl).get("error.encoding", "value", name));
        }
    }

    static void flush(PrintWriter w) { w.flush(); }

    /** An I/O failure in words a user can act on (NIO's own messages are often just the path). */
    static String describe(IOException e, Texts t) {
        String file = e instanceof java.nio.file.FileSystemException f && f.getFile() != null ? f.getFile() : null;
        String what;
        if (e instanceof java.nio.file.NoSuchFileException) what = t.get("io.no_such_file");
        else if (e instanceof java.nio.file.AccessDeniedException) what = t.get("io.access_denied");
        else if (e instanceof java.nio.file.FileAlreadyExistsException) what = t.get("io.already_exists");
        else if (e instanceof java.nio.file.NotDirectoryException) what = t.get("io.not_directory");
        else if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) what = f.getReason().toLowerCase(java.util.Locale.ROOT);
        else what = String.valueOf(e.getMessage());
        return file == null ? what : t.get("io.reason", "file", file, "what", what);
    }

    /** Transitional, for the sentences compile and forms still write in English: {@link #describe(IOException, Texts)} in English. */
    static String describe(IOException e) { return describe(e, Texts.of(planreport.model.Lang.EN)); }
}
