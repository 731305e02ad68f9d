package studio.backprop.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;

/**
 * How tall the digits of a screenshot really are, in pixels: for every line of text on the graph
 * that holds digits, the rows of the snapshot inside its bounds that have ink in them. A digit's
 * height is the number a projector check needs; the font size in points says little once the graph
 * is zoomed to fit.
 */
final class GlyphMeter {

    private GlyphMeter() {
    }

    /** "cell digits: 41 lines, min 11 px, median 12 px" for the texts matching {@code selector}. */
    static String measure(Scene scene, WritableImage image, String selector, String name) {
        List<Integer> heights = new ArrayList<>();
        for (javafx.scene.Node node : scene.getRoot().lookupAll(selector)) {
            if (!(node instanceof Text text) || !text.isVisible() || !text.getText().matches(".*\\d.*")) continue;
            Bounds bounds = text.localToScene(text.getBoundsInLocal());
            int height = inkRows(image.getPixelReader(), bounds, (int) image.getWidth(), (int) image.getHeight());
            if (height > 0) heights.add(height);
        }
        if (heights.isEmpty()) return name + ": none on screen";
        Collections.sort(heights);
        return String.format(Locale.ROOT, "%s: %d lines, digits min %d px, median %d px, max %d px", name, heights.size(),
                heights.get(0), heights.get(heights.size() / 2), heights.get(heights.size() - 1));
    }

    /** Rows between the first and last that differ from the background at the text's top-left corner. */
    private static int inkRows(PixelReader pixels, Bounds bounds, int width, int height) {
        int left = Math.max(0, (int) Math.floor(bounds.getMinX()));
        int right = Math.min(width - 1, (int) Math.ceil(bounds.getMaxX()));
        int top = Math.max(0, (int) Math.floor(bounds.getMinY()));
        int bottom = Math.min(height - 1, (int) Math.ceil(bounds.getMaxY()));
        if (left >= right || top >= bottom) return 0;
        int background = pixels.getArgb(left, top);
        int first = -1;
        int last = -1;
        for (int y = top; y <= bottom; y++) {
            for (int x = left; x <= right; x++) {
                if (distance(pixels.getArgb(x, y), background) > 160) {
                    if (first < 0) first = y;
                    last = y;
                    break;
                }
            }
        }
        return first < 0 ? 0 : last - first + 1;
    }

    private static int distance(int a, int b) {
        return Math.abs((a >> 16 & 255) - (b >> 16 & 255)) + Math.abs((a >> 8 & 255) - (b >> 8 & 255)) + Math.abs((a & 255) - (b & 255));
    }
}
