package studio.backprop.export;

import java.util.Locale;

/**
 * A PNG too large to make in the memory Java has: it says how large the picture would be, what the
 * limit is, and what to do instead. Vector formats (SVG, PDF) have no such limit.
 */
public final class PictureTooLarge extends RuntimeException {

    PictureTooLarge(long width, long height, double scale, long mostPixels) {
        super(String.format(Locale.ROOT, "the picture would be %,d × %,d pixels (%,d megapixels) at scale %s, more than "
                + "the %,d megapixels a PNG can have in the memory Java has (%,d MB); export it as SVG or PDF instead, "
                + "which stay sharp at any size, or choose a smaller scale", width, height, width * height / 1_000_000,
                Decimals.of(scale), mostPixels / 1_000_000, Runtime.getRuntime().maxMemory() >> 20));
    }

    private PictureTooLarge(String message) {
        super(message);
    }

    /**
     * A PNG file is made a band of rows at a time, so memory does not limit its pixels; it is kept to
     * what one Java image can hold, so that it can be read back, and a larger one would take hours.
     */
    static PictureTooLarge forFile(long width, long height, double scale, long mostPixels) {
        return new PictureTooLarge(String.format(Locale.ROOT, "the picture would be %,d × %,d pixels (%,d megapixels) at "
                + "scale %s, more than the %,d megapixels a PNG file may have (as many as one Java image holds); export "
                + "it as SVG or PDF instead, which stay sharp at any size, or choose a smaller scale", width, height,
                width * height / 1_000_000, Decimals.of(scale), mostPixels / 1_000_000));
    }

    /** A band of a PNG file's rows must fit in memory, so what memory limits is its width. */
    static PictureTooLarge tooWide(long width, long height, double scale, long widest) {
        return new PictureTooLarge(String.format(Locale.ROOT, "the picture would be %,d × %,d pixels at scale %s, wider "
                + "than the %,d pixels a PNG can be in the memory Java has (%,d MB); export it as SVG or PDF instead, "
                + "which stay sharp at any size, or choose a smaller scale", width, height, Decimals.of(scale), widest,
                Runtime.getRuntime().maxMemory() >> 20));
    }
}
