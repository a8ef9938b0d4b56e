package planreport.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * help [COMMAND]: picocli's standard help subcommand ({@link CommandLine.HelpCommand}), with the
 * same usage text and behaviour, built without reading its annotations (see {@link Cli}).
 */
final class HelpCommand implements CommandLine.IHelpCommandInitializable2, Callable<Integer> {
    final CommandSpec spec = CommandSpec.wrapWithoutInspection(this).name("help").helpCommand(true);
    private final PositionalParamSpec command = Cli.add(spec, PositionalParamSpec.builder().paramLabel("COMMAND").arity("0..1")
            .type(String.class).description("The COMMAND to display the usage help message for."));

    private CommandLine self;
    private CommandLine.Help.ColorScheme colors;
    private PrintWriter out;

    HelpCommand() {
        spec.usageMessage().header("Display help information about the specified command.").synopsisHeading("%nUsage: ")
                .description("%nWhen no COMMAND is given, the usage help for the main command is displayed.",
                        "If a COMMAND is specified, the help for that command is shown.%n");
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Show usage help for the help command and exit.").build());
    }

    @Override
    public void init(CommandLine helpCommandLine, CommandLine.Help.ColorScheme colorScheme, PrintWriter out, PrintWriter err) {
        this.self = helpCommandLine;
        this.colors = colorScheme;
        this.out = out;
    }

    @Override
    public Integer call() {
        CommandLine parent = self.getParent();
        String name = command.getValue();
        CommandLine target = name == null ? parent : parent.getSubcommands().get(name);
        if (target == null) throw new CommandLine.ParameterException(parent, "Unknown subcommand '" + name + "'.", null, name);
        target.usage(out, colors);
        return target.getCommandSpec().exitCodeOnUsageHelp();
    }
}
