package planreport.draft;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import planreport.check.Code;
import planreport.check.Diagnostic;
import planreport.check.Diagnostics;
import planreport.io.PlanDocument.Block;
import planreport.model.Names;
import planreport.model.Period;
import planreport.model.Timeframe;

/**
 * A draft plan read from a Kế hoạch in the common structure: the header (number, date, place,
 * subject, the document it carries out), section I's purposes, section II's sections and tasks
 * (numbered "1.", "1.1.", "a)", "-", bold headings or a table of tasks) with each task's
 * "Cơ quan chỉ đạo", "Cơ quan thực hiện" (or "Đơn vị chủ trì" / "phối hợp") and "Thời gian thực
 * hiện", section III's duties with the bodies each names, the signature and the recipients. What it
 * cannot map is a {@code plan-import} diagnostic naming the place in the document; every guess it
 * makes is written down ({@link Task#guesses}) for the YAML's comments.
 */
public final class PlanDraft {
    // ---- the draft ----
    String title = "KẾ HOẠCH", subject, number, place, parent, preamble, shortName;
    LocalDate date;
    String implNumber, implBody, implTitle;
    LocalDate implDate;
    String sigAuthority, sigTitle, sigName;
    final List<String> recipients = new ArrayList<>();
    final List<String> purposes = new ArrayList<>();
    final List<Section> sections = new ArrayList<>();
    final List<Task> duties = new ArrayList<>();
    final DraftBodies bodies = new DraftBodies();
    String issuer, monitoring;
    final List<String> headerGuesses = new ArrayList<>();
    Period termStart, termEnd;

    static final class Section {
        final String id;
        String title;
        final boolean numbered;
        final List<Task> tasks = new ArrayList<>();
        final List<String> pending = new ArrayList<>();
        final List<String> guesses = new ArrayList<>();
        int place;
        /** Whether the section's heading was itself the text of its one task (a numbered paragraph, not a heading). */
        boolean headingIsText;

        Section(String id, String title, boolean numbered, int place) {
            this.id = id;
            this.title = title;
            this.numbered = numbered;
            this.place = place;
        }
    }

    static final class Task {
        final String id;
        String title;
        final List<String> content = new ArrayList<>();
        final List<String> directing = new ArrayList<>();
        final List<String> leads = new ArrayList<>();
        final List<String> coordinators = new ArrayList<>();
        String implementing, timeframe;
        /** The plan's "chủ trì" and "phối hợp" lines, when it gives them apart: the implementing line is made of them. */
        String leadText, coordText;
        final boolean duty;
        boolean fieldsSeen;
        final int place;
        final List<String> guesses = new ArrayList<>();

        Task(String id, boolean duty, int place) {
            this.id = id;
            this.duty = duty;
            this.place = place;
        }
    }

    private final String file;
    private final Diagnostics out;

    private PlanDraft(String file, Diagnostics out) {
        this.file = file;
        this.out = out;
    }

    /** The draft of the blocks of a document named {@code file}; its problems added to {@code out}. Null when no task was found. */
    public static PlanDraft of(List<Block> blocks, String file, Diagnostics out) {
        PlanDraft d = new PlanDraft(file, out);
        d.read(join(blocks));
        if (d.sections.isEmpty() && d.duties.isEmpty()) {
            out.add(Diagnostic.of(Code.INPUT, "document-no-tasks").in(file));
            return null;
        }
        d.finish();
        return d;
    }

    /** The YAML text of the draft; {@code source}: the document's name, for its first comment. */
    public String yaml(String source) { return DraftYaml.write(this, source); }

    // ---- reading ----

    private enum Zone { HEADER, PURPOSES, TASKS, DUTIES, OTHER, END }

    private static final Pattern ROMAN = Pattern.compile("^(X|IX|VIII|VII|VI|V|IV|III|II|I)\\s*[.:)\\-–]\\s*(\\S.*)$");
    private static final Pattern SUB = Pattern.compile("^(\\d{1,2})\\.(\\d{1,2})\\.?\\s+(\\S.*)$");
    private static final Pattern NUM = Pattern.compile("^(\\d{1,2})\\s*[.)]\\s+(\\S.*)$");
    private static final Pattern LETTER = Pattern.compile("^([a-zđ])\\)\\s+(\\S.*)$");
    private static final Pattern BULLET = Pattern.compile("^[-–•+]\\s+(\\S.*)$");
    private static final Pattern NUMBER = Pattern.compile("(?i)^số\\s*:?\\s*(\\S.*?-KH/\\S+)\\s*$");
    private static final Pattern DATE_LINE = Pattern.compile("^(.*?),?\\s*ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})\\s*$");
    private static final Pattern AUTHORITY = Pattern.compile("^(T/M|TM\\.?|K/T|KT\\.?|T/L|TL\\.?)\\s+\\S.*");
    private static final Pattern IMPLEMENTS = Pattern.compile(
            "(Nghị quyết|Chỉ thị|Kết luận|Quy định|Nghị định|Quyết định|Chương trình|Kế hoạch|Thông báo|Luật)\\s+số\\s+(\\S+?)\\s+ngày\\s+(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4})\\s+của\\s+(.+?)\\s+(về\\s+.+)$");
    private static final Pattern SHORT = Pattern.compile("\\((?:sau đây )?(?:viết|gọi) tắt là ([^)]+)\\)");
    private static final Pattern ISSUED_BY = Pattern.compile("(?:^|,\\s*)([^,]+?)\\s+ban hành Kế hoạch");

    private Zone zone = Zone.HEADER;
    private Section section;
    private Task task;
    /** The columns of the table of tasks being read, or null. */
    private int[] columns;
    private boolean titleSeen, signatureTitleDone;

    /** Paragraphs a page break cut in two ("… với các cơ quan" / "chức năng …") joined back. */
    private static List<Block> join(List<Block> blocks) {
        List<Block> joined = new ArrayList<>();
        for (Block b : blocks) {
            if (!joined.isEmpty() && !b.row()) {
                Block prev = joined.get(joined.size() - 1);
                if (!prev.row() && !prev.bold() && !b.bold() && continues(prev.text(), b.text())) {
                    joined.set(joined.size() - 1, new Block(prev.text() + " " + b.text(), false, null, prev.place()));
                    continue;
                }
            }
            joined.add(b);
        }
        return joined;
    }

    private static boolean continues(String prev, String next) {
        if (prev.isEmpty() || next.isEmpty()) return false;
        char last = prev.charAt(prev.length() - 1);
        if (".:;!?…”\"')".indexOf(last) >= 0) return false;
        if (SUB.matcher(next).matches() || NUM.matcher(next).matches() || LETTER.matcher(next).matches() || BULLET.matcher(next).matches()
                || Field.of(next) != null) return false;
        int cp = next.codePointAt(0);
        return Character.isLowerCase(cp) && prev.split("\\s+").length > 15;
    }

    private void read(List<Block> blocks) {
        for (Block b : blocks) {
            if (b.row()) {
                if (zone == Zone.HEADER) {
                    for (String c : b.cells()) header(new Block(c, false, null, b.place()));
                } else if (zone == Zone.TASKS || zone == Zone.DUTIES) {
                    row(b);
                } else if (zone == Zone.END) {
                    for (String c : b.cells()) end(new Block(c, false, null, b.place()));
                }
                continue;
            }
            columns = null;
            String t = b.text();
            if (Names.fold(t).startsWith("noi nhan")) {
                close();
                zone = Zone.END;
                continue;
            }
            Matcher r = ROMAN.matcher(t);
            if (r.matches() && zone != Zone.END && heading(t, b)) {
                close();
                String f = Names.fold(r.group(2));
                if (f.contains("muc dich") || f.contains("yeu cau") && !f.contains("nhiem vu")) zone = Zone.PURPOSES;
                else if (f.contains("to chuc thuc hien")) zone = Zone.DUTIES;
                else if (f.contains("nhiem vu") || f.contains("giai phap") || f.contains("noi dung")) zone = Zone.TASKS;
                else zone = Zone.OTHER;
                continue;
            }
            if (AUTHORITY.matcher(t).matches() && zone != Zone.HEADER) {
                close();
                zone = Zone.END;
                end(b);
                continue;
            }
            switch (zone) {
                case HEADER -> header(b);
                case PURPOSES -> purpose(b);
                case TASKS -> taskBlock(b);
                case DUTIES -> dutyBlock(b);
                case END -> end(b);
                case OTHER -> { }
            }
        }
        close();
    }

    /** A Roman-numbered line is a heading when short, bold, or in capitals (not "I. Quán triệt … ." inside a list). */
    private static boolean heading(String t, Block b) {
        if (b.bold()) return true;
        String rest = t.replaceFirst("^[IVX]+\\s*[.:)\\-–]\\s*", "");
        return rest.equals(rest.toUpperCase(Locale.ROOT)) || rest.split("\\s+").length <= 12;
    }

    // ---- header ----

    private void header(Block b) {
        String t = b.text();
        Matcher m;
        if ((m = NUMBER.matcher(t)).matches()) {
            number = m.group(1).replaceAll("\\s+", "");
            return;
        }
        if ((m = DATE_LINE.matcher(t)).matches() && m.group(1).length() < 40) {
            try {
                date = LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)));
                if (!m.group(1).isBlank()) place = m.group(1).strip();
            } catch (java.time.DateTimeException e) {
                out.add(about("no-date", b).value(t));
            }
            return;
        }
        String f = Names.fold(t);
        if (t.equals(t.toUpperCase(Locale.ROOT)) && !titleSeen) {
            if (f.equals("ke hoach")) {
                titleSeen = true;
                return;
            }
            if (f.startsWith("dang bo ")) parent = t;
            else if (f.matches("^(tinh|thanh|huyen) uy .+") && parent == null) {
                parent = "ĐẢNG BỘ " + t.replaceFirst("(?i)^(TỈNH|THÀNH|HUYỆN) ỦY", "$1");
                headerGuesses.add("parent");
            }
            return;
        }
        if (!titleSeen) return;
        if (subject == null) {
            subject = t.replaceAll("[.]$", "");
            Matcher im = IMPLEMENTS.matcher(subject);
            if (im.find()) {
                implNumber = im.group(2);
                try {
                    implDate = LocalDate.of(Integer.parseInt(im.group(5)), Integer.parseInt(im.group(4)), Integer.parseInt(im.group(3)));
                } catch (java.time.DateTimeException e) {
                    implDate = null;
                }
                implBody = im.group(6);
                implTitle = im.group(7);
                shortName = im.group(1) + " " + implNumber.replaceFirst("-.*", "");
            }
            return;
        }
        preamble = preamble == null ? t : preamble + "\n\n" + t;
        Matcher s = SHORT.matcher(t);
        if (s.find()) shortName = s.group(1).strip();
        Matcher by = ISSUED_BY.matcher(t);
        if (by.find() && issuer == null) issuer = bodies.ref(by.group(1).strip(), "preamble");
    }

    private void purpose(Block b) {
        String t = strip(b.text());
        if (b.bold() && !t.endsWith(".") || shortHeading(t)) return;
        purposes.add(t);
    }

    /** A sub-heading inside a section ("1. Mục đích", "Yêu cầu"): a few words, no sentence. */
    private static boolean shortHeading(String t) {
        return t.split("\\s+").length <= 6 && !t.endsWith(".") && !t.endsWith(";");
    }

    /** The text without its number or bullet. */
    private static String strip(String t) {
        Matcher m;
        if ((m = SUB.matcher(t)).matches()) return m.group(3);
        if ((m = NUM.matcher(t)).matches()) return m.group(2);
        if ((m = LETTER.matcher(t)).matches()) return m.group(2);
        if ((m = BULLET.matcher(t)).matches()) return m.group(1);
        return t;
    }

    // ---- section II ----

    private void taskBlock(Block b) {
        String t = b.text();
        Field field = Field.of(t);
        if (field != null) {
            if (task == null) task = implicitTask(b);
            if (task != null) apply(task, field, b);
            return;
        }
        Matcher m;
        if ((m = SUB.matcher(t)).matches()) {
            String sid = m.group(1);
            if (section == null || !section.id.equals(sid)) {
                closeSection();
                section = new Section(sid, null, true, b.place());
                section.guesses.add("title");
                sections.add(section);
            }
            newTask(sid + "." + m.group(2), b).content.add(m.group(3));
            return;
        }
        if ((m = NUM.matcher(t)).matches()) {
            if (section != null && !section.numbered) {
                newTask(section.id + "." + m.group(1), b).content.add(m.group(2));
                return;
            }
            closeSection();
            section = new Section(m.group(1), m.group(2), true, b.place());
            section.headingIsText = !b.bold() && (m.group(2).endsWith(".") || m.group(2).split("\\s+").length > 30);
            sections.add(section);
            return;
        }
        if ((m = LETTER.matcher(t)).matches() && section != null) {
            newTask(section.id + "." + m.group(1), b).content.add(m.group(2));
            return;
        }
        if (b.bold() && !t.endsWith(".") && !t.endsWith(";")) {
            closeSection();
            String id = Integer.toString(sections.size() + 1);
            section = new Section(id, t.replaceAll("[:]$", ""), false, b.place());
            section.guesses.add("id");
            sections.add(section);
            out.add(about("auto-id", b).value(t).task(id));
            return;
        }
        if ((m = BULLET.matcher(t)).matches()) {
            if (task != null && !task.fieldsSeen) {
                task.content.add(t);
                return;
            }
            if (task == null && section != null && !section.pending.isEmpty()) {
                section.pending.add(t);
                return;
            }
            autoTask(b).content.add(m.group(1));
            return;
        }
        if (task != null && !task.fieldsSeen) {
            task.content.add(t);
        } else if (task != null || section == null) {
            autoTask(b).content.add(t);
        } else {
            section.pending.add(t);
        }
    }

    private Task newTask(String id, Block b) {
        if (section == null) {
            section = new Section("1", null, false, b.place());
            section.guesses.add("title");
            sections.add(section);
        }
        for (Section s : sections) for (Task x : s.tasks) if (x.id.equals(id)) {
            out.add(about("duplicate-task", b).task(id));
            id = id + "-" + (s.tasks.size() + 1);
        }
        task = new Task(id, false, b.place());
        section.tasks.add(task);
        return task;
    }

    /** A task the plan gives no number: numbered after the section's last, the number marked as a guess. */
    private Task autoTask(Block b) {
        String sid = section == null ? "1" : section.id;
        int n = section == null ? 1 : section.tasks.size() + 1;
        Task x = newTask(sid + "." + n, b);
        x.guesses.add("id");
        out.add(about("auto-id", b).value(first(strip(b.text()), 8)).task(x.id));
        return x;
    }

    /** The fields after a section's own paragraphs (a section without numbered tasks, like the seed's 4 and 5): the section is the task. */
    private Task implicitTask(Block b) {
        if (section == null) return null;
        if (!section.tasks.isEmpty()) return null;
        Task x = newTask(section.id, b);
        if (section.headingIsText) x.content.add(section.title);
        x.content.addAll(section.pending);
        section.pending.clear();
        return x;
    }

    private void closeSection() {
        task = null;
        if (section == null) return;
        if (section.tasks.isEmpty() && (!section.pending.isEmpty() || section.headingIsText)) {
            Task x = new Task(section.id, false, section.place);
            if (section.headingIsText) x.content.add(section.title);
            x.content.addAll(section.pending);
            section.tasks.add(x);
        }
        section.pending.clear();
        section = null;
    }

    private void close() {
        closeSection();
        task = null;
        columns = null;
    }

    // ---- tables of tasks ----

    private static final int TT = 0, CONTENT = 1, DIRECTING = 2, LEAD = 3, COORD = 4, TIME = 5, IMPLEMENTING = 6;

    private void row(Block b) {
        List<String> cells = b.cells();
        if (columns == null) {
            int[] c = header(cells);
            if (c != null) {
                columns = c;
                closeSection();
                return;
            }
            // a table that is not one of tasks: read its cells as paragraphs
            for (String cell : cells) if (!cell.isBlank()) {
                Block p = new Block(cell, false, null, b.place());
                if (zone == Zone.TASKS) taskBlock(p);
                else dutyBlock(p);
            }
            return;
        }
        String tt = cell(cells, columns[TT]).replaceAll("[.]$", "");
        String content = cell(cells, columns[CONTENT]);
        Set<String> distinct = new LinkedHashSet<>();
        for (String c : cells) if (!c.isBlank()) distinct.add(c);
        boolean heading = distinct.size() <= 1 || (!tt.isEmpty() && tt.matches("[IVX]+|[A-Z]")) || (cell(cells, columns[LEAD]).isBlank()
                && cell(cells, columns[IMPLEMENTING]).isBlank() && cell(cells, columns[TIME]).isBlank() && !content.isBlank());
        if (heading) {
            closeSection();
            String title = content.isBlank() ? distinct.stream().reduce((a, x) -> x).orElse("") : content;
            title = title.replaceFirst("^(?:[IVX]+|\\d+)\\s*[.)]\\s*", "");
            String id = tt.matches("\\d+") ? tt : Integer.toString(sections.size() + 1);
            section = new Section(id, title, tt.matches("\\d+"), b.place());
            if (!tt.matches("\\d+")) section.guesses.add("id");
            sections.add(section);
            return;
        }
        if (zone == Zone.DUTIES) {
            Task x = new Task("III." + (tt.matches("\\d+") ? tt : Integer.toString(duties.size() + 1)), true, b.place());
            duties.add(x);
            task = x;
        } else {
            String id = tt.isEmpty() ? null : tt.matches("\\d+") && section != null ? section.id + "." + tt : tt;
            if (id == null) task = autoTask(b);
            else newTask(id, b);
        }
        if (!content.isBlank()) task.content.add(content);
        String dir = cell(cells, columns[DIRECTING]);
        if (!dir.isBlank()) apply(task, new Field(Field.Kind.DIRECTING, dir), b);
        String lead = cell(cells, columns[LEAD]);
        if (!lead.isBlank()) apply(task, new Field(Field.Kind.LEAD, lead), b);
        String impl = cell(cells, columns[IMPLEMENTING]);
        if (!impl.isBlank()) apply(task, new Field(Field.Kind.IMPLEMENTING, impl), b);
        String coord = cell(cells, columns[COORD]);
        if (!coord.isBlank()) apply(task, new Field(Field.Kind.COORDINATORS, coord), b);
        String time = cell(cells, columns[TIME]);
        if (!time.isBlank()) apply(task, new Field(Field.Kind.TIME, time), b);
        task.fieldsSeen = true;
    }

    private static String cell(List<String> cells, int i) { return i < 0 || i >= cells.size() ? "" : cells.get(i).strip(); }

    /** The columns of a table of tasks, from its header row; null when the row is not one. */
    private static int[] header(List<String> cells) {
        int[] c = {-1, -1, -1, -1, -1, -1, -1};
        for (int i = 0; i < cells.size(); i++) {
            String f = Names.fold(cells.get(i));
            if (f.matches("s?tt|so tt|so thu tu")) c[TT] = i;
            else if (f.contains("chi dao")) c[DIRECTING] = i;
            else if (f.contains("chu tri")) c[LEAD] = i;
            else if (f.contains("phoi hop")) c[COORD] = i;
            else if (f.contains("thoi gian") || f.contains("thoi han") || f.contains("tien do")) c[TIME] = i;
            else if (f.contains("thuc hien") && (f.contains("co quan") || f.contains("don vi") || f.contains("trach nhiem"))) c[IMPLEMENTING] = i;
            else if (f.contains("noi dung") || f.contains("nhiem vu") || f.contains("giai phap")) c[CONTENT] = i;
        }
        boolean tasks = c[CONTENT] >= 0 && (c[LEAD] >= 0 || c[IMPLEMENTING] >= 0 || c[TIME] >= 0);
        return tasks ? c : null;
    }

    // ---- section III ----

    private void dutyBlock(Block b) {
        String t = b.text();
        Field field = Field.of(t);
        if (field != null) {
            if (task != null) apply(task, field, b);
            return;
        }
        Matcher m;
        String id = null, text = null;
        if ((m = NUM.matcher(t)).matches()) { id = m.group(1); text = m.group(2); }
        else if ((m = SUB.matcher(t)).matches()) { id = m.group(1) + "." + m.group(2); text = m.group(3); }
        else if ((m = LETTER.matcher(t)).matches() || (m = BULLET.matcher(t)).matches()) {
            text = m.group(m.groupCount());
        }
        if (text == null) {
            if (task != null) task.content.add(t);
            return;
        }
        if (b.bold() && shortHeading(text)) return;
        boolean auto = id == null;
        if (auto) id = Integer.toString(duties.size() + 1);
        task = new Task("III." + id, true, b.place());
        if (auto) {
            task.guesses.add("id");
            out.add(about("auto-id", b).value(first(text, 8)).task(task.id));
        }
        task.content.add(text);
        duties.add(task);
        duty(task, text, b);
    }

    /** Verbs that end the list of bodies a duty opens with (lower case: "Ban Chỉ đạo …" is a name). */
    private static final Pattern VERB = Pattern.compile("(?<=\\s|^)(chủ trì|tăng cường phối hợp|phối hợp|chỉ đạo|lãnh đạo|tăng cường|xây dựng|nghiên cứu|giúp|"
            + "rà soát|cụ thể hóa|cụ thể hoá|triển khai|thực hiện|hướng dẫn|theo dõi|chủ động|tham mưu|có trách nhiệm|căn cứ|quán triệt|"
            + "tuyên truyền|kiểm tra|đôn đốc|ban hành|bố trí|đẩy mạnh|trong|để|nhằm|tiếp tục|bảo đảm|đảm bảo|phổ biến|"
            + "tổ chức(?! (?:đảng|chính trị|công đoàn|cơ sở|xã hội|kinh tế|của|đại diện)))(?![\\p{L}])");
    private static final Pattern WITH = Pattern.compile("^[,\\s]*(?:hoạt động\\s+)?(?:với|cùng)?\\s*");
    private static final Pattern LATER_PARTNERS = Pattern.compile("phối hợp(?:\\s+hoạt động)?\\s+(?:với|cùng)\\s+");

    /** The bodies of a duty, read from its sentence: who leads ("X chủ trì", the subject), who coordinates ("phối hợp với Y", "chỉ đạo Y"). */
    private void duty(Task x, String text, Block b) {
        x.directing.add("@issuer");
        Masked s = new Masked(text, bodies.knownNames());
        Matcher v = VERB.matcher(s.text);
        if (!v.find() || v.start() == 0) {
            out.add(about("no-lead.duty", b).task(x.id));
            return;
        }
        String subject = s.text.substring(0, v.start());
        addBodies(x.leads, s.unmask(subject), x, b);
        int end = v.start();
        String verb = v.group(1);
        String rest = s.text.substring(v.end());
        int restAt = v.end();
        if (verb.equals("chủ trì")) {
            Matcher p = Pattern.compile("^[,\\s]*(?:và\\s+)?phối hợp\\s*(?:với|cùng)?\\s*").matcher(rest);
            end = v.end();
            if (p.find()) {
                restAt += p.end();
                end = listInto(x.coordinators, s, restAt, x, b);
            }
        } else if (verb.equals("phối hợp") || verb.equals("tăng cường phối hợp")) {
            Matcher w = WITH.matcher(rest);
            if (w.find()) restAt += w.end();
            end = listInto(x.coordinators, s, restAt, x, b);
        } else if (verb.equals("chỉ đạo")) {
            end = listInto(x.coordinators, s, restAt, x, b);
            Matcher p = Pattern.compile("^\\s*phối hợp\\s*(?:với|cùng)?\\s*").matcher(s.text.substring(end));
            if (p.find()) end = listInto(x.coordinators, s, end + p.end(), x, b);
        }
        String action = s.unmask(s.text.substring(end)).replaceFirst("^[,;\\s]+", "");
        if (!action.isBlank()) x.title = Names.upperFirst(titleOf(action));
        x.implementing = s.unmask(s.text.substring(0, end)).replaceFirst("^(?:Giao cho|Giao|Đề nghị)\\s+", "").replaceAll("[,;.\\s]+$", "");
        // partners named later in the sentence: "…; tăng cường phối hợp hoạt động với Liên đoàn Lao động tỉnh"
        Matcher later = LATER_PARTNERS.matcher(s.text);
        int from = end;
        while (later.find(from)) {
            int before = x.coordinators.size();
            from = listInto(x.coordinators, s, later.end(), x, b);
            if (x.coordinators.size() > before) {
                x.guesses.add("later-partners");
                x.implementing = x.implementing + "; " + s.unmask(s.text.substring(later.start(), from)).replaceAll("[,;.\\s]+$", "");
            }
            if (from <= later.end()) from = later.end();
        }
        if (x.leads.isEmpty()) out.add(about("no-lead.duty", b).task(x.id));
    }

    /** The bodies from {@code at} up to the next verb or stop, added to {@code into}; returns where the list ended. */
    private int listInto(List<String> into, Masked s, int at, Task x, Block b) {
        String rest = s.text.substring(at);
        int stop = rest.length();
        Matcher v = VERB.matcher(rest);
        if (v.find()) stop = v.start();
        Matcher p = Pattern.compile("[.;:()]").matcher(rest);
        if (p.find() && p.start() < stop) stop = p.start();
        String list = rest.substring(0, stop);
        for (String name : DraftBodies.split(s.unmask(list), bodies.knownNames())) {
            if (!DraftBodies.startsLikeBody(name)) continue;
            String id = bodies.ref(name, x.id);
            if (!into.contains(id)) into.add(id);
        }
        return at + stop;
    }

    /** Known names hidden behind markers while a sentence is cut at its verbs ("Ban Chỉ đạo xây dựng …" holds "xây dựng"). */
    private static final class Masked {
        final String text;
        final List<String> names = new ArrayList<>();

        Masked(String text, List<String> known) {
            String t = text;
            for (String k : known) {
                if (k.length() < 6) continue;
                int at = t.indexOf(k);
                while (at >= 0) {
                    names.add(k);
                    String mark = "\u0003" + (names.size() - 1) + "\u0004";
                    t = t.substring(0, at) + mark + t.substring(at + k.length());
                    at = t.indexOf(k, at + mark.length());
                }
            }
            this.text = t;
        }

        String unmask(String s) {
            String r = s;
            for (int i = names.size() - 1; i >= 0; i--) r = r.replace("\u0003" + i + "\u0004", names.get(i));
            return r;
        }
    }

    // ---- fields ----

    /** A line "Cơ quan chỉ đạo: …", "Đơn vị chủ trì: …", "Thời gian thực hiện: …" and its value. */
    record Field(Kind kind, String value) {
        enum Kind { DIRECTING, IMPLEMENTING, LEAD, COORDINATORS, TIME }

        static Field of(String line) {
            String t = line.replaceFirst("^[-–•+]\\s*", "");
            int colon = t.indexOf(':');
            if (colon <= 0 || colon > 45) return null;
            String label = Names.fold(t.substring(0, colon)).replaceAll("[^a-z ,]", "").replaceAll("\\s+", " ").strip();
            String value = t.substring(colon + 1).strip();
            if (label.matches("(?:(?:co quan|don vi|cap)(?:, (?:co quan|don vi))? )?chi dao(?: thuc hien)?")) return new Field(Kind.DIRECTING, value);
            if (label.matches("(?:(?:co quan|don vi)(?:, (?:co quan|don vi))? )?(?:chu tri|chiu trach nhiem chinh)(?: thuc hien)?")) return new Field(Kind.LEAD, value);
            if (label.matches("(?:(?:co quan|don vi)(?:, (?:co quan|don vi))? )?phoi hop(?: thuc hien)?")) return new Field(Kind.COORDINATORS, value);
            if (label.matches("(?:(?:co quan|don vi)(?:, (?:co quan|don vi))? )?thuc hien|trach nhiem thuc hien|phan cong thuc hien")) return new Field(Kind.IMPLEMENTING, value);
            if (label.matches("thoi (?:gian|han)(?: thuc hien| hoan thanh| thuc hien va hoan thanh)?|tien do(?: thuc hien)?")) return new Field(Kind.TIME, value);
            return null;
        }
    }

    private void apply(Task x, Field f, Block b) {
        x.fieldsSeen = true;
        String v = f.value().replaceAll("[.;]+$", "").strip();
        switch (f.kind()) {
            case DIRECTING -> addBodies(x.directing, v, x, b);
            case LEAD -> {
                addBodies(x.leads, v, x, b);
                x.leadText = v;
            }
            case COORDINATORS -> {
                addBodies(x.coordinators, v, x, b);
                x.coordText = v;
            }
            case IMPLEMENTING -> implementing(x, v, b);
            case TIME -> x.timeframe = v;
        }
    }

    private static final Pattern LEADS_THEN = Pattern.compile("^(.*?)\\s+chủ trì(?:\\s*[,;]?\\s*(?:và\\s+)?phối hợp\\s*(?:với|cùng)?\\s*(.*))?$");
    private static final Pattern DIRECTS = Pattern.compile("^(.*?)\\s+chỉ đạo\\s+(.*?)(?:\\s+phối hợp\\s*(?:với|cùng)?\\s+(.*))?$");
    private static final Pattern WITH_PARTNERS = Pattern.compile("^(.*?)\\s+phối hợp\\s*(?:với|cùng)?\\s+(.*)$");

    /** "Cơ quan thực hiện": "X chủ trì, phối hợp với Y", "X chỉ đạo Y phối hợp với Z", "X phối hợp với Y", or a list that all leads. */
    private void implementing(Task x, String v, Block b) {
        x.implementing = v;
        Matcher m;
        if ((m = LEADS_THEN.matcher(v)).matches()) {
            addBodies(x.leads, m.group(1), x, b);
            if (m.group(2) != null) addBodies(x.coordinators, m.group(2), x, b);
        } else if ((m = DIRECTS.matcher(v)).matches() && DraftBodies.startsLikeBody(m.group(2))) {
            addBodies(x.leads, m.group(1), x, b);
            addBodies(x.coordinators, m.group(2), x, b);
            if (m.group(3) != null) addBodies(x.coordinators, m.group(3), x, b);
        } else if ((m = WITH_PARTNERS.matcher(v)).matches()) {
            addBodies(x.leads, m.group(1), x, b);
            addBodies(x.coordinators, m.group(2), x, b);
        } else {
            addBodies(x.leads, v, x, b);
            if (x.leads.size() > 1) x.guesses.add("all-lead");
        }
    }

    private void addBodies(List<String> into, String list, Task x, Block b) {
        for (String name : DraftBodies.split(list, bodies.knownNames())) {
            if (!DraftBodies.startsLikeBody(name)) {
                out.add(about("not-body", b).value(name).task(x.id));
                x.guesses.add("not-body:" + name);
            }
            String id = bodies.ref(name, x.id);
            if (!into.contains(id)) into.add(id);
        }
    }

    // ---- the end: signature and recipients ----

    private void end(Block b) {
        String t = b.text();
        Matcher m;
        if (AUTHORITY.matcher(t).matches()) {
            sigAuthority = t;
            return;
        }
        if ((m = BULLET.matcher(t)).matches() || t.startsWith("-")) {
            recipients.add(t.replaceFirst("^[-–•+]\\s*", ""));
            return;
        }
        if (sigAuthority != null && !signatureTitleDone && t.equals(t.toUpperCase(Locale.ROOT))) {
            sigTitle = t;
            signatureTitleDone = true;
            return;
        }
        if (sigTitle != null && sigName == null && t.split("\\s+").length <= 6 && Character.isUpperCase(t.codePointAt(0))) sigName = t;
    }

    // ---- finishing: ids, titles, term, issuer, checks ----

    private void finish() {
        if (issuer == null) {
            issuer = mostDirecting();
            if (issuer != null) headerGuesses.add("issuer");
        }
        LocalDate earliest = null, latest = null;
        for (Task x : allTasks()) {
            if (x.directing.isEmpty() && issuer != null) {
                x.directing.add(issuer);
                if (!x.duty) x.guesses.add("directing");
            }
            x.directing.replaceAll(id -> id.equals("@issuer") ? issuer : id);
            x.directing.removeIf(java.util.Objects::isNull);
            if (x.duty && !x.guesses.contains("directing")) x.guesses.add("directing");
            if (x.implementing == null && x.leadText != null) {
                x.implementing = x.coordText == null ? x.leadText : x.leadText + " chủ trì, phối hợp với " + (x.coordText.startsWith("Các ") ? "c" + x.coordText.substring(1) : x.coordText);
            } else if (x.implementing == null && x.coordText != null) {
                x.implementing = "Phối hợp: " + x.coordText;
            }
            if (x.leads.isEmpty() && !x.duty) out.add(about("no-lead", x.place).task(x.id));
            if (x.timeframe == null) {
                x.timeframe = "Thường xuyên";
                x.guesses.add("timeframe");
                out.add(about(x.duty ? "no-timeframe.duty" : "no-timeframe", x.place).task(x.id));
            } else {
                var tf = Timeframe.parse(x.timeframe, LocalDate.of(2000, 1, 1));
                if (tf.isEmpty()) out.add(about("timeframe", x.place).value(x.timeframe).task(x.id));
                else if (!Names.fold(x.timeframe).startsWith("thuong xuyen")) {
                    LocalDate start = tf.get().start();
                    if (!start.equals(LocalDate.of(2000, 1, 1)) && (earliest == null || start.isBefore(earliest))) earliest = start;
                    LocalDate last = tf.get().due() != null ? tf.get().due() : start;
                    if (latest == null || last.isAfter(latest)) latest = last;
                }
            }
            if (x.title == null) {
                x.title = titleOf(String.join(" ", x.content));
                x.guesses.add("title");
            } else if (x.duty) {
                x.guesses.add("title");
            }
        }
        for (Section s : sections) {
            if (s.title == null || s.title.isBlank() || s.headingIsText) {
                s.title = s.tasks.isEmpty() ? "" : titleOf(String.join(" ", s.tasks.get(0).content));
                if (!s.guesses.contains("title")) s.guesses.add("title");
            }
        }
        // the term: from the plan's date (or its first deadline), to the end of the congress term it falls in (a guess)
        LocalDate begin = date != null ? date : earliest != null ? earliest : implDate != null ? implDate.plusMonths(3) : null;
        if (begin == null) {
            begin = LocalDate.of(2000, 1, 1);
            out.add(about("no-term", 0));
        }
        termStart = Period.of(begin);
        if (earliest != null && Period.of(earliest).compareTo(termStart) < 0) termStart = Period.of(earliest);
        int endYear = termStart.year() + (5 - termStart.year() % 5) % 5;
        if (endYear == termStart.year() && termStart.quarter() == 4) endYear += 5;
        termEnd = new Period(endYear, 4);
        if (latest != null && Period.of(latest).compareTo(termEnd) > 0) termEnd = Period.of(latest);
        // the monitoring body: the duty that "theo dõi, đôn đốc" the plan, its first lead
        for (Task d : duties) {
            String f = Names.fold(String.join(" ", d.content));
            if ((f.contains("theo doi") || f.contains("don doc")) && !d.leads.isEmpty()) monitoring = d.leads.get(0);
        }
        if (number == null) out.add(about("no-number", 0));
        if (date == null) out.add(about("no-date", 0));
        if (parent == null) out.add(about("no-parent", 0));
        if (place == null) out.add(about("no-place", 0));
        if (sigAuthority == null || sigTitle == null) out.add(about("no-signature", 0));
        if (issuer == null) out.add(about("no-issuer", 0));
        if (monitoring == null) out.add(about("no-monitoring", 0));
        for (DraftBodies.Body body : bodies.all()) {
            if (body.group()) out.add(about("group-members", 0).value(body.name).task(body.firstPlace));
        }
    }

    private String mostDirecting() {
        java.util.Map<String, Integer> count = new java.util.LinkedHashMap<>();
        for (Task x : allTasks()) for (String d : x.directing) if (!d.startsWith("@")) count.merge(d, 1, Integer::sum);
        return count.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey).orElse(null);
    }

    List<Task> allTasks() {
        List<Task> all = new ArrayList<>();
        for (Section s : sections) all.addAll(s.tasks);
        all.addAll(duties);
        return all;
    }

    /** A task's short name: its first clause, at most 14 words (cut at a comma when longer). */
    static String titleOf(String content) {
        String clause = content.strip().split("[.;:](?=\\s|$)", 2)[0].strip();
        String[] words = clause.split("\\s+");
        if (words.length <= 14) return clause;
        String head = String.join(" ", java.util.Arrays.copyOf(words, 14));
        int comma = head.lastIndexOf(',');
        return (comma > 20 ? head.substring(0, comma) : head).strip();
    }

    private static String first(String t, int words) {
        String[] w = t.split("\\s+");
        return w.length <= words ? t : String.join(" ", java.util.Arrays.copyOf(w, words)) + " …";
    }

    private Diagnostic about(String variant, Block b) { return about(variant, b.place()); }

    private Diagnostic about(String variant, int place) {
        Diagnostic d = Diagnostic.of(Code.PLAN_IMPORT, variant).in(file);
        return place > 0 ? d.at(file, place, null) : d;
    }
}
