package planreport.io;

import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import planreport.check.Diagnostic;
import planreport.check.Diagnostics;
import planreport.check.PlanPositions;

/**
 * Where the diagnostics of one plan file go, so that the guard and each part of the reader place
 * them the same way: at a node's or a mark's 1-based line and column, or at the whole file.
 */
record PlanOut(String file, Diagnostics out) {

    /** Adds {@code d} at the start of {@code n}. */
    void at(Diagnostic d, Node n) { at(d, YamlObject.line(n), YamlObject.column(n)); }

    /** Adds {@code d} at a mark, or for the whole file without one. */
    void at(Diagnostic d, Mark m) {
        if (m == null) out.add(d.in(file));
        else at(d, m.getLine() + 1, m.getColumn() + 1);
    }

    /** Adds {@code d} at a 1-based line and column. */
    void at(Diagnostic d, int line, int column) { out.add(d.at(file, (Integer) line, (Object) column)); }

    /** Adds {@code d} for the whole file. */
    void file(Diagnostic d) { out.add(d.in(file)); }

    /** A mapping of this file read against its keys; {@code in} names it in diagnostics. */
    YamlObject object(MappingNode m, String in, Set<String> keys) { return new YamlObject(m, file, out, in, keys); }

    /** Where {@code n} starts, for the checks that run once the file is read. */
    static PlanPositions.Position position(Node n) { return new PlanPositions.Position(YamlObject.line(n), YamlObject.column(n)); }
}
