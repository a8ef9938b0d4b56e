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

    /** What a user completes with Tab: every option's values, and report files and folders. */
    @Test
    @EnabledOnOs(OS.LINUX)
    void bashCompletesOptionValuesAndReportFolders(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Files.createDirectories(tmp.resolve("bao-cao-quy-2"));
        Files.writeString(tmp.resolve("bao-cao-quy-1.csv"), "");
        String[][] cases = {
            {"plan-report compile --kind ''", "[summary final]"},
            {"plan-report compile --format p", "[pdf]"},
            {"plan-report remind --format ''", "[md pdf docx json]"},
            {"plan-report forms --format ''", "[xlsx csv]"},
            {"plan-report validate --lang ''", "[vi en]"},
            {"plan-report validate --encoding w", "[windows-1258]"},
            {"plan-report validate --format ''", "[text json]"},
            {"plan-report help com", "[compile completion]"},
            {"plan-report validate bao", "[bao-cao-quy-1.csv bao-cao-quy-2]"},
            {"plan-report compile --kind summary bao-cao-quy-", "[bao-cao-quy-1.csv bao-cao-quy-2]"},
        };
        StringBuilder script = new StringBuilder("source " + SHIPPED.toAbsolutePath() + " && cd " + tmp
                + " && f=$(complete -p plan-report | sed 's/.*-F \\([^ ]*\\).*/\\1/')");
        StringBuilder expected = new StringBuilder();
        for (String[] c : cases) {
            script.append(" && COMP_WORDS=(").append(c[0]).append(") && COMP_CWORD=$((${#COMP_WORDS[@]}-1)) && COMPREPLY=() && $f 2>/dev/null;")
                    .append(" r=$(printf '%s\\n' \"${COMPREPLY[@]}\" | sort -u | paste -sd' '); echo \"[$r]\"");
            expected.append(sorted(c[1])).append('\n');
        }
        Process p = new ProcessBuilder("bash", "-c", script.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
        assertEquals(expected.toString(), out);
    }

    private static String sorted(String list) {
        String[] words = list.substring(1, list.length() - 1).split(" ");
        java.util.Arrays.sort(words);
        return "[" + String.join(" ", words) + "]";
    }
}
