package studio.backprop.presentation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * DejaVu Sans, shipped in the jar (licence: {@code fonts/DejaVu-LICENSE.txt}) so that PNG and PDF
 * exports show σ, ∂, × and x₁ the same on every machine, and so that every format measures text
 * with the same widths. Measuring reads the font's own advance widths, without AWT.
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
                if (metrics == null) metrics = Metrics.read(bytes());
                loaded = metrics;
            }
        }
        return loaded;
    }

    /** Advance widths read once; TrueTypeFont is not safe to share between threads, so reads are locked. */
    private static final class Metrics {
        private final TrueTypeFont font;
        private final CmapLookup cmap;
        private final int unitsPerEm;

        private Metrics(TrueTypeFont font) throws IOException {
            this.font = font;
            this.cmap = font.getUnicodeCmapLookup();
            this.unitsPerEm = font.getUnitsPerEm();
        }

        static Metrics read(byte[] bytes) {
            try {
                return new Metrics(new TTFParser().parse(new RandomAccessReadBuffer(bytes)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        synchronized int glyph(int codePoint) {
            return cmap.getGlyphId(codePoint);
        }

        synchronized long advance(int codePoint) {
            int glyph = glyph(codePoint);
            try {
                return font.getAdvanceWidth(glyph > 0 ? glyph : glyph('?'));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
