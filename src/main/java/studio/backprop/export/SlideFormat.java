package studio.backprop.export;

import java.util.Locale;

/**
 * The shape of the slides a slide export fills, such as 16:9. A slide is {@value #HEIGHT} drawing
 * pixels high (PowerPoint's 7.5 inches at 96 dpi), so a 16:9 slide is 1280 × 720 and its PNG at
 * {@code --scale 1.5} is 1920 × 1080.
 *
 * @param width  the width in the ratio, such as 16
 * @param height the height in the ratio, such as 9
 */
public record SlideFormat(int width, int height) {

    /** How tall a slide is, in drawing pixels, whatever its shape. */
    public static final double HEIGHT = 720;

    public static final SlideFormat WIDE = new SlideFormat(16, 9);

    public SlideFormat {
        if (width <= 0 || height <= 0 || width > 10 * height || height > 10 * width) {
            throw new IllegalArgumentException(width + ":" + height + " is not the shape of a slide; write 16:9 or 4:3");
        }
    }

    /** Reads "16:9", "4:3" or "16x10". */
    public static SlideFormat parse(String text) {
        String[] parts = text.strip().toLowerCase(Locale.ROOT).split("[:x×/]");
        if (parts.length != 2) throw new IllegalArgumentException("'" + text + "' is not a slide shape; write 16:9 or 4:3");
        try {
            return new SlideFormat(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a slide shape; write whole numbers, as in 16:9");
        }
    }

    /** Width over height. */
    public double aspect() {
        return (double) width / height;
    }

    /** A slide's width in drawing pixels. */
    public double pixelWidth() {
        return HEIGHT * aspect();
    }

    @Override
    public String toString() {
        return width + ":" + height;
    }
}
