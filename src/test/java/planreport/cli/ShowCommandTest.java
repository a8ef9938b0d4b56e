package planreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import planreport.render.Json;

/** The shipped plan.yaml, read as the seed means it: 16 tasks, 8 duties, the seed's deadlines. */
class ShowCommandTest {
    @Test
    void showJsonListsEveryTaskAndDutyWithItsDeadline() throws Exception {
        CliRun r = CliRun.of("show", "--plan", "plan.yaml", "--format", "json");
        assertEquals(ExitCode.OK, r.exit(), r.err());
        JsonNode root = Json.mapper().readTree(r.out());
        Map<String, JsonNode> tasks = new LinkedHashMap<>();
        for (JsonNode s : root.get("sections")) for (JsonNode t : s.get("tasks")) tasks.put(t.get("id").asText(), t);
        assertEquals(List.of("1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "3.3", "3.4", "4", "5", "6.1", "6.2", "7.1", "7.2", "7.3", "7.4"),
                new ArrayList<>(tasks.keySet()));
        assertEquals(7, root.get("sections").size());
        List<String> duties = new ArrayList<>();
        root.get("duties").forEach(d -> duties.add(d.get("id").asText()));
        assertEquals(List.of("III.1", "III.2", "III.3", "III.4", "III.5", "III.6", "III.7", "III.8"), duties);

        assertEquals("2021-12-31", tasks.get("1.1").get("timeframe").get("due").asText());
        assertEquals("2022-03-31", tasks.get("2.1").get("timeframe").get("due").asText());
        for (String ongoing : List.of("1.2", "2.2", "4", "5", "7.4")) {
            JsonNode tf = tasks.get(ongoing).get("timeframe");
            assertEquals("ongoing", tf.get("kind").asText(), ongoing);
            assertEquals("2021-10-01", tf.get("start").asText(), ongoing);
            assertNull(tf.get("due").textValue(), ongoing);
        }
        for (String from2022 : List.of("3.2", "3.3", "3.4")) {
            assertEquals("2022-01-01", tasks.get(from2022).get("timeframe").get("start").asText(), from2022);
        }
        // seed: 1.1 and 7.3 list several bodies without "chủ trì": all lead
        assertEquals(4, tasks.get("1.1").get("leads").size());
        assertEquals(3, tasks.get("7.3").get("leads").size());
        assertEquals("ban-dan-van-tinh-uy", root.get("monitoring_body").asText());
    }

    /** The text view speaks the run's language; what the plan itself says is shown as written. */
    @Test
    void showTextIsInTheChosenLanguage() {
        CliRun v = CliRun.of("show", "--plan", "plan.yaml");
        assertEquals(ExitCode.OK, v.exit(), v.err());
        String[] vi = {null, v.out()};
        assertTrue(vi[1].contains("\nIII. Tổ chức thực hiện\n"), vi[1]);
        assertTrue(vi[1].contains("  1.1  “Trong quý IV/2021” → hạn 31/12/2021 (bắt đầu từ 01/10/2021)\n"), vi[1]);
        assertTrue(vi[1].contains("\nThời hạn thực hiện: từ quý IV/2021 đến quý IV/2025"), vi[1]);
        assertTrue(vi[1].contains("(1 đơn vị)"), vi[1]);
        String[] en = {null, CliRun.of("show", "--plan", "plan.yaml", "--lang", "en").out()};
        assertTrue(en[1].contains("\nIII. Implementation duties\n"), en[1]);
        assertTrue(en[1].contains("  1.1  \"Trong quý IV/2021\" → due 2021-12-31 (from 2021-10-01)\n"), en[1]);
        assertTrue(en[1].contains("(1 unit)"), en[1]);
        assertEquals(CliRun.of("show", "--plan", "plan.yaml", "--format", "json").out(), CliRun.of("show", "--plan", "plan.yaml", "--format", "json", "--lang", "en").out(),
                "the JSON holds ids and the plan's own text only");
    }

    @Test
    void diagnosticsReferenceIsGeneratedFromTheCatalogue() throws Exception {
        for (planreport.model.Lang lang : planreport.model.Lang.values()) {
            java.nio.file.Path doc = java.nio.file.Path.of("docs/diagnostics" + lang.fileSuffix() + ".md");
            String generated = CodesCommand.markdown(lang);
            if (Boolean.getBoolean("golden.accept")) java.nio.file.Files.writeString(doc, generated);
            assertEquals(generated, java.nio.file.Files.readString(doc),
                    doc + " is stale: run mvn test -Dgolden.accept=true (or plan-report codes --format markdown --lang " + lang.tag() + ")");
        }
    }
}
