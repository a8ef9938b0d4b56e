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

    /** The measure's cell of a report file at a line (1: the header). */
    private static long cell(Map<String, List<CSVRecord>> cache, String file, int line, String id, String name) throws Exception {
        List<CSVRecord> records = cache.get(file);
        if (records == null) {
            String text = Files.readString(Path.of(file), StandardCharsets.UTF_8).replace("\uFEFF", "");
            char d = text.substring(0, text.indexOf('\n')).contains(";") ? ';' : ',';
            try (Reader r = new java.io.StringReader(text)) {
                records = CSVFormat.RFC4180.builder().setDelimiter(d).get().parse(r).getRecords();
            }
            cache.put(file, records);
        }
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
