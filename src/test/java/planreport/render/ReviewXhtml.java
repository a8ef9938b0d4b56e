package planreport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import planreport.cli.CliRun;
import planreport.cli.ExitCode;
import planreport.model.Lang;

/** For tests: the XHTML a review's PDF and Word file are made from, run over the model compile writes as JSON for the shipped example. */
public final class ReviewXhtml {
    private ReviewXhtml() {}

    /** {@code template} (report.ftlx, internal.ftlx) over the 2023-Q2 summary or the term review to 2023-Q2, in {@code lang}. */
    @SuppressWarnings("unchecked")
    public static String of(Path out, String lang, String kind, String template) throws Exception {
        List<String> args = new ArrayList<>(List.of("--lang", lang, "compile", "--as-of", "2023-07-20", "--kind", kind));
        args.addAll(kind.equals("final") ? List.of("--to", "2023-Q2") : List.of("--period", "2023-Q2"));
        args.addAll(List.of("--format", "json", "--out", out.toString(), "examples/reports"));
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertEquals(ExitCode.OK, r.exit(), r.err());
        Path json;
        try (var files = Files.list(out)) {
            json = files.filter(f -> f.toString().endsWith(".json") && !f.toString().contains("noi-bo")).findFirst().orElseThrow();
        }
        Map<String, Object> model = Json.mapper().readValue(json.toFile(), Map.class);
        return new Templates(null).render(template, Format.templateRoot(model, Messages.of(lang.equals("en") ? Lang.EN : Lang.VI)));
    }
}
