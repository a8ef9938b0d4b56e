package planreport.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import planreport.render.charts.ChartImage;
import planreport.render.view.ChartView;

/**
 * A chart the PDF shows from the pixels it was drawn with is the same PDF as when the PDF decodes the
 * chart's PNG: PNG keeps every pixel, and the picture is scaled to the output's resolution as the
 * renderer scales a decoded one. The pixels are taken, not the PNG, when they are at hand.
 */
class PdfPixelsTest {
    private static final String XHTML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head>
            <body><p>Biểu đồ</p><img src="c.png" style="width: 160mm"/><p>và lần nữa</p><img src="c.png" style="width: 80mm"/>
            <img src="d.png"/></body></html>
            """;

    /** Pictures by name whose pixels are at hand, counting what the PDF asks of them. */
    private static final class Drawn extends java.util.AbstractMap<String, byte[]> implements PdfResources.Pixels {
        final Map<String, byte[]> png;
        final Map<String, BufferedImage> pixels;
        final AtomicInteger asked = new AtomicInteger();

        Drawn(Map<String, byte[]> png, Map<String, BufferedImage> pixels) {
            this.png = png;
            this.pixels = pixels;
        }

        @Override public java.util.Set<Entry<String, byte[]>> entrySet() { return png.entrySet(); }

        @Override public BufferedImage pixels(String name) {
            asked.incrementAndGet();
            return pixels.get(name);
        }
    }

    /** As {@link Drawn}, with the PDF's pictures made beforehand (as the drawing thread makes them), each given once. */
    private static final class Made extends java.util.AbstractMap<String, byte[]> implements PdfResources.Pixels {
        final Drawn drawn;
        final Map<String, PdfResources.Picture> made = new java.util.HashMap<>();
        final AtomicInteger given = new AtomicInteger();

        Made(Drawn drawn) {
            this.drawn = drawn;
            for (var e : drawn.pixels.entrySet()) made.put(e.getKey(), PdfResources.picture(e.getValue()));
        }

        @Override public java.util.Set<Entry<String, byte[]>> entrySet() { return drawn.entrySet(); }

        @Override public BufferedImage pixels(String name) { return drawn.pixels(name); }

        @Override public PdfResources.Picture picture(String name) {
            PdfResources.Picture p = made.remove(name);
            if (p != null) given.incrementAndGet();
            return p;
        }
    }

    @Test
    void aChartFromItsPixelsIsTheSamePdfAsFromItsPng() throws Exception {
        ChartView bars = planreport.render.charts.SampleCharts.BARS, line = planreport.render.charts.SampleCharts.LINE;
        ChartImage.Drawing c = ChartImage.draw(bars, true), d = ChartImage.draw(line, true);
        Map<String, byte[]> png = Map.of("c.png", c.png(), "d.png", d.png());
        LocalDate asOf = LocalDate.of(2023, 7, 20);

        byte[] decoded = Pdf.render(XHTML, "", asOf, null, png, null);
        Drawn drawn = new Drawn(png, Map.of("c.png", c.pixels(), "d.png", d.pixels()));
        byte[] fromPixels = Pdf.render(XHTML, "", asOf, null, drawn, null);

        assertArrayEquals(decoded, fromPixels);
        assertEquals(2, drawn.asked.get(), "each picture's pixels taken once (the second c.png is the renderer's copy)");
        // without pixels at hand (a picture not drawn here), its PNG is read: the same PDF again
        assertArrayEquals(decoded, Pdf.render(XHTML, "", asOf, null, new Drawn(png, Map.of("c.png", c.pixels())), null));
        // the pictures made beforehand, on another thread: the same PDF, and their pixels not asked for here
        Made made = java.util.concurrent.CompletableFuture.supplyAsync(() -> new Made(new Drawn(png, Map.of("c.png", c.pixels(), "d.png", d.pixels())))).join();
        assertArrayEquals(decoded, Pdf.render(XHTML, "", asOf, null, made, null));
        assertEquals(2, made.given.get(), "each picture made beforehand is taken, once");
        assertEquals(0, made.drawn.asked.get(), "no pixels taken for a picture made beforehand");
    }

    /** What OpenPDF makes of {@code pixels} and what {@link PdfResources#image} makes: the same image, field by field that the PDF writes. */
    private static void assertSameImage(BufferedImage pixels) throws Exception {
        com.lowagie.text.Image theirs = com.lowagie.text.Image.getInstance(pixels, null, false), ours = PdfResources.image(pixels);
        assertEquals(theirs.getClass(), ours.getClass());
        assertEquals(theirs.getPlainWidth(), ours.getPlainWidth());
        assertEquals(theirs.getPlainHeight(), ours.getPlainHeight());
        assertEquals(theirs.getColorspace(), ours.getColorspace());
        assertEquals(theirs.getBpc(), ours.getBpc());
        assertArrayEquals(theirs.getTransparency(), ours.getTransparency());
        assertEquals(theirs.getImageMask() == null, ours.getImageMask() == null);
        if (theirs.getImageMask() != null) assertArrayEquals(theirs.getImageMask().getRawData(), ours.getImageMask().getRawData());
        assertArrayEquals(theirs.getRawData(), ours.getRawData());
    }

    @Test
    void aPictureMadeFromItsPackedPixelsIsOpenPdfsImageOfThem() throws Exception {
        java.util.Random random = new java.util.Random(23);
        for (int[] size : new int[][] {{1, 1}, {3, 2}, {97, 41}, {640, 360}}) {
            BufferedImage rgb = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_RGB);
            int[] data = ((java.awt.image.DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
            for (int i = 0; i < data.length; i++) data[i] = random.nextInt();   // the unused top byte set too: not alpha
            assertSameImage(rgb);
            if (size[0] > 2 && size[1] > 1) assertSameImage(rgb.getSubimage(1, 1, size[0] - 2, size[1] - 1));   // a part of a raster: OpenPDF's way
        }
        // pictures held otherwise, with transparency: OpenPDF's way, as before
        for (int type : new int[] {BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_BYTE_GRAY, BufferedImage.TYPE_BYTE_BINARY}) {
            BufferedImage other = new BufferedImage(7, 5, type);
            for (int y = 0; y < 5; y++) for (int x = 0; x < 7; x++) other.setRGB(x, y, random.nextInt());
            assertSameImage(other);
        }
        // a chart as drawn
        ChartView bars = new ChartView("c", "reporting", "bar", "Tỷ lệ báo cáo", "%", true, List.of("Quý I", "Quý II"),
                List.of(new ChartView.SeriesView("Đã báo cáo", List.of(new BigDecimal("98.9"), new BigDecimal("100")))), "c.png", "", 160, 80);
        assertSameImage(ChartImage.draw(bars, true).pixels());
    }
}
