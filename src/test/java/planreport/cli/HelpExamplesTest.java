package planreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import planreport.model.Lang;

/** Every command's --help ends with examples, in Vietnamese and in English, each a plan-report command line. */
class HelpExamplesTest {
    static List<String> commands() {
        return List.of("", "validate", "compile", "show", "forms", "templates", "templates export", "codes", "completion");
    }

    @ParameterizedTest(name = "plan-report {0} --help")
    @MethodSource("commands")
    void theHelpEndsWithExamples(String command) {
        for (Lang lang : Lang.values()) {
            List<String> args = new java.util.ArrayList<>(command.isEmpty() ? List.of() : List.of(command.split(" ")));
            args.addAll(List.of("--help", "--lang", lang.tag()));
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertEquals(ExitCode.OK, r.exit(), r.output());
            String heading = Texts.of(lang).get("help.examples");
            int at = r.out().lastIndexOf("\n" + heading + "\n");
            assertTrue(at > 0, command + " " + lang + ": no examples in\n" + r.out());
            String examples = r.out().substring(at);
            String first = command.isEmpty() ? "plan-report " : "plan-report " + command.split(" ")[0];
            assertTrue(examples.contains("  " + first), command + " " + lang + ": " + examples);
        }
    }
}
