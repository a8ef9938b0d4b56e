package planreport.cli;

import java.time.LocalDate;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import planreport.model.Period;
import planreport.model.Plan;
import planreport.report.Kind;
import planreport.report.Window;

/**
 * The options that say which quarters a command is about, and their one reading: --kind, --period,
 * --from and --to for a review's window (compile, notes init), chosen through {@link Window#select};
 * --period alone for a command about one quarter (remind), a quarter of the plan term as
 * {@link Common#quarter} reads it. Periods outside the term are usage errors alike in all of them.
 */
final class WindowOptions {
    private final OptionSpec kind;
    private final OptionSpec period;
    private final OptionSpec from;
    private final OptionSpec to;

    private WindowOptions(OptionSpec kind, OptionSpec period, OptionSpec from, OptionSpec to) {
        this.kind = kind;
        this.period = period;
        this.from = from;
        this.to = to;
    }

    /** Adds --kind (required when {@code kindRequired}, described by {@code kindHelp}), --period, --from and --to. */
    static WindowOptions window(CommandSpec spec, Texts t, boolean kindRequired, String kindHelp) {
        OptionSpec kind = Cli.add(spec, Cli.option("--kind", t.get("label.kind"), t.get(kindHelp)).required(kindRequired)
                .completionCandidates(java.util.Arrays.stream(planreport.report.Kind.values()).map(planreport.report.Kind::id).toList()));
        OptionSpec period = Cli.add(spec, Cli.option("--period", t.get("label.period"), t.get("compile.period")));
        OptionSpec from = Cli.add(spec, Cli.option("--from", t.get("label.period"), t.get("compile.from")));
        OptionSpec to = Cli.add(spec, Cli.option("--to", t.get("label.period"), t.get("compile.to")));
        return new WindowOptions(kind, period, from, to);
    }

    /** Adds a --period (described by {@code help}): one quarter of the term; the command says when it may be left out ({@link #given}). */
    static WindowOptions quarter(CommandSpec spec, Texts t, String help) {
        return new WindowOptions(null, Cli.add(spec, Cli.option("--period", t.get("label.period"), t.get(help))), null, null);
    }

    /** Whether --period was given. */
    boolean given() { return period.getValue() != null; }

    /** Whether --kind was given. */
    boolean kindGiven() { return kind != null && kind.getValue() != null; }

    /** --kind: summary (so-ket) or final (tong-ket), or a usage error. */
    Kind kind(CommandLine cl) {
        String text = kind.getValue();
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "summary", "so-ket" -> Kind.SUMMARY;
            case "final", "tong-ket" -> Kind.FINAL;
            default -> throw new CommandLine.ParameterException(cl, Texts.of(cl).get("compile.bad_kind", "value", text));
        };
    }

    /** The window of kind {@code k} the options name in {@code plan} as of {@code asOf}, or a usage error saying why there is none. */
    Window select(Kind k, Plan plan, LocalDate asOf, CommandLine cl) {
        try {
            return Window.select(k, plan, asOf, period.getValue(), from.getValue(), to.getValue());
        } catch (Window.Unfit e) {
            throw Common.unfit(e, cl);
        }
    }

    /** The --period of a one-quarter command read as a quarter at all: a usage error before the plan is read. */
    Period quarterNamed(CommandLine cl) { return Common.period(period.getValue(), "--period", cl); }

    /** The --period of a one-quarter command as a quarter of {@code plan}'s term, or a usage error naming the term. */
    Period quarter(Plan plan, CommandLine cl) { return Common.quarter(period.getValue(), "--period", plan, cl); }
}
