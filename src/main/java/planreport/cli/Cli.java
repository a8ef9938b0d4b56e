package planreport.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import planreport.model.Lang;

/**
 * Builds the commands' picocli models through its programmatic API. Reading picocli's annotations
 * costs a run about 0.1 s: the JDK makes a dynamic proxy class per annotation type (which no
 * class-data archive can hold), and picocli scans every method of every command class. Each
 * command lists its options where it is declared, as the annotations did, and reads their values
 * from the {@link OptionSpec}s it keeps ({@code spec.getValue()}). Every word of the help comes
 * from {@link Texts}, in the language the run was started in.
 */
final class Cli {
    private Cli() {}

    /**
     * A command named {@code name} run by {@code command}, described by the lines of the text
     * {@code descriptionKey}, with -h/--help, -V/--version and --lang, and the help's headings in
     * the language of {@code t}.
     */
    static CommandSpec command(Object command, String name, Texts t, String descriptionKey) {
        return command(command, name, t, descriptionKey, "option.lang");
    }

    /** As {@link #command(Object, String, Texts, String)}, with --lang described by the text {@code langKey}. */
    static CommandSpec command(Object command, String name, Texts t, String descriptionKey, String langKey) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name);
        headings(spec, t);
        spec.usageMessage().description(t.lines(descriptionKey));
        // examples after the options, when the catalogue has them: "validate.description" → "validate.examples"
        String examples = descriptionKey.endsWith(".description")
                ? descriptionKey.substring(0, descriptionKey.length() - ".description".length()) + ".examples" : descriptionKey;
        if (!examples.equals(descriptionKey) && t.has(examples)) {
            String[] lines = t.lines(examples);
            // a catalogue value loses its leading spaces: the first command line gets its indent back
            for (int i = 0; i < lines.length; i++) if (!lines[i].startsWith(" ")) lines[i] = "  " + lines[i];
            spec.usageMessage().footerHeading("%n" + t.get("help.examples") + "%n").footer(lines);
        }
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description(t.get("option.help")).build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).description(t.get("option.version")).build());
        spec.versionProvider(VERSION); // every subcommand answers --version, as the top command does
        add(spec, lang(t, langKey));
        return spec;
    }

    /** The help's headings and the label of the subcommand in the synopsis, in the language of {@code t}. */
    static void headings(CommandSpec spec, Texts t) {
        spec.usageMessage()
                .synopsisHeading(t.get("help.synopsis") + " ")
                .descriptionHeading("%n")
                .parameterListHeading("%n" + t.get("help.parameters") + "%n")
                .optionListHeading("%n" + t.get("help.options") + "%n")
                .commandListHeading("%n" + t.get("help.commands") + "%n")
                .synopsisSubcommandLabel(t.get("help.command_label"));
    }

    /**
     * --lang vi|en: a String (compile hands it on as the report's language), checked as it is
     * parsed; its default is the run's language ({@code t}), which {@link Main} has already taken
     * from the command line or PLAN_REPORT_LANG.
     */
    static OptionSpec.Builder lang(Texts t, String descriptionKey) {
        return option("--lang", t.get("label.lang"), t.get(descriptionKey)).defaultValue(t.lang().tag()).converters(new LangValue(t))
                .completionCandidates(List.of("vi", "en"));
    }

    /** "vi", " EN " → "vi", "en"; anything else refused in the run's language (a class, not a lambda: one less bootstrap at start-up). */
    private static final class LangValue implements CommandLine.ITypeConverter<String> {
        private final Texts texts;

        LangValue(Texts texts) { this.texts = texts; }

        @Override public String convert(String value) {
            Lang lang = Lang.parse(value).orElse(null);
            if (lang == null) throw new Refused(texts.get("usage.bad_lang", "value", value));
            return lang.tag();
        }
    }

    /** The file extensions of {@code formats}, what a --format list's Tab completion offers ("md", "pdf" …). */
    static List<String> extensions(List<planreport.render.Format> formats) {
        return formats.stream().map(planreport.render.Format::extension).toList();
    }

    /** An option taking one value shown as {@code label}: a String unless the caller sets another type. */
    static OptionSpec.Builder option(String name, String label, String description) {
        return OptionSpec.builder(name).paramLabel(label).type(String.class).description(description);
    }

    /** The version every command prints for -V/--version. */
    static final CommandLine.IVersionProvider VERSION = new Main.Version();

    /**
     * An option naming a file or folder: a {@link java.nio.file.Path}, refused when empty or blank
     * ({@code --out ''} would otherwise mean the current folder, which nobody typed).
     */
    static OptionSpec.Builder path(String name, String label, String description, Texts t) {
        return option(name, label, description).type(java.nio.file.Path.class).converters(new PathValue(t, t.get("usage.what.option", "name", name)));
    }

    /** A file or folder named on the command line, never the empty path (a class, not a lambda: see {@link LangValue}). */
    static final class PathValue implements CommandLine.ITypeConverter<java.nio.file.Path> {
        private final Texts texts;
        private final String what;

        /** {@code what}: the option or parameter, as a user reads it ("tùy chọn --out"). */
        PathValue(Texts texts, String what) {
            this.texts = texts;
            this.what = what;
        }

        @Override public java.nio.file.Path convert(String value) {
            if (value.isBlank()) throw new Refused(texts.get("usage.empty_path", "what", what));
            try {
                return java.nio.file.Path.of(value);
            } catch (java.nio.file.InvalidPathException e) {
                throw new Refused(texts.get("usage.bad_path", "what", what, "value", value, "reason", e.getReason()));
            }
        }
    }

    /** A REPORT argument: a file, a folder or "-", never empty ('' would otherwise read the current folder). */
    static final class ReportArg implements CommandLine.ITypeConverter<String> {
        private final Texts texts;
        private final String what;

        ReportArg(Texts texts, String what) {
            this.texts = texts;
            this.what = what;
        }

        @Override public String convert(String value) {
            if (value.isBlank()) throw new Refused(texts.get("usage.empty_path", "what", what));
            return value;
        }
    }

    /** An option without a value: false unless given. */
    static OptionSpec.Builder flag(String name, String description) {
        return OptionSpec.builder(name).type(boolean.class).initialValue(false).description(description);
    }

    /** Adds an option to a command; returns it, to read its value after parsing ({@code getValue()}). */
    static OptionSpec add(CommandSpec spec, OptionSpec.Builder option) {
        OptionSpec o = option.build();
        spec.addOption(o);
        return o;
    }

    /** Adds a positional parameter; returns it, to read its value after parsing. */
    static PositionalParamSpec add(CommandSpec spec, PositionalParamSpec.Builder parameter) {
        PositionalParamSpec p = parameter.build();
        spec.addPositional(p);
        return p;
    }

    /** A value an option refuses, with the whole message already worded (see {@link UsageErrors}). */
    static final class Refused extends CommandLine.TypeConversionException {
        private static final long serialVersionUID = 1L;

        Refused(String message) { super(message); }
    }
}
