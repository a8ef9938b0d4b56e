package planreport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import planreport.cli.CliRun;
import planreport.cli.ExitCode;
import planreport.model.Names;

/**
 * The compiled report read as a review: its core parts, a subject that names the window truly, the
 * staff's notes merged in, identical notes grouped, the internal appendix only when wanted, and the
 * body's length on the shipped example.
 */
class ReviewTest {
    static final String EXAMPLE = "examples/reports";

    private static String pdfText(PDDocument doc, int from, int to) throws Exception {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(from);
        s.setEndPage(to);
        return s.getText(doc).replace('\u00a0', ' ').replaceAll("\\s+", " ");
    }

    /** "Trên đây là báo cáo …" on the page of "Nơi nhận:": the signature never stands alone on a page. */
    private static void assertClosingWithSignature(PDDocument doc, int appendix, String what) throws Exception {
        int closing = -1, recipients = -1;
        for (int p = 1; p < appendix; p++) {
            String text = pdfText(doc, p, p);
            if (text.contains("Trên đây là báo cáo")) closing = p;
            if (text.contains("Nơi nhận:")) recipients = p;
        }
        assertTrue(closing > 0 && closing == recipients, what + ": the closing sentence on page " + closing + ", Nơi nhận on page " + recipients);
    }

    /** The page "PHỤ LỤC 1" starts on: the pages before it are the body. */
    private static int firstAppendixPage(PDDocument doc) throws Exception {
        for (int p = 1; p <= doc.getNumberOfPages(); p++) if (pdfText(doc, p, p).contains("PHỤ LỤC 1")) return p;
        return -1;
    }

    @Test
    void theQuarterAndTheTermReviewHaveTheCorePartsAndFitTheirPageTargets(@TempDir Path out) throws Exception {
        CliRun q = CliRun.of("compile", "--as-of", "2023-07-20", "--kind", "summary", "--period", "2023-Q2", "--format", "pdf",
                "--out", out.toString(), EXAMPLE);
        assertEquals(ExitCode.OK, q.exit(), q.err());
        CliRun f = CliRun.of("compile", "--as-of", "2023-07-20", "--kind", "final", "--format", "pdf", "--out", out.toString(), EXAMPLE);
        assertEquals(ExitCode.OK, f.exit(), f.err());
        Map<String, Integer> limits = new LinkedHashMap<>();
        limits.put("bao-cao-so-ket-2023-Q2.pdf", 12);
        limits.put("bao-cao-tong-ket-2021-Q4_2023-Q2.pdf", 16);
        for (var e : limits.entrySet()) {
            try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(out.resolve(e.getKey())))) {
                int appendix = firstAppendixPage(doc);
                assertTrue(appendix > 1, e.getKey() + " has no appendix");
                assertTrue(appendix - 1 <= e.getValue(), e.getKey() + ": body of " + (appendix - 1) + " pages, more than " + e.getValue());
                String body = pdfText(doc, 1, appendix - 1);
                String lower = body.toLowerCase(Locale.ROOT);
                for (String w : new String[] {"ưu điểm", "hạn chế", "nguyên nhân", "phương hướng", "thời gian tới", "kiến nghị, đề xuất"}) {
                    assertTrue(lower.contains(w), e.getKey() + " lacks “" + w + "”");
                }
                // lessons belong to a sơ kết or tổng kết, not to a quarter's report
                assertEquals(e.getKey().startsWith("bao-cao-tong-ket"), lower.contains("bài học kinh nghiệm"), e.getKey());
                assertTrue(body.contains("Trên đây là báo cáo"), e.getKey());
                assertTrue(body.contains("Thực hiện Kế hoạch số …-KH/TU ngày … của Ban Thường vụ Tỉnh ủy"), e.getKey());
                assertTrue(body.contains("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TRIỂN KHAI THỰC HIỆN") && body.contains("V. KIẾN NGHỊ, ĐỀ XUẤT"), e.getKey());
                assertFalse(body.contains("•"), "lists use “-”");
                assertFalse(body.contains("NHỮNG VIỆC CẦN ĐÔN ĐỐC"), "follow-up lists are not in the body");
                // the subject and the opening, up to the first part, and the closing sentence
                String head = body.substring(0, body.indexOf("I. CÔNG TÁC"));
                String closing = body.substring(body.indexOf("Trên đây là báo cáo"));
                assertFalse(head.toLowerCase(Locale.ROOT).contains("tổng kết") || closing.startsWith("Trên đây là báo cáo tổng kết"),
                        "a review inside the term is not a “tổng kết”: " + head);
                String all = pdfText(doc, appendix, doc.getNumberOfPages());
                // the quarter's review is the monitoring board's own, the term's the standing committee's
                String ref = e.getKey().contains("tong-ket") ? "(Kèm theo Báo cáo số -BC/TU ngày 20/7/2023 của Ban Thường vụ Tỉnh ủy)"
                        : "(Kèm theo Báo cáo số -BC/BDVTU ngày 20/7/2023 của Ban Dân vận Tỉnh ủy)";
                assertTrue(all.contains(ref), all.substring(0, 300));
                assertClosingWithSignature(doc, appendix, e.getKey());
            }
        }
        // the term's end: the whole examples, to 2025-Q4, reviewed in January 2026
        CliRun t = CliRun.of("compile", "--as-of", "2026-01-20", "--kind", "final", "--format", "pdf", "--out", out.toString(), EXAMPLE);
        assertEquals(ExitCode.OK, t.exit(), t.err());
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(out.resolve("bao-cao-tong-ket-2021-Q4_2025-Q4.pdf")))) {
            int appendix = firstAppendixPage(doc);
            assertTrue(appendix > 1 && appendix - 1 <= 16, "term review: body of " + (appendix - 1) + " pages, more than 16");
            String body = pdfText(doc, 1, appendix - 1);
            assertTrue(body.contains("Trên đây là báo cáo tổng kết"), body);
            assertTrue(body.contains("Từ ngày 01/02/2025, nhiệm vụ của"), "dates as in the header: a month below 3 with its zero");
            assertTrue(pdfText(doc, appendix, appendix).contains("(Kèm theo Báo cáo số -BC/TU ngày 20/01/2026 của Ban Thường vụ Tỉnh ủy)"));
            assertClosingWithSignature(doc, appendix, "term review");
        }
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(out.resolve("bao-cao-tong-ket-2021-Q4_2023-Q2.pdf")))) {
            assertTrue(pdfText(doc, 1, 1).contains("Sơ kết 2 năm thực hiện Nghị quyết số 02-NQ/TW"), pdfText(doc, 1, 1));
        }
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(out.resolve("bao-cao-so-ket-2023-Q2.pdf")))) {
            assertTrue(pdfText(doc, 1, 1).contains("Kết quả quý II năm 2023 thực hiện Nghị quyết số 02-NQ/TW"), pdfText(doc, 1, 1));
        }
    }

    @Test
    void subjectsNameTheWindowAndTotalReviewIsKeptForTheTermsEnd(@TempDir Path out) throws Exception {
        String[][] cases = {
                {"summary", "--period", "2022", "Kết quả năm 2022 thực hiện"},
                {"summary", "--from", "2023-Q1", "Kết quả 6 tháng đầu năm 2023 thực hiện"},
                {"summary", "--from", "2022-Q1", "Sơ kết 1 năm thực hiện"},
        };
        String[] to = {null, "2023-Q2", "2023-Q1"};
        for (int i = 0; i < cases.length; i++) {
            String[] c = cases[i];
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("compile", "--as-of", "2023-07-20", "--kind", c[0], c[1], c[2]));
            if (to[i] != null) args.addAll(java.util.List.of("--to", to[i]));
            args.addAll(java.util.List.of("--format", "json", "--out", out.toString(), EXAMPLE));
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertEquals(ExitCode.OK, r.exit(), r.err());
        }
        assertTrue(json(out, "bao-cao-so-ket-2022.json").get("document").get("subject").asText().startsWith(cases[0][3]));
        assertTrue(json(out, "bao-cao-so-ket-2023-Q1_2023-Q2.json").get("document").get("subject").asText().startsWith(cases[1][3]));
        JsonNode year = json(out, "bao-cao-so-ket-2022-Q1_2023-Q1.json");
        assertTrue(year.get("document").get("subject").asText().startsWith(cases[2][3]), year.get("document").get("subject").asText());
        assertEquals("milestone", year.get("review").get("scope").asText());
    }

    private static JsonNode json(Path dir, String name) throws Exception { return Json.mapper().readTree(dir.resolve(name).toFile()); }

    @Test
    void identicalDifficultiesAndProposalsAreGroupedWithTheirUnits(@TempDir Path out) throws Exception {
        CliRun r = CliRun.of("compile", "--as-of", "2023-07-20", "--kind", "summary", "--period", "2022", "--format", "json,md",
                "--out", out.toString(), EXAMPLE);
        assertEquals(ExitCode.OK, r.exit(), r.err());
        JsonNode j = json(out, "bao-cao-so-ket-2022.json");
        for (String[] kv : new String[][] {{"difficulties", "difficulties_by_unit"}, {"proposals", "proposals_by_unit"}}) {
            Map<String, Set<String>> units = new LinkedHashMap<>();
            for (JsonNode n : j.get(kv[0])) units.computeIfAbsent(Names.key(n.get("text").asText()), k -> new LinkedHashSet<>()).add(n.get("body").asText());
            JsonNode groups = j.get("review").get(kv[1]);
            assertEquals(units.size(), groups.size(), kv[0] + ": one group per distinct text");
            assertTrue(j.get(kv[0]).size() > groups.size(), kv[0] + ": the example repeats texts");
            int previous = Integer.MAX_VALUE;
            for (JsonNode g : groups) {
                String key = Names.key(g.get("text").asText());
                Set<String> expected = null;
                for (var e : units.entrySet()) if (e.getKey().startsWith(key)) expected = e.getValue();
                assertEquals(expected.size(), g.get("count").asInt(), key);
                assertEquals(expected.size(), g.get("bodies").size(), key);
                assertTrue(g.get("count").asInt() <= previous, "most often first");
                previous = g.get("count").asInt();
                if (g.get("count").asInt() > 1) assertTrue(g.get("by_text").asText().startsWith("(" + g.get("count").asInt() + " đơn vị: "), g.get("by_text").asText());
            }
        }
        String md = Files.readString(out.resolve("bao-cao-so-ket-2022.md"));
        String body = md.substring(0, md.indexOf("## PHỤ LỤC 1"));
        JsonNode first = j.get("review").get("causes").get("groups").get(0);
        assertEquals(1, body.split(java.util.regex.Pattern.quote(first.get("text").asText()), -1).length - 1, "a grouped text appears once in the body");
        // in the body, how many units wrote it; their names are in the appendix
        assertEquals("(" + first.get("count").asInt() + " cơ quan, đơn vị nêu).", first.get("by_text").asText());
        String causes = body.substring(body.indexOf("#### b) Nguyên nhân"), body.indexOf("## IV."));
        assertFalse(causes.contains("Ủy ban nhân dân huyện") || causes.contains("Huyện ủy"), "no unit named among the causes: " + causes);
        assertTrue(causes.contains("Nguyên nhân khách quan") && causes.contains("Nguyên nhân chủ quan:"), causes);
        assertTrue(md.substring(md.indexOf("## PHỤ LỤC 4.")).contains("Ủy ban nhân dân huyện"), "the appendix names them");
    }

    @Test
    void notesAreMergedEscapedAndAPartWithNothingSaysSo(@TempDir Path out) throws Exception {
        Path notes = out.resolve("ghi-chu.md");
        Files.writeString(notes, """
                ## Công tác lãnh đạo, chỉ đạo
                Ban Thường vụ Tỉnh ủy ban hành Công văn số 15-CV/TU về <b>đôn đốc</b> ${7*7}.

                ## Bài học kinh nghiệm
                - Phát huy vai trò người đứng đầu.
                - Kiểm tra, giám sát thường xuyên.

                ## Kiến nghị, đề xuất
                Đề nghị Ban Dân vận Trung ương hướng dẫn thêm.
                """);
        CliRun r = CliRun.of("compile", "--as-of", "2023-07-20", "--kind", "summary", "--period", "2023-Q2", "--format", "md,json,pdf",
                "--notes", notes.toString(), "--out", out.toString(), EXAMPLE);
        assertEquals(ExitCode.OK, r.exit(), r.err());
        String md = Files.readString(out.resolve("bao-cao-so-ket-2023-Q2.md"));
        String leadership = md.substring(md.indexOf("## I. "), md.indexOf("## II. "));
        assertTrue(leadership.contains("Ban Thường vụ Tỉnh ủy ban hành Công văn số 15-CV/TU về &lt;b&gt;đôn đốc&lt;/b&gt; \\${7\\*7}."), leadership);
        assertFalse(leadership.contains("nhiệm vụ tổ chức thực hiện (mục III"), "the notes replace the data's points: " + leadership);
        String lessons = md.substring(md.indexOf("### 3. Bài học kinh nghiệm"), md.indexOf("## IV. "));
        assertTrue(lessons.contains("- Phát huy vai trò người đứng đầu.\n- Kiểm tra, giám sát thường xuyên."), lessons);
        assertFalse(lessons.contains("chưa tổng hợp"), lessons);
        String proposals = md.substring(md.indexOf("## V. "), md.indexOf("Trên đây là báo cáo"));
        assertTrue(proposals.contains("Đề nghị Ban Dân vận Trung ương hướng dẫn thêm.") && !proposals.contains("…"), proposals);
        assertFalse(r.err().contains("review-to-fill"), "the notes fill what the office must write: " + r.err());
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(out.resolve("bao-cao-so-ket-2023-Q2.pdf")))) {
            String text = pdfText(doc, 1, doc.getNumberOfPages());
            assertTrue(text.contains("về <b>đôn đốc</b> ${7*7}."), "notes text is shown literally in the PDF");
        }

        // without notes, a quarter's report has no lessons at all, and part V the units' requests put to the Thường trực Tỉnh ủy
        CliRun plain = CliRun.of("compile", "--as-of", "2023-07-20", "--kind", "summary", "--period", "2023-Q2", "--format", "md",
                "--out", out.resolve("plain").toString(), EXAMPLE);
        assertEquals(ExitCode.OK, plain.exit(), plain.err());
        String p = Files.readString(out.resolve("plain/bao-cao-so-ket-2023-Q2.md"));
        assertFalse(p.contains("Bài học kinh nghiệm") || p.contains("chưa tổng hợp"), p);
        assertTrue(p.contains("## V. KIẾN NGHỊ, ĐỀ XUẤT\n\n- Đề nghị Thường trực Tỉnh ủy chỉ đạo "), p);
        assertFalse(p.contains("Ban Bí thư"), "a board proposes to its superior, not to the Centre: " + p);
        assertFalse(plain.err().contains("review-to-fill"), plain.err());
    }

    @Test
    void badNotesStopTheRunWithALineAndNothingIsWritten(@TempDir Path out) throws Exception {
        Path notes = out.resolve("n.md");
        Files.writeString(notes, "## Uu diem\nTốt.\n## Kiến nghi đê xuât\nx\n## Tồn tại\ny\n");
        CliRun r = CliRun.of("compile", "--as-of", "2023-07-20", "--kind", "summary", "--period", "2023-Q2", "--format", "md",
                "--notes", notes.toString(), "--out", out.resolve("o").toString(), EXAMPLE);
        assertEquals(ExitCode.ERRORS, r.exit(), r.err());
        assertTrue(r.err().contains(notes + ":5:") && r.err().contains("lỗi[notes]") && r.err().contains("“Tồn tại”"), r.err());
        assertEquals(1, r.err().lines().filter(l -> l.contains("lỗi[notes]")).count(), "accents and case are ignored: " + r.err());
        assertFalse(Files.exists(out.resolve("o")));
    }

    @Test
    void theFollowUpListIsNeverInTheReviewAndNoInternalDropsItsFile(@TempDir Path out) throws Exception {
        for (String variant : new String[] {"with", "without"}) {
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("compile", "--as-of", "2023-07-20", "--kind", "summary",
                    "--period", "2023-Q2", "--format", "md,pdf", "--out", out.resolve(variant).toString()));
            if (variant.equals("without")) args.add("--no-internal");
            args.add(EXAMPLE);
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertEquals(ExitCode.OK, r.exit(), r.err());
        }
        // the review never carries the follow-up list; by default it is written beside it, in its own file
        String with = Files.readString(out.resolve("with/bao-cao-so-ket-2023-Q2.md"));
        String internal = Files.readString(out.resolve("with/bao-cao-so-ket-2023-Q2-noi-bo.md"));
        String without = Files.readString(out.resolve("without/bao-cao-so-ket-2023-Q2.md"));
        assertTrue(internal.contains("DANH SÁCH CẦN ĐÔN ĐỐC") && internal.contains("Tài liệu dùng nội bộ"), "internal file by default");
        assertFalse(Files.exists(out.resolve("without/bao-cao-so-ket-2023-Q2-noi-bo.md")), "no internal file under --no-internal");
        for (String review : new String[] {with, without}) {
            assertFalse(review.contains("DANH SÁCH CẦN ĐÔN ĐỐC") || review.contains("Tài liệu dùng nội bộ") || review.contains("Đơn vị chưa gửi báo cáo"), review);
            assertTrue(review.contains("## PHỤ LỤC 3."), "the appendices for the recipients stay");
        }
        assertEquals(with, without, "the same review either way");
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(out.resolve("without/bao-cao-so-ket-2023-Q2.pdf")))) {
            assertFalse(pdfText(doc, 1, doc.getNumberOfPages()).contains("DANH SÁCH CẦN ĐÔN ĐỐC"));
        }
    }

    @Test
    void notesInitWritesTheHeadingsAndTheDataDraftAsCommentsAndCompileAcceptsIt(@TempDir Path out) throws Exception {
        Path notes = out.resolve("ghi-chu.md");
        CliRun r = CliRun.of("notes", "init", "--out", notes.toString(), "--as-of", "2023-07-20", "--kind", "summary", "--period", "2023-Q2", EXAMPLE);
        assertEquals(ExitCode.OK, r.exit(), r.err());
        assertTrue(r.out().contains("đã ghi " + notes), r.out());
        String text = Files.readString(notes);
        for (String h : new String[] {"## Công tác lãnh đạo, chỉ đạo, triển khai thực hiện", "## Kết quả thực hiện", "## Ưu điểm", "## Hạn chế, khuyết điểm",
                "## Nguyên nhân", "## Bài học kinh nghiệm", "## Phương hướng, nhiệm vụ thời gian tới", "## Kiến nghị, đề xuất"}) {
            assertTrue(text.contains("\n" + h + "\n"), h + " in\n" + text);
        }
        assertTrue(text.contains("<!-- Số liệu gợi ý"), text);
        assertTrue(text.contains("- Có 1 cơ quan, đơn vị không gửi báo cáo suốt 7 quý liên tiếp (từ quý IV năm 2021 đến quý II năm 2023)."), text);
        assertTrue(text.contains("(7 cơ quan, đơn vị nêu)"), "grouped difficulties in the draft");
        assertTrue(text.contains("- Đề nghị Thường trực Tỉnh ủy chỉ đạo Đảng đoàn Liên đoàn Lao động tỉnh lãnh đạo, chỉ đạo Liên đoàn Lao động tỉnh hỗ trợ tài liệu"),
                "a board's review puts the units' requests to the Thường trực Tỉnh ủy: " + text);
        // comments hold no "--" that could close them early
        for (String line : text.split("\n")) if (line.startsWith("- ")) assertFalse(line.contains("--"), line);

        CliRun again = CliRun.of("notes", "init", "--out", notes.toString());
        assertEquals(ExitCode.USAGE, again.exit(), "refuses to overwrite without --force");
        CliRun c = CliRun.of("compile", "--as-of", "2023-07-20", "--kind", "summary", "--period", "2023-Q2", "--format", "md",
                "--notes", notes.toString(), "--out", out.resolve("o").toString(), EXAMPLE);
        assertEquals(ExitCode.OK, c.exit(), c.err());
        CliRun plain = CliRun.of("compile", "--as-of", "2023-07-20", "--kind", "summary", "--period", "2023-Q2", "--format", "md",
                "--out", out.resolve("p").toString(), EXAMPLE);
        assertEquals(Files.readString(out.resolve("p/bao-cao-so-ket-2023-Q2.md")), Files.readString(out.resolve("o/bao-cao-so-ket-2023-Q2.md")),
                "an untouched notes file changes nothing");

        Path en = out.resolve("notes.en.md");
        assertEquals(ExitCode.OK, CliRun.of("notes", "init", "--lang", "en", "--out", en.toString()).exit());
        String e = Files.readString(en);
        assertTrue(e.contains("\n## Strengths\n") && e.contains("\n## Directions for the next period\n") && !e.contains("Số liệu"), e);
    }

    /**
     * The body (before its first appendix, on one line) of the 2022-Q2 summary compiled as Markdown
     * from {@code reports} as of {@code asOf}, in {@code lang}.
     */
    private static String q2Body(Path out, String asOf, String reports, String lang) throws Exception {
        CliRun c = CliRun.of("compile", "--as-of", asOf, "--kind", "summary", "--period", "2022-Q2", "--format", "md", "--lang", lang,
                "--out", out.toString(), reports);
        assertEquals(ExitCode.OK, c.exit(), c.err());
        String md = Files.readString(out.resolve("bao-cao-so-ket-2022-Q2" + (lang.equals("en") ? ".en" : "") + ".md"));
        int appendix = md.indexOf(lang.equals("en") ? "APPENDIX" : "PHỤ LỤC");
        return (appendix < 0 ? md : md.substring(0, appendix)).replaceAll("\\s+", " ");
    }

    @Test
    void theAssessmentNamesUndatedReportsAndReportsThatContradictAnEarlierOne(@TempDir Path out) throws Exception {
        String body = q2Body(out, "2022-07-25", CompileNumbersTest.REGRESSION, "vi");
        assertTrue(body.contains("1 báo cáo không ghi ngày báo cáo (của 1 cơ quan, đơn vị)"), body);
        assertTrue(body.contains("Có 1 trường hợp báo cáo mâu thuẫn với báo cáo kỳ trước: Đảng đoàn Liên đoàn Lao động tỉnh đã báo cáo nhiệm vụ 2.1"
                + " hoàn thành trong quý I năm 2022 nhưng báo cáo quý II năm 2022 lại ghi chưa hoàn thành; cần xác định lại."), body);
        assertTrue(body.contains("Đề nghị 1 cơ quan, đơn vị ghi đầy đủ ngày báo cáo"), body);
        assertTrue(body.contains("Phối hợp với 1 cơ quan, đơn vị có báo cáo mâu thuẫn"), body);
        String en = q2Body(out, "2022-07-25", CompileNumbersTest.REGRESSION, "en");
        assertTrue(en.contains("reports without a reporting date (by 1 bodies)"), en);
        assertTrue(en.contains("One report contradicts an earlier one"), en);
    }

    @Test
    void aQuarterNotYetDueIsSaidToBeNotDueRatherThanCountedMissing(@TempDir Path out) throws Exception {
        // 2022-Q2 reports are due 15/07/2022: on 10/07 what has not come is not missing
        String body = q2Body(out, "2022-07-10", CompileNumbersTest.SAMPLE, "vi");
        assertTrue(body.contains("Báo cáo quý II năm 2022 chưa đến hạn gửi (hạn gửi ngày 15/7/2022)"), body);
        assertFalse(body.contains("báo cáo chưa gửi"), body);
        assertFalse(q2Body(out, "2022-07-25", CompileNumbersTest.SAMPLE, "vi").contains("chưa đến hạn gửi"), "once due, it is not said");
    }
}
