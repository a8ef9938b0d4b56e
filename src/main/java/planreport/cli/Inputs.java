package planreport.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import planreport.check.Code;
import planreport.check.Diagnostic;
import planreport.check.Diagnostics;
import planreport.io.Source;

/** Expands REPORT arguments: a file, a directory (its *.csv files in name order) or "-" for standard input. */
final class Inputs {
    private Inputs() {}

    /** The inputs, with an input diagnostic for each argument that cannot be read; returns null if any cannot. */
    static List<Source> expand(List<String> args, Diagnostics out, Texts t) {
        List<Source> list = new ArrayList<>();
        boolean ok = true;
        for (String a : args) {
            if (a.equals("-")) { list.add(new Source("<stdin>", null)); continue; }
            Path p = Path.of(a);
            String problem = null;
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv") && Files.isRegularFile(f))
                            .sorted().forEach(f -> list.add(new Source(f.toString(), f)));
                } catch (IOException e) {
                    out.add(Diagnostic.of(Code.INPUT, "folder-io").in(a).with("reason", Common.describe(e, t)));
                    ok = false;
                }
                continue;
            }
            if (!Files.exists(p)) problem = "not-found";
            else if (!Files.isRegularFile(p)) problem = "not-a-file";
            else if (!Files.isReadable(p)) problem = "not-readable";
            if (problem == null) {
                list.add(new Source(a, p));
            } else {
                out.add(Diagnostic.of(Code.INPUT, problem).in(a));
                ok = false;
            }
        }
        return ok ? list : null;
    }
}
