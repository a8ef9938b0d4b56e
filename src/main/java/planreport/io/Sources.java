package planreport.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import planreport.check.Code;
import planreport.check.Diagnostic;
import planreport.check.Diagnostics;

/**
 * The read step's inputs: REPORT arguments expanded — a file, a folder (its files of a
 * {@link ReportFormat}, in name order) or "-" for standard input — each checked to be readable.
 */
public final class Sources {
    private Sources() {}

    /**
     * The inputs, with an input diagnostic for each argument that cannot be read; returns null if any
     * cannot. An empty argument, a broken link and a folder holding no report are errors; a file in a
     * folder that is not a report ({@link ReportFormat}) is named in an ignored-file warning.
     */
    public static List<Source> expand(List<String> args, Diagnostics out) {
        List<Source> list = new ArrayList<>();
        boolean ok = true;
        for (String a : args) {
            if (a.equals("-")) { list.add(new Source("<stdin>", null)); continue; }
            if (a.isBlank()) {
                out.add(Diagnostic.of(Code.INPUT, "empty-arg").value(a));
                ok = false;
                continue;
            }
            Path p = Path.of(a);
            if (Files.isDirectory(p)) {
                List<Path> entries;
                try (Stream<Path> s = Files.list(p)) {
                    entries = s.sorted().toList();
                } catch (IOException e) {
                    out.add(unreadable("dir", a, e));
                    ok = false;
                    continue;
                }
                int found = 0;
                for (Path f : entries) {
                    String name = f.getFileName().toString();
                    boolean report = ReportFormat.of(name) != null;
                    if (report && name.startsWith("~$")) {
                        // the lock file Excel keeps beside a workbook it has open
                        out.add(Diagnostic.of(Code.IGNORED_FILE, "lock").in(f.toString()));
                    } else if (report && Files.isRegularFile(f)) {
                        list.add(new Source(f.toString(), f));
                        found++;
                    } else if (report && Files.isSymbolicLink(f) && !Files.exists(f)) {
                        out.add(Diagnostic.of(Code.INPUT, "broken-link").in(f.toString()));
                        ok = false;
                    } else if (Files.isDirectory(f)) {
                        out.add(Diagnostic.of(Code.IGNORED_FILE, "folder").in(f.toString()));
                    } else if (!report) {
                        out.add(Diagnostic.of(Code.IGNORED_FILE, ignoredKind(name)).in(f.toString()));
                    } else {
                        out.add(Diagnostic.of(Code.INPUT, "not-a-file").in(f.toString()));
                        ok = false;
                    }
                }
                if (found == 0 && ok) {
                    out.add(Diagnostic.of(Code.INPUT, "empty-dir").in(a));
                    ok = false;
                }
            } else if (Files.isSymbolicLink(p) && !Files.exists(p)) {
                out.add(Diagnostic.of(Code.INPUT, "broken-link").in(a));
                ok = false;
            } else if (!Files.exists(p)) {
                out.add(Diagnostic.of(Code.INPUT, "no-such-file").in(a));
                ok = false;
            } else if (!Files.isRegularFile(p)) {
                out.add(Diagnostic.of(Code.INPUT, "not-a-file").in(a));
                ok = false;
            } else if (!Files.isReadable(p)) {
                out.add(Diagnostic.of(Code.INPUT, "access-denied").in(a));
                ok = false;
            } else {
                list.add(new Source(a, p));
            }
        }
        return ok ? list : null;
    }

    /** The kind of a file not read, named as a clerk knows it (a LibreOffice sheet, an Excel 97–2003 file), or null. */
    static String ignoredKind(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".ods") || n.endsWith(".fods")) return "ods";
        if (n.endsWith(".xls") || n.endsWith(".xlsm") || n.endsWith(".xlsb")) return "xls";
        if (n.endsWith(".doc") || n.endsWith(".docx") || n.endsWith(".odt")) return "docx";
        if (n.endsWith(".pdf")) return "pdf";
        return null;
    }

    /**
     * An input diagnostic for {@code name} (the plan, variant "plan-io.*", or a folder, "dir-io.*")
     * that failed to read: the reason is the variant (no-such-file, access-denied), or "other" with
     * the system's own words as {@code detail}; {@code path} is the file the system names.
     */
    public static Diagnostic unreadable(String what, String name, IOException e) {
        String path = e instanceof FileSystemException f && f.getFile() != null ? f.getFile() : name;
        Diagnostic d;
        if (e instanceof NoSuchFileException) d = Diagnostic.of(Code.INPUT, what + "-io.no-such-file");
        else if (e instanceof AccessDeniedException) d = Diagnostic.of(Code.INPUT, what + "-io.access-denied");
        else {
            String detail = e instanceof FileSystemException f && f.getReason() != null ? f.getReason().toLowerCase(Locale.ROOT)
                    : String.valueOf(e.getMessage());
            d = Diagnostic.of(Code.INPUT, what + "-io.other").with("detail", detail);
        }
        return d.in(name).with("path", path);
    }
}
