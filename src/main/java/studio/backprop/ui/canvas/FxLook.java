package studio.backprop.ui.canvas;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Text;

import studio.backprop.presentation.GraphStyle;
import studio.backprop.presentation.GraphStyle.Line;
import studio.backprop.presentation.Shape.Stroke;

/**
 * Puts {@link GraphStyle}'s looks on JavaFX shapes, so that the canvas draws with the exporters'
 * numbers rather than style-sheet rules of its own. Setting a property to the value it has is
 * free in JavaFX, so a look can be applied on every step.
 */
final class FxLook {

    /** Parsed once per colour: a big graph applies thousands of looks per step. */
    private static final Map<String, Color> COLORS = new HashMap<>();

    private FxLook() {
    }

    static Color color(String hex) {
        return COLORS.computeIfAbsent(hex, Color::web);
    }

    static void stroke(Shape shape, Stroke stroke) {
        shape.setStroke(color(stroke.color()));
        shape.setStrokeWidth(stroke.width());
        shape.setStrokeLineCap(GraphStyle.SQUARE_CAPS ? StrokeLineCap.SQUARE : StrokeLineCap.BUTT);
        if (!shape.getStrokeDashArray().equals(stroke.dashes())) shape.getStrokeDashArray().setAll(stroke.dashes());
    }

    /** A filled and outlined box; JavaFX's arcs are diameters. */
    static void box(Rectangle box, String fill, Stroke stroke, double radius) {
        box.setFill(fill == null ? Color.TRANSPARENT : color(fill));
        stroke(box, stroke);
        box.setArcWidth(2 * radius);
        box.setArcHeight(2 * radius);
    }

    /** A line of text, or an empty one for null. */
    static void text(Text text, Line line) {
        if (line == null) {
            text.setText("");
            return;
        }
        text.setText(line.text());
        text.setFill(color(line.color()));
        // Set inline: a font set in code gives way to the font the text inherits from the window's
        // style (14 px), and only on some passes of CSS; an inline style always wins. The family
        // is still the app's, from studio.css.
        String font = String.format(Locale.ROOT, "-fx-font-size: %spx; -fx-font-weight: %s;", line.size(),
                line.bold() ? "bold" : "normal");
        if (!font.equals(text.getStyle())) text.setStyle(font);
    }
}
