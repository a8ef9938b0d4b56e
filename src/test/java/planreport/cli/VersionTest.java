package planreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every command answers -V and --version with the version line, as the top command does (issue 14). */
class VersionTest {
    static List<String> commands() {
        return List.of("", "validate", "compile", "show", "forms", "templates", "templates export", "codes", "help", "completion");
    }

    @ParameterizedTest(name = "plan-report {0} --version")
    @MethodSource("commands")
    void everyCommandPrintsTheVersion(String command) {
        String version = new Main.Version().getVersion()[0];
        for (String flag : new String[] {"--version", "-V"}) {
            List<String> args = new java.util.ArrayList<>(command.isEmpty() ? List.of() : List.of(command.split(" ")));
            args.add(flag);
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertEquals(ExitCode.OK, r.exit(), command + " " + flag + ": " + r.output());
            assertEquals(version + "\n", r.out().replace("\r\n", "\n"), command + " " + flag);
            assertEquals("", r.err(), command + " " + flag);
        }
    }
}
