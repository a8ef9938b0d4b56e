package planreport.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * picocli's usage errors in the run's language. picocli words them in English only; the facts
 * are taken from the exception (the unmatched arguments, the missing options, the option and the
 * value refused, the "did you mean" picocli computes) and worded from {@link Texts}. A message
 * plan-report wrote itself (a plain {@link CommandLine.ParameterException}) is already worded.
 */
final class UsageErrors {
    private UsageErrors() {}

    /** The lines to print after "plan-report: " (the first) and before the "see --help" line. */
    static List<String> lines(CommandLine.ParameterException e, Texts t) {
        List<String> lines = new ArrayList<>(2);
        lines.add(message(e, t));
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> suggestions = suggestions(u);
            if (!suggestions.isEmpty()) lines.add(t.get("usage.suggest", "list", String.join(" " + t.get("usage.or") + " ", suggestions)));
        }
        return lines;
    }

    /** "Xem 'plan-report validate --help' để biết thêm." */
    static String seeHelp(CommandLine.ParameterException e, Texts t) {
        return t.get("usage.see_help", "command", e.getCommandLine().getCommandSpec().qualifiedName());
    }

    static String message(CommandLine.ParameterException e, Texts t) {
        String picocli = String.valueOf(e.getMessage());
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> args = u.getUnmatched();
            if (args.isEmpty()) {
                // "Unknown option: '--x'; Expected parameter for option '--plan' (FILE) but found '--x'"
                String arg = between(picocli, "Unknown option: '", "'; ");
                OptionSpec o = option(e, between(picocli, "for option '", "'"));
                if (arg != null && o != null) {
                    return t.get("usage.unknown_option_for_value", "arg", arg, "option", what(o, t), "label", o.paramLabel());
                }
                return t.get("usage.other", "detail", picocli);
            }
            // picocli leaves an empty argument ('') unmatched: say what is wrong with it
            if (args.stream().allMatch(String::isBlank)) return t.get("usage.empty_argument");
            if (u.isUnknownOption()) return t.get("usage.unknown_option", "args", quoted(args));
            if (!e.getCommandLine().getSubcommands().isEmpty()) return t.get("usage.unknown_command", "arg", args.get(0));
            return t.get("usage.unmatched", "args", quoted(args));
        }
        if (e instanceof CommandLine.MissingParameterException m) {
            List<ArgSpec> missing = m.getMissing();
            if (picocli.startsWith("Missing required parameter for ") && missing.size() == 1) {
                return t.get("usage.missing_value", "option", what(missing.get(0), t), "label", missing.get(0).paramLabel());
            }
            if (picocli.startsWith("Expected parameter ") && missing.size() == 1) {
                int at = picocli.lastIndexOf("but found '");
                String arg = at < 0 ? "" : picocli.substring(at + "but found '".length(), picocli.length() - 1);
                return t.get("usage.expected_value", "option", what(missing.get(0), t), "label", missing.get(0).paramLabel(), "arg", arg);
            }
            List<String> options = new ArrayList<>(), parameters = new ArrayList<>();
            for (ArgSpec a : missing) {
                if (a instanceof OptionSpec o) options.add(o.longestName() + (o.arity().max > 0 ? "=" + o.paramLabel() : ""));
                else parameters.add(a.paramLabel());
            }
            List<String> parts = new ArrayList<>(2);
            if (!options.isEmpty()) parts.add(t.get("usage.missing_option", "list", String.join(", ", options)));
            if (!parameters.isEmpty()) parts.add(t.get("usage.missing_parameter", "list", String.join(", ", parameters)));
            return parts.isEmpty() ? t.get("usage.other", "detail", picocli) : String.join("; ", parts);
        }
        if (e instanceof CommandLine.OverwrittenOptionException o && o.getOverwritten() != null) {
            return t.get("usage.overwritten", "option", what(o.getOverwritten(), t));
        }
        ArgSpec arg = e.getArgSpec();
        if (arg != null && e.getValue() != null) {
            if (e.getCause() instanceof Cli.Refused r) return r.getMessage();
            Class<?> type = arg.type();
            if (type != null && type.isEnum()) {
                List<String> choices = new ArrayList<>();
                for (Object c : type.getEnumConstants()) choices.add(c.toString());
                return t.get("usage.bad_choice", "value", e.getValue(), "option", what(arg, t), "choices", String.join(", ", choices));
            }
            return t.get("usage.bad_value", "value", e.getValue(), "option", what(arg, t));
        }
        if (e.getClass() != CommandLine.ParameterException.class) return t.get("usage.other", "detail", picocli);
        return picocli; // plan-report's own, already worded
    }

    /** picocli's "did you mean": similar subcommands (with the command's name before them) or options. */
    private static List<String> suggestions(CommandLine.UnmatchedArgumentException u) {
        List<String> s = u.getSuggestions();
        if (s.isEmpty() || u.isUnknownOption()) return s;
        String name = u.getCommandLine().getCommandSpec().name();
        List<String> prefixed = new ArrayList<>(s.size());
        for (String c : s) prefixed.add(name + " " + c);
        return prefixed;
    }

    /** "tùy chọn --plan", "tham số THƯ_MỤC". */
    private static String what(ArgSpec a, Texts t) {
        if (a instanceof OptionSpec o) return t.get("usage.what.option", "name", o.longestName());
        return t.get("usage.what.parameter", "name", ((PositionalParamSpec) a).paramLabel());
    }

    private static OptionSpec option(CommandLine.ParameterException e, String name) {
        if (name == null) return null;
        CommandSpec spec = e.getCommandLine().getCommandSpec();
        return spec.findOption(name);
    }

    private static String quoted(List<String> args) {
        StringBuilder b = new StringBuilder();
        for (String a : args) {
            if (b.length() > 0) b.append(", ");
            b.append('\'').append(a).append('\'');
        }
        return b.toString();
    }

    /** The text between the first {@code start} and the next {@code end} after it, or null. */
    private static String between(String s, String start, String end) {
        int a = s.indexOf(start);
        if (a < 0) return null;
        a += start.length();
        int b = s.indexOf(end, a);
        return b < 0 ? null : s.substring(a, b);
    }
}
