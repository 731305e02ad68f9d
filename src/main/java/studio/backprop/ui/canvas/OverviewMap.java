package studio.backprop.ui.canvas;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

import studio.backprop.graph.Node;
import studio.backprop.layout.Drawing;
import studio.backprop.layout.NodeBox;
import studio.backprop.presentation.Palette;

/**
 * The small map of the whole graph in the corner while the follow camera is on: every node as a
 * box, the step's node filled in the pass's colour, and a frame around the part on screen, so the
 * class sees where in the graph the step is.
 *
 * <p>The boxes are painted once per graph, size and theme; the camera's flight moves the view every
 * frame, and then only the step's node and the frame are painted again, not a thousand boxes.
 */
final class OverviewMap extends Region {

    /** The map's largest share of the canvas's width and height. */
    static final double MOST_WIDTH = 0.22;
    static final double MOST_HEIGHT = 0.28;
    private static final double PADDING = 6;

    /** The panel and every node's box. */
    private Canvas boxes = new Canvas();
    /** The step's node and the part on screen, over the boxes. */
    private Canvas marks = new Canvas();
    private Drawing paintedDrawing;
    private Palette paintedPalette;
    private double paintedScale;

    OverviewMap() {
        setId("overview-map");
        setMouseTransparent(true);
        setVisible(false);
        getChildren().addAll(boxes, marks);
    }

    /** Sizes the map for a canvas of {@code width} × {@code height} and draws it. */
    void draw(Drawing drawing, Node active, boolean forward, Viewport viewport, double width, double height,
              Palette palette) {
        double scale = Math.min(MOST_WIDTH * width / drawing.width(), MOST_HEIGHT * height / drawing.height());
        if (drawing != paintedDrawing || palette != paintedPalette || scale != paintedScale) {
            paintBoxes(drawing, palette, scale);
        }
        GraphicsContext g = marks.getGraphicsContext2D();
        g.clearRect(0, 0, marks.getWidth(), marks.getHeight());
        if (active != null && drawing.boxes().size() > active.index()) {
            NodeBox box = drawing.boxes().get(active.index());
            g.setFill(Color.web(palette.color(forward ? "forward" : "backward")));
            g.fillRect(PADDING + box.x() * scale - 1, PADDING + box.y() * scale - 1,
                    Math.max(1, box.width() * scale) + 2, Math.max(1, box.height() * scale) + 2);
        }
        double[] topLeft = viewport.toDrawing(0, 0);
        double[] bottomRight = viewport.toDrawing(width, height);
        g.setStroke(Color.web(palette.color("text")));
        g.setLineWidth(2);
        g.strokeRect(PADDING + topLeft[0] * scale, PADDING + topLeft[1] * scale,
                (bottomRight[0] - topLeft[0]) * scale, (bottomRight[1] - topLeft[1]) * scale);
    }

    private void paintBoxes(Drawing drawing, Palette palette, double scale) {
        paintedDrawing = drawing;
        paintedPalette = palette;
        paintedScale = scale;
        double mapWidth = drawing.width() * scale + 2 * PADDING;
        double mapHeight = drawing.height() * scale + 2 * PADDING;
        // New layers, not resized ones: a canvas made smaller went on showing boxes painted at the larger size.
        boxes = new Canvas(mapWidth, mapHeight);
        marks = new Canvas(mapWidth, mapHeight);
        getChildren().setAll(boxes, marks);
        resize(mapWidth, mapHeight);
        GraphicsContext g = boxes.getGraphicsContext2D();
        g.setGlobalAlpha(0.92);
        g.setFill(Color.web(palette.color("panel")));
        g.fillRect(0, 0, mapWidth, mapHeight);
        g.setGlobalAlpha(1);
        g.setStroke(Color.web(palette.color("muted")));
        g.setLineWidth(1);
        g.strokeRect(0.5, 0.5, mapWidth - 1, mapHeight - 1);
        g.setFill(Color.web(palette.color("edge")));
        for (NodeBox box : drawing.boxes()) {
            g.fillRect(PADDING + box.x() * scale, PADDING + box.y() * scale, Math.max(1, box.width() * scale),
                    Math.max(1, box.height() * scale));
        }
    }
}
