package studio.backprop.cli;

import java.util.Arrays;
import java.util.stream.Collectors;

import studio.backprop.export.ExportOptions;
import studio.backprop.presentation.Theme;

/** The options every command that draws a picture shares, read the same way and refused in the same words. */
final class PictureChoices {

    private PictureChoices() {
    }

    static Theme theme(String id) {
        return Theme.byId(id).orElseThrow(() -> new UserError("--theme " + id + ": unknown theme; choose one of "
                + Arrays.stream(Theme.values()).map(Theme::id).collect(Collectors.joining(", "))));
    }

    /** PNG's pixels per picture pixel. */
    static double scale(String text) {
        try {
            double value = Double.parseDouble(text.strip());
            if (value >= ExportOptions.MIN_SCALE && value <= ExportOptions.MAX_SCALE) return value;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UserError("--scale " + text + ": the scale must be a number from 1 to 4, such as 2");
    }
}
