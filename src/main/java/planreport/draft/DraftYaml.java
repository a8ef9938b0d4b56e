package planreport.draft;

import java.util.List;
import planreport.model.Names;

/**
 * Writes a {@link PlanDraft} as plan.yaml text in the layout of the shipped plan, every value
 * quoted, every guess the draft made marked by a comment beginning "ĐOÁN:" and every value the
 * document does not give by "CẦN ĐIỀN:", so an office can find them with its editor's search.
 */
final class DraftYaml {
    private final StringBuilder y = new StringBuilder();
    private final PlanDraft d;

    private DraftYaml(PlanDraft d) { this.d = d; }

    static String write(PlanDraft d, String source) { return new DraftYaml(d).all(source); }

    private String all(String source) {
        line("# plan.yaml (bản nháp): lập bằng “plan-report plan import” từ " + oneLine(source) + ".");
        line("# Các dòng “ĐOÁN:” là chỗ bản nháp tự suy ra, “CẦN ĐIỀN:” là chỗ văn bản không ghi: hãy xem lại từng chỗ,");
        line("# rồi kiểm tra bằng: plan-report validate --plan <tệp này>. Cách ghi từng khóa: docs/plan-format.md.");
        line("# Draft made by “plan-report plan import”: “ĐOÁN” marks a guess, “CẦN ĐIỀN” a value the document does not give.");
        line("version: 1");
        plan();
        purposes();
        reporting();
        sections();
        duties();
        bodies();
        return y.toString();
    }

    private void plan() {
        line("plan:");
        kv(2, "title", d.title);
        kv(2, "subject", d.subject == null ? "…" : d.subject, d.subject == null ? "CẦN ĐIỀN: trích yếu của Kế hoạch" : null);
        String suffix = "KH/TU";
        if (d.number != null) kv(2, "number", d.number);
        else kv(2, "number", "…-" + suffix, "CẦN ĐIỀN: văn bản không ghi số Kế hoạch");
        if (d.date != null) kv(2, "date", d.date.toString());
        else raw(2, "date", "null", "CẦN ĐIỀN: văn bản không ghi ngày ban hành (YYYY-MM-DD)");
        kv(2, "parent", d.parent == null ? "…" : d.parent, d.parent == null ? "CẦN ĐIỀN: dòng cơ quan cấp trên, chữ in hoa (ĐẢNG BỘ TỈNH …)"
                : d.headerGuesses.contains("parent") ? "ĐOÁN: từ tên cơ quan ban hành ở đầu văn bản" : null);
        if (d.issuer != null) raw(2, "issuer", id(d.issuer), d.headerGuesses.contains("issuer") ? "ĐOÁN: cơ quan chỉ đạo nhiều nhiệm vụ nhất" : null);
        kv(2, "place", d.place == null ? "…" : d.place, d.place == null ? "CẦN ĐIỀN: địa danh ghi ở dòng ngày tháng" : null);
        if (d.implNumber != null) {
            line("  implements:");
            kv(4, "number", d.implNumber);
            if (d.implDate != null) kv(4, "date", d.implDate.toString());
            kv(4, "body", d.implBody);
            kv(4, "title", d.implTitle);
            if (d.shortName != null) kv(4, "short", d.shortName);
        }
        if (d.preamble != null) block(2, "preamble", d.preamble);
        signature(2);
        if (!d.recipients.isEmpty()) {
            line("  recipients:");
            for (String r : d.recipients) line("    - " + q(r));
        }
        if (d.monitoring != null) raw(2, "monitoring_body", id(d.monitoring), "ĐOÁN: cơ quan chủ trì nhiệm vụ theo dõi, đôn đốc ở phần tổ chức thực hiện");
        else line("  # CẦN ĐIỀN: monitoring_body, mã của cơ quan giúp theo dõi, đôn đốc, tổng hợp (thường là Ban Dân vận)");
    }

    private void signature(int indent) {
        String pad = " ".repeat(indent);
        line(pad + "signature:" + (d.sigAuthority == null ? "  # CẦN ĐIỀN: văn bản không có phần ký" : ""));
        kv(indent + 2, "authority", d.sigAuthority == null ? "…" : d.sigAuthority);
        kv(indent + 2, "title", d.sigTitle == null ? "…" : d.sigTitle);
        kv(indent + 2, "name", d.sigName == null ? "…" : d.sigName);
    }

    private void purposes() {
        if (d.purposes.isEmpty()) return;
        line("");
        line("# Phần I “MỤC ĐÍCH, YÊU CẦU”: mỗi đoạn một mục.");
        line("purposes:");
        for (String p : d.purposes) {
            line("  - |-");
            for (String l : p.split("\n")) line(l.isEmpty() ? "" : "    " + l);
        }
    }

    private void reporting() {
        line("");
        line("reporting:");
        line("  period: quarter");
        line("  due_days: 15  # ĐOÁN: báo cáo gửi trong 15 ngày sau khi hết quý");
        line("  cutoff: calendar");
        line("  term:");
        raw(4, "start", q(d.termStart.toString()), d.date != null ? "ĐOÁN: quý ban hành Kế hoạch" : "ĐOÁN: quý có thời hạn sớm nhất");
        raw(4, "end", q(d.termEnd.toString()), "ĐOÁN: Kế hoạch không ghi thời điểm kết thúc; lấy hết nhiệm kỳ đại hội");
        line("    end_assumed: true");
        line("  # ĐOÁN: phần đầu và phần cuối của báo cáo sơ kết, tổng kết lấy như của Kế hoạch; hãy sửa nếu khác.");
        line("  document:");
        kv(4, "parent", d.parent == null ? "…" : d.parent);
        String issuerName = d.issuer == null ? "…" : d.bodies.get(d.issuer).name;
        String upper = issuerName.toUpperCase(java.util.Locale.ROOT);
        if (Names.fold(issuerName).startsWith("ban thuong vu ")) upper = issuerName.substring("Ban Thường vụ ".length()).toUpperCase(java.util.Locale.ROOT);
        kv(4, "issuer", upper);
        String suffix = d.number != null && d.number.contains("KH/") ? "BC/" + d.number.substring(d.number.indexOf("KH/") + 3) : "BC/TU";
        kv(4, "number_suffix", suffix);
        signature(4);
        if (!d.recipients.isEmpty()) {
            line("    recipients:");
            for (String r : d.recipients) line("      - " + q(r));
        }
    }

    private void sections() {
        line("");
        line("# Phần II “NHIỆM VỤ, GIẢI PHÁP”: leads = cơ quan chủ trì, coordinators = cơ quan phối hợp (mã cơ quan, xem bodies).");
        line("sections:");
        for (PlanDraft.Section s : d.sections) {
            if (s.guesses.contains("id")) line("  # ĐOÁN: mục không đánh số trong Kế hoạch; số " + s.id + " do bản nháp đặt");
            line("  - id: " + q(s.id));
            raw(4, "title", q(s.title), s.guesses.contains("title") ? "ĐOÁN: tên mục lấy từ câu đầu của nhiệm vụ đầu tiên" : null);
            line("    tasks:");
            for (PlanDraft.Task t : s.tasks) task(t, 6);
        }
    }

    private void duties() {
        if (d.duties.isEmpty()) return;
        line("");
        line("# Phần III “TỔ CHỨC THỰC HIỆN”: mỗi đoạn một nhiệm vụ được theo dõi như nhiệm vụ của phần II.");
        line("duties:");
        for (PlanDraft.Task t : d.duties) task(t, 2);
    }

    private void task(PlanDraft.Task t, int indent) {
        String pad = " ".repeat(indent);
        if (t.guesses.contains("id")) line(pad + "# ĐOÁN: Kế hoạch không đánh số nhiệm vụ này; số " + t.id + " do bản nháp đặt");
        line(pad + "- id: " + q(t.id));
        String in = pad + "  ";
        raw(indent + 2, "title", q(t.title), t.guesses.contains("title") ? "ĐOÁN: tên ngắn lấy từ vế đầu của nội dung; hãy rút gọn" : null);
        block(indent + 2, "content", String.join("\n\n", t.content));
        raw(indent + 2, "directing", ids(t.directing), t.guesses.contains("directing")
                ? (t.duty ? "ĐOÁN: phần tổ chức thực hiện do cơ quan ban hành Kế hoạch chỉ đạo" : "ĐOÁN: Kế hoạch không ghi cơ quan chỉ đạo; ghi cơ quan ban hành")
                : null);
        if (t.implementing != null && !t.implementing.isBlank()) kv(indent + 2, "implementing", t.implementing);
        raw(indent + 2, "leads", ids(t.leads), t.leads.isEmpty() ? "CẦN ĐIỀN: không xác định được cơ quan chủ trì"
                : t.guesses.contains("all-lead") ? "ĐOÁN: không ghi “chủ trì”: mọi cơ quan được nêu đều chủ trì" : null);
        raw(indent + 2, "coordinators", ids(t.coordinators), t.guesses.contains("later-partners") ? "ĐOÁN: có cơ quan lấy từ “phối hợp … với” ở cuối đoạn" : null);
        raw(indent + 2, "timeframe", q(t.timeframe), t.guesses.contains("timeframe") ? "ĐOÁN: Kế hoạch không ghi thời gian thực hiện" : null);
        for (String g : t.guesses) {
            if (g.startsWith("not-body:")) line(in + "# KIỂM TRA: “" + oneLine(g.substring(9)) + "” không giống tên một cơ quan");
        }
    }

    private void bodies() {
        line("");
        line("# Các cơ quan Kế hoạch nêu tên. aliases: các cách gọi khác gặp trong Kế hoạch (cùng một cơ quan).");
        line("# kind được đoán từ tên; nhóm (group) cần ghi các cơ quan thành viên (members).");
        line("bodies:");
        for (DraftBodies.Body b : d.bodies.all()) {
            line("  - id: " + id(b.id));
            raw(4, "name", q(b.name), b.expandedName ? "ĐOÁN: tên đầy đủ viết ra từ tên viết tắt" : null);
            if (!b.aliases.isEmpty()) {
                StringBuilder a = new StringBuilder("[");
                for (String s : b.aliases) a.append(a.length() > 1 ? ", " : "").append(q(s));
                line("    aliases: " + a.append("]"));
            }
            raw(4, "kind", b.kind, "ĐOÁN: từ tên");
            if (b.group()) line("    members: []  # CẦN ĐIỀN: mã các cơ quan thành viên của nhóm");
        }
    }

    // ---- YAML ----

    private void line(String s) { y.append(s).append('\n'); }

    private void kv(int indent, String key, String value) { kv(indent, key, value, null); }

    private void kv(int indent, String key, String value, String comment) { raw(indent, key, q(value), comment); }

    private void raw(int indent, String key, String value, String comment) {
        line(" ".repeat(indent) + key + ": " + value + (comment == null ? "" : "  # " + comment));
    }

    private void block(int indent, String key, String text) {
        line(" ".repeat(indent) + key + ": |-");
        String pad = " ".repeat(indent + 2);
        for (String l : text.strip().split("\n")) line(l.isBlank() ? "" : pad + l.strip());
    }

    private static String ids(List<String> ids) {
        StringBuilder b = new StringBuilder("[");
        for (String i : ids) b.append(b.length() > 1 ? ", " : "").append(id(i));
        return b.append("]").toString();
    }

    private static String id(String id) { return id.matches("[a-z][a-z0-9-]*") ? id : q(id); }

    /** A double-quoted YAML scalar. */
    static String q(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) b.append(String.format("\\x%02X", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }

    private static String oneLine(String s) { return s.replaceAll("[\\r\\n]+", " "); }
}
