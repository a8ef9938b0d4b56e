package planreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import planreport.model.Lang;
import planreport.model.TextFile;

/** The command line's catalogues (cli, show): both languages hold the same keys and fill the same facts. */
class TextsTest {
    static final Path README = Path.of("README.md");

    @Test
    void bothLanguagesHoldTheSameKeysAndPlaceholders() {
        for (String name : new String[] {"cli", "show"}) {
            Map<String, String> vi = TextFile.of("/messages/" + name + ".vi.properties").all(), en = TextFile.of("/messages/" + name + ".en.properties").all();
            assertEquals(vi.keySet(), en.keySet(), name + ": the keys of " + name + ".vi and " + name + ".en differ");
            for (String key : vi.keySet()) {
                // a date or period pattern picks its own of the facts offered (quý {roman}/{year}, {year}-Q{q})
                if (!(name.equals("show") && (key.equals("date") || key.equals("period")))) assertEquals(placeholders(vi.get(key)), placeholders(en.get(key)), name + ": " + key + " fills other facts in vi and en");
                for (String text : new String[] {vi.get(key), en.get(key)}) {
                    assertFalse(text.isBlank(), name + ": " + key + " is empty");
                    assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC), name + ": " + key + " is not NFC");
                    // picocli passes help text through String.format
                    assertFalse(text.contains("%"), name + ": " + key + " holds a percent sign");
                }
            }
        }
    }

    @Test
    void everyExitStatusIsExplainedInBothLanguages() {
        for (Lang lang : Lang.values()) {
            for (ExitCode e : ExitCode.values()) assertFalse(Texts.of(lang).meaning(e).isBlank(), e + " " + lang);
        }
    }

    /** The help lists the exit statuses from the enum, in the run's language. */
    @Test
    void helpListsTheExitStatusesOfTheEnum() {
        for (Lang lang : Lang.values()) {
            CliRun r = CliRun.of("--help", "--lang", lang.tag());
            assertEquals(ExitCode.OK, r.exit());
            String help = r.out().replaceAll("\\s+", " ");
            assertTrue(help.contains(" " + Texts.of(lang).get("help.exit_codes") + " "), help);
            for (ExitCode e : ExitCode.values()) assertTrue(help.contains(" " + e.code() + " " + Texts.of(lang).meaning(e)), lang + " " + e + ": " + help);
        }
    }

    /** README.md's "Exit status" table is made from the enum ({@code -Dgolden.accept=true} rewrites it). */
    @Test
    void readmeExitStatusTableMatchesTheEnum() throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int section = readme.indexOf("\n## Exit status\n");
        assertTrue(section >= 0, "README.md has no \"## Exit status\" section");
        int start = readme.indexOf("\n|", section) + 1;
        assertTrue(start > section, "README.md's \"## Exit status\" section has no table");
        int end = readme.indexOf("\n\n", start);
        end = end < 0 ? readme.length() : end + 1;
        String table = CodesCommand.exitTable(Texts.of(Lang.EN));
        if (Boolean.getBoolean("golden.accept")) {
            Files.writeString(README, readme.substring(0, start) + table + readme.substring(end), StandardCharsets.UTF_8);
            return;
        }
        assertEquals(table, readme.substring(start, end), "README.md's exit status table differs from ExitCode (refresh with -Dgolden.accept=true)");
    }

    @Test
    void fillsEachNamedFactOnceAndLeavesOtherBraces() {
        Texts t = Texts.of(Lang.VI);
        assertEquals("đã ghi out/{x}.md", t.wrote("out/{x}.md"));
        assertEquals("3/471 tệp, 120 dòng", t.get("progress", "done", 3, "files", 471, "rows", 120L));
        assertEquals("3/471 files, 120 rows", Texts.of(Lang.EN).get("progress", "done", 3, "files", 471, "rows", 120L));
    }

    private static Set<String> placeholders(String s) {
        Set<String> names = new TreeSet<>();
        for (int i = s.indexOf('{'); i >= 0; i = s.indexOf('{', i + 1)) {
            int close = s.indexOf('}', i);
            if (close > i) names.add(s.substring(i + 1, close));
        }
        return names;
    }
}
