package studio.backprop.export;

/**
 * Two of PNG's row filters, which turn a row of pixels into bytes that compress well: Sub takes
 * each byte less the same byte of the pixel to its left, Up less the byte above it. Pixels are
 * {@code 0xAARRGGBB}; the bytes are red, green, blue and, with alpha, alpha.
 */
final class PngFilters {

    /** The number PNG writes before a row filtered with Sub. */
    static final byte SUB = 1;
    /** The number PNG writes before a row filtered with Up. */
    static final byte UP = 2;

    private PngFilters() {
    }

    /** Writes {@code count} pixels from {@code from} on, Sub-filtered, at {@code at}; returns where they end. */
    static int sub(int[] pixels, int from, int count, int leftPixel, boolean alpha, byte[] out, int at) {
        int left = leftPixel;
        for (int x = from; x < from + count; x++) {
            int pixel = pixels[x];
            out[at++] = (byte) ((pixel >>> 16) - (left >>> 16));
            out[at++] = (byte) ((pixel >>> 8) - (left >>> 8));
            out[at++] = (byte) (pixel - left);
            if (alpha) out[at++] = (byte) ((pixel >>> 24) - (left >>> 24));
            left = pixel;
        }
        return at;
    }

    /** Writes {@code count} pixels from {@code from} on, Up-filtered against {@code above} from {@code aboveFrom}. */
    static int up(int[] pixels, int from, int[] above, int aboveFrom, int count, boolean alpha, byte[] out, int at) {
        for (int i = 0; i < count; i++) {
            int pixel = pixels[from + i];
            int over = above[aboveFrom + i];
            out[at++] = (byte) ((pixel >>> 16) - (over >>> 16));
            out[at++] = (byte) ((pixel >>> 8) - (over >>> 8));
            out[at++] = (byte) (pixel - over);
            if (alpha) out[at++] = (byte) ((pixel >>> 24) - (over >>> 24));
        }
        return at;
    }
}
