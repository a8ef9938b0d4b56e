package planreport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How typed names are compared: NFC/NFD, case, spacing, diacritics. */
class NamesTest {
    @Test
    void nfdAndCaseAndSpacesCompareEqual() {
        String nfd = Normalizer.normalize("Đảng đoàn  LIÊN ĐOÀN Lao động tỉnh ", Normalizer.Form.NFD);
        assertEquals(Names.key("Đảng đoàn Liên đoàn Lao động tỉnh"), Names.key(nfd));
    }

    @Test
    void foldStripsDiacriticsIncludingDStroke() {
        assertEquals("dang doan ldld tinh", Names.fold("Đảng đoàn LĐLĐ tỉnh"));
    }

    @Test
    void closestSuggestsTheIntendedBody() {
        List<String> names = List.of("Ban Tuyên giáo Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "Ban Dân vận Tỉnh ủy");
        assertEquals("Ban Tuyên giáo Tỉnh ủy", Names.closest("Ban Tuyen giao", names).orElseThrow());
        assertTrue(Names.closest("Sở Y tế", names).isEmpty());
    }

    /** The index's banded edit distance is the Levenshtein distance up to the bound (anything past it is max + 1), for any pair and bound. */
    @Test
    void theBandedDistanceOfTheIndexIsTheBoundedDistance() {
        java.util.Random r = new java.util.Random(7);
        String alphabet = "abcđơ ";
        for (int k = 0; k < 20_000; k++) {
            String a = random(r, alphabet, r.nextInt(12)), b = random(r, alphabet, r.nextInt(12));
            int max = r.nextInt(6);
            assertEquals(Math.min(max + 1, Names.distance(a, b, max)), Names.Index.banded(a.toCharArray(), b, max), a + " / " + b + " max " + max);
        }
    }

    private static String random(java.util.Random r, String alphabet, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        return b.toString();
    }

    /**
     * The fast path that skips the normalizer (Names.plainNfc) takes only text the normalizer would
     * leave as it is: each character it lets through, alone and next to each of the arrows added to it.
     */
    @Test
    void theFastPathTakesOnlyTextAlreadyNfc() {
        java.util.List<String> through = new java.util.ArrayList<>();
        for (char c = 0; c < 0x2200; c++) {
            if (Character.isSurrogate(c)) continue;
            String s = String.valueOf(c);
            if (Names.plainNfc(s)) through.add(s);
        }
        assertTrue(through.size() > 1000, "characters through: " + through.size());
        assertTrue(Names.plainNfc("Cơ quan cũ → Cơ quan mới ← ↔"));
        assertFalse(Names.plainNfc("\u219A"), "↚ decomposes");
        for (String s : through) {
            assertTrue(Normalizer.isNormalized(s, Normalizer.Form.NFC), s);
            for (char a = 0x2190; a <= 0x2199; a++) {
                assertTrue(Normalizer.isNormalized(s + a, Normalizer.Form.NFC), s + a);
                assertTrue(Normalizer.isNormalized(a + s, Normalizer.Form.NFC), a + s);
            }
        }
    }
}
