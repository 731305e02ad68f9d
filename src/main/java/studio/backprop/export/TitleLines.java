package studio.backprop.export;

import java.util.ArrayList;
import java.util.List;

import studio.backprop.presentation.BundledFont;

/**
 * A slide's title broken into lines that fit its width, at spaces, so that a long caption keeps
 * its size rather than shrinking to one line; only a word longer than the whole width makes the
 * title smaller.
 */
final class TitleLines {

    private TitleLines() {
    }

    /** The lines of {@code title} at {@code size} pixels no wider than {@code width}; none for no title. */
    static List<String> wrap(String title, BundledFont font, double size, double width) {
        List<String> lines = new ArrayList<>();
        if (title == null || title.isBlank()) return lines;
        StringBuilder line = new StringBuilder();
        for (String word : title.strip().split(" +")) {
            String longer = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && font.width(longer, size) > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(longer);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** The size at which every line fits: {@code size}, unless one word alone is wider. */
    static double fittedSize(List<String> lines, BundledFont font, double size, double width) {
        double widest = lines.stream().mapToDouble(line -> font.width(line, size)).max().orElse(0);
        return widest > width ? size * width / widest : size;
    }
}
