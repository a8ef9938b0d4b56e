package planreport.render.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import planreport.io.PlanWorkbook;
import planreport.io.PlanWorkbook.Column;
import planreport.io.PlanWorkbook.Kind;

/**
 * plan export --format xlsx: the plan's tree as the workbook {@link PlanWorkbook} reads back, so an
 * office edits signers, contacts, the term's end, the plan's number and date, bodies and tasks in Excel
 * or LibreOffice. Lists of values are drop-downs (a body's kind, a measure's kind, a task's part, a
 * signer's body); texts are cells of text format, so a typed "1.1" stays "1.1". The bytes are the same
 * for the same plan (fixed properties and zip times).
 */
public final class PlanWorkbookWriter {
    private PlanWorkbookWriter() {}

    /** The kinds a body may have (docs/plan-format.md), offered in the bodies sheet. */
    static final List<String> BODY_KINDS = java.util.Arrays.stream(planreport.model.BodyKind.values()).map(planreport.model.BodyKind::id).toList();

    private static final String[] GUIDE = {
        "SỔ TÍNH KẾ HOẠCH — plan-report",
        "Sổ tính này chứa toàn bộ Kế hoạch (plan.yaml) để sửa bằng Excel hoặc LibreOffice; sửa xong, chuyển lại thành plan.yaml bằng:",
        "    plan-report plan import ke-hoach.xlsx --out plan.yaml",
        "rồi kiểm tra bằng: plan-report validate --plan plan.yaml. Mọi chỗ sai được báo kèm trang tính và ô (ví dụ Cơ quan!F12).",
        "",
        "• Kế hoạch: số, ngày ban hành, người ký, nơi nhận, kỳ đầu và kỳ cuối của nhiệm kỳ theo dõi (reporting.term.end, ví dụ 2026-Q1 hoặc Quý I năm 2026)…",
        "  Mỗi dòng một giá trị; cột Khóa cho biết giá trị đó nằm ở đâu trong plan.yaml, đừng sửa cột này. Ô trống là chưa có giá trị.",
        "  Thêm một nơi nhận: chèn một dòng với Khóa mới, ví dụ plan.recipients[12]; các phần tử giữ thứ tự của các dòng.",
        "• Mục, Nhiệm vụ, Chỉ tiêu: các mục và nhiệm vụ (Phần II là nhiệm vụ của một mục, III là nhiệm vụ ở phần tổ chức thực hiện),",
        "  chỉ tiêu của từng nhiệm vụ và chỉ tiêu theo năm.",
        "• Cơ quan: cơ quan, đơn vị, nhóm; Từ ngày, Đến ngày, Cơ quan kế tục (sau sáp nhập), Thành viên của nhóm, thư điện tử và điện thoại.",
        "• Người ký: ai ký văn bản của từng cơ quan, từ ngày nào đến ngày nào.",
        "",
        "Trong một ô có nhiều mã (Chủ trì, Phối hợp, Tên khác…), mỗi mã một dòng (Alt+Enter trong Excel). Mã cơ quan lấy ở cột Mã của trang Cơ quan.",
        "Ngày ghi 20/7/2023 hoặc 2023-07-20, hoặc nhập như một ngày của Excel. Cột Khác (JSON) giữ những khóa không có cột riêng.",
    };

    /** The workbook of the plan whose YAML tree is {@code tree}. */
    public static byte[] write(ObjectNode tree) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var props = wb.getProperties().getCoreProperties();
            props.setCreator("plan-report");
            props.setTitle("Kế hoạch " + tree.path("plan").path("number").asText(""));
            Date fixed = Date.from(LocalDate.of(2000, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC));
            props.setCreated(Optional.of(fixed));
            props.setModified(Optional.of(fixed));
            Styles st = new Styles(wb);

            XSSFSheet guide = wb.createSheet(PlanWorkbook.GUIDE);
            for (int i = 0; i < GUIDE.length; i++) guide.createRow(i).createCell(0).setCellValue(GUIDE[i]);
            guide.getRow(0).getCell(0).setCellStyle(st.head);
            guide.setColumnWidth(0, 160 * 256);

            planSheet(wb, st, tree);
            List<String> bodyIds = new ArrayList<>();
            for (JsonNode b : tree.path("bodies")) if (b.path("id").isTextual()) bodyIds.add(b.path("id").asText());

            XSSFSheet sections = table(wb, st, PlanWorkbook.SECTIONS, List.of(), PlanWorkbook.SECTION_COLUMNS, List.of(), true);
            int r = 1;
            for (JsonNode s : tree.path("sections")) row(sections, st, r++, List.of(), PlanWorkbook.SECTION_COLUMNS, s, List.of("tasks"), List.of());

            XSSFSheet tasks = table(wb, st, PlanWorkbook.TASKS, List.of(PlanWorkbook.PART, PlanWorkbook.SECTION), PlanWorkbook.TASK_COLUMNS, List.of(), true);
            r = 1;
            for (JsonNode s : tree.path("sections")) {
                for (JsonNode t : s.path("tasks")) {
                    row(tasks, st, r++, List.of(PlanWorkbook.PART_TASK, s.path("id").asText("")), PlanWorkbook.TASK_COLUMNS, t, List.of("measures"), List.of());
                }
            }
            for (JsonNode t : tree.path("duties")) row(tasks, st, r++, List.of(PlanWorkbook.PART_DUTY, ""), PlanWorkbook.TASK_COLUMNS, t, List.of("measures"), List.of());
            list(tasks, List.of(PlanWorkbook.PART_TASK, PlanWorkbook.PART_DUTY), 0, Math.max(r, 200));

            List<String> years = PlanWorkbook.targetYears(tree);
            List<String> extra = new ArrayList<>();
            for (String y : years) extra.add(PlanWorkbook.YEAR + y);
            extra.add(PlanWorkbook.TERM_TARGET);
            XSSFSheet measures = table(wb, st, PlanWorkbook.MEASURES, List.of(PlanWorkbook.TASK), PlanWorkbook.MEASURE_COLUMNS, extra, true);
            r = 1;
            List<JsonNode> all = new ArrayList<>();
            for (JsonNode s : tree.path("sections")) for (JsonNode t : s.path("tasks")) all.add(t);
            for (JsonNode t : tree.path("duties")) all.add(t);
            for (JsonNode t : all) {
                for (JsonNode m : t.path("measures")) {
                    List<Object> targets = new ArrayList<>();
                    ObjectNode rest = ((ObjectNode) m).deepCopy();
                    JsonNode ts = rest.remove("targets");
                    JsonNode term = rest.remove("term_target");
                    ObjectNode leftTargets = JsonNodeFactory.instance.objectNode();
                    if (ts != null && ts.isObject()) {
                        for (String y : years) targets.add(ts.has(y) && ts.get(y).isIntegralNumber() ? (Object) ts.get(y).longValue() : null);
                        ts.fields().forEachRemaining(e -> { if (!years.contains(e.getKey()) || !e.getValue().isIntegralNumber()) leftTargets.set(e.getKey(), e.getValue()); });
                    } else {
                        for (int i = 0; i < years.size(); i++) targets.add(null);
                        if (ts != null) rest.set("targets", ts);
                    }
                    if (!leftTargets.isEmpty()) return refuse("targets");
                    if (ts != null && ts.isObject() && ts.isEmpty()) rest.set("targets", ts);
                    targets.add(term != null && term.isIntegralNumber() ? term.longValue() : null);
                    if (term != null && !term.isIntegralNumber()) rest.set("term_target", term);
                    row(measures, st, r, List.of(t.path("id").asText("")), PlanWorkbook.MEASURE_COLUMNS, rest, List.of(), targets);
                    r++;
                }
            }
            list(measures, List.of("flow", "stock"), 1 + 3, Math.max(r, 200));

            XSSFSheet bodies = table(wb, st, PlanWorkbook.BODIES, List.of(), PlanWorkbook.BODY_COLUMNS, List.of(), true);
            r = 1;
            for (JsonNode b : tree.path("bodies")) row(bodies, st, r++, List.of(), PlanWorkbook.BODY_COLUMNS, b, List.of(), List.of());
            list(bodies, BODY_KINDS, 3, Math.max(r + 100, 300));

            XSSFSheet signers = table(wb, st, PlanWorkbook.SIGNERS, List.of(), PlanWorkbook.SIGNER_COLUMNS, List.of(), true);
            r = 1;
            for (JsonNode s : tree.path("reporting").path("signers")) row(signers, st, r++, List.of(), PlanWorkbook.SIGNER_COLUMNS, s, List.of(), List.of());
            if (!bodyIds.isEmpty()) {
                DataValidationConstraint c = signers.getDataValidationHelper()
                        .createFormulaListConstraint("'" + PlanWorkbook.BODIES + "'!$A$2:$A$" + (bodyIds.size() + 1));
                validation(signers, c, 0, Math.max(r + 50, 100));
            }

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return planreport.render.xlsx.Sheets.fixed(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A plan this layout cannot hold without loss (a target that is not a whole number by year). */
    public static final class Unsupported extends RuntimeException {
        public Unsupported(String what) { super(what); }
    }

    private static byte[] refuse(String what) { throw new Unsupported(what); }

    private static final class Styles {
        final CellStyle head, text, wrap, number;

        Styles(XSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            short textFormat = wb.createDataFormat().getFormat("@");
            head = wb.createCellStyle();
            head.setFont(bold);
            head.setWrapText(true);
            head.setVerticalAlignment(VerticalAlignment.CENTER);
            head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            head.setBorderBottom(BorderStyle.THIN);
            text = wb.createCellStyle();
            text.setDataFormat(textFormat);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            wrap = wb.createCellStyle();
            wrap.setDataFormat(textFormat);
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            number = wb.createCellStyle();
            number.setVerticalAlignment(VerticalAlignment.TOP);
        }
    }

    /** The "Kế hoạch" sheet: every value outside the tables, one row each, by its path. */
    private static void planSheet(XSSFWorkbook wb, Styles st, ObjectNode tree) {
        XSSFSheet sh = wb.createSheet(PlanWorkbook.PLAN);
        Row head = sh.createRow(0);
        for (int i = 0; i < PlanWorkbook.PLAN_HEADER.size(); i++) cell(head, i, PlanWorkbook.PLAN_HEADER.get(i), st.head);
        sh.setColumnWidth(0, 38 * 256);
        sh.setColumnWidth(1, 40 * 256);
        sh.setColumnWidth(2, 100 * 256);
        List<Object[]> rows = new ArrayList<>();
        flatten(tree, "", rows);
        int r = 1;
        for (Object[] row : rows) {
            Row x = sh.createRow(r++);
            String path = (String) row[0];
            cell(x, 0, label(path), st.wrap);
            cell(x, 1, path, st.text);
            Object v = row[1];
            if (v instanceof JsonNode n) {
                if (n.isIntegralNumber()) x.createCell(2).setCellValue(n.longValue());
                else if (n.isNumber()) x.createCell(2).setCellValue(n.doubleValue());
                else if (n.isBoolean()) x.createCell(2).setCellValue(n.booleanValue());
                else if (n.isArray()) cell(x, 2, "[]", st.text);
                else if (n.isObject()) cell(x, 2, "{}", st.text);
                else if (n.isNull()) cell(x, 2, null, st.wrap);
                else cell(x, 2, n.asText(), st.wrap);
            } else {
                cell(x, 2, (String) v, st.text);
            }
            fit(x);
        }
        sh.createFreezePane(0, 1);
        print(sh);
    }

    /** Printed as it is seen: landscape A4, as wide as one page, the header row on every page. */
    private static void print(XSSFSheet sh) {
        sh.setFitToPage(true);
        sh.getPrintSetup().setFitWidth((short) 1);
        sh.getPrintSetup().setFitHeight((short) 0);
        sh.getPrintSetup().setLandscape(true);
        sh.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sh.setRepeatingRows(org.apache.poi.ss.util.CellRangeAddress.valueOf("1:1"));
    }

    /** Each value of {@code n} at its path; a table's path once, with a pointer to its sheet. */
    private static void flatten(JsonNode n, String path, List<Object[]> rows) {
        if (PlanWorkbook.TABLES.containsKey(path)) {
            rows.add(new Object[] {path, "→ trang tính “" + PlanWorkbook.TABLES.get(path) + "”"});
            return;
        }
        if (n.isObject() && !n.isEmpty()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                var e = it.next();
                flatten(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), rows);
            }
        } else if (n.isArray() && !n.isEmpty()) {
            for (int i = 0; i < n.size(); i++) flatten(n.get(i), path + "[" + i + "]", rows);
        } else {
            rows.add(new Object[] {path, n});
        }
    }

    private static final Map<String, String> LABELS = new LinkedHashMap<>();
    static {
        LABELS.put("version", "Phiên bản định dạng (không sửa)");
        LABELS.put("plan.title", "Tên loại văn bản");
        LABELS.put("plan.subject", "Trích yếu");
        LABELS.put("plan.number", "Số Kế hoạch");
        LABELS.put("plan.date", "Ngày ban hành");
        LABELS.put("plan.parent", "Cơ quan cấp trên (dòng đầu)");
        LABELS.put("plan.issuer", "Cơ quan ban hành (mã)");
        LABELS.put("plan.place", "Địa danh");
        LABELS.put("plan.preamble", "Lời mở đầu");
        LABELS.put("plan.signature.authority", "Người ký Kế hoạch: quyền hạn ký");
        LABELS.put("plan.signature.title", "Người ký Kế hoạch: chức vụ");
        LABELS.put("plan.signature.name", "Người ký Kế hoạch: họ và tên");
        LABELS.put("plan.recipients[]", "Nơi nhận của Kế hoạch");
        LABELS.put("plan.monitoring_body", "Cơ quan theo dõi (mã)");
        LABELS.put("purposes[]", "Mục đích, yêu cầu");
        LABELS.put("reporting.period", "Kỳ báo cáo");
        LABELS.put("reporting.due_days", "Hạn gửi báo cáo (số ngày sau kỳ)");
        LABELS.put("reporting.term.start", "Kỳ đầu của nhiệm kỳ theo dõi");
        LABELS.put("reporting.term.end", "Kỳ cuối của nhiệm kỳ theo dõi");
        LABELS.put("reporting.document.recipients[]", "Nơi nhận của báo cáo sơ kết, tổng kết");
        LABELS.put("plan.implements.number", "Văn bản được thực hiện: số");
        LABELS.put("plan.implements.date", "Văn bản được thực hiện: ngày");
        LABELS.put("plan.implements.body", "Văn bản được thực hiện: cơ quan ban hành");
        LABELS.put("plan.implements.title", "Văn bản được thực hiện: trích yếu");
        LABELS.put("plan.implements.short", "Văn bản được thực hiện: tên gọi tắt");
        LABELS.put("reporting.cutoff", "Cách chốt số liệu của quý");
        LABELS.put("reporting.term.end_assumed", "Kỳ cuối là giả định (true/false)");
        LABELS.put("reporting.document.issuer", "Báo cáo sơ kết, tổng kết: dòng cơ quan ban hành");
        LABELS.put("reporting.document.number_suffix", "Báo cáo sơ kết, tổng kết: ký hiệu số");
        LABELS.put("reporting.reviews", "Cơ quan ban hành từng loại báo cáo");
        LABELS.put("reporting.scope", "Phạm vi số liệu từ một ngày (sau sáp nhập)");
        LABELS.put("reminders", "Công văn đôn đốc, thông báo");
        LABELS.put("reminders.recipients[]", "Nơi nhận của công văn đôn đốc");
        LABELS.put("reminders.notice_recipients[]", "Nơi nhận của thông báo");
    }

    /** The row's words for a path: its label where one is known (lists by their path without numbers), else nothing. */
    private static String label(String path) {
        String general = path.replaceAll("\\[[0-9]+\\]", "[]");
        for (String p = general; !p.isEmpty(); ) {
            String l = LABELS.get(p);
            if (l != null) return l;
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            if (p.endsWith("[]")) cut = p.length() - 2;
            if (cut <= 0) break;
            p = p.substring(0, cut).endsWith("[") ? p.substring(0, cut - 1) + "[]" : p.substring(0, cut);
            if (LABELS.containsKey(p)) return LABELS.get(p);
        }
        return null;
    }

    /** A table sheet: its header (the lead columns, the item's columns, the extra ones, then "Khác"), frozen. */
    private static XSSFSheet table(XSSFWorkbook wb, Styles st, String name, List<String> lead, List<Column> columns, List<String> extra,
                                   boolean other) {
        XSSFSheet sh = wb.createSheet(name);
        Row head = sh.createRow(0);
        int c = 0;
        for (String h : lead) { cell(head, c, h, st.head); sh.setColumnWidth(c++, 10 * 256); }
        for (Column col : columns) {
            cell(head, c, col.header(), st.head);
            sh.setColumnWidth(c++, (col.key().equals("content") ? 60 : col.key().equals("name") || col.key().equals("title")
                    || col.key().equals("implementing") ? 40 : col.kind() == Kind.LIST ? 28 : col.kind() == Kind.DATE ? 12 : 18) * 256);
        }
        for (String h : extra) { cell(head, c, h, st.head); sh.setColumnWidth(c++, 12 * 256); }
        if (other) { cell(head, c, PlanWorkbook.OTHER, st.head); sh.setColumnWidth(c, 30 * 256); }
        sh.createFreezePane(0, 1);
        print(sh);
        return sh;
    }

    /** One item's row: the lead cells, its columns, the extra values, and what no column holds as JSON in "Khác". */
    private static void row(XSSFSheet sh, Styles st, int r, List<String> lead, List<Column> columns, JsonNode item, List<String> skip,
                            List<Object> extra) {
        Row x = sh.createRow(r);
        int c = 0;
        for (String v : lead) cell(x, c++, v.isEmpty() ? null : v, st.text);
        ObjectNode rest = item.isObject() ? ((ObjectNode) item).deepCopy() : JsonNodeFactory.instance.objectNode();
        for (String k : skip) rest.remove(k);
        for (Column col : columns) {
            JsonNode v = PlanWorkbook.at(item, col.key());
            Object cellValue = PlanWorkbook.cell(col.kind(), v);
            boolean emptyList = v != null && v.isArray() && v.isEmpty() && PlanWorkbook.emptyIsList(col.key()) && columns == PlanWorkbook.TASK_COLUMNS;
            if (emptyList) cellValue = null;
            if (cellValue == PlanWorkbook.NO) {
                cell(x, c++, null, st.text);
                continue;                               // stays in "Khác"
            }
            removeAt(rest, col.key());
            if (cellValue instanceof Long n) {
                x.createCell(c++).setCellValue(n);
            } else {
                cell(x, c++, (String) cellValue, col.kind() == Kind.LIST || col.key().equals("content") || col.key().equals("title")
                        || col.key().equals("name") || col.key().equals("implementing") ? st.wrap : st.text);
            }
        }
        for (Object v : extra) {
            if (v instanceof Long n) x.createCell(c).setCellValue(n);
            c++;
        }
        if (!rest.isEmpty()) cell(x, c, PlanWorkbook.json(rest), st.wrap);
        fit(x);
    }

    /** A row tall enough for its wrapped text (spreadsheet programs do not grow a row a file gives no height). */
    private static void fit(Row x) {
        List<String> values = new ArrayList<>();
        List<Integer> widths = new ArrayList<>();
        for (int c = 0; c < x.getLastCellNum(); c++) {
            Cell cell = x.getCell(c);
            values.add(cell == null || cell.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING ? null : cell.getStringCellValue());
            widths.add(x.getSheet().getColumnWidth(c) / 256);
        }
        float h = XlsxForm.height(values, widths);
        if (h > 17) x.setHeightInPoints(h);
    }

    private static void removeAt(ObjectNode item, String key) {
        int dot = key.indexOf('.');
        if (dot < 0) {
            item.remove(key);
            return;
        }
        JsonNode inner = item.get(key.substring(0, dot));
        if (inner instanceof ObjectNode o) {
            o.remove(key.substring(dot + 1));
            if (o.isEmpty()) item.remove(key.substring(0, dot));
        }
    }

    private static void cell(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellStyle(style);
        if (value != null) c.setCellValue(value);
    }

    private static void list(XSSFSheet sh, List<String> values, int column, int lastRow) {
        validation(sh, sh.getDataValidationHelper().createExplicitListConstraint(values.toArray(String[]::new)), column, lastRow);
    }

    private static void validation(XSSFSheet sh, DataValidationConstraint constraint, int column, int lastRow) {
        DataValidation v = sh.getDataValidationHelper().createValidation(constraint, new CellRangeAddressList(1, lastRow, column, column));
        v.setShowErrorBox(true);
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.setSuppressDropDownArrow(true);
        sh.addValidationData(v);
    }
}
