package planreport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import planreport.check.Code;
import planreport.check.Diagnostic;
import planreport.check.Diagnostics;
import planreport.io.PlanReader;
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
        Path plan = plan();
        String name = plan.toString();
        if (!Files.exists(plan)) {
            out.add(Diagnostic.of(Code.INPUT, "plan-not-found").in(name));
            status[0] = ExitCode.USAGE.code();
            return null;
        }
        if (!Files.isRegularFile(plan) || !Files.isReadable(plan)) {
            out.add(Diagnostic.of(Code.INPUT, "plan-not-readable").in(name));
            status[0] = ExitCode.USAGE.code();
            return null;
        }
        try {
            PlanReader.Result r = PlanReader.read(plan, name);
            out.addAll(r.diagnostics());
            if (!r.ok()) status[0] = ExitCode.ERRORS.code();
            return r.plan();
        } catch (IOException e) {
            out.add(Diagnostic.of(Code.INPUT, "plan-io").in(name).with("reason", describe(e, texts)));
            status[0] = ExitCode.USAGE.code();
            return null;
        }
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

    /** --encoding: a charset Java knows, or a usage error. */
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
