package planreport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** Unit text cannot change a Markdown document: every special character is escaped, and unescapes back to the text. */
class MarkdownTextTest {
    /** What a CommonMark reader shows for our escapes: backslash escapes and the few entities we emit. */
    static String shown(String md) {
        return md.replace("<br>", "\n").replaceAll("\\\\(.)", "$1").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    @Test
    void hostileTextIsEscapedAndReadsBackLiterally() {
        String[] hostile = {"Cột | có | ống", "<b>html</b>", "${7*7}", "<#assign x=1>", "*sao* _gạch_ `mã`", "[liên kết](http://x)",
                "# tiêu đề", "- không phải danh sách", "1. cũng không", "> không trích dẫn", "a\\b", "~~gạch~~", "&amp; &#169;", "Sở KH&ĐT"};
        for (String h : hostile) {
            String e = MarkdownText.escape(h);
            assertEquals(h, shown(e), e);
            assertFalse(e.matches("(?s).*(?<!\\\\)\\|.*"), "unescaped pipe in " + e);
            assertFalse(e.contains("<b>") || e.contains("<#"), e);
        }
        assertEquals("\\# tiêu đề", MarkdownText.escape("# tiêu đề"));
        assertEquals("1\\. cũng không", MarkdownText.escape("1. cũng không"));
        assertEquals("dòng 1<br>\\- dòng 2", MarkdownText.escape("dòng 1\r\n- dòng 2"));
        assertEquals("Sở KH&ĐT", MarkdownText.escape("Sở KH&ĐT"));
    }

    /** Text with nothing to escape is returned as it is (no copy), and only such text: each marker or special character still escapes. */
    @Test
    void plainTextIsItsOwnEscape() {
        String plain = "Đảng ủy xã Tân Phú: đã hoàn thành 12/12 chỉ tiêu (100%), đúng hạn; 1.250 hội viên.";
        org.junit.jupiter.api.Assertions.assertSame(plain, MarkdownText.escape(plain));
        org.junit.jupiter.api.Assertions.assertSame("", MarkdownText.escape(""));
        for (String marked : new String[] {"\tlề", "- gạch", "+ cộng", "= bằng", "> trích", "3) ba", "12. mười hai", "a\nb", "a\rb", "a\tb",
                "a\\b", "a`b", "a*b", "a_b", "a[b", "a]b", "a|b", "a#b", "a~b", "a$b", "a<b", "a>b", "a&#1;b"}) {
            assertFalse(MarkdownText.plain(marked), marked);
            assertFalse(marked.equals(MarkdownText.escape(marked)), marked);
        }
        for (String start : new String[] {" lề", "a&b", " "}) {
            assertFalse(MarkdownText.plain(start), start);   // may need no escape, but takes the long way
            assertEquals(start, shown(MarkdownText.escape(start)));
        }
        // numbers, dates, periods and signed figures are plain (no list marker: no space after the sign, or the digits end otherwise)
        for (String own : new String[] {"3 ba", "-gạch", "2023-Q2", "2023-07-15", "12", "1.250", "12,5%", "100%", "-5%", "+3", "=x", "3.5", "12)x",
                "1234567890. mười chữ số"}) {
            org.junit.jupiter.api.Assertions.assertSame(own, MarkdownText.escape(own), own);
        }
    }

    /** Text taken as plain is what the long way gives back unchanged: every short string over the characters that decide it. */
    @Test
    void plainTextIsWhatTheLongWayLeavesAlone() {
        char[] alphabet = {'1', '0', '.', ')', '-', '+', '=', '>', ' ', '\u000B', '\f', '\t', '\n', 'a', 'ễ', '&', ';', '#', '*', '<'};
        int checked = 0;
        StringBuilder b = new StringBuilder();
        for (int len = 1; len <= 4; len++) {
            int[] at = new int[len];
            while (true) {
                b.setLength(0);
                for (int i : at) b.append(alphabet[i]);
                String s = b.toString();
                if (MarkdownText.plain(s)) assertEquals(s, MarkdownText.escaped(s), "taken as plain: " + s.replace("\n", "\\n"));
                checked++;
                int k = len - 1;
                while (k >= 0 && ++at[k] == alphabet.length) at[k--] = 0;
                if (k < 0) break;
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(checked > 150_000, checked + " strings");
        for (String digits : new String[] {"123456789.", "123456789. x", "1234567890.", "1234567890. x", "7)", "7) x", "7)x"}) {
            assertEquals(MarkdownText.escaped(digits).equals(digits), MarkdownText.plain(digits), digits);
        }
    }
}
