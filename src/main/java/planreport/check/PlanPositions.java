package planreport.check;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Where the plan file declares what the graph checks point at, handed over by the reader so that
 * {@link PlanCheck} places its diagnostics as the reader would without knowing YAML: each body's
 * {@code id}, each body's {@code successors} as written, each task's {@code leads}.
 *
 * @param file the plan's name in diagnostics
 * @param bodies by body id: its {@code id} value
 * @param successors by body id: each successor written, in order, with the body it names
 * @param leads by task id: its {@code leads} value (the first task of that id)
 */
public record PlanPositions(String file, Map<String, Position> bodies, Map<String, List<Ref>> successors, Map<String, Position> leads) {
    public PlanPositions {
        // read-only views, not copies: the reader hands over maps it no longer touches (a country's
        // plan has tens of thousands of bodies, and copying their positions was a tenth of its checks)
        bodies = Collections.unmodifiableMap(bodies);
        successors = Collections.unmodifiableMap(successors);
        leads = Collections.unmodifiableMap(leads);
    }

    /** A 1-based line and column, as every plan diagnostic is placed. */
    public record Position(int line, int column) {}

    /** A body named in the plan: the id it resolved to (null: no body of that name) and where it is written. */
    public record Ref(String id, Position at) {}

    /** {@code d} placed at {@code p} (or at the whole file when there is none). */
    Diagnostic place(Diagnostic d, Position p) {
        return p == null ? d.in(file) : d.at(file, (Integer) p.line(), (Object) p.column());
    }
}
