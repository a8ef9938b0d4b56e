package planreport.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * help [COMMAND]: picocli's standard help subcommand ({@link CommandLine.HelpCommand}), with the
 * same behaviour, built without reading its annotations (see {@link Cli}), in the run's language.
 */
final class HelpCommand implements CommandLine.IHelpCommandInitializable2, Callable<Integer> {
    final CommandSpec spec = CommandSpec.wrapWithoutInspection(this).name("help").helpCommand(true);
    private final PositionalParamSpec command;

    private CommandLine self;
    private CommandLine.Help.ColorScheme colors;
    private PrintWriter out;

    HelpCommand(Texts t) {
        Cli.headings(spec, t);
        command = Cli.add(spec, PositionalParamSpec.builder().paramLabel(t.get("label.command")).arity("0..1")
                .type(String.class).description(t.get("helpcmd.command")).completionCandidates(Main.ALL_COMMANDS));
        spec.usageMessage().header(t.get("helpcmd.header")).synopsisHeading("%n" + t.get("help.synopsis") + " ")
                .description(t.lines("helpcmd.description"));
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description(t.get("helpcmd.help")).build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).description(t.get("option.version")).build());
        spec.versionProvider(Cli.VERSION);
        Cli.add(spec, Cli.lang(t, "option.lang"));
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
        if (target == null) {
            throw new CommandLine.ParameterException(parent, Texts.of(self).get("usage.unknown_command", "arg", name), null, name);
        }
        target.usage(out, colors);
        return target.getCommandSpec().exitCodeOnUsageHelp();
    }
}
