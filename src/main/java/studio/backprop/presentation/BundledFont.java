package studio.backprop.presentation;

import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import studio.backprop.layout.Point;

/**
 * DejaVu Sans, shipped in the jar (licence: {@code fonts/DejaVu-LICENSE.txt}) so that PNG and PDF
 * exports show σ, ∂, × and x₁ the same on every machine, and so that every format measures text
 * with the same widths. Measuring reads the font's own advance widths, without AWT; outlines, for
 * formats whose fonts lack a character, come as fontbox's java.awt.geom paths, which need no display.
 */
public enum BundledFont {
    REGULAR("DejaVuSans.ttf"),
    BOLD("DejaVuSans-Bold.ttf");

    /** For formats that name fonts instead of embedding them: DejaVu first, then look-alikes. */
    public static final String FAMILY_LIST = "'DejaVu Sans', 'Segoe UI', 'Helvetica Neue', Arial, sans-serif";

    private final String file;
    private volatile byte[] bytes;
    private volatile Metrics metrics;

    BundledFont(String file) {
        this.file = file;
    }

    public static BundledFont of(boolean bold) {
        return bold ? BOLD : REGULAR;
    }

    /** The TrueType file, for embedding. */
    public byte[] bytes() {
        byte[] loaded = bytes;
        if (loaded == null) {
            String resource = "/studio/backprop/fonts/" + file;
            try (InputStream in = BundledFont.class.getResourceAsStream(resource)) {
                if (in == null) throw new IllegalStateException("The jar lacks the font " + resource);
                loaded = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bytes = loaded;
        }
        return loaded;
    }

    /** The advance width of a line of text at {@code size} pixels; characters the font lacks count as '?'. */
    public double width(String text, double size) {
        Metrics m = metrics();
        long units = text.codePoints().mapToLong(m::advance).sum();
        return units * size / m.unitsPerEm;
    }

    /** Whether the font has a glyph for the character. */
    public boolean covers(int codePoint) {
        return metrics().glyph(codePoint) > 0;
    }

    /** How tall the digits stand above the baseline at {@code size} pixels: 0.73 em in DejaVu Sans. */
    public double digitHeight(double size) {
        Metrics m = metrics();
        return m.digitTop() * size / m.unitsPerEm;
    }

    /** A character's advance width at {@code size} pixels. */
    public double advance(int codePoint, double size) {
        Metrics m = metrics();
        return m.advance(codePoint) * size / m.unitsPerEm;
    }

    /**
     * A character's outline at {@code size} pixels, with its origin on the baseline at the left and
     * y <em>upwards</em>, as TeX and PDF count: for formats whose fonts lack the character, which
     * draw it as a shape instead. Quadratic pieces arrive as the equal cubic ones.
     */
    public void outline(int codePoint, double size, PathSink sink) {
        metrics().outline(codePoint, size, sink);
    }

    /** The text with every character the font lacks replaced by '?', so no format shows an empty box. */
    public String displayable(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(c -> shown.appendCodePoint(covers(c) ? c : '?'));
        return shown.toString();
    }

    private Metrics metrics() {
        Metrics loaded = metrics;
        if (loaded == null) {
            synchronized (this) {
                if (metrics == null) metrics = new Metrics(bytes());
                loaded = metrics;
            }
        }
        return loaded;
    }

    /**
     * Widths from the file's own tables ({@link FontMetrics}); the whole font is parsed by fontbox
     * only for an outline, which TrueTypeFont gives one thread at a time.
     */
    private static final class Metrics {
        private final byte[] bytes;
        private final FontMetrics widths;
        private final int unitsPerEm;
        /** Parsed on the first outline only. */
        private TrueTypeFont font;

        Metrics(byte[] bytes) {
            this.bytes = bytes;
            this.widths = new FontMetrics(bytes);
            this.unitsPerEm = widths.unitsPerEm();
        }

        int glyph(int codePoint) {
            return widths.glyph(codePoint);
        }

        synchronized void outline(int codePoint, double size, PathSink sink) {
            GeneralPath path;
            try {
                if (font == null) font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
                var data = font.getGlyph().getGlyph(glyph(codePoint));
                path = data == null ? null : data.getPath();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (path == null) return;
            double k = size / unitsPerEm;
            double[] c = new double[6];
            Point last = new Point(0, 0);
            Point start = last;
            for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
                switch (it.currentSegment(c)) {
                    case PathIterator.SEG_MOVETO -> {
                        last = new Point(c[0] * k, c[1] * k);
                        start = last;
                        sink.moveTo(last);
                    }
                    case PathIterator.SEG_LINETO -> {
                        last = new Point(c[0] * k, c[1] * k);
                        sink.lineTo(last);
                    }
                    case PathIterator.SEG_QUADTO -> {
                        // A quadratic piece is the cubic whose controls lie two thirds towards its one control.
                        Point control = new Point(c[0] * k, c[1] * k);
                        Point end = new Point(c[2] * k, c[3] * k);
                        sink.curveTo(twoThirds(last, control), twoThirds(end, control), end);
                        last = end;
                    }
                    case PathIterator.SEG_CUBICTO -> {
                        last = new Point(c[4] * k, c[5] * k);
                        sink.curveTo(new Point(c[0] * k, c[1] * k), new Point(c[2] * k, c[3] * k), last);
                    }
                    default -> {
                        sink.close();
                        last = start;
                    }
                }
            }
        }

        private static Point twoThirds(Point from, Point towards) {
            return new Point(from.x() + 2 * (towards.x() - from.x()) / 3, from.y() + 2 * (towards.y() - from.y()) / 3);
        }

        int digitTop() {
            return widths.digitTop();
        }

        long advance(int codePoint) {
            int glyph = glyph(codePoint);
            return widths.advanceWidth(glyph > 0 ? glyph : glyph('?'));
        }
    }
}
