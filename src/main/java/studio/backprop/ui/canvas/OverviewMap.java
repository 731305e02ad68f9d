package studio.backprop.ui.canvas;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

import studio.backprop.graph.Node;
import studio.backprop.layout.Drawing;
import studio.backprop.layout.NodeBox;
import studio.backprop.presentation.Palette;

/**
 * The small map of the whole graph in the corner while the follow camera is on: every node as a
 * box, the step's node filled in the pass's colour, and a frame around the part on screen, so the
 * class sees where in the graph the step is.
 */
final class OverviewMap extends Canvas {

    /** The map's largest share of the canvas's width and height. */
    static final double MOST_WIDTH = 0.22;
    static final double MOST_HEIGHT = 0.28;
    private static final double PADDING = 6;

    OverviewMap() {
        setId("overview-map");
        setMouseTransparent(true);
        setVisible(false);
    }

    /** Sizes the map for a canvas of {@code width} × {@code height} and draws it. */
    void draw(Drawing drawing, Node active, boolean forward, Viewport viewport, double width, double height,
              Palette palette) {
        double scale = Math.min(MOST_WIDTH * width / drawing.width(), MOST_HEIGHT * height / drawing.height());
        setWidth(drawing.width() * scale + 2 * PADDING);
        setHeight(drawing.height() * scale + 2 * PADDING);
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        g.setGlobalAlpha(0.92);
        g.setFill(Color.web(palette.color("panel")));
        g.fillRect(0, 0, getWidth(), getHeight());
        g.setGlobalAlpha(1);
        g.setStroke(Color.web(palette.color("muted")));
        g.setLineWidth(1);
        g.strokeRect(0.5, 0.5, getWidth() - 1, getHeight() - 1);
        for (NodeBox box : drawing.boxes()) {
            double x = PADDING + box.x() * scale;
            double y = PADDING + box.y() * scale;
            double w = Math.max(1, box.width() * scale);
            double h = Math.max(1, box.height() * scale);
            if (box.node() == active) {
                g.setFill(Color.web(palette.color(forward ? "forward" : "backward")));
                g.fillRect(x - 1, y - 1, w + 2, h + 2);
            } else {
                g.setFill(Color.web(palette.color("edge")));
                g.fillRect(x, y, w, h);
            }
        }
        double[] topLeft = viewport.toDrawing(0, 0);
        double[] bottomRight = viewport.toDrawing(width, height);
        g.setStroke(Color.web(palette.color("text")));
        g.setLineWidth(2);
        g.strokeRect(PADDING + topLeft[0] * scale, PADDING + topLeft[1] * scale,
                (bottomRight[0] - topLeft[0]) * scale, (bottomRight[1] - topLeft[1]) * scale);
    }
}
