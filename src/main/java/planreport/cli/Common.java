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
import planreport.check.Diagnostics;
import planreport.io.PlanReader;
import planreport.model.Plan;

/** Options every command that reads the plan shares, and the loading of the plan itself. */
final class Common {
    private final OptionSpec plan;

    /** Adds --plan to a command. */
    Common(CommandSpec spec) {
        plan = Cli.add(spec, Cli.option("--plan", "FILE", "The plan (default: ${DEFAULT-VALUE} in the working directory).")
                .type(Path.class).defaultValue("plan.yaml"));
    }

    /** The plan file given (or the default). */
    Path plan() { return plan.getValue(); }

    /** Reads the plan; on failure adds its diagnostics and returns null (with the exit status in {@code status[0]}). */
    Plan load(Diagnostics out, int[] status) {
        Path plan = plan();
        String name = plan.toString();
        if (!Files.exists(plan)) {
            out.add(planreport.check.Diagnostic.of(Code.INPUT, "no-plan").in(name));
            status[0] = ExitCode.USAGE.code();
            return null;
        }
        if (!Files.isRegularFile(plan) || !Files.isReadable(plan)) {
            out.add(planreport.check.Diagnostic.of(Code.INPUT, "plan-unreadable").in(name));
            status[0] = ExitCode.USAGE.code();
            return null;
        }
        try {
            PlanReader.Result r = PlanReader.read(plan, name);
            out.addAll(r.diagnostics());
            if (!r.ok()) status[0] = ExitCode.ERRORS.code();
            return r.plan();
        } catch (IOException e) {
            out.add(Inputs.unreadable("plan", name, e));
            status[0] = ExitCode.USAGE.code();
            return null;
        }
    }

    static LocalDate asOf(String text, CommandLine cl) {
        if (text == null) return LocalDate.now();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(cl, "--as-of must be a date written YYYY-MM-DD, not '" + text + "'");
        }
    }

    /** A quarter given on the command line ("2022-Q2", "Quý II/2022"), or a usage error naming the option. */
    static planreport.model.Period period(String text, String option, CommandLine cl) {
        return planreport.model.Period.parse(text).orElseThrow(() -> new CommandLine.ParameterException(cl,
                option + ": '" + text + "' is not a period; write 2022-Q2 or Quý II/2022"));
    }

    static Charset charset(String name, CommandLine cl) {
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {
            throw new CommandLine.ParameterException(cl, "--encoding: unknown encoding '" + name + "'; use UTF-8 or windows-1258");
        }
    }

    static void flush(PrintWriter w) { w.flush(); }

    /** An I/O failure in words a user can act on (NIO's own messages are often just the path). */
    static String describe(IOException e) {
        String file = e instanceof java.nio.file.FileSystemException f && f.getFile() != null ? f.getFile() : null;
        String what;
        if (e instanceof java.nio.file.NoSuchFileException) what = "no such file or folder";
        else if (e instanceof java.nio.file.AccessDeniedException) what = "permission denied";
        else if (e instanceof java.nio.file.FileAlreadyExistsException) what = "already exists and is not a folder";
        else if (e instanceof java.nio.file.NotDirectoryException) what = "not a folder";
        else if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) what = f.getReason().toLowerCase(java.util.Locale.ROOT);
        else what = String.valueOf(e.getMessage());
        return file == null ? what : file + ": " + what;
    }
}
