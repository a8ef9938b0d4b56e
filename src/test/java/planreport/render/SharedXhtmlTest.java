package planreport.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import planreport.Pipeline;
import planreport.model.Lang;
import planreport.model.Period;
import planreport.model.Plan;
import planreport.report.Aggregator;
import planreport.report.Collector;
import planreport.report.Report;
import planreport.report.Window;

/**
 * The PDF and the Word file start from the same XHTML: written together, the review's template and
 * the internal file's each run once for both, and each file is the same bytes as when written alone.
 */
class SharedXhtmlTest {

    @Test
    void thePdfAndTheWordFileWrittenTogetherRunEachTemplateOnceAndAreTheSameBytesAsAlone() throws Exception {
        Plan plan = Pipeline.readPlan(Path.of("plan.yaml")).plan();
        Window w = Window.term(plan, new Period(2023, 2), LocalDate.of(2023, 7, 20));
        Report report = Aggregator.aggregate(plan, w, Collector.forWindow(w), List.of());
        List<Format> formats = List.of(Format.PDF, Format.DOCX, Format.MD, Format.JSON);

        Renderer together = new Renderer(report, Lang.VI, null);
        List<byte[]> all = together.renderAll(formats, true);
        assertEquals(1, together.templateRuns("report.ftlx"), "the review's XHTML, once for the PDF and the Word file");
        assertEquals(1, together.templateRuns("internal.ftlx"), "the internal file's XHTML, once for both");
        assertEquals(1, together.templateRuns("report.ftl"));

        Renderer alone = new Renderer(report, Lang.VI, null);
        for (int i = 0; i < formats.size(); i++) {
            assertArrayEquals(alone.render(formats.get(i)), all.get(i), formats.get(i) + " alone");
            byte[] internal = alone.renderInternal(formats.get(i));
            if (internal == null) assertEquals(null, all.get(formats.size() + i));
            else assertArrayEquals(internal, all.get(formats.size() + i), formats.get(i) + "'s internal file alone");
        }
        assertEquals(2, alone.templateRuns("report.ftlx"), "alone, each format runs it");
        assertEquals(2, alone.templateRuns("internal.ftlx"));
    }

    /** On one core (one thread), the charts are drawn before the formats that show them: the same bytes, and no format waits for ever. */
    @Test
    @org.junit.jupiter.api.Timeout(value = 10, unit = java.util.concurrent.TimeUnit.MINUTES, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void onOneCoreTheChartsAreDrawnFirstAndEveryFileIsTheSame() throws Exception {
        Plan plan = Pipeline.readPlan(Path.of("plan.yaml")).plan();
        Window w = Window.term(plan, new Period(2023, 2), LocalDate.of(2023, 7, 20));
        Report report = Aggregator.aggregate(plan, w, Collector.forWindow(w), List.of());
        List<Format> formats = List.of(Format.PDF, Format.DOCX, Format.MD);
        Renderer one = new Renderer(report, Lang.VI, null);
        List<byte[]> inTurn = one.renderAll(formats, true, 1);
        assertEquals(1, one.templateRuns("report.ftlx"));
        List<byte[]> together = new Renderer(report, Lang.VI, null).renderAll(formats, true, 2);
        assertEquals(together.size(), inTurn.size());
        for (int i = 0; i < together.size(); i++) {
            if (together.get(i) == null) assertEquals(null, inTurn.get(i));
            else assertArrayEquals(together.get(i), inTurn.get(i), "file " + i);
        }
        assertEquals(new Renderer(report, Lang.VI, null).chartFiles().keySet(), one.chartFiles().keySet());
    }
}
