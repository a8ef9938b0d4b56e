package planreport.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import planreport.check.Code;
import planreport.check.Diagnostics;

/** Expands REPORT arguments: a file, a directory (its *.csv files in name order) or "-" for standard input. */
final class Inputs {
    private Inputs() {}

    /** One input to read; {@code path} is null for standard input. */
    // inputs are io.Source values

    /** The inputs, with an input diagnostic for each argument that cannot be read; returns null if any cannot. */
    static List<planreport.io.Source> expand(List<String> args, Diagnostics out) {
        List<planreport.io.Source> list = new ArrayList<>();
        boolean ok = true;
        for (String a : args) {
            if (a.equals("-")) { list.add(new planreport.io.Source("<stdin>", null)); continue; }
            Path p = Path.of(a);
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> planreport.io.ReportFormat.of(f.getFileName().toString()) != null && Files.isRegularFile(f))
                            .sorted().forEach(f -> list.add(new planreport.io.Source(f.toString(), f)));
                } catch (IOException e) {
                    out.add(Code.INPUT, a, null, null, "the directory cannot be read: " + Common.describe(e));
                    ok = false;
                }
            } else if (!Files.exists(p)) {
                out.add(Code.INPUT, a, null, null, "no such file or directory");
                ok = false;
            } else if (!Files.isRegularFile(p)) {
                out.add(Code.INPUT, a, null, null, "not a regular file");
                ok = false;
            } else if (!Files.isReadable(p)) {
                out.add(Code.INPUT, a, null, null, "the file cannot be read (permission denied)");
                ok = false;
            } else {
                list.add(new planreport.io.Source(a, p));
            }
        }
        return ok ? list : null;
    }
}
