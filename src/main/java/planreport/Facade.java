package planreport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import planreport.check.Diagnostics;
import planreport.render.MailMergeList;
import planreport.render.forms.ReportForm;
import planreport.render.forms.XlsxForm;
import planreport.model.Body;
import planreport.model.Lang;
import planreport.io.NotesReader;
import planreport.model.Notes;
import planreport.model.Obligations;
import planreport.model.Period;
import planreport.model.Plan;
import planreport.model.Task;
import planreport.model.Wording;
import planreport.remind.Reminders;
import planreport.render.Format;
import planreport.render.forms.FormsGuide;
import planreport.render.Json;
import planreport.render.Letters;
import planreport.render.OutputFiles;
import planreport.render.PlanView;
import planreport.render.RenderFailure;
import planreport.render.Templates;

/**
 * What the command line needs of render/ and io/ beside the {@link Pipeline}'s steps — writing the
 * files, reading the notes, the packaged templates, the JSON writer, the plan view, the names of
 * formats — so that cli/ reaches those packages through this one door.
 */
public final class Facade {
    private Facade() {}

    /** The formats remind writes letters in. */
    public static final List<Format> LETTER_FORMATS = Letters.FORMATS;

    /** The file name of the forms' instructions. */
    public static final String FORMS_GUIDE = FormsGuide.FILE;

    /** The default templates {@code templates export} hands out, by name. */
    public static final List<String> TEMPLATE_NAMES = Templates.NAMES;

    /** A format by its name on the command line ("md", "pdf"), or null. */
    public static Format format(String name) { return Format.byName(name); }

    /** Writes each file into {@code dir} (made when missing), each whole or not at all; the paths written, in order. */
    public static List<Path> write(Path dir, Map<String, byte[]> files) throws IOException { return OutputFiles.write(dir, files); }

    /** The files of an earlier run of the same documents in {@code dir} that this one did not write, moved aside (see {@link OutputFiles#setAside}). */
    public static List<Path> setAside(Path dir, java.util.Collection<String> written, java.util.function.Predicate<String> family) throws IOException {
        return OutputFiles.setAside(dir, written, family);
    }

    /** Whether {@code name} is a reminder letter of quarter {@code p} in {@code lang} (a unit's letter an earlier run wrote). */
    public static boolean letterOf(String name, planreport.model.Period p, planreport.model.Lang lang) {
        return planreport.render.Letters.letterOf(name, p, lang);
    }

    /** A draft plan made from a plan document: its YAML (null when none could be made) and what was found, the draft's own check included. */
    public record Imported(String yaml, Diagnostics diagnostics) {}

    /**
     * plan import: reads the document {@code file} (shown as {@code display}) into a draft plan, writes
     * it as YAML, and checks that text as any plan is read ({@link planreport.io.PlanReader}), its
     * diagnostics placed in {@code draftName}. A group whose members are left to fill is said once, by
     * the import; the reader's "group-empty" for it is not repeated.
     */
    public static Imported importPlan(Path file, String display, String draftName) {
        Diagnostics found = new Diagnostics();
        List<planreport.io.PlanDocument.Block> blocks = planreport.io.PlanDocument.read(file, display, found);
        if (blocks == null) return new Imported(null, found);
        planreport.draft.PlanDraft draft = planreport.draft.PlanDraft.of(blocks, display, found);
        if (draft == null) return new Imported(null, found);
        String yaml = draft.yaml(file.getFileName() == null ? display : file.getFileName().toString());
        for (var d : planreport.io.PlanReader.parse(yaml, draftName).diagnostics()) {
            if (d.code() == planreport.check.Code.PLAN_SCHEMA && "group-empty".equals(d.variant())) continue;
            found.add(d);
        }
        return new Imported(yaml, found);
    }

    /**
     * plan import PLAN.xlsx: reads the plan workbook {@code file} (shown as {@code display}) back into
     * plan.yaml, and checks that text as any plan is read, its diagnostics placed in {@code draftName};
     * no YAML when a cell cannot be read.
     */
    public static Imported importPlanWorkbook(Path file, String display, String draftName) {
        Diagnostics found = new Diagnostics();
        planreport.io.PlanWorkbook.Result r = planreport.io.PlanWorkbook.read(file, display, found);
        if (r.yaml() == null || found.errors() > 0) return new Imported(null, found);
        for (var d : planreport.io.PlanReader.parse(r.yaml(), draftName).diagnostics()) found.add(d);
        return new Imported(r.yaml(), found);
    }

    /**
     * plan export --format xlsx: the workbook of the plan file {@code planFile}, or null when the plan
     * cannot be read or is refused (its diagnostics in {@code found}).
     */
    public static byte[] planWorkbook(Path planFile, Diagnostics found) {
        Pipeline.PlanRead read = Pipeline.readPlan(planFile);
        if (read.plan() == null) {
            found.addAll(read.diagnostics());
            return null;
        }
        try {
            String text = java.nio.file.Files.readString(planFile, java.nio.charset.StandardCharsets.UTF_8);
            return planreport.render.forms.PlanWorkbookWriter.write(planreport.io.PlanWorkbook.tree(text));
        } catch (IOException e) {
            found.add(planreport.io.Sources.unreadable("plan", planFile.toString(), e));
            return null;
        }
    }

    /** The staff's notes file ({@code compile --notes}), or null with its problems in {@code out}. */
    public static Notes readNotes(Path file, Diagnostics out) { return NotesReader.read(file, out); }

    /** The packaged default templates, by name. */
    public static Map<String, byte[]> templates() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : Templates.NAMES) files.put(name, Templates.packaged(name));
        return files;
    }

    /** Any value as the JSON every output uses. */
    public static String json(Object o) { return Json.write(o); }

    /** The plan as {@code show} prints it: its JSON, or its text view in {@code lang}. */
    public static String show(Plan plan, Lang lang, boolean json) { return json ? Json.write(PlanView.json(plan)) : PlanView.text(plan, lang); }

    /** remind --upcoming: the short notice of what comes due, in each format, and with {@code letters} a letter per unit; {@code templates} may be null. */
    static Map<String, byte[]> upcoming(Plan plan, planreport.remind.Upcoming upcoming, List<Format> formats, Lang lang, java.nio.file.Path templates,
                                        boolean letters) throws RenderFailure {
        planreport.model.Period p = planreport.model.Period.of(upcoming.asOf());
        Reminders none = new Reminders(p, upcoming.asOf(), upcoming.until(), List.of(), List.of(), new Reminders.NoticeTotals(0, 0, 0, 0), List.of(p));
        return new Letters(plan, none, lang, templates).renderUpcoming(upcoming, formats, letters);
    }

    /** Whether {@code name} is a unit's letter of remind --upcoming dated {@code asOf} in {@code lang}. */
    public static boolean upcomingLetterOf(String name, java.time.LocalDate asOf, Lang lang) { return Letters.upcomingLetterOf(name, asOf, lang); }

    /** The letters, the notice, their JSON and the mail-merge list (.xlsx and .csv), by output file name; {@code templates} may be null. */
    static Map<String, byte[]> reminders(Plan plan, Reminders reminders, List<Format> formats, Lang lang, java.nio.file.Path templates) throws RenderFailure {
        Letters letters = new Letters(plan, reminders, lang, templates);
        Map<String, byte[]> files = letters.render(formats);
        List<List<String>> rows = letters.mailMerge(formats);
        try {
            files.put(letters.listBase() + ".xlsx", MailMergeList.xlsx(rows, reminders.period().toString(), reminders.asOf()));
        } catch (IOException e) {
            throw Letters.failure(e, "xlsx");
        }
        files.put(letters.listBase() + ".csv", MailMergeList.csv(rows));
        return files;
    }

    /** The report form of each unit with work in {@code p}, as xlsx or csv, by file name ("2022-Q2_so-tu-phap.xlsx"). */
    static Map<String, byte[]> forms(Plan plan, Period p, String format) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        String periodLabel = Wording.of(Lang.VI).period(p);
        for (Body unit : plan.bodies()) {
            if (unit.isGroup()) continue;
            List<Task> tasks = Obligations.onForm(plan, unit.id(), p);
            if (tasks.isEmpty()) continue;
            if (format.equals("csv")) {
                files.put(p + "_" + unit.id() + ".csv", ReportForm.write(plan, unit.name(), periodLabel, tasks, plan.measuresFor(unit.id(), p, tasks)));
            } else {
                List<String> deadlines = tasks.stream().map(x -> x.timeframe().text()).toList();
                files.put(p + "_" + unit.id() + ".xlsx", XlsxForm.write(plan, unit.name(), periodLabel, tasks, deadlines,
                        FormsGuide.lines(plan, p, unit.name()), plan.reporting().termStart().start(), p.end(), plan.measuresFor(unit.id(), p, tasks)));
            }
        }
        return files;
    }

    /**
     * Whether {@code name} is a unit's form of {@code p} as {@link #forms} names them ("2022-Q2_ubnd-tinh.xlsx"):
     * a re-run of forms for the quarter sets aside those of an earlier run it did not write again.
     */
    public static boolean formOf(String name, Period p) {
        return name.startsWith(p + "_") && name.substring(p.toString().length() + 1).matches("[a-z0-9][a-z0-9_-]*\\.(xlsx|csv)");
    }

    /** {@code forms} and, after them, the instructions of {@code p}. */
    static Map<String, byte[]> withGuide(Plan plan, Period p, Map<String, byte[]> forms) throws RenderFailure {
        Map<String, byte[]> files = new LinkedHashMap<>(forms);
        files.put(FormsGuide.FILE, FormsGuide.render(plan, p));
        return files;
    }
}
