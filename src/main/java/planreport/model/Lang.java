package planreport.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages plan-report speaks: Vietnamese, the users' language and the default, and English.
 * Codes, ids and JSON keys are the same in both; only what a person reads changes.
 */
public enum Lang {
    VI("vi"), EN("en");

    /** The environment variable that sets the language when {@code --lang} is not given. */
    public static final String ENV = "PLAN_REPORT_LANG";

    private final String tag;

    Lang(String tag) { this.tag = tag; }

    /** "vi" or "en": the value of {@code --lang} and of {@link #ENV}. */
    public String tag() { return tag; }

    /** "" for the default language, ".en" for English: goes before the extension of output names. */
    public String fileSuffix() { return this == VI ? "" : "." + tag; }

    /** "vi", "VI", " en " → the language; empty for anything else. */
    public static Optional<Lang> parse(String text) {
        if (text == null) return Optional.empty();
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (Lang l : values()) if (l.tag.equals(t)) return Optional.of(l);
        return Optional.empty();
    }

    /** The language {@link #ENV} names, or Vietnamese when it is unset or names none. */
    public static Lang fromEnvironment() {
        return parse(System.getenv(ENV)).orElse(VI);
    }
}
