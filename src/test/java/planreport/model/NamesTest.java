package planreport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
