package planreport;

import java.util.Map;
import planreport.check.Diagnostic;
import planreport.check.Diagnostics;

/**
 * What one step of the {@link Pipeline} made, the one shape every command reads: the diagnostics
 * found, the files to write (name → bytes, in order), whether errors in the inputs stopped it
 * ({@code stopped}: no files), the failure that stopped the rendering ({@code failure}, a template
 * or writer problem, shown on its own; no files), and how many documents of the command's own kind
 * it made ({@code count}: letters, forms).
 */
public record Outcome(Diagnostics diagnostics, Map<String, byte[]> files, boolean stopped, Diagnostic failure, int count) {
    public Outcome {
        files = files == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(files));
    }

    /** A step that ran to its end. */
    static Outcome done(Diagnostics ds, Map<String, byte[]> files, int count) { return new Outcome(ds, files, false, null, count); }

    /** A step that errors in the inputs stopped before it made anything. */
    static Outcome stopped(Diagnostics ds) { return new Outcome(ds, Map.of(), true, null, 0); }

    /** A step whose rendering failed: {@code failure} alone is what to show; {@code found} are the check's diagnostics. */
    static Outcome failed(Diagnostics found, Diagnostic failure) { return new Outcome(found, Map.of(), false, failure, 0); }

    /** Whether the rendering failed ({@link #failure}). */
    public boolean failed() { return failure != null; }
}
