package planreport.render.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import planreport.render.view.ChartView;

/**
 * A chart's PNG is the bytes {@code ImageIO.write(img, "png", out)} gives, written through a stream held in
 * memory: no file is made in the temporary folder for it.
 */
class ChartPngTest {
    private static byte[] imageIo(BufferedImage img) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** The names of the files made in {@code dir} (and perhaps deleted again) while {@code work} ran. */
    private static Set<String> madeIn(Path dir, Work work) throws Exception {
        try (java.nio.file.WatchService watch = dir.getFileSystem().newWatchService()) {
            dir.register(watch, java.nio.file.StandardWatchEventKinds.ENTRY_CREATE);
            work.run();
            Set<String> made = new java.util.TreeSet<>();
            java.nio.file.WatchKey key = watch.poll(500, java.util.concurrent.TimeUnit.MILLISECONDS);
            while (key != null) {
                for (var e : key.pollEvents()) made.add(String.valueOf(e.context()));
                key.reset();
                key = watch.poll(200, java.util.concurrent.TimeUnit.MILLISECONDS);
            }
            return made;
        }
    }

    interface Work {
        void run() throws Exception;
    }

    @Test
    void aChartsPngIsImageIosBytesWithoutATemporaryFile() throws Exception {
        ChartView bars = SampleCharts.BARS, line = SampleCharts.LINE;
        for (ChartView c : List.of(bars, line)) {
            ChartImage.Drawing d = ChartImage.draw(c, true);
            assertArrayEquals(imageIo(d.pixels()), d.png());
        }
        // any picture, not only a chart's
        java.util.Random random = new java.util.Random(5);
        for (int type : new int[] {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_BYTE_GRAY}) {
            BufferedImage img = new BufferedImage(301, 77, type);
            for (int y = 0; y < img.getHeight(); y++) for (int x = 0; x < img.getWidth(); x++) img.setRGB(x, y, random.nextInt());
            assertArrayEquals(imageIo(img), ChartImage.png(img), "type " + type);
        }
    }

    @Test
    void noFileIsMadeForIt(@org.junit.jupiter.api.io.TempDir Path cache) throws Exception {
        ChartView bars = new ChartView("c", "reporting", "bar", "Tỷ lệ báo cáo", "%", true, List.of("Quý I", "Quý II"),
                List.of(new ChartView.SeriesView("Đã báo cáo", List.of(new BigDecimal("98.9"), new BigDecimal("100")))), "c.png", "", 160, 80);
        BufferedImage img = ChartImage.draw(bars, true).pixels();
        java.io.File before = ImageIO.getCacheDirectory();
        boolean cached = ImageIO.getUseCache();
        try {
            ImageIO.setUseCache(true);
            ImageIO.setCacheDirectory(cache.toFile());
            // ImageIO's own stream: a file in its cache folder (which is how this test sees one)
            assertEquals(1, madeIn(cache, () -> imageIo(img)).size());
            assertEquals(Set.of(), madeIn(cache, () -> ChartImage.png(img)));
            assertEquals(Set.of(), madeIn(cache, () -> ChartImage.draw(bars, false)));
        } finally {
            ImageIO.setCacheDirectory(before);
            ImageIO.setUseCache(cached);
        }
    }
}
