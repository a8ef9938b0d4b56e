package planreport.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import planreport.io.PlanReader;
import planreport.io.Source;
import planreport.model.Lang;

/** The diagnostic catalogue: both languages say the same things, and a diagnostic reads in each. */
class CatalogueTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");
    /** Formats, not templates: each language picks its own parts of a date ({dd}, {m}) or a period ({roman}, {q}). */
    private static final Set<String> FORMATS = Set.of("date", "period");

    private static Set<String> placeholders(String template) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) names.add(m.group(1));
        return names;
    }

    /** The same keys, but for plural forms ("count.errors.one"): a language without plurals (Vietnamese) has none. */
    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertEquals(withoutPlurals(Catalogue.of(Lang.VI).all().keySet()), withoutPlurals(Catalogue.of(Lang.EN).all().keySet()));
    }

    private static Set<String> withoutPlurals(Set<String> keys) {
        Set<String> out = new TreeSet<>();
        for (String k : keys) if (!k.endsWith(".one")) out.add(k);
        return out;
    }

    @Test
    void everyCodeHasATitleAndADescriptionInBothLanguages() {
        for (Lang lang : Lang.values()) {
            Catalogue c = Catalogue.of(lang);
            for (Code code : Code.values()) {
                assertFalse(c.title(code).isBlank(), lang + " title of " + code.id());
                assertFalse(c.description(code).isBlank(), lang + " description of " + code.id());
            }
        }
    }

    @Test
    void eachKeyNamesTheSamePlaceholdersInBothLanguages() {
        Map<String, String> vi = Catalogue.of(Lang.VI).all(), en = Catalogue.of(Lang.EN).all();
        for (var e : vi.entrySet()) {
            if (FORMATS.contains(e.getKey()) || !en.containsKey(e.getKey())) continue;
            assertEquals(placeholders(e.getValue()), placeholders(en.get(e.getKey())), e.getKey());
        }
    }

    /** As written in the files: the catalogue normalises what it loads, so this reads them raw. */
    @Test
    void vietnameseTextIsNfcAsWritten() throws IOException {
        for (String part : Catalogue.PARTS) {
            String path = "/diagnostics/" + part + ".vi.properties";
            Properties p = new Properties();
            try (InputStream in = Catalogue.class.getResourceAsStream(path); Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            for (String k : p.stringPropertyNames()) {
                assertTrue(Normalizer.isNormalized(p.getProperty(k), Normalizer.Form.NFC), path + ": " + k + " is not NFC");
            }
        }
    }

    /** Every variant a code declares (its own message too) has its template in both languages. */
    @Test
    void everyDeclaredVariantHasATemplateInBothLanguages() {
        int seen = 0;
        for (Lang lang : Lang.values()) {
            Map<String, String> all = Catalogue.of(lang).all();
            for (Code code : Code.values()) {
                for (String v : code.variants()) {
                    String key = v.equals(Code.OWN) ? code.id() : code.id() + "." + v;
                    assertTrue(all.containsKey(key), code + " declares " + key + ", which the " + lang + " catalogue lacks");
                    seen++;
                }
            }
        }
        assertTrue(seen > 300, "declared variants: " + seen);
    }

    /** Every message of a code in the catalogue belongs to a variant the code declares (or follows one: ".otherwise", ".one"). */
    @Test
    void everyMessageInTheCatalogueIsADeclaredVariant() {
        for (Lang lang : Lang.values()) {
            for (String key : Catalogue.of(lang).all().keySet()) {
                int dot = key.indexOf('.');
                Code code = Code.byId(dot < 0 ? key : key.substring(0, dot));
                if (code == null) continue; // the words every message shares: severity, count, date, suggest …
                String rest = dot < 0 ? null : key.substring(dot + 1);
                if ("title".equals(rest) || "description".equals(rest)) continue;
                if (rest != null && rest.endsWith(".one")) rest = rest.substring(0, rest.length() - 4);
                if ("otherwise".equals(rest) || "one".equals(rest)) rest = null;
                else if (rest != null && rest.endsWith(".otherwise")) rest = rest.substring(0, rest.length() - ".otherwise".length());
                assertTrue(code.declares(rest), lang + ": " + key + " is the message of no variant " + code + " declares");
            }
        }
    }

    @Test
    void anUndeclaredVariantIsRefusedAtOnce() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Diagnostic.of(Code.INPUT, "template-nonsense"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Diagnostic.of(Code.PLAN_SYNTAX));
        assertEquals("unknown-unit", Diagnostic.of(Code.UNKNOWN_UNIT).key());
    }

    /** Every variant named in the source as a literal has its template in both languages. */
    @Test
    void everyLiteralVariantInTheSourceHasATemplate() throws IOException {
        Pattern of = Pattern.compile("Diagnostic\\.of\\(Code\\.([A-Z_]+)(?:\\s*,\\s*\"([^\"]+)\")?\\)");
        Map<String, String> vi = Catalogue.of(Lang.VI).all(), en = Catalogue.of(Lang.EN).all();
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of("src/main/java"))) {
            files = s.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        int seen = 0;
        for (Path f : files) {
            Matcher m = of.matcher(Files.readString(f));
            while (m.find()) {
                String key = Code.valueOf(m.group(1)).id() + (m.group(2) == null ? "" : "." + m.group(2));
                assertTrue(vi.containsKey(key) && en.containsKey(key), f + " uses " + key + ", which the catalogue lacks");
                seen++;
            }
        }
        assertTrue(seen > 40, "the source names its variants as Diagnostic.of(Code.X, \"variant\"): found " + seen);
    }

    @Test
    void aPlanErrorReadsInVietnameseAndInEnglish() throws IOException {
        String text = Files.readString(Path.of("plan.yaml")).replaceFirst("\n  due_days:", "\n  due_dayz:");
        List<Diagnostic> ds = PlanReader.parse(text, "plan.yaml").diagnostics();
        assertEquals(1, ds.size(), ds.toString());
        Diagnostic d = ds.get(0);
        String at = "plan.yaml:" + d.line() + ":3: ";
        assertEquals(at + "lỗi[plan-schema]: khóa “due_dayz” trong “reporting” không hợp lệ; có phải là “due_days”?", d.format(Lang.VI));
        assertEquals(at + "error[plan-schema]: unknown key \"due_dayz\" in reporting; did you mean \"due_days\"?", d.format(Lang.EN));
    }

    @Test
    void withoutASuggestionTheFallbackIsAddedAndPeriodsAreWrittenTheLanguagesWay() throws IOException {
        PlanReader.Result body = PlanReader.read(Path.of("src/test/resources/plans/unknown-body-coordinator.yaml"), "p.yaml");
        Diagnostic d = body.diagnostics().stream().filter(x -> "so-noi-vu".equals(x.value())).findFirst().orElseThrow();
        assertEquals("“so-noi-vu” (tại nhiệm vụ 1.1) không có trong danh mục cơ quan của Kế hoạch; hãy bổ sung cơ quan này vào danh mục (bodies)",
                d.message(Lang.VI));
        assertEquals("\"so-noi-vu\" (in task 1.1) is not a body of this plan; add it to bodies", d.message(Lang.EN));

        Diagnostic term = PlanReader.read(Path.of("src/test/resources/plans/term-reversed.yaml"), "p.yaml").diagnostics().get(0);
        assertEquals("thời hạn của Kế hoạch kết thúc (quý IV/2021) trước khi bắt đầu (quý IV/2025)", term.message(Lang.VI));
        assertEquals("the term ends (2021-Q4) before it starts (2025-Q4)", term.message(Lang.EN));
    }

    /** Every diagnostic the plan and report fixtures produce is written in both languages, with no placeholder left. */
    @Test
    void everyFixtureDiagnosticReadsInBothLanguages() throws IOException {
        List<Diagnostic> all = new ArrayList<>();
        for (String dir : List.of("src/test/resources/plans", "examples/plan-bad")) {
            for (Path p : list(dir, ".yaml")) all.addAll(PlanReader.read(p, p.toString()).diagnostics());
        }
        var plan = PlanReader.read(Path.of("plan.yaml"), "plan.yaml").plan();
        List<Source> sources = new ArrayList<>();
        for (String dir : List.of("src/test/resources/reports", "examples/bad")) {
            for (Path p : list(dir, ".csv")) sources.add(new Source(p.toString(), p));
        }
        Diagnostics ds = new Diagnostics();
        ds.addAll(planreport.Pipeline.over(plan).sources(sources).charset(StandardCharsets.UTF_8).asOf(LocalDate.of(2023, 7, 20)).build().validate(null, true).diagnostics());
        all.addAll(ds.sorted());
        int typed = 0;
        for (Diagnostic d : all) {
            String vi = d.format(Lang.VI), en = d.format(Lang.EN);
            assertFalse(PLACEHOLDER.matcher(d.message(Lang.VI)).find(), vi);
            assertFalse(PLACEHOLDER.matcher(d.message(Lang.EN)).find(), en);
            if ("text".equals(d.variant())) continue; // transitional prose, one language
            assertNotEquals(d.message(Lang.VI), d.message(Lang.EN), vi);
            typed++;
        }
        assertTrue(typed > 20, "typed diagnostics among the fixtures' " + all.size() + ": " + typed);
    }

    private static List<Path> list(String dir, String ext) throws IOException {
        try (Stream<Path> s = Files.list(Path.of(dir))) {
            return s.filter(p -> p.toString().endsWith(ext)).sorted().toList();
        }
    }
}
