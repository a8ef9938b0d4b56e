package planreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** plan-report completion: a bash/zsh completion script of every command, shipped as bin/plan-report-completion.bash. */
class CompletionTest {
    static final Path SHIPPED = Path.of("bin/plan-report-completion.bash");

    @Test
    void theScriptCompletesEveryCommandAndItsOptions() throws Exception {
        CliRun r = CliRun.of("completion");
        assertEquals(ExitCode.OK, r.exit(), r.output());
        String script = r.out();
        assertTrue(script.contains("complete -F"), "a bash completion function");
        for (String word : new String[] {"validate", "compile", "show", "forms", "templates", "export", "codes", "--ignore-errors",
                "--overwrite", "--period", "--templates", "--strict", "--lang"}) {
            assertTrue(script.contains(word), word);
        }
        assertEquals(CliRun.of("completion", "--lang", "en").out(), script, "the script does not depend on the language");
        if (Boolean.getBoolean("golden.accept")) Files.writeString(SHIPPED, script);
        assertEquals(script, Files.readString(SHIPPED), SHIPPED + " is stale: mvn test -Dgolden.accept=true (or plan-report completion > " + SHIPPED + ")");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void bashReadsTheScript() throws Exception {
        // "plan-report compile --ig<Tab>" and "plan-report va<Tab>", as bash calls the function
        String script = "source " + SHIPPED + " && f=$(complete -p plan-report | sed 's/.*-F \\([^ ]*\\).*/\\1/')"
                + " && COMP_WORDS=(plan-report compile --ig) COMP_CWORD=2 && $f 2>/dev/null; echo \"[${COMPREPLY[*]}]\""
                + " && COMP_WORDS=(plan-report va) COMP_CWORD=1 && $f 2>/dev/null; echo \"[${COMPREPLY[*]}]\"";
        Process p = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
        assertEquals("[--ignore-errors]\n[validate]\n", out);
    }
}
