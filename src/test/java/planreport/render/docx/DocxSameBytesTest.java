package planreport.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import planreport.model.LayoutProfile;
import planreport.model.Manifest;
import planreport.render.Layout;
import planreport.render.ReviewXhtml;

/**
 * The Word writer writes its XML itself, without Apache POI: every .docx is the file POI's XWPF wrote
 * for the same XHTML ({@link PoiDocx}, the writer as it was, kept here as the reference), byte for byte:
 * the shipped example's review and internal notes, the term review, in Vietnamese and English, with
 * their charts; every element and class of the vocabulary; text that XML must escape; page set-ups
 * without page numbers; and a few hundred made-up documents.
 */
class DocxSameBytesTest {
    private static final LayoutProfile LAYOUT = Layout.packaged().profile();
    private static final Pattern IMG = Pattern.compile("<img [^>]*src=\"([^\"]+)\"");

    /** Both writers' files for the same input, and each part of the package, are the same bytes. */
    private static void same(String what, String xhtml, LayoutProfile layout, DocProps props, Map<String, byte[]> images) throws Exception {
        ByteArrayOutputStream poi = new ByteArrayOutputStream(), direct = new ByteArrayOutputStream();
        PoiDocx.write(xhtml, layout, props, poi, images);
        Docx.write(xhtml, layout, props, direct, images);
        Map<String, String> a = parts(poi.toByteArray()), b = parts(direct.toByteArray());
        assertEquals(a.keySet().toString(), b.keySet().toString(), what + ": the parts");
        for (String name : a.keySet()) {
            String x = a.get(name), y = b.get(name);
            if (x.equals(y)) continue;
            int i = 0;
            while (i < Math.min(x.length(), y.length()) && x.charAt(i) == y.charAt(i)) i++;
            int from = Math.max(0, i - 120);
            assertEquals(x.substring(from, Math.min(x.length(), i + 120)), y.substring(from, Math.min(y.length(), i + 120)),
                    what + ": " + name + " differs at " + i + " (text shown as Latin-1 bytes)");
        }
        assertTrue(java.util.Arrays.equals(poi.toByteArray(), direct.toByteArray()), what + ": the file's bytes");
    }

    private static Map<String, String> parts(byte[] zip) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) out.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
        }
        return out;
    }

    /** Made-up PNG bytes for every picture the XHTML shows (the writers take them as they are); two alike, shown once. */
    private static Map<String, byte[]> pictures(String xhtml, Random random) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        byte[] last = null;
        for (Matcher m = IMG.matcher(xhtml); m.find(); ) {
            byte[] png = new byte[200 + random.nextInt(400)];
            random.nextBytes(png);
            if (last != null && random.nextInt(4) == 0) png = last; // the same picture under another name: one part
            out.put(m.group(1), png);
            last = png;
        }
        return out;
    }

    private static LayoutProfile pages(boolean number, boolean firstPage) {
        LayoutProfile.Page p = LAYOUT.page();
        return new LayoutProfile(new LayoutProfile.Page(p.size(), p.widthMm(), p.heightMm(), p.top(), p.bottom(), p.left(), p.right(), number, firstPage,
                p.pageNumberFromTopMm(), p.pageNumberSizePt()), LAYOUT.font(), LAYOUT.text(), LAYOUT.styles());
    }

    @Test
    void theShippedReviewsAreTheBytesPoiWrote(@TempDir Path out) throws Exception {
        Manifest manifest = new Manifest("plan-report", "0.1.0", LocalDate.of(2023, 7, 20), List.of(new Manifest.InputFile("plan", "plan.yaml", "1aa6"),
                new Manifest.InputFile("report", "examples/reports/a&b<c>]]>.csv", "13ef")));
        Random random = new Random(23);
        int n = 0;
        for (String[] run : new String[][] {{"vi", "summary"}, {"en", "summary"}, {"vi", "final"}}) {
            for (String template : new String[] {"report.ftlx", "internal.ftlx"}) {
                String xhtml = ReviewXhtml.of(out.resolve(run[0] + run[1]), run[0], run[1], template);
                DocProps props = new DocProps("BÁO CÁO", "Kết quả quý II năm 2023", run[0], LocalDate.of(2023, 7, 20), template.startsWith("report") ? manifest : null);
                same(run[0] + " " + run[1] + " " + template, xhtml, LAYOUT, props, pictures(xhtml, random));
                n++;
            }
        }
        assertEquals(6, n);
        String xhtml = ReviewXhtml.of(out.resolve("vi-summary"), "vi", "summary", "report.ftlx");
        same("no page numbers", xhtml, pages(false, false), new DocProps(null, null, null, null), Map.of());
        same("a page number on page 1 too", xhtml, pages(true, true), new DocProps("T", null, "en", LocalDate.of(2024, 2, 29)), Map.of());
    }

    @Test
    void everyPartOfTheVocabularyAndTextXmlMustEscape() throws Exception {
        String odd = "a&b<c>d\"e'f]]>g\u00a0h\u2028i\u0085j k\u2003l \uD83D\uDE00 m";
        String many = "&&&&&& <<<< a long text with many entities in it, more than thirty-two characters";
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\"><head><title>t</title></head><body>"
                + "<table class=\"header\"><tr><td class=\"left\"><div class=\"parent\">TỈNH ỦY</div><div class=\"issuer\">BAN DÂN VẬN</div><div class=\"star\">*</div>"
                + "<div>Số 12-BC/BDVTU</div><p class=\"trich-yeu\">V/v</p></td><td class=\"right\"><div><span class=\"national\">ĐẢNG CỘNG SẢN VIỆT NAM</span></div>"
                + "<div class=\"place-date\"><i>Quảng Ngãi, ngày 20 tháng 7 năm 2023</i></div></td></tr></table>"
                + "<p class=\"doc-title\">BÁO CÁO</p><p class=\"doc-subject\">Kết quả</p><p class=\"doc-rule\">-----</p><hr/>"
                + "<p class=\"kinh-gui\">Kính gửi: Ban Thường vụ</p><h2>I. MỘT</h2><h3>1. Hai</h3><h4>a) Ba</h4><h5>năm</h5><h1>Một</h1>"
                + "<p>" + esc(odd) + "</p><p> leading and trailing </p><p>" + esc(many) + "</p><p><![CDATA[x < y && z]]></p>"
                + "<p>a <b>bold <i>both <u>all</u></i></b> <span class=\"italic\">it</span><span class=\"underline\">u</span><strong>s</strong><em>e</em><cite>c</cite>"
                + "<span class=\"label\">l</span><span class=\"bold\">b</span><br/>after break<br/><b><br/></b>end</p>"
                + "<p class=\"pre\">line one\nline two\n\n  spaced</p><pre>pre\nblock</pre><div class=\"pre\"><b>x\ny</b></div>"
                + "<p class=\"flush\">flush</p><p class=\"note\">note</p><p class=\"internal\">i</p><p class=\"legend\">l</p><p class=\"warning\">w</p>"
                + "<p class=\"chart-caption\">c</p><p class=\"lead\">lead</p><ul><li>one <b>b</b></li><li></li><p>in list</p><li><p>para in li</p></li></ul>"
                + "<ol><li>o</li></ol><p></p><p>   </p><div class=\"sign-space\"></div><dl><dt>t</dt><dd>d</dd></dl><blockquote>q</blockquote><address>a</address>"
                + "<p class=\"closing\">closing</p><p class=\"task-head\">task</p><section><custom>unknown   element</custom></section>"
                + "<img src=\"chart.png\" style=\"width: 160mm; height: 47mm\"/><img src=\"missing.png\"/><p>text <img src=\"chart2.png\" style=\"width:80mm;height:30mm\"/> around</p>"
                + "<img src=\"a&amp;b&quot;.png\" style=\"width: 10.5mm\"/><script>x</script><style>p{}</style>"
                + "<table class=\"data\"><thead><tr><th colspan=\"2\">Gộp</th><th rowspan=\"2\">Dọc</th><th rowspan=\"3\">D3</th></tr><tr><th>A</th><th style=\"width: 20%\">B</th></tr></thead>"
                + "<tbody><tr><td>1</td><td class=\"n\">2</td><td class=\"c\">3</td></tr><tr class=\"total\"><td>Tổng</td><td class=\"n\">2</td><td>3</td><td class=\"pre\">p\nq</td></tr>"
                + "<tr><td colspan=\"9\">wide</td></tr><tr><td rowspan=\"x\">bad span</td></tr><tr></tr></tbody><tfoot><tr><td>f</td></tr></tfoot></table>"
                + "<table class=\"data grid\"><tr><th>h</th><td class=\"n\">1</td><td class=\"c\">c</td><td><table><tr><td>nested</td><td>cell</td></tr><tr><td>r2</td></tr></table></td></tr>"
                + "<tr><td><p>two</p><p>paras</p></td><td><ul><li>x</li></ul></td><td></td><td><img src=\"chart.png\" style=\"width: 20mm; height: 10mm\"/></td></tr></table>"
                + "<table><tr><td style=\"width: 30%\">a</td><td>b</td><td>c</td></tr></table><table><tr><th></th></tr></table>"
                + "<table><caption>none</caption><tr><span>no cells</span></tr></table><table></table>"
                + "<div class=\"appendix\"><h2 class=\"appendix\">Phụ lục</h2><p class=\"appendix-title\">Phụ lục 1</p><p class=\"appendix-ref\">(Kèm theo)</p>"
                + "<table class=\"data\"><tr><td>x</td></tr></table></div><div class=\"appendix\"><table class=\"data\"><tr><td>after break</td></tr></table></div>"
                + "<p class=\"closing\">Nơi nhận</p><table class=\"footer\"><tr><td class=\"recipients\"><div class=\"recipients-title\">Nơi nhận:</div><div>- Như trên,</div></td>"
                + "<td class=\"signature\"><div class=\"authority\">T/M</div><div class=\"sign-title\">TRƯỞNG BAN</div><div class=\"sign-space\"></div>"
                + "<div class=\"sign-name\">Nguyễn Văn A</div><div>plain</div></td></tr></table>"
                + "<table class=\"layout\"><tr><td>l</td><td>r</td></tr></table>trailing text<b>bold tail</b></body></html>";
        Random random = new Random(1);
        Map<String, byte[]> images = new LinkedHashMap<>(pictures(xhtml, random));
        images.remove("missing.png");
        images.put("chart2.png", images.get("chart.png")); // one picture under two names: one part, two drawings
        Manifest manifest = new Manifest("plan-report", "0.1.0", null, List.of(new Manifest.InputFile("report", odd, "00"), new Manifest.InputFile("report", many, "11")));
        same("the vocabulary", xhtml, LAYOUT, new DocProps(odd, many, "vi", LocalDate.of(2023, 7, 20), manifest), images);
        same("without a body", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><p>no body</p></html>", LAYOUT, new DocProps("t", "s", null, null), Map.of());
        same("empty", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body></body></html>", pages(false, false), new DocProps(null, null, "en", null), Map.of());
    }

    /** Random documents of the vocabulary: nesting, spans, classes, whitespace and escapes in any mix. */
    @Test
    void madeUpDocuments() throws Exception {
        Random random = new Random(20231207);
        for (int i = 0; i < 100; i++) {
            StringBuilder b = new StringBuilder("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\"><body>");
            int blocks = 1 + random.nextInt(12);
            for (int k = 0; k < blocks; k++) block(b, random, 0);
            b.append("</body></html>");
            String xhtml = b.toString();
            LayoutProfile layout = i % 7 == 0 ? pages(false, false) : i % 5 == 0 ? pages(true, true) : LAYOUT;
            same("made-up " + i, xhtml, layout, new DocProps(i % 3 == 0 ? null : words(random), words(random), i % 2 == 0 ? "vi" : "en",
                    i % 4 == 0 ? null : LocalDate.of(2023, 1 + i % 12, 1 + i % 28)), pictures(xhtml, random));
        }
    }

    private static final String[] CLASSES = {"", "flush", "note", "pre", "lead", "closing", "task-head", "appendix", "warning", "sign-space", "bold",
        "italic", "underline", "label", "n", "c", "total", "grid", "header", "footer", "layout", "recipients", "signature", "national", "doc-title", "x y"};
    private static final String[] TEXTS = {"Thực hiện", " nhiệm vụ ", "  ", "\n", "a&b", "<x>", "]]>", "\u00a0", "\u2003", "số 1.234", "\t", "ộ ữ",
        "&&&&&&&<<<<< more than thirty-two characters here", "\"q\"", "'"};

    private static String words(Random r) {
        StringBuilder b = new StringBuilder();
        for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) b.append(TEXTS[r.nextInt(TEXTS.length)]);
        return b.toString();
    }

    private static String cls(Random r) {
        String c = CLASSES[r.nextInt(CLASSES.length)];
        return c.isEmpty() ? "" : " class=\"" + c + "\"";
    }

    private static void inline(StringBuilder b, Random r, int depth) {
        int n = 1 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
            switch (depth > 2 ? 0 : r.nextInt(7)) {
                case 0, 1 -> b.append(esc(words(r)));
                case 2 -> { b.append("<b>"); inline(b, r, depth + 1); b.append("</b>"); }
                case 3 -> { b.append("<span").append(cls(r)).append('>'); inline(b, r, depth + 1); b.append("</span>"); }
                case 4 -> b.append("<br/>");
                case 5 -> { b.append("<i>"); inline(b, r, depth + 1); b.append("</i>"); }
                default -> b.append("<img src=\"p").append(r.nextInt(3)).append(".png\" style=\"width: ").append(10 + r.nextInt(150)).append("mm; height: 20mm\"/>");
            }
        }
    }

    private static void block(StringBuilder b, Random r, int depth) {
        switch (depth > 2 ? 0 : r.nextInt(8)) {
            case 0, 1 -> { b.append("<p").append(cls(r)).append('>'); inline(b, r, 0); b.append("</p>"); }
            case 2 -> { b.append("<div").append(cls(r)).append('>'); for (int i = r.nextInt(3); i >= 0; i--) block(b, r, depth + 1); b.append("</div>"); }
            case 3 -> { b.append("<ul>"); for (int i = r.nextInt(3); i >= 0; i--) { b.append("<li>"); inline(b, r, 0); b.append("</li>"); } b.append("</ul>"); }
            case 4 -> {
                int h = 2 + r.nextInt(3);
                b.append("<h").append(h).append(cls(r)).append('>');
                inline(b, r, 1);
                b.append("</h").append(h).append('>');
            }
            default -> table(b, r, depth);
        }
    }

    private static void table(StringBuilder b, Random r, int depth) {
        b.append("<table").append(cls(r)).append('>');
        int rows = 1 + r.nextInt(4);
        boolean head = rows > 1 && r.nextBoolean();
        if (head) b.append("<thead>");
        for (int row = 0; row < rows; row++) {
            if (head && row == 1) b.append("</thead><tbody>");
            b.append("<tr").append(cls(r)).append('>');
            for (int c = 0, cells = r.nextInt(4); c < cells; c++) {
                String tag = r.nextInt(4) == 0 ? "th" : "td";
                b.append('<').append(tag).append(cls(r));
                if (r.nextInt(4) == 0) b.append(" colspan=\"").append(1 + r.nextInt(3)).append('"');
                if (r.nextInt(4) == 0) b.append(" rowspan=\"").append(1 + r.nextInt(3)).append('"');
                if (row == 0 && r.nextInt(5) == 0) b.append(" style=\"width: ").append(5 + r.nextInt(50)).append("%\"");
                b.append('>');
                if (r.nextInt(5) == 0) block(b, r, depth + 1); else inline(b, r, 1);
                b.append("</").append(tag).append('>');
            }
            b.append("</tr>");
        }
        b.append(head ? "</tbody>" : "").append("</table>");
    }

    private static String esc(String s) { return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"); }
}
