package planreport.cli;

import java.util.EnumMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import planreport.model.Lang;
import planreport.model.TextFile;

/**
 * What the command line itself prints, other than diagnostics (those come from
 * {@link planreport.check.Catalogue}): option and command descriptions, help headings, usage
 * errors, progress, "đã ghi FILE". One catalogue per language, {@code messages/cli.vi.properties}
 * and {@code cli.en.properties}, read once per run.
 *
 * <pre>{@code
 * Texts t = Texts.of(cl);                       // the language of the command being run
 * err.println("plan-report: " + t.get("export.exists", "file", path));
 * }</pre>
 */
final class Texts {
    private static final Map<Lang, Texts> LOADED = new EnumMap<>(Lang.class);

    private final Lang lang;
    private final TextFile words;

    private Texts(Lang lang, TextFile words) {
        this.lang = lang;
        this.words = words;
    }

    /** The texts of a language. */
    static synchronized Texts of(Lang lang) {
        Texts t = LOADED.get(lang);
        if (t == null) LOADED.put(lang, t = new Texts(lang, TextFile.of("/messages/cli." + lang.tag() + ".properties")));
        return t;
    }

    /** The texts of the language a command runs in: its {@code --lang} (which defaults to the run's language). */
    static Texts of(CommandLine cl) {
        OptionSpec lang = cl == null ? null : cl.getCommandSpec().findOption("--lang");
        Object v = lang == null ? null : lang.getValue();
        return of(v == null ? Lang.VI : Lang.parse(v.toString()).orElse(Lang.VI));
    }

    Lang lang() { return lang; }

    /** Whether the catalogue has a text for {@code key}. */
    boolean has(String key) { return words.has(key); }

    /** The text of a key. */
    String get(String key) { return words.get(key); }

    /** The text of a key with each {@code {name}} filled: {@code get("wrote", "file", path)}. */
    String get(String key, Object... namesAndValues) { return words.get(key, namesAndValues); }

    /** A text of several lines (a command's description), one element per line. */
    String[] lines(String key) { return get(key).split("\n", -1); }

    /** "đã ghi FILE". */
    String wrote(Object file) { return get("wrote", "file", file); }

    /** What an exit status means. */
    String meaning(ExitCode e) { return get(e.key()); }

    /** Every key and its text (for the tests). */
    Map<String, String> all() { return words.all(); }
}
