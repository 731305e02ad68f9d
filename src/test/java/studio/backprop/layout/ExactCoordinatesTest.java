package studio.backprop.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import studio.backprop.expr.Parser;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.GraphBuilder;

/**
 * Pins the drawing of {@code J = a - b} at the default style, checked by hand: 16 px font, boxes
 * 11 characters wide (the gradient line "da = " plus 6 characters) at 0.62 em plus 0.6 em padding
 * on each side = 128.32 px, three 1.3 em lines plus 0.3 em padding above and below = 72 px, an 8 px
 * border, 20 px between a and b. The difference J sits one column right with its ports at a third
 * and two thirds of its height; a's edge runs straight, b's bends up 16 px after leaving b, and
 * both labels sit just below their edge, right before J.
 */
class ExactCoordinatesTest {

    private static final Offset<Double> EXACT = within(0.01);

    private final ComputationGraph graph = GraphBuilder.build(Parser.parse("J = a - b"));
    private final Drawing drawing = new ElkLayeredLayout().layout(graph);

    @Test
    void theDrawingIsJustLargeEnoughForItsBoxesAndBorder() {
        assertThat(drawing.width()).isCloseTo(362.64, EXACT);
        assertThat(drawing.height()).isCloseTo(180.0, EXACT);
        assertThat(drawing.fontSize()).isEqualTo(16.0);
    }

    @Test
    void theOperandsStackInTheFirstColumnAndTheDifferenceStandsRightOfThem() {
        assertBox(drawing.box(graph.input("a").orElseThrow()), 0, 8, 8);
        assertBox(drawing.box(graph.input("b").orElseThrow()), 0, 8, 100);
        assertBox(drawing.box(graph.output()), 1, 226.32, 20);
    }

    @Test
    void theFirstOperandsEdgeRunsStraightAndTheSecondBendsUpToTheLowerPort() {
        assertPoints(drawing.path(graph.operandEdge(graph.output().index(), 0)).points(),
                136.32, 44, 226.32, 44);
        assertPoints(drawing.path(graph.operandEdge(graph.output().index(), 1)).points(),
                136.32, 136, 152.32, 136, 152.32, 68, 226.32, 68);
    }

    @Test
    void eachLabelSitsBelowItsEdgeJustBeforeTheDifference() {
        Rect first = drawing.path(graph.operandEdge(graph.output().index(), 0)).label();
        Rect second = drawing.path(graph.operandEdge(graph.output().index(), 1)).label();
        assertRect(first, 168.32, 47, 56, 20.8);
        assertRect(second, 168.32, 71, 56, 20.8);
    }

    private static void assertRect(Rect rect, double x, double y, double width, double height) {
        assertThat(rect.x()).isCloseTo(x, EXACT);
        assertThat(rect.y()).isCloseTo(y, EXACT);
        assertThat(rect.width()).isCloseTo(width, EXACT);
        assertThat(rect.height()).isCloseTo(height, EXACT);
    }

    private static void assertBox(NodeBox box, int column, double x, double y) {
        assertThat(box.column()).isEqualTo(column);
        assertThat(box.x()).isCloseTo(x, EXACT);
        assertThat(box.y()).isCloseTo(y, EXACT);
        assertThat(box.width()).isCloseTo(128.32, EXACT);
        assertThat(box.height()).isCloseTo(72.0, EXACT);
    }

    private static void assertPoints(List<Point> points, double... xy) {
        assertThat(points).hasSize(xy.length / 2);
        for (int i = 0; i < points.size(); i++) {
            assertThat(points.get(i).x()).as("x of point %d", i).isCloseTo(xy[2 * i], EXACT);
            assertThat(points.get(i).y()).as("y of point %d", i).isCloseTo(xy[2 * i + 1], EXACT);
        }
    }
}
