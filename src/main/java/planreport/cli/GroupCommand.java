package planreport.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A command that only groups a subcommand ({@code templates export}, {@code notes init}): run alone
 * it is a usage error naming the subcommand to give ({@code <name>.no_subcommand} in the catalogue).
 */
final class GroupCommand implements Runnable {
    final CommandSpec spec;
    private final String noSubcommand;

    GroupCommand(Texts t, String name, String description, String subName, CommandSpec sub) {
        spec = Cli.command(this, name, t, description);
        spec.addSubcommand(subName, new CommandLine(sub));
        noSubcommand = name + ".no_subcommand";
    }

    /** Adds another subcommand; returns this group. */
    GroupCommand add(String subName, CommandSpec sub) {
        spec.addSubcommand(subName, new CommandLine(sub));
        return this;
    }

    @Override public void run() {
        CommandLine cl = spec.commandLine();
        throw new CommandLine.ParameterException(cl, Texts.of(cl).get(noSubcommand));
    }
}
