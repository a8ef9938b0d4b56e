package planreport.io;

import java.io.IOException;
import planreport.check.Diagnostic;

/**
 * A problem that stops reading a file part-way (bad bytes, a line too long, binary data); carries
 * its diagnostic, placed at its line, for the reader to name the file.
 */
public final class InputProblem extends IOException {
    private final transient Diagnostic diagnostic;

    public InputProblem(Diagnostic diagnostic) {
        super(diagnostic.key());
        this.diagnostic = diagnostic;
    }

    /** The diagnostic, without its file. */
    public Diagnostic diagnostic() { return diagnostic; }

    /** The diagnostic in {@code file}. */
    public Diagnostic in(String file) { return diagnostic.in(file); }
}
