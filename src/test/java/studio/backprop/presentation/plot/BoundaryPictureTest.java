package studio.backprop.presentation.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import studio.backprop.autodiff.InputValues;
import studio.backprop.graph.BuildOptions;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.GraphBuilder;
import studio.backprop.layout.Point;
import studio.backprop.layout.Rect;
import studio.backprop.presentation.Picture;
import studio.backprop.presentation.PlotStyle;
import studio.backprop.presentation.Shape;
import studio.backprop.presentation.Theme;
import studio.backprop.training.ClassificationData;
import studio.backprop.training.ScoreGrid;

/**
 * The data plot's geometry against values worked out by hand: four examples at the corners of the
 * square from (0, 0) to (4, 4), so the plot shows x₁ and x₂ from -0.4 to 4.4 (a tenth of the
 * extent beyond it), and the boundary of z = x₁ − x₂ + 0.5, the line x₂ = x₁ + 0.5.
 */
class BoundaryPictureTest {

    private static final PlotStyle STYLE = PlotStyle.of(Theme.LIGHT, 16);
    private static final int POINTS = 41;

    private static ClassificationData corners() {
        ComputationGraph program = GraphBuilder.compile("data X = [[0, 0], [4, 0], [0, 4], [4, 4]]\ndata y = [1, 1, 0, 0]\n"
                + "learn w = [1, -1]\nlearn b = 0.5\na = σ(X @ w + b)\nJ = mean(-(y * ln(a) + (1 - y) * ln(1 - a)))",
                BuildOptions.MERGED);
        return ClassificationData.of(program, InputValues.declared(program)).orElseThrow();
    }

    /** z = x₁ − x₂ + 0.5 on the grid over [-0.4, 4.4]², written out here rather than run through the program. */
    private static ScoreGrid line() {
        double[] z = new double[POINTS * POINTS];
        for (int i = 0; i < POINTS; i++) {
            for (int j = 0; j < POINTS; j++) {
                double x1 = -0.4 + 4.8 * j / (POINTS - 1);
                double x2 = -0.4 + 4.8 * i / (POINTS - 1);
                z[i * POINTS + j] = x1 - x2 + 0.5;
            }
        }
        return new ScoreGrid(-0.4, 4.4, -0.4, 4.4, POINTS, z);
    }

    private static List<Shape> part(Picture picture, String id) {
        return picture.parts().stream().filter(part -> part.id().equals(id)).findFirst().orElseThrow().shapes();
    }

    private static Rect area(Picture picture) {
        return ((Shape.Box) part(picture, "frame").get(0)).bounds();
    }

    @Test
    void theBoundaryCrossesTheFrameWhereTheLineDoes() {
        Picture picture = BoundaryPicture.of(corners(), line(), new int[0], STYLE, 640, 420);
        Rect area = area(picture);
        List<Shape> boundary = part(picture, "boundary");
        assertThat(boundary).hasSize(1);
        List<Point> points = ((Shape.Route) boundary.get(0)).points();
        // x₂ = x₁ + 0.5 enters at the left edge, x₁ = -0.4, at x₂ = 0.1, and leaves at the top, x₂ = 4.4, at x₁ = 3.9.
        Point left = new Point(area.x(), area.y() + area.height() * (4.4 - 0.1) / 4.8);
        Point top = new Point(area.x() + area.width() * (3.9 + 0.4) / 4.8, area.y());
        Point first = points.get(0);
        Point last = points.get(points.size() - 1);
        if (first.x() > last.x()) {
            Point kept = first;
            first = last;
            last = kept;
        }
        assertThat(first.x()).isCloseTo(left.x(), within(1e-9));
        assertThat(first.y()).isCloseTo(left.y(), within(1e-9));
        assertThat(last.x()).isCloseTo(top.x(), within(1e-9));
        assertThat(last.y()).isCloseTo(top.y(), within(1e-9));
        // Every point between lies on the line too: interpolating z along a cell edge is exact for a linear z.
        for (Point p : points) {
            double x1 = -0.4 + 4.8 * (p.x() - area.x()) / area.width();
            double x2 = -0.4 + 4.8 * (area.bottom() - p.y()) / area.height();
            assertThat(x1 - x2 + 0.5).isCloseTo(0, within(1e-9));
        }
    }

    @Test
    void theSideThatSaysOneHasTheAreaBelowTheLine() {
        Picture picture = BoundaryPicture.of(corners(), line(), new int[0], STYLE, 640, 420);
        Rect area = area(picture);
        double positive = 0;
        double negative = 0;
        for (Shape shape : part(picture, "shading")) {
            if (shape instanceof Shape.Box box) {
                double cells = box.bounds().width() * box.bounds().height();
                if (box.fill().equals(STYLE.side(true))) positive += cells;
                else negative += cells;
            } else if (shape instanceof Shape.Arrowhead polygon) {
                if (polygon.fill().equals(STYLE.side(true))) positive += area(polygon.corners());
                else negative += area(polygon.corners());
            }
        }
        // Above the line inside the square is the triangle (-0.4, 0.1), (-0.4, 4.4), (3.9, 4.4): 4.3 × 4.3 / 2.
        double pixelsPerSquare = area.width() / 4.8 * area.height() / 4.8;
        assertThat(negative).isCloseTo(4.3 * 4.3 / 2 * pixelsPerSquare, within(1e-6));
        assertThat(positive).isCloseTo((4.8 * 4.8 - 4.3 * 4.3 / 2) * pixelsPerSquare, within(1e-6));
    }

    @Test
    void examplesSitAtTheirFeaturesDiscsForOneTrianglesForZero() {
        Picture picture = BoundaryPicture.of(corners(), line(), new int[0], STYLE, 640, 420);
        Rect area = area(picture);
        List<Shape> points = part(picture, "points");
        assertThat(points).hasSize(4);
        // Example 2 is (4, 0), labelled 1: a disc centred 4.4/4.8 of the way across and 0.4/4.8 of the way up.
        Shape.Box disc = (Shape.Box) points.get(1);
        assertThat(disc.bounds().center().x()).isCloseTo(area.x() + area.width() * 4.4 / 4.8, within(1e-9));
        assertThat(disc.bounds().center().y()).isCloseTo(area.bottom() - area.height() * 0.4 / 4.8, within(1e-9));
        assertThat(disc.radius()).isEqualTo(disc.bounds().width() / 2);
        assertThat(disc.fill()).isEqualTo(STYLE.example(true));
        // Example 3 is (0, 4), labelled 0: a triangle around that point.
        Shape.Arrowhead triangle = (Shape.Arrowhead) points.get(2);
        double cx = triangle.corners().stream().mapToDouble(Point::x).average().orElseThrow();
        assertThat(cx).isCloseTo(area.x() + area.width() * 0.4 / 4.8, within(1e-9));
        assertThat(triangle.fill()).isEqualTo(STYLE.example(false));
    }

    @Test
    void theRowsOfTheLastStepAreRinged() {
        Picture ringed = BoundaryPicture.of(corners(), line(), new int[] {2, 3}, STYLE, 640, 420);
        Rect area = area(ringed);
        // Two rings round the examples, and one in the legend.
        List<Shape> rings = part(ringed, "rings");
        assertThat(rings).hasSize(3);
        List<Point> ring = ((Shape.Route) rings.get(0)).points();
        double cx = ring.stream().limit(ring.size() - 1).mapToDouble(Point::x).average().orElseThrow();
        assertThat(cx).isCloseTo(area.x() + area.width() * 4.4 / 4.8, within(1e-9));
        assertThat(ringed.parts().stream().filter(part -> part.id().equals("rings")).count()).isEqualTo(1);
        assertThat(BoundaryPicture.of(corners(), line(), new int[0], STYLE, 640, 420).parts())
                .noneMatch(part -> part.id().equals("rings"));
    }

    private static double area(List<Point> corners) {
        double twice = 0;
        for (int k = 0; k < corners.size(); k++) {
            Point a = corners.get(k);
            Point b = corners.get((k + 1) % corners.size());
            twice += a.x() * b.y() - b.x() * a.y();
        }
        return Math.abs(twice) / 2;
    }
}
