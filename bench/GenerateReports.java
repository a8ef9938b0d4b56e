import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a benchmark report set that is valid against the plan it writes next to it, so that a
 * validate run over it measures the happy path. Single file, no dependencies, deterministic for a
 * given seed: {@code java bench/GenerateReports.java --rows N --seed S --out DIR}.
 *
 * <p>The seed plan (plan.yaml) has only a few thousand unit/task/period keys, so DIR/plan.yaml is a
 * scaled copy: the seed's sections, duties and bodies, plus a country's trade unions (provinces ×
 * units: a provincial federation, district-level unions and grassroots unions, ids like
 * {@code u-p12-0345}) as members of the "Liên đoàn Lao động các cấp" group, and a term long enough
 * for N distinct keys. Rows go period by period, so all periods but the last are complete; DIR/as-of
 * holds the --as-of date that makes the run free of missing-report warnings (the due date of the
 * last period, which is therefore not yet judged).
 *
 * <p>Options: --rows N (rows to write), --seed S, --out DIR, --plan FILE (the seed plan; default
 * plan.yaml), --provinces P (default 34), --units U (generated units in all; default: enough for N),
 * --period YYYY-Qn (only that period: a province's quarter), --files F (split into F files).
 */
public final class GenerateReports {
    static final String[] PROVINCES = {"Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh",
            "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng", "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh",
            "Hưng Yên", "Hải Phòng", "Ninh Bình", "Quảng Trị", "Đà Nẵng", "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng",
            "Đắk Lắk", "Hồ Chí Minh", "Đồng Nai", "Tây Ninh", "Cần Thơ", "Vĩnh Long", "Đồng Tháp", "Cà Mau", "An Giang"};
    static final Set<String> CITIES = Set.of("Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ");
    static final String[] EMPLOYERS = {"Công ty TNHH May", "Công ty cổ phần Dệt", "Công ty TNHH Điện tử", "Công ty cổ phần Thủy sản",
            "Công ty TNHH Giày da", "Công ty cổ phần Xây dựng", "Công ty TNHH Chế biến gỗ", "Trường Trung học phổ thông",
            "Bệnh viện đa khoa khu vực", "Ủy ban nhân dân xã", "Công ty cổ phần Cơ khí", "Hợp tác xã Nông nghiệp",
            "Công ty TNHH Thực phẩm", "Công ty cổ phần Vận tải", "Trường Tiểu học", "Chi cục Thuế khu vực"};
    static final String GROUP = "ldld-cac-cap";
    static final int FIRST_YEAR = 2021;

    record Task(String id, List<String> leads, List<String> coordinators, String timeframe) {}

    record Unit(String id, String name) {}

    /** Start period ordinal and, for deadline tasks, the due date. */
    record Span(int start, LocalDate due) {}

    public static void main(String[] args) throws IOException {
        Map<String, String> opt = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) usage("unexpected " + args[i]);
            opt.put(args[i].substring(2), args[i + 1]);
        }
        if (args.length % 2 != 0) usage("missing value for " + args[args.length - 1]);
        for (String k : opt.keySet()) {
            if (!Set.of("rows", "seed", "out", "plan", "provinces", "units", "period", "files").contains(k)) usage("unknown option --" + k);
        }
        if (!opt.containsKey("rows") || !opt.containsKey("out")) usage("--rows and --out are required");
        long rows = Long.parseLong(opt.get("rows"));
        long seed = Long.parseLong(opt.getOrDefault("seed", "1"));
        Path out = Path.of(opt.get("out"));
        Path planFile = Path.of(opt.getOrDefault("plan", "plan.yaml"));
        int provinces = Integer.parseInt(opt.getOrDefault("provinces", "34"));
        int files = Integer.parseInt(opt.getOrDefault("files", "1"));
        Integer onlyPeriod = opt.containsKey("period") ? parsePeriod(opt.get("period")) : null;
        if (provinces < 1 || provinces > PROVINCES.length) usage("--provinces must be 1 to " + PROVINCES.length);
        new GenerateReports(seed).run(rows, out, planFile, provinces, opt.containsKey("units") ? Integer.parseInt(opt.get("units")) : -1,
                onlyPeriod, files);
    }

    static void usage(String why) {
        System.err.println("GenerateReports: " + why);
        System.err.println("usage: java bench/GenerateReports.java --rows N --out DIR [--seed S] [--plan plan.yaml] [--provinces P] [--units U] [--period 2022-Q2] [--files F]");
        System.exit(2);
    }

    private final SplittableRandom rnd;

    GenerateReports(long seed) { this.rnd = new SplittableRandom(seed); }

    // ---- the seed plan, read line by line (its layout is regular; no YAML library, no dependencies)

    final List<String> lines = new ArrayList<>();
    final Map<String, Task> tasks = new LinkedHashMap<>();
    final Map<String, String> names = new LinkedHashMap<>();
    final Map<String, List<String>> members = new LinkedHashMap<>();
    /** Bodies that exist for part of the term only (from/until in plan.yaml): they write no generated rows. */
    final Set<String> dated = new LinkedHashSet<>();
    int termStart;

    void readSeed(Path plan) throws IOException {
        lines.addAll(Files.readAllLines(plan, StandardCharsets.UTF_8));
        Pattern id = Pattern.compile("^\\s*- id: \"?([^\"]+)\"?\\s*$");
        String section = "";
        String current = null, bodyId = null;
        List<String> leads = null, coords = null;
        for (String l : lines) {
            if (l.matches("^[a-z_]+:.*")) section = l.substring(0, l.indexOf(':'));
            Matcher m = id.matcher(l);
            if (section.equals("sections") || section.equals("duties")) {
                if (m.matches() && l.startsWith(section.equals("duties") ? "  - id:" : "      - id:")) {
                    current = m.group(1);
                } else if (current != null && l.trim().startsWith("leads:")) {
                    leads = list(l);
                } else if (current != null && l.trim().startsWith("coordinators:")) {
                    coords = list(l);
                } else if (current != null && l.trim().startsWith("timeframe:")) {
                    tasks.put(current, new Task(current, leads, coords, unquote(l.substring(l.indexOf(':') + 1))));
                    current = null;
                }
            } else if (section.equals("bodies")) {
                if (m.matches()) bodyId = m.group(1);
                else if (bodyId != null && l.trim().startsWith("name:")) names.put(bodyId, unquote(l.substring(l.indexOf(':') + 1)));
                else if (bodyId != null && l.trim().startsWith("members:")) members.put(bodyId, list(l));
                else if (bodyId != null && (l.trim().startsWith("from:") || l.trim().startsWith("until:"))) dated.add(bodyId);
            } else if (section.equals("reporting") && l.trim().startsWith("start:")) {
                termStart = parsePeriod(unquote(l.substring(l.indexOf(':') + 1)));
            }
        }
        if (tasks.isEmpty() || names.isEmpty() || termStart == 0) throw new IllegalStateException("cannot read the seed plan " + plan);
    }

    static List<String> list(String line) {
        String s = line.substring(line.indexOf('[') + 1, line.lastIndexOf(']')).trim();
        List<String> out = new ArrayList<>();
        if (!s.isEmpty()) for (String p : s.split(",")) out.add(p.trim());
        return out;
    }

    static String unquote(String s) {
        s = s.trim();
        return s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    static int parsePeriod(String s) {
        Matcher m = Pattern.compile("(\\d{4})-Q([1-4])").matcher(s.trim());
        if (!m.matches()) throw new IllegalArgumentException("not a period: " + s);
        return Integer.parseInt(m.group(1)) * 4 + Integer.parseInt(m.group(2)) - 1;
    }

    static String period(int ordinal) { return (ordinal / 4) + "-Q" + (ordinal % 4 + 1); }

    static final String[] ROMAN = {"I", "II", "III", "IV"};

    static LocalDate start(int ordinal) { return LocalDate.of(ordinal / 4, ordinal % 4 * 3 + 1, 1); }

    static LocalDate end(int ordinal) { return start(ordinal).plusMonths(3).minusDays(1); }

    /** The forms of timeframe the seed plan uses; anything else counts as ongoing from the term start. */
    Span span(String tf) {
        String t = tf.toLowerCase(java.util.Locale.ROOT);
        Matcher m = Pattern.compile("trong quý (i{1,3}|iv)/(\\d{4})").matcher(t);
        if (m.find()) {
            int p = Integer.parseInt(m.group(2)) * 4 + roman(m.group(1)) - 1;
            return new Span(p, end(p));
        }
        m = Pattern.compile("từ quý (i{1,3}|iv)/(\\d{4})").matcher(t);
        if (m.find()) return new Span(Math.max(termStart, Integer.parseInt(m.group(2)) * 4 + roman(m.group(1)) - 1), null);
        m = Pattern.compile("^năm (\\d{4})").matcher(t);
        if (m.find()) return new Span(Math.max(termStart, Integer.parseInt(m.group(1)) * 4), null);
        return new Span(termStart, null);
    }

    static int roman(String r) {
        for (int i = 0; i < 4; i++) if (ROMAN[i].equalsIgnoreCase(r)) return i + 1;
        throw new IllegalArgumentException(r);
    }

    Set<String> leaves(String id, Set<String> seen) {
        Set<String> out = new LinkedHashSet<>();
        if (!seen.add(id)) return out;
        List<String> ms = members.get(id);
        if (ms == null) out.add(id);
        else for (String m : ms) out.addAll(leaves(m, seen));
        return out;
    }

    // ---- generation

    void run(long rows, Path out, Path planFile, int provinces, int unitsWanted, Integer onlyPeriod, int files) throws IOException {
        readSeed(planFile);
        // responsibilities of the seed's units
        Map<String, List<String>> unitTasks = new LinkedHashMap<>();
        Map<String, Span> spans = new LinkedHashMap<>();
        int groupTasks = 0;
        for (Task t : tasks.values()) {
            spans.put(t.id, span(t.timeframe));
            Set<String> resp = new LinkedHashSet<>();
            for (String b : t.leads) resp.addAll(leaves(b, new LinkedHashSet<>()));
            for (String b : t.coordinators) resp.addAll(leaves(b, new LinkedHashSet<>()));
            // a body that ceases or starts during the term (the 2025 reorganisation) would have to stop or
            // start at its dates; the generated set keeps to the bodies that exist throughout
            resp.removeAll(dated);
            for (String u : resp) unitTasks.computeIfAbsent(u, x -> new ArrayList<>()).add(t.id);
            if (t.leads.contains(GROUP) || t.coordinators.contains(GROUP)) groupTasks++;
        }
        List<String> newUnitTasks = new ArrayList<>();
        for (Task t : tasks.values()) if (t.leads.contains(GROUP) || t.coordinators.contains(GROUP)) newUnitTasks.add(t.id);
        if (groupTasks == 0) throw new IllegalStateException("no task names the group " + GROUP);

        // size: a term long enough, and enough generated units, for `rows` distinct keys
        int seedKeysPerPeriod = 0;
        for (List<String> l : unitTasks.values()) seedKeysPerPeriod += l.size();
        int termEnd;
        int perProvince;
        if (onlyPeriod != null) {
            termEnd = Math.max(termStart + 16, onlyPeriod);
            int units = unitsWanted >= 0 ? unitsWanted : (int) Math.max(0, (rows - seedKeysPerPeriod + groupTasks - 1) / groupTasks);
            perProvince = (units + provinces - 1) / provinces;
        } else {
            // up to 300 units a province; a longer term (at least the seed's 17 quarters) before more units
            long cap = seedKeysPerPeriod + 300L * provinces * groupTasks;
            int periods = (int) Math.max(17, (rows + cap - 1) / cap + 1);
            long perPeriod = (rows + periods - 2) / (periods - 1);
            int units = unitsWanted >= 0 ? unitsWanted : (int) Math.max(0, (perPeriod - seedKeysPerPeriod + groupTasks - 1) / groupTasks);
            perProvince = (units + provinces - 1) / provinces;
            termEnd = termStart + periods - 1;
        }
        if (perProvince > 9999) throw new IllegalArgumentException("more than 9999 units a province; use a longer term or fewer rows");

        List<Unit> generated = new ArrayList<>();
        List<String> provinceGroups = new ArrayList<>();
        for (int p = 0; p < provinces; p++) {
            String prov = PROVINCES[p];
            String kind = CITIES.contains(prov) ? "thành phố " : "tỉnh ";
            provinceGroups.add(String.format("cd-p%02d", p + 1));
            for (int u = 0; u < perProvince; u++) {
                String id = String.format("u-p%02d-%04d", p + 1, u);
                String name;
                if (u == 0) name = "Liên đoàn Lao động " + kind + prov + " (cơ quan thường trực)";
                else if (u <= Math.max(1, perProvince / 20)) name = "Công đoàn khu vực số " + u + ", " + kind + prov;
                else name = "Công đoàn cơ sở " + EMPLOYERS[u % EMPLOYERS.length] + " số " + u + ", " + kind + prov;
                generated.add(new Unit(id, name));
            }
        }
        Files.createDirectories(out);
        writePlan(out.resolve("plan.yaml"), termEnd, provinces, perProvince, generated, provinceGroups);

        // the reporting units in plan order, each with its tasks
        List<Unit> units = new ArrayList<>();
        List<List<String>> tasksOf = new ArrayList<>();
        for (var e : unitTasks.entrySet()) {
            units.add(new Unit(e.getKey(), names.getOrDefault(e.getKey(), e.getKey())));
            tasksOf.add(e.getValue());
        }
        for (Unit u : generated) { units.add(u); tasksOf.add(newUnitTasks); }

        int from = onlyPeriod != null ? onlyPeriod : termStart;
        int to = onlyPeriod != null ? onlyPeriod : termEnd;
        long total = 0;
        for (int p = from; p <= to; p++) for (List<String> ts : tasksOf) for (String t : ts) if (p >= spans.get(t).start) total++;
        long n = Math.min(rows, total);
        long perFile = (n + files - 1) / files;
        String header = "unit,period,task,status,progress,completed_on,submitted_on,result,difficulties,proposals,new_members,new_unions\n";
        long written = 0;
        int fileNo = 0;
        Writer w = null;
        int lastPeriod = from;
        StringBuilder b = new StringBuilder(2048);
        outer:
        for (int p = from; p <= to; p++) {
            for (int i = 0; i < units.size(); i++) {
                for (String t : tasksOf.get(i)) {
                    Span s = spans.get(t);
                    if (p < s.start) continue;
                    if (written == n) break outer;
                    if (written % perFile == 0) {
                        if (w != null) w.close();
                        fileNo++;
                        String name = files == 1 ? "reports.csv" : String.format("reports-%03d.csv", fileNo);
                        w = new BufferedWriter(Files.newBufferedWriter(out.resolve(name), StandardCharsets.UTF_8), 1 << 16);
                        w.write(header);
                    }
                    b.setLength(0);
                    row(b, units.get(i), t, s, p);
                    w.write(b.toString());
                    written++;
                    lastPeriod = p;
                }
            }
        }
        if (w != null) w.close();
        LocalDate asOf = end(lastPeriod).plusDays(15);
        Files.writeString(out.resolve("as-of"), asOf + "\n");
        System.out.println("wrote " + written + " rows in " + fileNo + " file(s) to " + out + " for " + units.size() + " reporting units, "
                + (to - from + 1) + " period(s) " + period(from) + ".." + period(to) + " (plan term " + period(termStart) + ".." + period(termEnd)
                + "); validate with --as-of " + asOf);
    }

    void writePlan(Path file, int termEnd, int provinces, int perProvince, List<Unit> generated, List<String> groups) throws IOException {
        StringBuilder b = new StringBuilder(1 << 20);
        b.append("# Scaled benchmark plan written by bench/GenerateReports.java from the seed plan: the seed's tasks\n")
                .append("# and bodies, plus ").append(provinces).append(" provinces × ").append(perProvince)
                .append(" trade unions as members of ").append(GROUP).append(", and a longer term.\n");
        String section = "";
        String body = null;
        for (String l : lines) {
            if (l.matches("^[a-z_]+:.*")) section = l.substring(0, l.indexOf(':'));
            if (section.equals("indicators") && !generated.isEmpty()) {
                appendBodies(b, provinces, perProvince, generated, groups);
                generated = List.of();
            }
            if (section.equals("reporting") && l.trim().startsWith("end:")) {
                b.append(l, 0, l.indexOf("end:")).append("end: \"").append(period(termEnd)).append("\"\n");
                continue;
            }
            if (section.equals("bodies")) {
                Matcher m = Pattern.compile("^\\s*- id: \"?([^\"]+)\"?\\s*$").matcher(l);
                if (m.matches()) body = m.group(1);
                if (GROUP.equals(body) && l.trim().startsWith("members:") && !groups.isEmpty()) {
                    b.append(l, 0, l.lastIndexOf(']')).append(", ").append(String.join(", ", groups)).append("]\n");
                    continue;
                }
            }
            b.append(l).append('\n');
        }
        if (!generated.isEmpty()) appendBodies(b, provinces, perProvince, generated, groups);
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    }

    static void appendBodies(StringBuilder b, int provinces, int perProvince, List<Unit> generated, List<String> groups) {
        if (perProvince == 0) return;
        b.append("  # generated: each province's trade unions (federation, district-level unions, grassroots unions)\n");
        for (int p = 0; p < provinces; p++) {
            String prov = PROVINCES[p];
            b.append("  - id: ").append(groups.get(p)).append('\n')
                    .append("    name: \"Công đoàn các cấp ").append(CITIES.contains(prov) ? "thành phố " : "tỉnh ").append(prov).append("\"\n")
                    .append("    kind: group\n    members: [");
            for (int u = 0; u < perProvince; u++) {
                if (u > 0) b.append(", ");
                b.append(generated.get(p * perProvince + u).id);
            }
            b.append("]\n");
        }
        for (Unit u : generated) {
            b.append("  - id: ").append(u.id).append("\n    name: \"").append(u.name).append("\"\n    kind: labour-federation\n");
        }
        b.append('\n');
    }

    // ---- one row

    static final String[] OPENINGS = {
            "Trong quý, đơn vị đã tổ chức", "Đã phối hợp với chuyên môn tổ chức", "Ban Thường vụ đã chỉ đạo tổ chức",
            "Tiếp tục triển khai", "Đơn vị chủ động tổ chức", "Thực hiện Kế hoạch, đã tổ chức"};
    static final String[] ACTIVITIES = {
            "hội nghị quán triệt Nghị quyết 02-NQ/TW cho cán bộ công đoàn", "buổi đối thoại định kỳ giữa người sử dụng lao động và người lao động",
            "lớp tập huấn kỹ năng thương lượng tập thể", "đợt tuyên truyền pháp luật lao động tại khu công nghiệp",
            "chương trình \"Tết Sum vầy\" cho đoàn viên có hoàn cảnh khó khăn", "hội thi \"Nữ công nhân giỏi việc nước, đảm việc nhà\"",
            "đợt khảo sát tình hình tư tưởng, việc làm, thu nhập của người lao động", "cuộc vận động phát triển đoàn viên tại doanh nghiệp ngoài nhà nước",
            "chương trình \"Mái ấm Công đoàn\", trao 3 nhà cho đoàn viên", "kiểm tra việc thực hiện chế độ, chính sách đối với người lao động"};
    static final String[] RESULTS = {
            "thu hút %d lượt đoàn viên, người lao động tham gia", "kết nạp mới %d đoàn viên", "thành lập %d công đoàn cơ sở",
            "ký kết %d thỏa ước lao động tập thể", "hỗ trợ %d đoàn viên với tổng số tiền %d triệu đồng", "giải quyết %d kiến nghị của người lao động"};
    static final String[] DIFFICULTIES = {
            "Một số doanh nghiệp chưa tạo điều kiện cho người lao động tham gia hoạt động công đoàn",
            "Kinh phí hoạt động còn hạn chế, nhất là ở công đoàn cơ sở khu vực ngoài nhà nước",
            "Người lao động làm việc theo ca, khó bố trí thời gian sinh hoạt",
            "Cán bộ công đoàn cơ sở chủ yếu kiêm nhiệm, thường xuyên thay đổi",
            "Tình trạng nợ đóng bảo hiểm xã hội, kinh phí công đoàn vẫn còn xảy ra"};
    static final String[] PROPOSALS = {
            "Đề nghị Liên đoàn Lao động tỉnh tăng cường tập huấn nghiệp vụ cho cán bộ công đoàn cơ sở",
            "Kiến nghị cơ quan chức năng tăng cường thanh tra, kiểm tra việc chấp hành pháp luật lao động",
            "Đề nghị hỗ trợ kinh phí tổ chức các hoạt động văn hóa, thể thao cho công nhân",
            "Đề nghị cấp ủy chỉ đạo chính quyền phối hợp chặt chẽ hơn với tổ chức công đoàn"};

    /** The task whose measures the indicator columns are (plan.yaml: new_members, new_unions). */
    static final String MEASURES_TASK = "2.2";
    private Set<String> measureReporters;

    /** The units asked for the indicator columns: the leads of {@link #MEASURES_TASK}, as validate expands them. */
    Set<String> measureReporters() {
        if (measureReporters == null) {
            measureReporters = new LinkedHashSet<>();
            for (String b : tasks.get(MEASURES_TASK).leads) measureReporters.addAll(leaves(b, new LinkedHashSet<>()));
        }
        return measureReporters;
    }

    void row(StringBuilder b, Unit unit, String task, Span span, int p) {
        // unit: mostly the name, some by id
        cell(b, rnd.nextInt(5) == 0 ? unit.id : unit.name);
        b.append(',');
        b.append(rnd.nextInt(4) == 0 ? "Quý " + ROMAN[p % 4] + "/" + (p / 4) : period(p)).append(',');
        b.append(task).append(',');
        LocalDate end = end(p);
        LocalDate submitted = end.plusDays(1 + rnd.nextInt(15));
        boolean deadline = span.due != null;
        String status, progress, completed;
        if (deadline && !end.isBefore(span.due)) {
            status = rnd.nextInt(3) == 0 ? "Hoàn thành" : "done";
            progress = "100";
            LocalDate c = span.due.minusDays(rnd.nextInt(20));
            completed = date(c);
        } else if (deadline) {
            status = "in_progress";
            progress = Integer.toString(20 + rnd.nextInt(70));
            completed = "";
        } else {
            int k = rnd.nextInt(10);
            status = k == 0 ? "Đang thực hiện" : "in_progress";
            progress = Integer.toString(5 + rnd.nextInt(91));
            completed = "";
        }
        b.append(status).append(',').append(progress).append(',').append(completed).append(',').append(date(submitted)).append(',');
        // narrative: 150–450 characters over result, difficulties and proposals
        int target = 150 + rnd.nextInt(301) * rnd.nextInt(301) / 300; // 150–450, mostly short: ~400 bytes a row
        String diff = DIFFICULTIES[rnd.nextInt(DIFFICULTIES.length)] + ".";
        String prop = PROPOSALS[rnd.nextInt(PROPOSALS.length)] + ".";
        if (target < 260) {
            if (rnd.nextBoolean()) diff = ""; else prop = "";
        }
        int budget = target - diff.length() - prop.length();
        StringBuilder r = new StringBuilder(512);
        while (r.length() < budget) {
            if (r.length() > 0) r.append(rnd.nextInt(4) == 0 ? "\n- " : "; ");
            r.append(OPENINGS[rnd.nextInt(OPENINGS.length)]).append(' ').append(ACTIVITIES[rnd.nextInt(ACTIVITIES.length)]).append(", ")
                    .append(String.format(RESULTS[rnd.nextInt(RESULTS.length)], 1 + rnd.nextInt(400), 5 + rnd.nextInt(200)));
        }
        int cut = r.lastIndexOf(" ", Math.max(1, budget - 1));
        String result = r.substring(0, cut > 20 ? cut : Math.min(r.length(), Math.max(1, budget - 1))) + ".";
        cell(b, result);
        b.append(',');
        cell(b, diff);
        b.append(',');
        cell(b, prop);
        b.append(',');
        // indicators: drawn as before on the rows about members and unions, written only where the plan asks
        // for them (new_members and new_unions are task 2.2's measures, reported by its leads), so the set
        // stays free of measure-not-asked warnings
        if (task.equals("2.2") || task.equals("5") || rnd.nextInt(3) == 0) {
            int members = rnd.nextInt(1500);
            boolean dotted = members >= 1000 && rnd.nextBoolean();
            int unions = rnd.nextInt(12);
            if (measureReporters().contains(unit.id) && task.equals(MEASURES_TASK)) {
                b.append(dotted ? "\"" + (members / 1000) + "." + String.format("%03d", members % 1000) + "\"" : Integer.toString(members));
                b.append(',').append(unions);
            } else {
                b.append(',');
            }
        } else {
            b.append(',');
        }
        b.append('\n');
    }

    String date(LocalDate d) {
        return rnd.nextInt(3) == 0 ? String.format("%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear()) : d.toString();
    }

    /** RFC 4180: quoted when it holds a comma, quote or line break; quotes doubled. */
    static void cell(StringBuilder b, String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) { b.append(s); return; }
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') b.append('"');
            b.append(c);
        }
        b.append('"');
    }
}
