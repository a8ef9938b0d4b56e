package planreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import planreport.model.Lang;

/**
 * validate starts reading its reports before picocli has parsed the command line: the REPORT arguments
 * it guesses from the command's options are the ones picocli then parses, or it guesses nothing.
 */
class ReadAheadTest {
    private static CommandSpec validate() { return new ValidateCommand(Texts.of(Lang.VI)).spec; }

    /** What picocli parses as REPORT arguments (an empty list when none are given). */
    private static List<String> parsed(String... args) {
        CommandSpec spec = validate();
        new CommandLine(spec).parseArgs(args);
        List<String> given = spec.positionalParameters().get(0).getValue();
        return given == null ? List.of() : given;
    }

    @Test
    void theReportsGuessedAreThoseParsed() {
        String[][] lines = {
            {"--plan", "plan.yaml", "--as-of", "2026-01-20", "examples/reports"},
            {"examples/reports", "--strict", "--quiet", "a.csv"},
            {"--plan=plan.yaml", "--as-of=2026-01-20", "--format", "json", "a.csv", "b.csv"},
            {"--lang", "en", "--period", "2023-Q2", "-", "c.csv"},
            {"--plan", "p.yaml", "--", "--strict", "-x.csv"},
            {"--register", "so.xlsx", "d"},
            {"--as-of", "2026-01-20"},
        };
        for (String[] line : lines) assertEquals(parsed(line), ReportInputs.reports(validate(), line, 0), String.join(" ", line));
    }

    @Test
    void nothingIsGuessedWhereParsingMustTell() {
        assertNull(ReportInputs.reports(validate(), new String[] {"--encoding", "windows-1258", "a.csv"}, 0), "an encoding forced");
        assertNull(ReportInputs.reports(validate(), new String[] {"--no-such-option", "a.csv"}, 0), "an option the command does not have");
        assertNull(ReportInputs.reports(validate(), new String[] {"@args.txt"}, 0), "an argument file");
        assertEquals(List.of("a.csv"), ReportInputs.reports(validate(), new String[] {"validate", "a.csv"}, 1), "after the command's name");
    }
}
