package planreport.io;

import planreport.check.Diagnostic;

/**
 * A layout.yaml that cannot be used (too large, not UTF-8, bad YAML, an unknown key, a value of the
 * wrong type or outside its range), as the diagnostic the user reads, placed at its file, line and
 * column; the renderer that asked for the profile passes it on as its own failure.
 */
public final class LayoutProblem extends Exception {
    private final transient Diagnostic diagnostic;

    public LayoutProblem(Diagnostic diagnostic) {
        super(diagnostic.key());
        this.diagnostic = diagnostic;
    }

    public Diagnostic diagnostic() { return diagnostic; }
}
