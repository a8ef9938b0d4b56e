package planreport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Names.nfc's fast path for plain Vietnamese text gives exactly what the full normalizer gives. */
class NfcFastPathTest {

    @Test
    void everyPairOfFastPathCharactersIsAlreadyNfc() {
        StringBuilder set = new StringBuilder();
        for (char c = 0; c < 0x300; c++) set.append(c);
        for (char c = 0x1E00; c <= 0x1EFF; c++) set.append(c);
        for (char c = 0x2010; c <= 0x2027; c++) set.append(c);
        for (int i = 0; i < set.length(); i++) {
            for (int j = 0; j < set.length(); j++) {
                String s = "" + set.charAt(i) + set.charAt(j);
                assertEquals(Normalizer.normalize(s, Normalizer.Form.NFC), Names.nfc(s), Integer.toHexString(s.charAt(0)) + " " + Integer.toHexString(s.charAt(1)));
            }
        }
    }

    @Property(tries = 500)
    void nfcAgreesWithTheNormalizer(@ForAll("text") String s) {
        assertEquals(Normalizer.normalize(s, Normalizer.Form.NFC), Names.nfc(s));
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.strings().withChars("aăâeêioôơuưyđAĂÂĐạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ –…“”")
                .withChars("\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031B\u2000\u2001\u212B\uFB01").ofMaxLength(40);
    }
}
