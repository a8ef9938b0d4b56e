package planreport.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import planreport.cli.CliRun;
import planreport.cli.ExitCode;

/**
 * Every figure the shipped quarter's review gives of a measure, checked by hand from the JSON: its
 * listed rows are read back from the report files themselves (the cell at that line, in the measure's
 * column) and summed to the figure; each comparison and rate is recomputed from the figures.
 */
class FiguresTraceTest {

    @Test
    void everyFigureOfTheShippedQuarterIsTheSumOfItsRows(@TempDir Path out) throws Exception {
        CliRun run = CliRun.of("compile", "--kind", "summary", "--period", "2023-Q2", "--as-of", "2023-07-20", "--format", "json",
                "--out", out.toString(), "examples/reports");
        assertEquals(ExitCode.OK, run.exit(), run.err());
        JsonNode json = new ObjectMapper().readTree(out.resolve("bao-cao-so-ket-2023-Q2.json").toFile());
        int figures = 0, rows = 0;
        Map<String, List<CSVRecord>> files = new HashMap<>();
        for (JsonNode ind : json.get("indicators")) {
            Map<String, Long> byName = new HashMap<>();
            for (JsonNode f : ind.get("figures")) {
                long sum = 0;
                for (JsonNode r : f.get("rows")) {
                    long v = r.get("value").asLong();
                    // the row as the file has it: that line, the measure's column (by its id or its name)
                    assertEquals(v, cell(files, r.get("file").asText(), r.get("line").asInt(), ind.get("id").asText(), ind.get("name").asText()),
                            ind.get("id") + " " + f.get("name") + " " + r);
                    sum += v;
                    rows++;
                }
                assertEquals(f.get("value").asLong(), sum, ind.get("id") + " " + f.get("name"));
                byName.put(f.get("name").asText(), sum);
                figures++;
            }
            for (JsonNode f : ind.get("figures")) {
                if (!f.get("of").isNull()) {
                    long base = f.get("value").asLong(), now = byName.get(f.get("of").asText());
                    BigDecimal change = base == 0 ? null : percent(now - base, base);
                    assertEquals(change, f.get("change").isNull() ? null : f.get("change").decimalValue(), ind.get("id") + " " + f.get("name"));
                }
            }
            if (ind.get("reported").asBoolean()) {
                assertEquals(ind.get("value").asLong(), byName.get("window"), ind.get("id") + " value");
                assertEquals(ind.get("year_to_date").asLong(), byName.get("year_to_date"), ind.get("id") + " year to date");
                assertEquals(ind.get("term_to_date").asLong(), byName.get("term_to_date"), ind.get("id") + " term to date");
            }
            if (!ind.get("target").isNull() && ind.get("target").asLong() > 0) {
                assertEquals(percent(ind.get("year_to_date").asLong(), ind.get("target").asLong()), ind.get("target_rate").decimalValue());
            }
            if (!ind.get("term_target").isNull() && ind.get("term_target").asLong() > 0) {
                assertEquals(percent(ind.get("term_to_date").asLong(), ind.get("term_target").asLong()), ind.get("term_rate").decimalValue());
            }
        }
        assertTrue(figures > 60 && rows > 300, figures + " figures from " + rows + " rows");

        // part II: every section leads with what was achieved, compared with the quarter before or the same quarter of 2022
        JsonNode sections = json.get("review").get("sections");
        assertEquals(7, sections.size());
        for (JsonNode s : sections) {
            String text = s.get("text").asText();
            assertTrue(text.startsWith("Trong quý II năm 2023, "), text);
            assertTrue(text.contains("so với quý trước") || text.contains("so với cùng kỳ năm 2022"), text);
        }
    }

    /**
     * Every count and rate of the shipped quarter's review names what it counts (issue 19, item 7): the
     * classification counts their tasks, each task's results their rows, each period's tally its reports
     * (a unit's report for the quarter, with the row whose date is the report's). Read back from the files,
     * the rows say the task, the period and the date the JSON gives; summed by hand, the reports give every
     * tally, the units' and the total's, and the rates.
     */
    @Test
    void everyCountOfTheShippedQuarterNamesWhatItCounts(@TempDir Path out) throws Exception {
        CliRun run = CliRun.of("compile", "--kind", "summary", "--period", "2023-Q2", "--as-of", "2023-07-20", "--format", "json",
                "--out", out.toString(), "examples/reports");
        assertEquals(ExitCode.OK, run.exit(), run.err());
        JsonNode json = new ObjectMapper().readTree(out.resolve("bao-cao-so-ket-2023-Q2.json").toFile());
        Map<String, List<CSVRecord>> files = new HashMap<>();

        // the classification counts: the tasks counted, each with that classification
        Map<String, String> classOf = new HashMap<>();
        for (JsonNode t : json.get("tasks")) classOf.put(t.get("id").asText(), t.get("classification").asText());
        int counted = 0;
        for (JsonNode c : json.get("counts")) {
            assertEquals(c.get("count").asInt(), c.get("tasks").size(), c.toString());
            for (JsonNode id : c.get("tasks")) assertEquals(c.get("classification").asText(), classOf.get(id.asText()), id.asText());
            assertEquals(percent(c.get("count").asLong(), json.get("task_total").asLong()), c.get("percent").decimalValue());
            counted += c.get("count").asInt();
        }
        assertEquals(json.get("task_total").asInt(), counted);

        // what each unit reported on a task: its row says that task and that period
        int results = 0;
        for (JsonNode t : json.get("tasks")) {
            for (JsonNode u : t.get("results")) {
                if (!u.get("reported").asBoolean()) continue;
                CSVRecord rec = row(files, u.get("file").asText(), u.get("line").asInt());
                assertEquals(t.get("id").asText(), rec.get(2).strip(), u.toString());
                assertEquals(u.get("period").asText(), planreport.model.Period.parse(rec.get(1).strip()).orElseThrow().toString(), u.toString());
                results++;
            }
        }
        assertTrue(results > 100, results + " results traced");

        // each period's reports: their states give the tally, their rows the date
        long[] total = new long[5];
        Map<String, long[]> byUnit = new HashMap<>();
        for (JsonNode p : json.get("reporting_by_period")) {
            Map<String, Integer> states = new HashMap<>();
            for (JsonNode r : p.get("reports")) {
                String state = r.get("state").asText();
                states.merge(state, 1, Integer::sum);
                long[] u = byUnit.computeIfAbsent(r.get("body").asText(), k -> new long[5]);
                u[0]++;
                if (!state.equals("missing")) u[1]++;
                if (state.equals("on_time")) u[2]++;
                if (state.equals("missing")) {
                    assertTrue(r.get("file").isNull(), r.toString());
                    continue;
                }
                CSVRecord rec = row(files, r.get("file").asText(), r.get("line").asInt());
                assertEquals(p.get("period").asText(), planreport.model.Period.parse(rec.get(1).strip()).orElseThrow().toString(), r.toString());
                String date = rec.get(6).strip();
                if (state.equals("undated")) assertEquals("", date, r.toString());
                else {
                    assertEquals(r.get("submitted_on").asText(), planreport.model.Dates.parse(date).toString(), r.toString());
                    boolean late = planreport.model.Dates.parse(date).isAfter(java.time.LocalDate.parse(p.get("due").asText()));
                    assertEquals(late ? "late" : "on_time", state, r.toString());
                }
            }
            assertEquals(p.get("expected").asInt(), p.get("reports").size());
            assertEquals(p.get("on_time").asInt(), states.getOrDefault("on_time", 0));
            assertEquals(p.get("late").asInt(), states.getOrDefault("late", 0));
            assertEquals(p.get("undated").asInt(), states.getOrDefault("undated", 0));
            assertEquals(p.get("missing_count").asInt(), states.getOrDefault("missing", 0));
            assertEquals(percent(p.get("received").asLong(), p.get("expected").asLong()), p.get("reporting_rate").decimalValue());
            total[0] += p.get("expected").asLong();
            total[1] += p.get("received").asLong();
            total[2] += p.get("on_time").asLong();
        }
        JsonNode t = json.get("reporting_total");
        assertEquals(total[0], t.get("expected").asLong());
        assertEquals(total[1], t.get("received").asLong());
        assertEquals(total[2], t.get("on_time").asLong());
        assertEquals(percent(total[1], total[0]), t.get("reporting_rate").decimalValue());
        for (JsonNode u : json.get("reporting")) {
            long[] mine = byUnit.get(u.get("body").asText());
            assertNotNull(mine, u.get("body").asText());
            assertEquals(List.of(mine[0], mine[1], mine[2]), List.of(u.get("expected").asLong(), u.get("received").asLong(), u.get("on_time").asLong()),
                    u.get("body").asText());
        }
    }

    /** The record of a report file that starts at a physical line (1: the header). */
    private static CSVRecord row(Map<String, List<CSVRecord>> cache, String file, int line) throws Exception {
        List<CSVRecord> records = records(cache, file);
        for (CSVRecord r : records) if (r.getRecordNumber() == line) return r;
        throw new AssertionError(file + ":" + line + " is no row");
    }

    private static List<CSVRecord> records(Map<String, List<CSVRecord>> cache, String file) throws Exception {
        List<CSVRecord> records = cache.get(file);
        if (records == null) {
            String text = Files.readString(Path.of(file), StandardCharsets.UTF_8).replace("\uFEFF", "");
            char d = text.substring(0, text.indexOf('\n')).contains(";") ? ';' : ',';
            try (Reader r = new java.io.StringReader(text)) {
                records = CSVFormat.RFC4180.builder().setDelimiter(d).get().parse(r).getRecords();
            }
            cache.put(file, records);
        }
        return records;
    }

    /** The measure's cell of a report file at a line (1: the header). */
    private static long cell(Map<String, List<CSVRecord>> cache, String file, int line, String id, String name) throws Exception {
        List<CSVRecord> records = records(cache, file);
        List<String> header = records.get(0).toList();
        int col = header.indexOf(id) >= 0 ? header.indexOf(id) : header.indexOf(name);
        assertTrue(col >= 0, file + " has no column " + id);
        CSVRecord rec = records.stream().filter(x -> x.getRecordNumber() == line).findFirst().orElse(null);
        assertNotNull(rec, file + ":" + line);
        return Long.parseLong(rec.get(col).strip());
    }

    private static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
