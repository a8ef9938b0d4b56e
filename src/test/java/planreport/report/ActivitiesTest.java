package planreport.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import planreport.model.Entry;
import planreport.model.Plan;
import planreport.model.Task;

/** The activities read from the rows on duties: the short ways (figures tried only at digits, two halves at once) find what the plain way finds. */
class ActivitiesTest {
    /** Pieces of texts as units write them: the kinds' words in several cases, figures of every shape, separators. */
    private static final String[] PIECES = {"Trong quý, đơn vị đã", "ban hành", "BAN HÀNH", "Ban Hành", "văn bản", "VĂN BẢN", "Văn Bản",
        "báo cáo", "cuộc kiểm tra", "Cuộc Giám Sát", "cuộc giám sát", "chi bộ", "CHI BỘ", "đảng viên", "Đảng Viên", "buổi tuyên truyền",
        "hội viên", "đoàn viên", "người", "tài liệu", "Tài Liệu", "tin, bài", "sơ kết", "Sơ Kết", "đơn vị", "biểu dương", "tập thể",
        "hoạt động chăm lo", "lượt", "thẩm định", "đề án", "hướng dẫn", "công đoàn", "xây dựng", "kế hoạch", "chương trình hành động",
        "3", "12", "1.200", "1 200", "15.000", "2.5", "007", "1234567890123", "x12", "12x", "1.2.3", "99 999", "0", "III.7", ";", ".", ",",
        "tổ chức", "đã", "và", "của", "(", ")", "\u0130", "\u017f"};

    @Test
    void figuresTriedOnlyAtDigitsFindWhatFindFinds() {
        List<Activities.Kind> kinds = Activities.kinds();
        int figureFirst = 0;
        for (Activities.Kind k : kinds) figureFirst += k.figureFirst().size();
        assertTrue(figureFirst >= 5, "the patterns written with a figure first are known as such: " + figureFirst);
        Random random = new Random(23);
        int found = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i >= 0; i--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextInt(5) > 0) text.append(' ');
            }
            for (Activities.Kind k : kinds) {
                long[] got = Activities.find(k, text.toString());
                assertEquals(Arrays.toString(plain(k, text.toString())), Arrays.toString(got), k.id() + " in: " + text);
                if (got != null) found++;
            }
        }
        assertTrue(found > 2_000, "texts with activities: " + found);
    }

    @Test
    void twoHalvesAtOnceGiveWhatTheRowsInTurnGive() {
        Plan plan = new Plan(ClassifyTest.plan().info(), List.of(), ClassifyTest.plan().reporting(), ClassifyTest.plan().sections(),
                List.of(new Task("III.1", "III", "Phổ biến", List.of(), "A", List.of("a"), List.of(),
                        new planreport.model.Timeframe(planreport.model.Timeframe.Kind.ONGOING, LocalDate.of(2022, 1, 1), null, "Thường xuyên"), true)),
                ClassifyTest.plan().bodies(), ClassifyTest.plan().indicators());
        Random random = new Random(7);
        List<Entry> rows = new ArrayList<>();
        for (int n = 0; n < 3 * Activities.SPLIT; n++) {
            String text = "Tổ chức " + random.nextInt(20) + " cuộc kiểm tra; ban hành " + random.nextInt(9) + " văn bản; "
                    + (random.nextInt(3) == 0 ? "sơ kết tại " + random.nextInt(50) + " đơn vị" : "xây dựng kế hoạch");
            rows.add(AssessmentTest.duty("u" + random.nextInt(4_000), "III.1", random.nextInt(4) == 0 ? ClassifyTest.Q1 : ClassifyTest.Q2, text));
        }
        Window window = Window.quarter(ClassifyTest.Q2, AssessmentTest.AFTER_Q2_DUE);
        List<Report.Activity> got = Activities.of(plan, window, rows);
        // the rows in turn, the plain way
        List<Activities.Kind> kinds = Activities.kinds();
        Map<String, long[]> sums = new LinkedHashMap<>();
        Map<String, Set<String>> units = new LinkedHashMap<>();
        for (Entry e : rows) {
            if (!window.contains(e.period())) continue;
            for (Activities.Kind k : kinds) {
                long[] f = plain(k, e.result());
                if (f == null) continue;
                long[] s = sums.computeIfAbsent(k.id(), x -> new long[2]);
                s[0] += f[0];
                s[1] += f[1];
                units.computeIfAbsent(k.id(), x -> new HashSet<>()).add(e.unitId());
            }
        }
        List<Report.Activity> want = new ArrayList<>();
        for (Activities.Kind k : kinds) {
            if (sums.containsKey(k.id())) want.add(new Report.Activity(k.id(), sums.get(k.id())[0], sums.get(k.id())[1], units.get(k.id()).size()));
        }
        assertEquals(4, want.size(), "plans, documents, inspections, reviews: " + want);
        assertEquals(want, got);
    }

    /** The figures of a kind in a text, every pattern tried at every place ({@link Matcher#find()}). */
    private static long[] plain(Activities.Kind k, String text) {
        long[] sum = null;
        for (Pattern p : k.patterns()) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (sum == null) sum = new long[2];
                if (m.groupCount() >= 1 && m.group(1) != null) sum[0] += figure(m.group(1));
                if (m.groupCount() >= 2 && m.group(2) != null) sum[1] += figure(m.group(2));
            }
        }
        return sum;
    }

    private static long figure(String s) {
        String digits = s.replaceAll("[. ]", "");
        return digits.length() > 12 ? 0 : Long.parseLong(digits);
    }

}
