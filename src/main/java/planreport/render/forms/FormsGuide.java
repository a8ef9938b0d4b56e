package planreport.render.forms;

import planreport.render.Messages;
import planreport.render.RenderFailure;
import planreport.render.Templates;
import planreport.render.pdf.Pdf;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import planreport.model.Indicator;
import planreport.model.Lang;
import planreport.model.Obligations;
import planreport.model.Period;
import planreport.model.Plan;
import planreport.model.Task;

/**
 * HUONG-DAN.pdf, the instructions sent with the report forms of a period, from the XHTML template
 * {@code forms.ftlx} through {@link Pdf}: in Vietnamese, speaking to a unit — how to fill and send the
 * form, by when (the period's due date), whom to ask (the plan's monitoring body); nothing about this
 * tool. The same lines fill the workbook's "Hướng dẫn" sheet ({@link #lines}).
 */
public final class FormsGuide {
    private FormsGuide() {}

    public static final String FILE = "HUONG-DAN.pdf";

    /** The facts the instructions are filled from. */
    static Map<String, String> facts(Plan plan, Period p, String unit) {
        Messages vi = Messages.of(Lang.VI);
        LocalDate due = plan.reporting().dueDate(p);
        String monitoring = plan.monitoringBodyOn(Obligations.judgedOn(plan, p)); // who exists on the period's judging day, as compile and remind name it
        String body = monitoring == null ? null : plan.name(monitoring);
        Map<String, String> f = new LinkedHashMap<>();
        f.put("period_words", vi.periodWords(p));
        f.put("subject", planreport.model.Names.lowerFirst(plan.info().subject())); // inside a sentence: "… về thực hiện Nghị quyết …"
        f.put("unit", unit == null ? "" : unit);
        f.put("monitoring", body != null ? body : monitoring != null ? monitoring : plan.info().issuer());
        f.put("due_long", vi.longDate(due));
        return f;
    }

    /** The instructions as lines: the title, then one paragraph each (for a unit's workbook when {@code unit} is given). */
    public static List<String> lines(Plan plan, Period p, String unit) {
        Map<String, String> f = facts(plan, p, unit);
        List<String> out = new ArrayList<>();
        out.add(planreport.render.forms.XlsxForm.word("guide.title", f));
        for (int i = 1; ; i++) {
            if (i == 1 && unit == null) continue;
            String line;
            try {
                line = planreport.render.forms.XlsxForm.word("guide." + i, f);
            } catch (IllegalStateException e) {
                break;
            }
            out.add(line);
        }
        return out;
    }

    public static byte[] render(Plan plan, Period p) throws RenderFailure {
        Messages vi = Messages.of(Lang.VI);
        LocalDate due = plan.reporting().dueDate(p);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("period", p.toString());
        m.put("period_label", vi.period(p));
        m.put("period_words", vi.periodWords(p));
        m.put("subject", plan.info().subject());
        m.put("due_iso", due.toString());
        m.put("due_long", vi.longDate(due));
        m.put("due_short", vi.shortDate(due));
        m.put("example_submitted", vi.shortDate(p.end().plusDays(10)));
        List<Object> indicators = new ArrayList<>();
        for (Indicator i : plan.indicators()) indicators.add(Map.of("name", i.name(), "task", i.taskId(), "unit", i.unit()));
        m.put("indicators", indicators);
        List<Object> tasks = new ArrayList<>();
        for (Task t : plan.tasks()) {
            if (Obligations.shownOnForms(plan, t, p)) tasks.add(Map.of("id", t.id(), "timeframe", t.timeframe().text(), "summary", summary(t.content())));
        }
        m.put("tasks", tasks);
        List<String> lines = lines(plan, p, null);
        m.put("title", lines.get(0));
        m.put("lines", lines.subList(1, lines.size()));
        try {
            return Pdf.render(new Templates(null).render("forms.ftlx", m), planreport.render.Layout.packaged().css(), p.end());
        } catch (IOException | freemarker.template.TemplateException e) {
            throw new RenderFailure(planreport.check.Diagnostic.of(planreport.check.Code.INPUT, "template").at("forms.ftlx", (Integer) null, null)
                    .with("detail", String.valueOf(e.getMessage()).lines().findFirst().orElse("")), e);
        }
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
