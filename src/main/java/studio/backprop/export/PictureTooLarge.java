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
}
