package planreport.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import planreport.check.Code;
import planreport.check.Diagnostic;
import planreport.check.Diagnostics;
import planreport.model.Dates;
import planreport.model.Period;

/**
 * The plan kept in a workbook an office edits in Excel or LibreOffice (plan export --format xlsx, plan
 * import plan.xlsx): its layout, shared by the writer ({@code render/forms/PlanWorkbookWriter}), and
 * its reader. plan.yaml stays the plan of record; the workbook holds the same tree:
 * <ul>
 * <li>"Kế hoạch": one row per value outside the tables, by its path (plan.number, plan.date,
 *   reporting.term.end, plan.recipients[3] …); a list's elements are told apart by the number in
 *   brackets and kept in the order of the rows; "[]" and "{}" are an empty list and mapping, an empty
 *   cell is null. A table's own row (sections, duties, bodies, reporting.signers) only marks where it
 *   stands in the plan.</li>
 * <li>"Mục", "Nhiệm vụ" (the tasks of section II and the duties of section III), "Chỉ tiêu" (the tasks'
 *   measures, a column per year of target), "Cơ quan" (bodies and groups with their dates, successors,
 *   members and contacts), "Người ký": one row per item, a column per key; a list is one element per
 *   line of its cell; what has no column (or that a column cannot hold as it is) is JSON in "Khác".</li>
 * </ul>
 * Every problem of a cell is a {@code plan-workbook} diagnostic placed at its sheet and cell.
 */
public final class PlanWorkbook {
    private PlanWorkbook() {}

    public static final String GUIDE = "Hướng dẫn", PLAN = "Kế hoạch", SECTIONS = "Mục", TASKS = "Nhiệm vụ", MEASURES = "Chỉ tiêu",
            BODIES = "Cơ quan", SIGNERS = "Người ký";

    /** How a column's cell holds its value. */
    public enum Kind {
        /** text as written (a number typed into it is read as its digits). */ TEXT,
        /** a list of texts, one a line. */ LIST,
        /** a day, ISO in the plan; a date cell, or 20/7/2023, 2023-07-20. */ DATE,
        /** a whole number. */ NUMBER
    }

    /** A column of a table: its header, the item's key, its kind. */
    public record Column(String header, String key, Kind kind) {}

    public static final String OTHER = "Khác (JSON)";
    /** Tasks sheet: the part ("II" a task of a section, "III" a duty) and the section's id come first. */
    public static final String PART = "Phần", SECTION = "Mục", TASK = "Nhiệm vụ", TERM_TARGET = "Cả nhiệm kỳ", YEAR = "Năm ";
    public static final String PART_TASK = "II", PART_DUTY = "III";

    public static final List<Column> SECTION_COLUMNS = List.of(new Column("Mã mục", "id", Kind.TEXT), new Column("Tên mục", "title", Kind.TEXT));
    public static final List<Column> TASK_COLUMNS = List.of(
            new Column("Mã nhiệm vụ", "id", Kind.TEXT), new Column("Tên ngắn", "title", Kind.TEXT), new Column("Nội dung", "content", Kind.TEXT),
            new Column("Cơ quan chỉ đạo", "directing", Kind.LIST), new Column("Cơ quan thực hiện (lời văn)", "implementing", Kind.TEXT),
            new Column("Chủ trì", "leads", Kind.LIST), new Column("Phối hợp", "coordinators", Kind.LIST),
            new Column("Thời gian thực hiện", "timeframe", Kind.TEXT));
    public static final List<Column> MEASURE_COLUMNS = List.of(
            new Column("Mã chỉ tiêu", "id", Kind.TEXT), new Column("Tên chỉ tiêu", "name", Kind.TEXT), new Column("Đơn vị tính", "unit", Kind.TEXT),
            new Column("Loại", "kind", Kind.TEXT), new Column("Đơn vị báo cáo", "reporters", Kind.LIST), new Column("Cách viết", "phrase", Kind.TEXT));
    public static final List<Column> BODY_COLUMNS = List.of(
            new Column("Mã", "id", Kind.TEXT), new Column("Tên", "name", Kind.TEXT), new Column("Tên khác", "aliases", Kind.LIST),
            new Column("Loại", "kind", Kind.TEXT), new Column("Từ ngày", "from", Kind.DATE), new Column("Đến ngày", "until", Kind.DATE),
            new Column("Cơ quan kế tục", "successors", Kind.LIST), new Column("Thành viên (nhóm)", "members", Kind.LIST),
            new Column("Thư điện tử", "contact.email", Kind.TEXT), new Column("Điện thoại", "contact.phone", Kind.TEXT));
    public static final List<Column> SIGNER_COLUMNS = List.of(
            new Column("Cơ quan", "body", Kind.TEXT), new Column("Quyền hạn ký", "authority", Kind.TEXT), new Column("Chức vụ", "title", Kind.TEXT),
            new Column("Họ và tên", "name", Kind.TEXT), new Column("Từ ngày", "from", Kind.DATE), new Column("Đến ngày", "until", Kind.DATE));

    /** The plan's paths each table stands for, with its sheet. */
    public static final Map<String, String> TABLES = Map.of("sections", SECTIONS, "duties", TASKS, "bodies", BODIES, "reporting.signers", SIGNERS);

    /** The header row of the "Kế hoạch" sheet. */
    public static final List<String> PLAN_HEADER = List.of("Nội dung", "Khóa", "Giá trị");

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*|[0-9]+)|\\[([0-9]+)\\]");
    /** No plan workbook is larger (the shipped plan's is under 100 KB). */
    static final long MAX_BYTES = 16L << 20;

    // ---- the tree as cells: shared by the writer ----

    /** A column's cell for {@code value} (String, Number, List of String, or null when absent), or NO when the column cannot hold it. */
    public static Object cell(Kind kind, JsonNode value) {
        if (value == null || value.isMissingNode()) return null;
        return switch (kind) {
            case TEXT, DATE -> value.isTextual() && !value.asText().isEmpty() ? value.asText() : NO;
            case NUMBER -> value.isIntegralNumber() ? (Object) value.longValue() : NO;
            case LIST -> {
                if (!value.isArray()) yield NO;
                List<String> items = new ArrayList<>();
                for (JsonNode v : value) {
                    if (!v.isTextual() || v.asText().isEmpty() || v.asText().contains("\n") || !v.asText().equals(v.asText().strip())) yield NO;
                    items.add(v.asText());
                }
                yield items.isEmpty() ? NO : String.join("\n", items);
            }
        };
    }

    /** A value no column can hold as it is: it goes in the "Khác" cell. */
    public static final Object NO = new Object();

    /**
     * The leads, coordinators and directing bodies of a task are lists even when empty: an empty cell
     * there is an empty list ([] in plan.yaml), elsewhere the key is left out.
     */
    public static boolean emptyIsList(String key) { return key.equals("leads") || key.equals("coordinators") || key.equals("directing"); }

    /** The value at a dotted key ("contact.email") of an item, or null. */
    public static JsonNode at(JsonNode item, String key) {
        JsonNode n = item;
        for (String part : key.split("\\.")) {
            if (n == null || !n.isObject()) return null;
            n = n.get(part);
        }
        return n;
    }

    // ---- reading ----

    /** What was read: the plan's tree (null when the workbook could not be read) and its YAML. */
    public record Result(ObjectNode tree, String yaml) {}

    /** Reads the plan workbook {@code file} (shown as {@code display}); its problems go to {@code out}. */
    public static Result read(Path file, String display, Diagnostics out) {
        XlsxGuard.limitZips();
        try {
            if (Files.size(file) > MAX_BYTES) {
                out.add(Diagnostic.of(Code.PLAN_WORKBOOK, "unreadable").in(display).with("detail", Files.size(file) + " B > " + MAX_BYTES + " B"));
                return new Result(null, null);
            }
        } catch (IOException e) {
            out.add(Diagnostic.of(Code.INPUT, "no-such-file").in(display));
            return new Result(null, null);
        }
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            ObjectNode tree = new Reader(wb, display, out).tree();
            if (tree == null) return new Result(null, null);
            return new Result(tree, yaml(tree));
        } catch (IOException | RuntimeException | NoClassDefFoundError e) { // the codec of a method no office program writes: damaged
            Diagnostic d = XlsxGuard.problem(e);
            out.add(Diagnostic.of(Code.PLAN_WORKBOOK, "unreadable").in(display).with("detail", d.message(planreport.model.Lang.VI)));
            return new Result(null, null);
        }
    }

    /** The tree as plan.yaml: every text quoted, long texts as blocks. */
    public static String yaml(ObjectNode tree) {
        YAMLMapper yaml = new YAMLMapper(YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .disable(YAMLGenerator.Feature.SPLIT_LINES)
                .build());
        try {
            return "# plan.yaml: đọc từ sổ tính Kế hoạch (plan-report plan import …xlsx). Cách ghi từng khóa: docs/plan-format.md.\n"
                    + yaml.writeValueAsString(tree);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Reader {
        private final XSSFWorkbook wb;
        private final String display;
        private final Diagnostics out;
        private final DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
        private int errors;
        /** body id → the cells naming it, checked once the bodies are read. */
        private final Map<String, List<String[]>> named = new LinkedHashMap<>();

        Reader(XSSFWorkbook wb, String display, Diagnostics out) {
            this.wb = wb;
            this.display = display;
            this.out = out;
        }

        private void problem(String variant, Sheet sh, Cell c, int row, String header, String value) {
            errors++;
            String ref = c != null ? c.getAddress().formatAsString() : null;
            Diagnostic d = Diagnostic.of(Code.PLAN_WORKBOOK, variant).at(display, row + 1, header).sheet(sh == null ? null : sh.getSheetName(), ref);
            if (value != null) d = d.value(value);
            out.add(d);
        }

        private Sheet sheet(String name) {
            Sheet sh = wb.getSheet(name);
            if (sh == null) {
                errors++;
                out.add(Diagnostic.of(Code.PLAN_WORKBOOK, "no-sheet").in(display).with("sheet", name));
            }
            return sh;
        }

        ObjectNode tree() {
            Sheet plan = sheet(PLAN);
            Map<String, Sheet> sheets = new LinkedHashMap<>();
            for (String name : List.of(SECTIONS, TASKS, MEASURES, BODIES, SIGNERS)) sheets.put(name, sheet(name));
            if (errors > 0) return null;
            ObjectNode root = JsonNodeFactory.instance.objectNode();
            Map<String, JsonNode> tables = new LinkedHashMap<>();
            ArrayNode bodies = table(sheets.get(BODIES), BODY_COLUMNS, List.of());
            Set<String> bodyIds = new LinkedHashSet<>();
            for (JsonNode b : bodies) if (b.path("id").isTextual()) bodyIds.add(b.path("id").asText());
            tables.put("bodies", bodies);
            tables.put("reporting.signers", table(sheets.get(SIGNERS), SIGNER_COLUMNS, List.of("body")));
            ArrayNode sections = table(sheets.get(SECTIONS), SECTION_COLUMNS, List.of());
            ArrayNode duties = JsonNodeFactory.instance.arrayNode();
            Map<String, ObjectNode> tasksById = tasks(sheets.get(TASKS), sections, duties);
            measures(sheets.get(MEASURES), tasksById);
            tables.put("sections", sections);
            tables.put("duties", duties);
            plan(plan, root, tables);
            for (var e : named.entrySet()) {
                if (bodyIds.contains(e.getKey())) continue;
                for (String[] where : e.getValue()) {
                    errors++;
                    Diagnostic d = Diagnostic.of(Code.PLAN_WORKBOOK, "unknown-body").at(display, Integer.parseInt(where[2]), where[3])
                            .sheet(where[0], where[1]).value(e.getKey());
                    out.add(planreport.model.Names.closest(e.getKey(), bodyIds).map(d::suggest).orElse(d));
                }
            }
            return errors > 0 ? null : root;
        }

        /** The "Kế hoạch" sheet: the values by path, the tables put where their rows stand (or at the end). */
        private void plan(Sheet sh, ObjectNode root, Map<String, JsonNode> tables) {
            Map<String, Integer> header = header(sh, PLAN_HEADER);
            if (header == null) return;
            int keyCol = header.get("Khóa"), valueCol = header.get("Giá trị");
            IdentityHashMap<ArrayNode, Map<String, Integer>> indexes = new IdentityHashMap<>();
            Set<String> placed = new LinkedHashSet<>();
            for (int r = sh.getFirstRowNum() + 1; r <= sh.getLastRowNum(); r++) {
                Row row = sh.getRow(r);
                if (row == null) continue;
                Cell keyCell = row.getCell(keyCol), valueCell = row.getCell(valueCol);
                String path = text(keyCell);
                if (path == null) {
                    if (text(valueCell) != null) problem("no-key", sh, valueCell, r, "Khóa", text(valueCell));
                    continue;
                }
                List<Object> segments = segments(path);
                if (segments == null) {
                    problem("path", sh, keyCell, r, "Khóa", path);
                    continue;
                }
                JsonNode value;
                if (TABLES.containsKey(path)) {
                    value = tables.get(path);
                    placed.add(path);
                } else {
                    value = scalar(sh, valueCell, r, String.valueOf(segments.get(segments.size() - 1)), path);
                    if (value == null) continue;
                }
                if (!put(root, segments, value, indexes)) problem("path-conflict", sh, keyCell, r, "Khóa", path);
            }
            for (var e : tables.entrySet()) {
                if (placed.contains(e.getKey()) || e.getValue().isEmpty()) continue;
                put(root, segments(e.getKey()), e.getValue(), indexes);
            }
        }

        /** A value of the "Kế hoạch" sheet: typed as the cell is; a date or a quarter where the key says so. */
        private JsonNode scalar(Sheet sh, Cell c, int r, String key, String path) {
            JsonNodeFactory f = JsonNodeFactory.instance;
            if (c == null || c.getCellType() == CellType.BLANK) return f.nullNode();
            CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
            if (type == CellType.BOOLEAN) return f.booleanNode(c.getBooleanCellValue());
            if (type == CellType.NUMERIC) {
                if (DateUtil.isCellDateFormatted(c)) return f.textNode(c.getLocalDateTimeCellValue().toLocalDate().toString());
                BigDecimal n = BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros();
                if (n.scale() <= 0 && n.precision() - n.scale() <= 18) return whole(n.longValueExact());
                return f.numberNode(n);
            }
            String s = text(c);
            if (s == null) return f.nullNode();
            if (s.equals("[]")) return f.arrayNode();
            if (s.equals("{}")) return f.objectNode();
            if (key.equals("date") || key.equals("from") || key.equals("until")) {
                LocalDate day = Dates.parse(s);
                if (day == null) {
                    problem("date", sh, c, r, "Giá trị", s);
                    return null;
                }
                return f.textNode(day.toString());
            }
            if (path.equals("reporting.term.start") || path.equals("reporting.term.end")) {
                var p = Period.parse(s);
                if (p.isEmpty()) {
                    problem("period", sh, c, r, "Giá trị", s);
                    return null;
                }
                return f.textNode(p.get().toString());
            }
            return f.textNode(s);
        }

        /** The tasks sheet: each row a task of its section ("II") or a duty ("III"); the tasks by id, for the measures. */
        private Map<String, ObjectNode> tasks(Sheet sh, ArrayNode sections, ArrayNode duties) {
            Map<String, ObjectNode> byId = new LinkedHashMap<>();
            List<Column> columns = new ArrayList<>();
            columns.add(new Column(PART, "", Kind.TEXT));
            columns.add(new Column(SECTION, "", Kind.TEXT));
            columns.addAll(TASK_COLUMNS);
            Map<String, Integer> header = header(sh, columns.stream().map(Column::header).toList());
            if (header == null) return byId;
            Map<String, ObjectNode> sectionById = new LinkedHashMap<>();
            for (JsonNode s : sections) if (s.isObject() && s.path("id").isTextual()) sectionById.put(s.path("id").asText(), (ObjectNode) s);
            for (int r = sh.getFirstRowNum() + 1; r <= sh.getLastRowNum(); r++) {
                Row row = sh.getRow(r);
                if (row == null || blank(row)) continue;
                ObjectNode task = item(sh, row, r, TASK_COLUMNS, header, List.of("directing", "leads", "coordinators"));
                if (task == null) continue;
                Cell partCell = row.getCell(header.get(PART)), sectionCell = row.getCell(header.get(SECTION));
                String part = text(partCell), section = text(sectionCell);
                if (PART_DUTY.equals(part)) {
                    duties.add(task);
                } else if (PART_TASK.equals(part) || part == null && section != null) {
                    ObjectNode s = section == null ? null : sectionById.get(section);
                    if (s == null) {
                        problem("section", sh, sectionCell, r, SECTION, section);
                        continue;
                    }
                    ((ArrayNode) (s.has("tasks") ? s.get("tasks") : s.putArray("tasks"))).add(task);
                } else {
                    problem("part", sh, partCell, r, PART, part);
                    continue;
                }
                if (task.path("id").isTextual()) byId.putIfAbsent(task.path("id").asText(), task);
            }
            return byId;
        }

        /** The measures sheet: each row a measure of the task in its first column, its targets a column per year. */
        private void measures(Sheet sh, Map<String, ObjectNode> tasks) {
            Row head = sh.getRow(sh.getFirstRowNum());
            List<String> required = new ArrayList<>(List.of(TASK));
            for (Column c : MEASURE_COLUMNS) required.add(c.header());
            Map<String, Integer> header = header(sh, required);
            if (header == null || head == null) return;
            Map<String, Integer> years = new LinkedHashMap<>();
            Integer term = null;
            for (Cell c : head) {
                String h = text(c);
                if (h == null) continue;
                if (h.startsWith(YEAR) && h.substring(YEAR.length()).matches("[0-9]{4}")) years.put(h.substring(YEAR.length()), c.getColumnIndex());
                if (h.equals(TERM_TARGET)) term = c.getColumnIndex();
            }
            for (int r = sh.getFirstRowNum() + 1; r <= sh.getLastRowNum(); r++) {
                Row row = sh.getRow(r);
                if (row == null || blank(row)) continue;
                Cell taskCell = row.getCell(header.get(TASK));
                String taskId = text(taskCell);
                ObjectNode task = taskId == null ? null : tasks.get(taskId);
                if (task == null) {
                    problem("task", sh, taskCell, r, TASK, taskId);
                    continue;
                }
                ObjectNode m = item(sh, row, r, MEASURE_COLUMNS, header, List.of());
                if (m == null) continue;
                ObjectNode targets = JsonNodeFactory.instance.objectNode();
                for (var y : years.entrySet()) {
                    Long n = number(sh, row.getCell(y.getValue()), r, YEAR + y.getKey());
                    if (n != null) targets.set(y.getKey(), whole(n));
                }
                Long whole = term == null ? null : number(sh, row.getCell(term), r, TERM_TARGET);
                ObjectNode ordered = JsonNodeFactory.instance.objectNode();
                m.fields().forEachRemaining(e -> {
                    if (!e.getKey().equals("targets") && !e.getKey().equals("term_target")) ordered.set(e.getKey(), e.getValue());
                });
                if (!targets.isEmpty()) ordered.set("targets", targets);
                if (whole != null) ordered.set("term_target", whole(whole));
                ((ArrayNode) (task.has("measures") ? task.get("measures") : task.putArray("measures"))).add(ordered);
            }
        }

        /** A whole number not below 0, or null for an empty cell (a problem for anything else). */
        private Long number(Sheet sh, Cell c, int r, String header) {
            if (c == null || c.getCellType() == CellType.BLANK) return null;
            CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
            String s = type == CellType.NUMERIC ? null : text(c);
            if (type == CellType.NUMERIC) {
                double d = c.getNumericCellValue();
                if (d >= 0 && d == Math.rint(d) && d < 1e15) return (long) d;
            } else if (s == null) {
                return null;
            } else if (s.replace(".", "").matches("[0-9]{1,15}")) {
                return Long.parseLong(s.replace(".", ""));
            }
            problem("number", sh, c, r, header, type == CellType.NUMERIC ? formatter.formatCellValue(c) : s);
            return null;
        }

        private ArrayNode table(Sheet sh, List<Column> columns, List<String> bodyKeys) {
            ArrayNode items = JsonNodeFactory.instance.arrayNode();
            Map<String, Integer> header = header(sh, columns.stream().map(Column::header).toList());
            if (header == null) return items;
            for (int r = sh.getFirstRowNum() + 1; r <= sh.getLastRowNum(); r++) {
                Row row = sh.getRow(r);
                if (row == null || blank(row)) continue;
                ObjectNode item = item(sh, row, r, columns, header, bodyKeys);
                if (item != null) items.add(item);
            }
            return items;
        }

        /** One row as an item: its columns, then what "Khác" adds; the body ids it names noted for the check. */
        private ObjectNode item(Sheet sh, Row row, int r, List<Column> columns, Map<String, Integer> header, List<String> bodyKeys) {
            ObjectNode item = JsonNodeFactory.instance.objectNode();
            JsonNodeFactory f = JsonNodeFactory.instance;
            for (Column col : columns) {
                Cell c = row.getCell(header.get(col.header()));
                String s = text(c);
                JsonNode value = null;
                switch (col.kind()) {
                    case TEXT -> value = s == null ? null : f.textNode(s);
                    case DATE -> {
                        if (c != null && c.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(c)) {
                            value = f.textNode(c.getLocalDateTimeCellValue().toLocalDate().toString());
                        } else if (s != null) {
                            LocalDate day = Dates.parse(s);
                            if (day == null) {
                                problem("date", sh, c, r, col.header(), s);
                            } else {
                                value = f.textNode(day.toString());
                            }
                        }
                    }
                    case NUMBER -> {
                        Long n = number(sh, c, r, col.header());
                        value = n == null ? null : whole(n);
                    }
                    case LIST -> {
                        if (s != null) {
                            ArrayNode list = f.arrayNode();
                            for (String line : s.split("\r?\n")) if (!line.isBlank()) list.add(line.strip());
                            value = list;
                        } else if (emptyIsList(col.key()) && columns == TASK_COLUMNS) {
                            value = f.arrayNode();
                        }
                    }
                }
                if (value == null) continue;
                if (value.isArray() && (bodyKeys.contains(col.key()) || col.key().equals("successors") || col.key().equals("members"))) {
                    for (JsonNode id : value) note(id.asText(), sh, c, r, col.header());
                } else if (value.isTextual() && bodyKeys.contains(col.key())) {
                    note(value.asText(), sh, c, r, col.header());
                }
                int dot = col.key().indexOf('.');
                if (dot < 0) item.set(col.key(), value);
                else ((ObjectNode) (item.has(col.key().substring(0, dot)) ? item.get(col.key().substring(0, dot))
                        : item.putObject(col.key().substring(0, dot)))).set(col.key().substring(dot + 1), value);
            }
            Integer otherCol = header.get(OTHER);
            Cell oc = otherCol == null ? null : row.getCell(otherCol);
            String other = text(oc);
            if (other != null) {
                JsonNode extra;
                try {
                    extra = new YAMLMapper().readTree(other);
                } catch (IOException e) {
                    extra = null;
                }
                if (extra == null || !extra.isObject()) {
                    problem("other", sh, oc, r, OTHER, other);
                    return item;
                }
                extra.fields().forEachRemaining(e -> {
                    if (e.getValue().isObject() && item.get(e.getKey()) instanceof ObjectNode known) known.setAll((ObjectNode) e.getValue());
                    else item.set(e.getKey(), e.getValue());
                });
            }
            return item;                                        // a bad cell is reported; the row stays, so nothing else fails for it
        }

        private void note(String id, Sheet sh, Cell c, int r, String header) {
            if (id.equals("leads") || id.equals("coordinators")) return;      // a measure's reporters may name the task's own
            named.computeIfAbsent(id, k -> new ArrayList<>()).add(new String[] {sh.getSheetName(), c == null ? null : c.getAddress().formatAsString(),
                    Integer.toString(r + 1), header});
        }

        /** The header row's columns by name; each of {@code required} must be there (a problem naming the first missing). */
        private Map<String, Integer> header(Sheet sh, List<String> required) {
            Row head = sh.getRow(sh.getFirstRowNum());
            Map<String, Integer> cols = new LinkedHashMap<>();
            if (head != null) for (Cell c : head) {
                String h = text(c);
                if (h != null) cols.putIfAbsent(h, c.getColumnIndex());
            }
            for (String h : required) {
                if (!cols.containsKey(h)) {
                    errors++;
                    out.add(Diagnostic.of(Code.PLAN_WORKBOOK, "header").in(display).sheet(sh.getSheetName(), null).with("sheet", sh.getSheetName()).value(h));
                    return null;
                }
            }
            return cols;
        }

        private boolean blank(Row row) {
            for (Cell c : row) if (text(c) != null) return false;
            return true;
        }

        /** A cell as text: strings as written (stripped, NFC), numbers as their digits, null when empty. */
        private String text(Cell c) {
            if (c == null) return null;
            CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
            String s = switch (type) {
                case STRING -> c.getStringCellValue();
                case NUMERIC -> DateUtil.isCellDateFormatted(c) ? c.getLocalDateTimeCellValue().toLocalDate().toString()
                        : BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros().toPlainString();
                case BOOLEAN -> Boolean.toString(c.getBooleanCellValue());
                default -> null;
            };
            if (s == null) return null;
            s = java.text.Normalizer.normalize(s.replace("\r\n", "\n"), java.text.Normalizer.Form.NFC);
            return s.isBlank() ? null : s.strip();
        }
    }

    /** A whole number as YAML reads it: an int where it fits, so that the tree equals the one read from plan.yaml. */
    static JsonNode whole(long n) {
        return n == (int) n ? JsonNodeFactory.instance.numberNode((int) n) : JsonNodeFactory.instance.numberNode(n);
    }

    /** A path's segments: keys (String) and list indexes (Integer as written), or null when it is not a path. */
    static List<Object> segments(String path) {
        List<Object> out = new ArrayList<>();
        int at = 0;
        Matcher m = SEGMENT.matcher(path);
        while (at < path.length()) {
            if (!m.find(at) || m.start() != at) return null;
            if (m.group(2) != null) {
                if (out.isEmpty()) return null;
                out.add(Integer.valueOf(m.group(2)));
            } else {
                out.add(m.group(1));
            }
            at = m.end();
            if (at < path.length() && path.charAt(at) == '.') {
                at++;
                if (at == path.length()) return null;
            } else if (at < path.length() && path.charAt(at) != '[') {
                return null;
            }
        }
        return out.isEmpty() ? null : out;
    }

    /** Puts {@code value} at {@code segments} under {@code root}, making the mappings and lists on the way; false where the path crosses a value of another kind. */
    static boolean put(ObjectNode root, List<Object> segments, JsonNode value, IdentityHashMap<ArrayNode, Map<String, Integer>> indexes) {
        JsonNode node = root;
        for (int i = 0; i < segments.size(); i++) {
            Object seg = segments.get(i);
            boolean last = i == segments.size() - 1;
            Object next = last ? null : segments.get(i + 1);
            JsonNode child;
            if (seg instanceof String key) {
                if (!(node instanceof ObjectNode obj)) return false;
                child = obj.get(key);
                if (last) {
                    if (child != null) return false;
                    obj.set(key, value);
                    return true;
                }
                if (child == null) child = next instanceof Integer ? obj.putArray(key) : obj.putObject(key);
            } else {
                if (!(node instanceof ArrayNode arr)) return false;
                Map<String, Integer> seen = indexes.computeIfAbsent(arr, a -> new LinkedHashMap<>());
                Integer pos = seen.get(seg.toString());
                if (last) {
                    if (pos != null) return false;
                    seen.put(seg.toString(), arr.size());
                    arr.add(value);
                    return true;
                }
                if (pos == null) {
                    seen.put(seg.toString(), arr.size());
                    child = next instanceof Integer ? arr.addArray() : arr.addObject();
                } else {
                    child = arr.get(pos);
                }
            }
            node = child;
        }
        return false;
    }

    /** The years of every measure's targets in {@code tree}, in order (the measures sheet's year columns). */
    public static List<String> targetYears(JsonNode tree) {
        Set<String> years = new TreeSet<>();
        for (JsonNode s : tree.path("sections")) for (JsonNode t : s.path("tasks")) for (JsonNode m : t.path("measures")) {
            m.path("targets").fieldNames().forEachRemaining(y -> { if (y.matches("[0-9]{4}")) years.add(y); });
        }
        for (JsonNode t : tree.path("duties")) for (JsonNode m : t.path("measures")) {
            m.path("targets").fieldNames().forEachRemaining(y -> { if (y.matches("[0-9]{4}")) years.add(y); });
        }
        return List.copyOf(years);
    }

    /** Reads a plan file's YAML as a tree (after {@link PlanReader} has accepted it), for the workbook. */
    public static ObjectNode tree(String yamlText) {
        try {
            JsonNode n = new YAMLMapper().readTree(yamlText);
            return n instanceof ObjectNode o ? o : JsonNodeFactory.instance.objectNode();
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Any JSON value as the compact text of a "Khác" cell. */
    public static String json(JsonNode n) {
        try {
            return JSON.writeValueAsString(n);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
