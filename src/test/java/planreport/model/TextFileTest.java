package planreport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packaged catalogues are NFC as written: TextFile hands their texts on as they are (normalising
 * each one at every start was work a run paid for nothing), so a text typed in another form must fail here.
 */
class TextFileTest {
    @Test
    void everyPackagedCatalogueIsNfcAsWrittenAndLoadsAsWritten() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of("src/main/resources"))) {
            files = s.filter(p -> p.toString().endsWith(".properties")).sorted().toList();
        }
        assertTrue(files.size() >= 20, "the catalogues: " + files);
        for (Path f : files) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            String resource = "/" + Path.of("src/main/resources").relativize(f).toString().replace('\\', '/');
            TextFile loaded = TextFile.of(resource);
            assertEquals(p.stringPropertyNames(), loaded.all().keySet(), resource);
            for (String k : p.stringPropertyNames()) {
                String v = p.getProperty(k);
                assertTrue(Normalizer.isNormalized(v, Normalizer.Form.NFC), resource + ": " + k + " is not NFC");
                assertEquals(v, loaded.get(k), resource + ": " + k);
            }
        }
    }
}
