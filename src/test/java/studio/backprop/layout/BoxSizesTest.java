package studio.backprop.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import studio.backprop.expr.Parser;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.GraphBuilder;

class BoxSizesTest {

    private final GraphLayout layout = new ElkLayeredLayout();

    private static ComputationGraph graph(String source) {
        return GraphBuilder.build(Parser.parse(source));
    }

    @Test
    void changingTheInputValuesMovesNothing() {
        Drawing before = layout.layout(graph("a = 5\nb = 3\nc = 2\nu = b*c\nv = a + u\nJ = 3*v"));
        Drawing after = layout.layout(graph("a = -0.499875\nb = 123456789\nc = 0\nu = b*c\nv = a + u\nJ = 3*v"));
        assertThat(Geometry.of(after)).isEqualTo(Geometry.of(before));
    }

    @Test
    void everyBoxReservesRoomForASixCharacterValueAndItsGradientLine() {
        ComputationGraph graph = graph("J = x + 1");
        double em = LayoutStyle.DEFAULT.em();
        for (NodeBox box : layout.layout(graph).boxes()) {
            if (box.node().isConstant()) continue;
            int gradientLine = ("d" + box.node().label() + " = 0.7311").length();
            assertThat(box.width()).isGreaterThanOrEqualTo(gradientLine * LayoutStyle.CHAR_WIDTH_EM * em);
            assertThat(box.height()).isGreaterThanOrEqualTo(3 * LayoutStyle.LINE_HEIGHT_EM * em);
        }
    }

    @Test
    void aConstantsBoxHoldsOneLineItsLabelWhichIsItsValue() {
        ComputationGraph graph = graph("J = x + 12.5");
        NodeBox constant = layout.layout(graph).boxes().stream().filter(box -> box.node().isConstant()).findFirst().orElseThrow();
        double em = LayoutStyle.DEFAULT.em();
        assertThat(constant.height()).isCloseTo((LayoutStyle.LINE_HEIGHT_EM + 0.6) * em, within(1e-9));
        assertThat(constant.width()).isCloseTo((4 * LayoutStyle.CHAR_WIDTH_EM + 1.2) * em, within(1e-9));
        assertThat(constant.labelLine().y()).isBetween(constant.y(), constant.bottom());
    }

    @Test
    void longerLabelsMakeWiderBoxesAndEqualLengthsEqualOnes() {
        ComputationGraph graph = graph("J = weight*x + y");
        Drawing drawing = layout.layout(graph);
        double x = drawing.box(graph.input("x").orElseThrow()).width();
        double y = drawing.box(graph.input("y").orElseThrow()).width();
        double weight = drawing.box(graph.input("weight").orElseThrow()).width();
        assertThat(y).isEqualTo(x);
        assertThat(weight).isCloseTo(x + 5 * LayoutStyle.CHAR_WIDTH_EM * 16, within(1e-9));
    }

    @Test
    void aLargerFontScaleScalesEveryBoxAndItsTextAnchors() {
        ComputationGraph graph = graph("J = a - b");
        NodeBox normal = layout.layout(graph).box(graph.output());
        NodeBox large = layout.layout(graph, LayoutStyle.DEFAULT.withFontScale(2)).box(graph.output());
        assertThat(large.width()).isCloseTo(2 * normal.width(), within(1e-9));
        assertThat(large.height()).isCloseTo(2 * normal.height(), within(1e-9));
        assertThat(large.valueLine().y() - large.y()).isCloseTo(2 * (normal.valueLine().y() - normal.y()), within(1e-9));
    }

    @Test
    void theThreeTextLinesAreCentredAndStackedInsideTheBox() {
        NodeBox box = layout.layout(graph("J = a - b")).boxes().get(0);
        assertThat(box.labelLine().x()).isEqualTo(box.center().x());
        assertThat(box.labelLine().y()).isGreaterThan(box.y()).isLessThan(box.valueLine().y());
        assertThat(box.valueLine().y()).isLessThan(box.gradientLine().y());
        assertThat(box.gradientLine().y()).isLessThan(box.bottom());
    }
}
