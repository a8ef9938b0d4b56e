package planreport.render.pdf;

import java.awt.BasicStroke;
import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;

import org.xhtmlrenderer.css.constants.IdentValue;
import org.xhtmlrenderer.css.parser.FSColor;
import org.xhtmlrenderer.css.parser.FSRGBColor;
import org.xhtmlrenderer.css.style.BorderRadiusCorner;
import org.xhtmlrenderer.css.style.derived.BorderPropertySet;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.render.BorderPainter;
import org.xhtmlrenderer.render.RenderingContext;

/**
 * The PDF output device, with the collapsed borders of table cells drawn the short way: a solid side of a
 * border without rounded corners is the quadrilateral Flying Saucer 9.13's {@code BorderPainter} makes for it
 * (its corners computed with the same float operations and the same transforms, so the page's path has the
 * same numbers and the PDF the same bytes), without the normalized copy of the border, the general path
 * builder and three transforms made for every side of every cell. A country's review paints about 1.5 million
 * such sides; they were a third of the time its pages took to paint, and 0.6 GB of its allocations.
 * Any other border (dotted, double, rounded, a width below zero …) is painted by Flying Saucer as before.
 */
final class PdfDevice extends ITextOutputDevice {
    /** {@code BorderPainter.paintBorderSide}'s stroke for a solid side ({@code new BasicStroke(1f)}); a stroke is a value. */
    private static final BasicStroke ONE = new BasicStroke(1f);
    /** {@code AffineTransform.getRotateInstance} of each side's rotation in {@code BorderPainter}: top, right, bottom, left. */
    private static final AffineTransform TOP = AffineTransform.getRotateInstance(0), RIGHT = AffineTransform.getRotateInstance(Math.PI / 2),
            BOTTOM = AffineTransform.getRotateInstance(Math.PI), LEFT = AffineTransform.getRotateInstance(3 * Math.PI / 2);

    private final float[] corners = new float[8];
    private final AffineTransform move = new AffineTransform();
    private final Path2D.Float path = new Path2D.Float(Path2D.WIND_NON_ZERO, 5);
    private long shortWay, longWay;

    PdfDevice(float dotsPerPoint) {
        super(dotsPerPoint);
    }

    /** How many sides of collapsed borders were painted the short way (for tests). */
    long sidesShortWay() { return shortWay; }

    /** How many sides of collapsed borders were left to Flying Saucer (for tests). */
    long sidesLongWay() { return longWay; }

    @Override
    public void paintCollapsedBorder(RenderingContext c, BorderPropertySet border, Rectangle bounds, int side) {
        if (!shortWay(border, bounds, side)) {
            longWay++;
            super.paintCollapsedBorder(c, border, bounds, side);
        }
    }

    /**
     * {@code BorderPainter.paint(bounds, side, border, c, 0)} for one solid side of a border without rounded
     * corners; false (nothing painted) for any other, which Flying Saucer paints.
     */
    private boolean shortWay(BorderPropertySet border, Rectangle bounds, int side) {
        boolean none;
        FSColor color;
        IdentValue style;
        AffineTransform rotation;
        float top, left, right;
        switch (side) {
            case BorderPainter.TOP -> { none = border.noTop(); color = border.topColor(); style = border.topStyle(); rotation = TOP;
                top = border.top(); left = border.left(); right = border.right(); }
            case BorderPainter.RIGHT -> { none = border.noRight(); color = border.rightColor(); style = border.rightStyle(); rotation = RIGHT;
                top = border.right(); left = border.top(); right = border.bottom(); }
            case BorderPainter.BOTTOM -> { none = border.noBottom(); color = border.bottomColor(); style = border.bottomStyle(); rotation = BOTTOM;
                top = border.bottom(); left = border.right(); right = border.left(); }
            case BorderPainter.LEFT -> { none = border.noLeft(); color = border.leftColor(); style = border.leftStyle(); rotation = LEFT;
                top = border.left(); left = border.bottom(); right = border.top(); }
            default -> { return false; }
        }
        if (none || color == FSRGBColor.TRANSPARENT) return true;   // BorderPainter.paint draws nothing for this side
        if (style != IdentValue.SOLID || !square(border) || bounds.width <= 0 || bounds.height <= 0
                || !(border.top() >= 0 && border.right() >= 0 && border.bottom() >= 0 && border.left() >= 0)) return false;
        boolean swapped = side == BorderPainter.RIGHT || side == BorderPainter.LEFT;
        // BorderPainter.generateBorderShape(bounds, side, border, true, 0, 1, true), its expressions as written there
        float scaledOffset = 0, widthScale = 1;
        float sideWidth = swapped
                ? bounds.height - (1 + scaledOffset) * widthScale * (border.top() + border.bottom())
                : bounds.width - (1 + scaledOffset) * widthScale * (border.left() + border.right());
        top *= widthScale;
        left *= widthScale;
        right *= widthScale;
        float[] p = corners;
        p[0] = 0 - left;  p[1] = 0 - top;      // the outer corners: a corner without radius is a point (appendPath draws a line)
        p[2] = sideWidth + right;  p[3] = 0 - top;
        p[4] = sideWidth;  p[5] = 0;           // the inner ones
        p[6] = 0;  p[7] = 0;
        move.setToTranslation((!swapped ? -bounds.width / 2f : -bounds.height / 2f) + (scaledOffset + 1) * left,
                (swapped ? -bounds.width / 2f : -bounds.height / 2f) + (scaledOffset + 1) * top);
        move.transform(p, 0, p, 0, 4);
        rotation.transform(p, 0, p, 0, 4);
        move.setToTranslation(bounds.width / 2f + bounds.x, bounds.height / 2f + bounds.y);
        move.transform(p, 0, p, 0, 4);
        Path2D.Float shape = path;
        shape.reset();
        shape.moveTo(p[0], p[1]);
        shape.lineTo(p[2], p[3]);
        shape.lineTo(p[4], p[5]);
        shape.lineTo(p[6], p[7]);
        shape.closePath();
        setStroke(ONE);
        setColor(color);
        fill(shape);
        shortWay++;
        return true;
    }

    /** No corner rounded: each corner's radii are zero (so {@code normalizedInstance} leaves them zero, and each is a point). */
    private static boolean square(BorderPropertySet border) {
        return zero(border.getTopLeft()) && zero(border.getTopRight()) && zero(border.getBottomRight()) && zero(border.getBottomLeft());
    }

    private static boolean zero(BorderRadiusCorner corner) {
        return corner.left() == 0 && corner.right() == 0;
    }
}
