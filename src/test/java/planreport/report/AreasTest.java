package planreport.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import planreport.cli.CliRun;
import planreport.cli.ExitCode;
import planreport.io.PlanReader;
import planreport.model.Body;
import planreport.model.Plan;

/**
 * The per-area appendix (issue: results as data, item 5): the key measures by district up to
 * 30/6/2025, by the bodies that took over the districts' part after. Each cell of the table in the
 * JSON is re-summed here from the window's traced rows of its measure, by the plan's {@code area} of
 * each row's body.
 */
class AreasTest {

    static Plan plan() throws Exception { return PlanReader.read(Path.of("plan.yaml"), "plan.yaml").plan(); }

    private static JsonNode compile(Path out, String file, String... args) throws Exception {
        List<String> a = new ArrayList<>(List.of("compile"));
        a.addAll(List.of(args));
        a.addAll(List.of("--format", "md,json", "--out", out.toString(), "examples/reports"));
        CliRun run = CliRun.of(a.toArray(String[]::new));
        assertEquals(ExitCode.OK, run.exit(), run.err());
        return new ObjectMapper().readTree(out.resolve(file + ".json").toFile());
    }

    /** Per measure id: the window figure's rows summed by area (a district's name) or, for a successor, by "body:<id>". */
    private static Map<String, Map<String, Long>> byArea(Plan plan, JsonNode json, boolean successors) {
        Map<String, Map<String, Long>> out = new HashMap<>();
        for (JsonNode ind : json.get("indicators")) {
            for (JsonNode f : ind.get("figures")) {
                if (!f.get("name").asText().equals("window")) continue;
                for (JsonNode r : f.get("rows")) {
                    Body b = plan.body(r.get("body").asText()).orElseThrow();
                    String key = b.area() != null ? b.area() : successors && plan.predecessors(b.id()).stream()
                            .anyMatch(p -> plan.body(p).orElseThrow().area() != null) ? "body:" + b.id() : null;
                    if (key != null) out.computeIfAbsent(ind.get("id").asText(), k -> new HashMap<>()).merge(key, r.get("value").asLong(), Long::sum);
                }
            }
        }
        return out;
    }

    @Test
    void aQuarterBeforeTheMergerGivesEachDistrictTheSumOfItsBodiesFigures(@TempDir Path out) throws Exception {
        Plan plan = plan();
        JsonNode json = compile(out, "bao-cao-so-ket-2023-Q2", "--kind", "summary", "--period", "2023-Q2", "--as-of", "2023-07-20");
        JsonNode areas = json.get("areas");
        assertNotNull(areas, "the appendix is in the JSON");
        Map<String, Map<String, Long>> expected = byArea(plan, json, false);
        List<String> columns = new ArrayList<>();
        for (JsonNode c : areas.get("columns")) columns.add(c.get("id").asText());
        assertEquals(List.of("finance_inspections", "party_inspections"), columns, "the measures the districts' bodies report in 2023-Q2");
        assertEquals(13, areas.get("rows").size(), "the 13 districts");
        assertEquals("Thành phố Quảng Ngãi", areas.get("rows").get(0).get("label").asText());
        for (JsonNode row : areas.get("rows")) {
            assertTrue(row.get("body").isNull(), "no successor before 01/7/2025: " + row);
            for (int i = 0; i < columns.size(); i++) {
                Long want = expected.getOrDefault(columns.get(i), Map.of()).get(row.get("area").asText());
                JsonNode got = row.get("values").get(i);
                assertEquals(want, got.isNull() ? null : got.asLong(), row.get("label") + " " + columns.get(i));
            }
        }
        String md = Files.readString(out.resolve("bao-cao-so-ket-2023-Q2.md"), StandardCharsets.UTF_8);
        assertTrue(md.contains("## PHỤ LỤC 5. KẾT QUẢ MỘT SỐ CHỈ TIÊU THEO ĐỊA BÀN"), "after the units' notes (Phụ lục 4)");
        assertTrue(md.contains("| Huyện Bình Sơn | "), md.substring(md.indexOf("PHỤ LỤC 5")));
    }

    @Test
    void afterTheMergerTheBodiesThatTookOverTheDistrictsPartStandInTheirPlace(@TempDir Path out) throws Exception {
        Plan plan = plan();
        JsonNode json = compile(out, "bao-cao-so-ket-2025-Q3", "--kind", "summary", "--period", "2025-Q3", "--as-of", "2026-01-20");
        JsonNode areas = json.get("areas");
        Map<String, Map<String, Long>> expected = byArea(plan, json, true);
        List<String> columns = new ArrayList<>();
        for (JsonNode c : areas.get("columns")) columns.add(c.get("id").asText());
        List<String> bodies = new ArrayList<>();
        for (JsonNode row : areas.get("rows")) {
            assertTrue(row.get("area").isNull(), "no district after 30/6/2025: " + row);
            assertEquals("2025-07-01", row.get("since").asText());
            bodies.add(row.get("body").asText());
            for (int i = 0; i < columns.size(); i++) {
                JsonNode got = row.get("values").get(i);
                if (got.isNull()) continue;
                assertEquals(expected.get(columns.get(i)).get("body:" + row.get("body").asText()), got.asLong(), row.get("label") + " " + columns.get(i));
            }
        }
        assertEquals(List.of("ldld-tinh", "dang-uy-cap-xa"), bodies, "the Labour Federation and the commune-level Party committees took the districts' measures");
        assertFalse(columns.contains("labour_inspections"), "the People's Committee's own measures are no district's");
    }

    @Test
    void theTermGivesTheDistrictsUpTo2025AndTheirSuccessorsAfter(@TempDir Path out) throws Exception {
        JsonNode json = compile(out, "bao-cao-tong-ket-2021-Q4_2025-Q4", "--kind", "final", "--as-of", "2026-01-20");
        JsonNode rows = json.get("areas").get("rows");
        assertEquals(15, rows.size(), "13 districts, then the 2 bodies that took over their measures: " + rows);
        assertEquals("Đảng ủy các xã, phường, đặc khu (từ ngày 01/7/2025)", rows.get(14).get("label").asText());
    }
}
