package planreport.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Builds the commands' picocli models through its programmatic API. Reading picocli's annotations
 * costs a run about 0.1 s: the JDK makes a dynamic proxy class per annotation type (which no
 * class-data archive can hold), and picocli scans every method of every command class. Each
 * command lists its options where it is declared, as the annotations did, and reads their values
 * from the {@link OptionSpec}s it keeps ({@code spec.getValue()}).
 */
final class Cli {
    private Cli() {}

    /** A command named {@code name} run by {@code command}, with picocli's standard -h/--help and -V/--version. */
    static CommandSpec command(Object command, String name, String... description) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name);
        spec.usageMessage().description(description);
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).description("Print version information and exit.").build());
        return spec;
    }

    /** An option taking one value shown as {@code label}: a String unless the caller sets another type. */
    static OptionSpec.Builder option(String name, String label, String description) {
        return OptionSpec.builder(name).paramLabel(label).type(String.class).description(description);
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
}
