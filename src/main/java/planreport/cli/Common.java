package planreport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import planreport.Facade;
import planreport.Outcome;
import planreport.Pipeline;
import planreport.model.Lang;
import planreport.model.Plan;
import planreport.render.Format;

/** Options every command that reads the plan shares, and the loading of the plan itself. */
final class Common {
    private final OptionSpec plan;
    private final Texts texts;

    /** Adds --plan to a command. */
    Common(CommandSpec spec, Texts t) {
        texts = t;
        plan = Cli.add(spec, Cli.path("--plan", t.get("label.file"), t.get("option.plan"), t).defaultValue("plan.yaml"));
    }

    /** The plan file given (or the default). */
    Path plan() { return plan.getValue(); }

    /** Reads the plan given, with its diagnostics. */
    Pipeline.PlanRead read() { return Pipeline.readPlan(plan()); }

    /**
     * When the plan cannot be used: prints its diagnostics ({@code format}, to {@code w}) and says how
     * the command ends — a usage error when the file cannot be read, errors when the plan is refused.
     */
    static ExitCode refused(Pipeline.PlanRead r, Output.Format format, PrintWriter w, Lang lang) {
        Output.diagnostics(r.diagnostics(), format, w, lang);
        return r.readable() ? ExitCode.ERRORS : ExitCode.USAGE;
    }

    /** The one place a rendering failure is shown: its diagnostic alone, with its count; the command ends in a usage error. */
    static ExitCode failed(Outcome o, PrintWriter err, Lang lang) {
        Output.diagnostic(o.failure(), err, lang);
        return ExitCode.USAGE;
    }

    /**
     * Writes {@code files} into {@code dir}, printing "đã ghi FILE" for each when {@code say}; when
     * they cannot be written, the text {@code cannotWrite} (with the folder and the reason) and a usage error.
     */
    static ExitCode write(Path dir, java.util.Map<String, byte[]> files, boolean say, String cannotWrite, CommandLine cl) {
        return write(dir, files, say, cannotWrite, null, cl);
    }

    /**
     * As above; with a {@code family} (null: none), the files of an earlier run of the same documents
     * that this one did not write are moved aside ({@link Facade#setAside}), and the user is told how many and where.
     */
    static ExitCode write(Path dir, java.util.Map<String, byte[]> files, boolean say, String cannotWrite,
                          java.util.function.Predicate<String> family, CommandLine cl) {
        Texts t = Texts.of(cl);
        try {
            for (Path p : Facade.write(dir, files)) if (say) cl.getOut().println(t.wrote(p));
            if (family != null) {
                List<Path> aside = Facade.setAside(dir, files.keySet(), family);
                if (!aside.isEmpty()) cl.getOut().println(t.get("set_aside", "count", aside.size(), "dir", aside.get(0).getParent()));
            }
            cl.getOut().flush();
            return ExitCode.OK;
        } catch (IOException e) {
            cl.getErr().println("plan-report: " + t.get(cannotWrite, "dir", dir, "reason", describe(e, t)));
            return ExitCode.USAGE;
        }
    }

    /** Whether two paths name one file (or, when either does not exist yet, the same path). */
    /**
     * The formats a {@code --format} list names ("md,pdf"), each once, in its order: a name that is
     * not one of {@code allowed} (null: any format) is the usage error {@code badKey}, an empty list
     * {@code noKey}; both texts may name the allowed formats as {@code {formats}}.
     */
    static List<Format> formats(String value, List<Format> allowed, String badKey, String noKey, CommandLine cl, Texts t) {
        String names = allowed == null ? "" : String.join(", ", allowed.stream().map(Format::extension).toList());
        Set<Format> set = new LinkedHashSet<>();
        for (String f : value.split(",")) {
            if (f.isBlank()) continue;
            Format r = Facade.format(f);
            if (r == null || (allowed != null && !allowed.contains(r))) {
                throw new CommandLine.ParameterException(cl, t.get(badKey, "value", f.strip(), "formats", names));
            }
            set.add(r);
        }
        if (set.isEmpty()) throw new CommandLine.ParameterException(cl, t.get(noKey, "formats", names));
        return List.copyOf(set);
    }

    static boolean same(Path a, Path b) {
        try {
            if (java.nio.file.Files.exists(a) && java.nio.file.Files.exists(b)) return java.nio.file.Files.isSameFile(a, b);
        } catch (IOException e) {
            // fall back to comparing the paths
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /**
     * The files a run reads, to find the one an output would overwrite: for each output, the first
     * input that is the {@link #same} file. Each file is looked at once, its identity (device and
     * inode) kept, instead of four file-system calls for every pair: a compile of the shipped
     * example's 1,041 reports into a folder that holds its outputs made 37,000 of them before it
     * began. A file system that gives no identity (Windows) is compared pair by pair, as before.
     */
    static final class Inputs {
        /** The identity of a file that is not there (or cannot be looked at): compared by its path. */
        private static final Object ABSENT = new Object();

        private final List<Path> files;
        private final java.util.Map<Object, Integer> byKey = new java.util.HashMap<>();
        private final java.util.Map<Path, Integer> byPath = new java.util.HashMap<>();
        private final java.util.Map<Path, Integer> absentByPath = new java.util.HashMap<>();
        private boolean pairwise;

        Inputs(List<Path> files) {
            this.files = List.copyOf(files);
            for (int i = 0; i < this.files.size(); i++) {
                Path p = this.files.get(i);
                Path abs = p.toAbsolutePath().normalize();
                byPath.putIfAbsent(abs, i);
                Object key = key(p);
                if (key == ABSENT) absentByPath.putIfAbsent(abs, i);
                else if (key == null) pairwise = true;
                else byKey.putIfAbsent(key, i);
            }
        }

        /** The first input that {@code target} is the same file as, or null. */
        Path clashing(Path target) {
            Object key = pairwise ? null : key(target);
            if (key == null) {
                for (Path in : files) if (same(target, in)) return in;
                return null;
            }
            Path abs = target.toAbsolutePath().normalize();
            Integer hit;
            if (key == ABSENT) {
                hit = byPath.get(abs);       // not there: the same path as any input
            } else {
                Integer file = byKey.get(key), path = absentByPath.get(abs); // there: the same file, or an absent input of its path
                hit = file == null ? path : path == null ? file : Integer.valueOf(Math.min(file, path));
            }
            return hit == null ? null : files.get(hit);
        }

        /** The file's identity, {@link #ABSENT} when it is not there, null when the file system gives none. */
        private static Object key(Path p) {
            try {
                return java.nio.file.Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
            } catch (IOException | SecurityException e) {
                return ABSENT;
            }
        }
    }

    /** --as-of: a date as {@link planreport.model.Dates} reads it, 2023-07-20 or 20/7/2023 (today when not given), or a usage error in the command's language. */
    static LocalDate asOf(String text, CommandLine cl) {
        if (text == null) return LocalDate.now();
        LocalDate d = planreport.model.Dates.parse(text);
        if (d == null) throw new CommandLine.ParameterException(cl, Texts.of(cl).get("error.as_of", "value", text));
        return d;
    }

    /** A day given to {@code option}: YYYY-MM-DD, or as an office writes it, DD/MM/YYYY ("20/07/2023", "5/1/2024"); a usage error otherwise. */
    static LocalDate date(String text, String option, CommandLine cl) {
        if (text == null) return null;
        String t = text.strip();
        try {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})").matcher(t);
            if (m.matches()) return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            return LocalDate.parse(t);
        } catch (java.time.DateTimeException e) {
            throw new CommandLine.ParameterException(cl, Texts.of(cl).get("error.date", "option", option, "value", text));
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

    /** Why a window cannot be made, as a usage error in the command's language. */
    static CommandLine.ParameterException unfit(planreport.report.Window.Unfit e, CommandLine cl) {
        Texts t = Texts.of(cl);
        Object[] facts = new Object[e.facts().size() * 2];
        int k = 0;
        for (var f : e.facts().entrySet()) {
            facts[k++] = f.getKey();
            facts[k++] = f.getKey().startsWith("term_") || f.getKey().endsWith("_period") ? term(f.getValue(), t)
                    : f.getKey().endsWith("_date") ? planreport.model.Wording.of(t.lang()).shortDate(LocalDate.parse(f.getValue()))
                    : f.getValue();
        }
        return new CommandLine.ParameterException(cl, t.get(e.key(), facts));
    }

    /** A quarter of the plan term as a Vietnamese reader writes it ("quý IV năm 2021"); in English as typed (2021-Q4). */
    private static String term(String period, Texts t) {
        if (t.lang() != planreport.model.Lang.VI) return period;
        return planreport.model.Period.parse(period).map(p -> planreport.model.Wording.of(t.lang()).periodWords(p)).orElse(period);
    }

    static Charset charset(String name, CommandLine cl) {
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {
            throw new CommandLine.ParameterException(cl, Texts.of(cl).get("error.encoding", "value", name));
        }
    }

    static void flush(PrintWriter w) { w.flush(); }

    /**
     * The old {@code --force} (hidden, kept working for a while) and the name it now goes by
     * ({@code now}: --ignore-errors in compile, --overwrite in forms and templates export): true
     * when either is given; the old spelling also prints a notice naming the new one.
     */
    static boolean renamed(OptionSpec force, OptionSpec now, PrintWriter err, Texts t) {
        boolean old = force.<Boolean>getValue();
        if (old) err.println("plan-report: " + t.get("usage.force_renamed", "new", now.longestName()));
        return old || now.<Boolean>getValue();
    }

    /** The hidden --force of a command, kept for a while as the old spelling of {@code now}. */
    static OptionSpec.Builder oldForce(String now, Texts t) {
        return Cli.flag("--force", t.get("option.force_old", "new", now)).hidden(true);
    }

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

}
