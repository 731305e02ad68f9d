package studio.backprop.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import studio.backprop.layout.Point;
import studio.backprop.presentation.BundledFont;
import studio.backprop.presentation.GraphStyle;
import studio.backprop.presentation.PathSink;
import studio.backprop.presentation.PathWriter;
import studio.backprop.presentation.Picture;
import studio.backprop.presentation.Shape;

/**
 * Paints a {@link Picture} with Java2D into a PNG, 1× to 4× the drawing's pixels, with the bundled
 * DejaVu Sans so the text looks the same on every machine. Works headless. The file records
 * 96 dpi × scale, so a 4× picture is as large as a 1× one on a slide, only sharper. Files are
 * painted and compressed a band at a time, never as one whole image.
 */
public final class PngWriter implements FrameWriter {

    private final double scale;
    private final boolean transparent;
    /** Kept for an animation's frames, which share most of their tiles. */
    private final TiledPng tiles;
    private boolean animation;

    public PngWriter(double scale, boolean transparent) {
        this.scale = scale;
        this.transparent = transparent;
        this.tiles = new TiledPng(scale, transparent);
    }

    /**
     * @throws PictureTooLarge if the picture would have more pixels than one Java image holds, or
     *         a band of its rows would not fit in a third of Java's memory (files are painted a band
     *         at a time, so memory limits only the width)
     */
    @Override
    public void write(List<Frame> frames, OutputStream out) throws IOException {
        Picture picture = frames.get(0).picture();
        long width = (long) Math.ceil(picture.width() * scale - 1e-9);
        long height = (long) Math.ceil(picture.height() * scale - 1e-9);
        long mostInAFile = Integer.MAX_VALUE - 8L;
        if ((double) width * height > mostInAFile) throw PictureTooLarge.forFile(width, height, scale, mostInAFile);
        long widest = mostPixels() / StreamedPng.BAND_ROWS;
        if (width > widest) throw PictureTooLarge.tooWide(width, height, scale, widest);
        if (animation) tiles.write(picture, 96 * scale, out);
        else new StreamedPng(scale, transparent).write(picture, 96 * scale, out);
    }

    /**
     * Many frames of one drawing are written fastest as tiles that the next frame reuses
     * ({@link TiledPng}), in files about twice the size of a single picture's ({@link StreamedPng}).
     */
    @Override
    public void expectFrames(int count) {
        animation = count > 1;
    }

    /** The picture's size in pixels at a scale: the drawing's size times the scale, rounded up. */
    public static int pixels(double length, double scale) {
        return (int) Math.ceil(length * scale - 1e-9);
    }

    /**
     * The most pixels a picture may have here: its four bytes a pixel may take a third of Java's
     * memory, and no Java array holds more than 2^31 of them.
     */
    public static long mostPixels() {
        return Math.min(Integer.MAX_VALUE - 8L, Runtime.getRuntime().maxMemory() / 12);
    }

    /**
     * The whole picture as one image, for the clipboard and the export dialog's preview.
     *
     * @throws PictureTooLarge if the picture would have more than {@link #mostPixels()} pixels:
     *         Java2D said "Dimensions ... are too large", or the memory ran out
     */
    public BufferedImage render(Picture picture) {
        long width = (long) Math.ceil(picture.width() * scale - 1e-9);
        long height = (long) Math.ceil(picture.height() * scale - 1e-9);
        if ((double) width * height > mostPixels()) throw new PictureTooLarge(width, height, scale, mostPixels());
        BufferedImage image = new BufferedImage((int) Math.max(1, width), (int) Math.max(1, height),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            paint(g, picture, picture.shapes(), scale, transparent);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Paints the background and the given shapes of a picture, scaled, onto whatever {@code g} is translated to. */
    static void paint(Graphics2D g, Picture picture, List<Shape> shapes, double scale, boolean transparent) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.scale(scale, scale);
        if (!transparent) {
            // The whole image, not the picture's fractional size: the last pixel column and row,
            // rounded up, would otherwise be partly transparent.
            g.setColor(color(picture.background()));
            g.fill(new Rectangle2D.Double(0, 0, Math.ceil(picture.width() * scale) / scale,
                    Math.ceil(picture.height() * scale) / scale));
        }
        Painter painter = new Painter(g);
        for (Shape shape : shapes) {
            shape.accept(painter);
        }
    }

    /** Paints each shape with Java2D. */
    private record Painter(Graphics2D g) implements Shape.Visitor<Void> {
        @Override
        public Void route(Shape.Route route) {
            stroke(g, route.stroke(), path(route));
            return null;
        }

        @Override
        public Void arrowhead(Shape.Arrowhead arrow) {
            g.setColor(color(arrow.fill()));
            g.fill(polygon(arrow.corners()));
            return null;
        }

        @Override
        public Void box(Shape.Box box) {
            var r = box.bounds();
            var rounded = new RoundRectangle2D.Double(r.x(), r.y(), r.width(), r.height(), 2 * box.radius(), 2 * box.radius());
            g.setColor(color(box.fill()));
            g.fill(rounded);
            stroke(g, box.stroke(), rounded);
            return null;
        }

        @Override
        public Void text(Shape.Text text) {
            BundledFont bundled = BundledFont.of(text.bold());
            g.setFont(Java2dFonts.of(bundled).deriveFont((float) text.size()));
            g.setColor(color(text.color()));
            double width = bundled.width(text.text(), text.size());
            g.drawString(text.text(), (float) (text.anchor().x() - width / 2), (float) text.anchor().y());
            return null;
        }
    }

    private static void stroke(Graphics2D g, Shape.Stroke stroke, java.awt.Shape outline) {
        float[] dashes = null;
        if (stroke.dashed()) {
            dashes = new float[stroke.dashes().size()];
            for (int i = 0; i < dashes.length; i++) dashes[i] = stroke.dashes().get(i).floatValue();
        }
        int cap = GraphStyle.SQUARE_CAPS ? BasicStroke.CAP_SQUARE : BasicStroke.CAP_BUTT;
        g.setStroke(new BasicStroke((float) stroke.width(), cap, BasicStroke.JOIN_MITER, 10, dashes, 0));
        g.setColor(color(stroke.color()));
        g.draw(outline);
    }

    private static Path2D path(Shape.Route route) {
        Outline outline = new Outline();
        PathWriter.route(route, outline);
        return outline.path;
    }

    private static Path2D polygon(List<Point> corners) {
        Outline outline = new Outline();
        PathWriter.polygon(corners, outline);
        return outline.path;
    }

    /** A Java2D path. */
    private static final class Outline implements PathSink {
        private final Path2D.Double path = new Path2D.Double();

        @Override
        public void moveTo(Point point) {
            path.moveTo(point.x(), point.y());
        }

        @Override
        public void lineTo(Point point) {
            path.lineTo(point.x(), point.y());
        }

        @Override
        public void curveTo(Point control1, Point control2, Point end) {
            path.curveTo(control1.x(), control1.y(), control2.x(), control2.y(), end.x(), end.y());
        }

        @Override
        public void close() {
            path.closePath();
        }
    }

    /** A {@code #rrggbb} colour as an opaque {@code 0xAARRGGBB} pixel. */
    static int argb(String hex) {
        return 0xff000000 | Integer.parseInt(hex.substring(1), 16);
    }

    private static Color color(String hex) {
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }

}
