package planreport.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What a compiled review was made from, so that a reader can check that a re-issued review used the
 * same files: each input file (its role — {@code plan}, {@code report}, {@code notes} — its name as
 * given on the command line, and the SHA-256 of its bytes, lower-case hex; null for standard input,
 * which cannot be read twice), the day judged ({@code --as-of}) and the tool's name and version.
 * The JSON carries it as {@code manifest}; the PDF and the Word file in their document properties.
 */
public record Manifest(String tool, String version, LocalDate asOf, List<InputFile> inputs) {
    public Manifest {
        inputs = List.copyOf(inputs);
    }

    /** One input file. */
    public record InputFile(String role, String name, String sha256) {}

    /** The version of this build: the jar's, or the project's when run from classes. */
    public static String currentVersion() {
        String v = Manifest.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0" : v;
    }

    /** One line per input, "role name sha256", after a line "tool version as-of": the text the document properties carry. */
    public String text() {
        StringBuilder b = new StringBuilder().append(tool).append(' ').append(version).append(" --as-of ").append(asOf).append('\n');
        for (InputFile f : inputs) b.append(f.role()).append(' ').append(f.sha256() == null ? "-" : f.sha256()).append(' ').append(f.name()).append('\n');
        return b.toString();
    }
}
