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
}
