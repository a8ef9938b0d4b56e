package planreport.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import planreport.check.Catalogue;
import planreport.check.Code;
import planreport.check.Severity;
import planreport.model.Lang;
import planreport.Facade;

/**
 * codes: the catalogue of diagnostic codes, from the code itself, so the reference pages cannot
 * drift: docs/diagnostics.md (Vietnamese) and docs/diagnostics.en.md are {@link #markdown(Lang)}.
 */
final class CodesCommand implements Callable<Integer> {
    /** How to print the catalogue. */
    enum Format { text, markdown, json }

    final CommandSpec spec;
    private final OptionSpec format;

    CodesCommand(Texts t) {
        spec = Cli.command(this, "codes", t, "codes.description");
        format = Cli.add(spec, Cli.option("--format", t.get("label.format"), t.get("codes.format")).type(Format.class).defaultValue("text"));
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Lang lang = Texts.of(spec.commandLine()).lang();
        Catalogue c = Catalogue.of(lang);
        switch (format.<Format>getValue()) {
            case json -> {
                List<Object> list = new ArrayList<>();
                for (Code code : Code.values()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("code", code.id());
                    m.put("severity", code.severity().id());
                    m.put("scope", code.scope().id());
                    m.put("title", c.title(code));
                    m.put("description", c.description(code));
                    list.add(m);
                }
                out.println(Facade.json(list));
            }
            case markdown -> out.print(markdown(lang));
            default -> {
                int width = 0;
                for (Severity s : Severity.values()) width = Math.max(width, c.severity(s).length());
                for (Code code : Code.values()) {
                    out.printf("%-26s %-" + width + "s %s — %s%n", code.id(), c.severity(code.severity()), c.title(code), c.description(code));
                }
            }
        }
        out.flush();
        return ExitCode.OK.code();
    }

    /** The reference page in {@code lang}: docs/diagnostics.md in Vietnamese, docs/diagnostics.en.md in English. */
    static String markdown(Lang lang) {
        Catalogue c = Catalogue.of(lang);
        Texts t = Texts.of(lang);
        StringBuilder b = new StringBuilder();
        b.append("# ").append(t.get("codes.md.title")).append("\n\n");
        b.append(t.get("codes.md.generated")).append("\n\n");
        b.append(t.get("codes.md.rules")).append("\n\n");
        b.append(t.get("codes.md.json")).append("\n\n");
        for (Code.Scope scope : Code.Scope.values()) {
            b.append("## ").append(t.get("codes.md.scope." + scope.id())).append("\n\n");
            row(b, t.get("codes.col.code"), t.get("codes.col.severity"), t.get("codes.col.title"), t.get("codes.col.meaning"));
            b.append("|---|---|---|---|\n");
            for (Code code : Code.values()) {
                if (code.scope() != scope) continue;
                row(b, "`" + code.id() + "`", c.severity(code.severity()), cell(c.title(code)), cell(c.description(code)));
            }
            b.append('\n');
        }
        b.append("## ").append(t.get("codes.md.exit")).append("\n\n");
        b.append(exitTable(t));
        return b.toString();
    }

    /** The exit statuses as a markdown table, from {@link ExitCode} (README.md's table is this, in English). */
    static String exitTable(Texts t) {
        StringBuilder b = new StringBuilder();
        row(b, t.get("codes.col.status"), t.get("codes.col.meaning"));
        b.append("|---|---|\n");
        for (ExitCode e : ExitCode.values()) row(b, Integer.toString(e.code()), cell(t.meaning(e)));
        return b.toString();
    }

    private static void row(StringBuilder b, String... cells) {
        b.append('|');
        for (String c : cells) b.append(' ').append(c).append(" |");
        b.append('\n');
    }

    private static String cell(String s) { return s.replace("|", "\\|"); }
}
