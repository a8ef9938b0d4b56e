package planreport.render;

import planreport.check.Diagnostic;

/** A report that could not be rendered (a template error, a PDF failure), as the diagnostic the user reads; nothing is written. */
public final class RenderFailure extends Exception {
    private final transient Diagnostic diagnostic;

    public RenderFailure(Diagnostic diagnostic, Throwable cause) {
        super(diagnostic.key(), cause);
        this.diagnostic = diagnostic;
    }

    public Diagnostic diagnostic() { return diagnostic; }
}
