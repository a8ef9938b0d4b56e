package planreport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import planreport.check.Diagnostics;
import planreport.model.Body;
import planreport.model.Indicator;
import planreport.model.Period;
import planreport.model.Plan;
import planreport.model.ReportColumn;
import planreport.model.Task;
import planreport.render.OutputFiles;
import planreport.render.Messages;

/**
 * forms: one pre-filled report CSV per unit with work in a period, and an instruction sheet, so
 * units send back files that validate instead of inventing their own layout.
 */
final class FormsCommand implements Callable<Integer> {
    /** The forms and their instructions are in Vietnamese, the units' language (loaded only when forms run). */
    private static final class Vi {
        static final Messages M = Messages.of("vi");
    }
    final CommandSpec spec;
    private final Common common;
    private final OptionSpec period;
    private final OptionSpec out;
    private final OptionSpec force;

    FormsCommand(Texts t) {
        spec = Cli.command(this, "forms", t, "forms.description");
        common = new Common(spec, t);
        period = Cli.add(spec, Cli.option("--period", t.get("label.period"), t.get("forms.period")).required(true));
        out = Cli.add(spec, Cli.option("--out", t.get("label.dir"), t.get("forms.out")).type(Path.class).required(true));
        force = Cli.add(spec, Cli.flag("--force", t.get("forms.force")));
    }

    static final String INSTRUCTIONS = "HUONG-DAN.md";

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        PrintWriter stdout = cl.getOut();
        Path out = this.out.getValue();
        boolean force = this.force.getValue();
        Period p = Common.period(period.getValue(), "--period", cl);
        Diagnostics ds = new Diagnostics();
        int[] status = {0};
        Plan plan = common.load(ds, status);
        if (plan == null) {
            Output.diagnostics(ds, Output.Format.text, stdout);
            return status[0];
        }
        if (!plan.reporting().inTerm(p)) {
            throw new CommandLine.ParameterException(cl, "--period: " + p + " is outside the plan term " + plan.reporting().termStart() + " to " + plan.reporting().termEnd());
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Body unit : plan.bodies()) {
            if (unit.isGroup()) continue;
            List<Task> tasks = tasks(plan, unit, p);
            if (tasks.isEmpty()) continue;
            files.put(p + "_" + unit.id() + ".csv", form(plan, unit, p, tasks));
        }
        files.put(INSTRUCTIONS, instructions(plan, p).getBytes(StandardCharsets.UTF_8));
        if (!force) {
            for (String name : files.keySet()) {
                if (Files.exists(out.resolve(name))) {
                    cl.getErr().println("plan-report: " + out.resolve(name) + " already exists; pass --force to overwrite the forms in " + out);
                    return ExitCode.USAGE.code();
                }
            }
        }
        try {
            OutputFiles.write(out, files);
        } catch (IOException e) {
            cl.getErr().println("plan-report: cannot write the forms to " + out + ": " + Common.describe(e));
            return ExitCode.USAGE.code();
        }
        stdout.println("wrote " + (files.size() - 1) + " forms for " + p + " and " + INSTRUCTIONS + " to " + out);
        stdout.flush();
        return ExitCode.OK.code();
    }

    /**
     * The tasks a unit reports on in a period: those it leads or coordinates, active then. A deadline
     * task is left out after its deadline period (most units have reported it done by then; the
     * instructions tell a unit that has not to add the row).
     */
    static List<Task> tasks(Plan plan, Body unit, Period p) {
        List<Task> list = new ArrayList<>();
        for (Task t : plan.tasks()) {
            if (!plan.isActive(t, p) || !plan.isResponsible(unit.id(), t.id())) continue;
            if (t.timeframe().due() != null && t.timeframe().duePeriod().compareTo(p) < 0) continue;
            list.add(t);
        }
        return list;
    }

    /** The indicators a unit fills: those of tasks on its form. */
    static List<Indicator> indicators(Plan plan, List<Task> tasks) {
        List<Indicator> list = new ArrayList<>();
        for (Indicator i : plan.indicators()) {
            if (tasks.stream().anyMatch(t -> t.id().equals(i.taskId()))) list.add(i);
        }
        return list;
    }

    static byte[] form(Plan plan, Body unit, Period p, List<Task> tasks) {
        List<Indicator> indicators = indicators(plan, tasks);
        StringBuilder b = new StringBuilder("\uFEFF");
        List<String> header = new ArrayList<>();
        for (ReportColumn c : ReportColumn.values()) header.add(c.vietnamese());
        for (Indicator i : indicators) header.add(i.name());
        line(b, header);
        for (Task t : tasks) {
            List<String> cells = new ArrayList<>();
            for (ReportColumn c : ReportColumn.values()) {
                cells.add(switch (c) {
                    case UNIT -> unit.name();
                    case PERIOD -> Vi.M.period(p);
                    case TASK -> t.id();
                    default -> "";
                });
            }
            for (int k = 0; k < indicators.size(); k++) cells.add("");
            line(b, cells);
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One CSV line as Excel writes it: comma-separated, CRLF, quotes only where needed. */
    private static void line(StringBuilder b, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) b.append(',');
            String s = cells.get(i);
            if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf(';') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                b.append('"').append(s.replace("\"", "\"\"")).append('"');
            } else {
                b.append(s);
            }
        }
        b.append("\r\n");
    }

    static String instructions(Plan plan, Period p) {
        LocalDate due = plan.reporting().dueDate(p);
        StringBuilder b = new StringBuilder();
        b.append("# Hướng dẫn điền báo cáo tiến độ ").append(Vi.M.periodWords(p)).append("\n\n");
        b.append("Kế hoạch: ").append(plan.info().subject()).append(".\n\n");
        b.append("**Hạn gửi báo cáo: ").append(Vi.M.longDate(due)).append("** (").append(Vi.M.shortDate(due)).append(").\n\n");
        b.append("Mỗi đơn vị nhận một tệp `").append(p).append("_<mã đơn vị>.csv`, mỗi dòng là một nhiệm vụ đơn vị chủ trì hoặc phối hợp thực hiện trong kỳ. ")
                .append("Các cột Đơn vị, Kỳ báo cáo, Nhiệm vụ đã điền sẵn: giữ nguyên. Không thêm dòng cho nhiệm vụ đơn vị không được giao, ")
                .append("không đổi tên cột, không thêm cột.\n\n");
        b.append("## Cách điền từng cột\n\n");
        b.append("| Cột | Cách điền |\n|---|---|\n");
        b.append("| Đơn vị | Đã điền sẵn (tên đơn vị như trong Kế hoạch). |\n");
        b.append("| Kỳ báo cáo | Đã điền sẵn: ").append(Vi.M.period(p)).append(". |\n");
        b.append("| Nhiệm vụ | Đã điền sẵn: số thứ tự nhiệm vụ trong Kế hoạch (xem bảng cuối). |\n");
        b.append("| Tình trạng | **Bắt buộc.** Một trong ba giá trị: `Hoàn thành`, `Đang thực hiện`, `Chưa thực hiện`. |\n");
        b.append("| Tiến độ | Không bắt buộc. Số từ 0 đến 100 (phần trăm), ví dụ `80`. Nhiệm vụ hoàn thành thì ghi `100` hoặc để trống. |\n");
        b.append("| Ngày hoàn thành | **Bắt buộc khi Tình trạng là Hoàn thành**, để trống trong các trường hợp khác. Ghi ngày/tháng/năm, ví dụ `25/06/2022`, ")
                .append("không sau Ngày báo cáo. |\n");
        b.append("| Ngày báo cáo | Ngày đơn vị gửi báo cáo, ví dụ `").append(Vi.M.shortDate(p.end().plusDays(10))).append("`. |\n");
        b.append("| Kết quả | Kết quả thực hiện trong kỳ, 1–3 câu: hội nghị, số người tham dự, đoàn viên kết nạp, công đoàn cơ sở thành lập, kiểm tra, đối thoại… |\n");
        b.append("| Khó khăn | Nếu có. |\n");
        b.append("| Kiến nghị | Nếu có. |\n");
        for (Indicator i : plan.indicators()) {
            b.append("| ").append(i.name()).append(" | Chỉ có trong biểu mẫu của đơn vị chịu trách nhiệm nhiệm vụ ").append(i.taskId())
                    .append(": số nguyên không âm (").append(i.unit()).append(") đạt được trong kỳ, không ghi đơn vị tính (viết `1250` hoặc `1.250`); ghi ở dòng nhiệm vụ ")
                    .append(i.taskId()).append(", để trống ở các dòng khác. |\n");
        }
        b.append("\nNhiệm vụ có thời hạn đã qua mà đơn vị **chưa hoàn thành** vẫn phải báo cáo: thêm một dòng cho nhiệm vụ đó ")
                .append("(tình trạng `Đang thực hiện`, hoặc `Hoàn thành` kèm ngày hoàn thành).\n\n");
        b.append("## Lưu tệp\n\n");
        b.append("Mở tệp bằng Excel, điền, rồi chọn **Lưu dưới dạng → CSV UTF-8 (Comma delimited) (*.csv)**, giữ nguyên tên tệp. ")
                .append("Nếu lưu kiểu \"CSV\" thường, Excel ghi theo bảng mã Windows-1258 và dấu `;`: tệp vẫn được nhận ")
                .append("(kiểm tra với `--encoding windows-1258`), nhưng nên dùng CSV UTF-8. Kiểm tra trước khi gửi:\n\n");
        b.append("    plan-report validate --as-of ").append(due).append(" ").append(p).append("_<mã đơn vị>.csv\n\n");
        b.append("## Nhiệm vụ trong kỳ\n\n");
        b.append("| Nhiệm vụ | Thời hạn | Nội dung (tóm tắt) |\n|---|---|---|\n");
        for (Task t : plan.tasks()) {
            if (!plan.isActive(t, p)) continue;
            if (t.timeframe().due() != null && t.timeframe().duePeriod().compareTo(p) < 0) continue;
            b.append("| ").append(t.id()).append(" | ").append(t.timeframe().text()).append(" | ").append(summary(t.content())).append(" |\n");
        }
        return b.toString();
    }

    /** The first sentence of a task, short enough for a table cell. */
    static String summary(String content) {
        String s = content.strip().replace('\n', ' ').replace("|", "/");
        int dot = s.indexOf(". ");
        if (dot > 0) s = s.substring(0, dot + 1);
        if (s.length() > 160) {
            int cut = s.lastIndexOf(' ', 157);
            s = s.substring(0, cut > 80 ? cut : 157) + "…";
        }
        return s;
    }
}
