package planreport.render;

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
 * HUONG-DAN.md, the instructions sent with the report forms of a period, from the template
 * {@code forms.ftl}: in Vietnamese, the language of the units that fill the forms.
 */
public final class FormsGuide {
    private FormsGuide() {}

    public static final String FILE = "HUONG-DAN.md";

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
        try {
            return Format.bytes(new Templates(null).render("forms.ftl", m));
        } catch (IOException | freemarker.template.TemplateException e) {
            throw new RenderFailure(planreport.check.Diagnostic.of(planreport.check.Code.INPUT, "template").at("forms.ftl", (Integer) null, null)
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
