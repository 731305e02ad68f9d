package studio.backprop.presentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import studio.backprop.layout.EdgeShape;
import studio.backprop.layout.NodeKind;
import studio.backprop.layout.Point;
import studio.backprop.layout.Rect;
import studio.backprop.presentation.GraphStyle.NodeLook;

class GraphStyleTest {

    private static final Rect BOX = new Rect(0, 0, 120, 80);
    private static final Rect PLATE = new Rect(0, 0, 56, 20.8);
    private static final double EM = 16;

    private final GraphStyle light = GraphStyle.of(Theme.LIGHT);

    private NodeLook look(GraphStyle style, NodeKind kind, FrameContent.NodeText text) {
        return style.node(kind, BOX, EM, text);
    }

    private static FrameContent.NodeText node(String value, String problem, boolean forward, boolean backward) {
        return new FrameContent.NodeText("u ×", value, null, problem, forward, backward);
    }

    @Test
    void eachKindOfBoxLooksAsOnScreen() {
        assertThat(look(light, NodeKind.INPUT, node("5", null, false, false)))
                .satisfies(look -> assertThat(look.fill()).isEqualTo("#e3eef8"))
                .satisfies(look -> assertThat(look.stroke()).isEqualTo(Shape.Stroke.solid("#0072b2", 1.5)))
                .satisfies(look -> assertThat(look.cornerRadius()).isEqualTo(20));
        assertThat(look(light, NodeKind.CONSTANT, node(null, null, false, false)).stroke())
                .isEqualTo(new Shape.Stroke("#6b7480", 1.5, List.of(4.0, 3.0)));
        assertThat(look(light, NodeKind.OUTPUT, node("33", null, false, false)).stroke())
                .isEqualTo(Shape.Stroke.solid("#1b1f24", 3.5));
    }

    @Test
    void anUnknownValueIsGreyAndAKnownOneBlue() {
        assertThat(look(light, NodeKind.OPERATION, node("?", null, false, false)).value().color()).isEqualTo("#9aa3ad");
        assertThat(look(light, NodeKind.OPERATION, node("6", null, false, false)).value().color()).isEqualTo("#0072b2");
    }

    @Test
    void theActiveStepAndANaNFlagShowInTheBorder() {
        assertThat(look(light, NodeKind.OPERATION, node("6", null, true, false)).stroke())
                .isEqualTo(Shape.Stroke.solid("#0072b2", 5));
        assertThat(look(light, NodeKind.INPUT, node("6", null, false, true)).stroke())
                .isEqualTo(Shape.Stroke.solid("#d55e00", 5));
        assertThat(look(light, NodeKind.OPERATION, node("NaN", "ln of a negative number", false, false)).stroke())
                .isEqualTo(new Shape.Stroke("#cc79a7", 4, List.of(8.0, 4.0)));
    }

    @Test
    void theProjectorThemeHasThickerLinesAndBoldNumbers() {
        GraphStyle projector = GraphStyle.of(Theme.PROJECTOR);
        var look = look(projector, NodeKind.OPERATION, node("6", null, false, false));
        assertThat(look.stroke().width()).isEqualTo(1.5 * 2.2);
        assertThat(look.value().bold()).isTrue();
        assertThat(projector.edge(new FrameContent.EdgeText("3", "∂u/∂c = 3", false, false), PLATE, EM).stroke().width())
                .isEqualTo(1.6 * 2.2);
    }

    @Test
    void anEdgeLabelIsBoldBackwardOnALightBackwardPlate() {
        var look = light.edge(new FrameContent.EdgeText("3", "∂u/∂c = 3", false, true), PLATE, EM);
        assertThat(look.label()).isEqualTo(new GraphStyle.Line("3", "#d55e00", true, EM * GraphStyle.EDGE_LABEL_SCALE));
        assertThat(look.plateFill()).isEqualTo("#ffffff");
        assertThat(look.plateStroke().color()).isEqualTo("#e6985c");
        assertThat(look.stroke()).isEqualTo(Shape.Stroke.solid("#d55e00", 3.5));
        assertThat(look.plateStroke().width()).isEqualTo(1);
        assertThat(look.plateRadius()).isEqualTo(3);
    }

    @Test
    void theProjectorThemeThickensThePlateToo() {
        var look = GraphStyle.of(Theme.PROJECTOR).edge(new FrameContent.EdgeText("3", "∂u/∂c = 3", false, true), PLATE, EM);
        assertThat(look.plateStroke().width()).isEqualTo(2.2);
        assertThat(look.stroke().width()).isEqualTo(3.5 * 2.2);
    }

    @Test
    void aLongNumberShrinksToFitItsBoxAndAShortOneKeepsTheFontSize() {
        NodeLook look = look(light, NodeKind.OPERATION, new FrameContent.NodeText("u ×", "6", "du = -123456.7", null, false, false));
        assertThat(look.value().size()).isEqualTo(EM);
        assertThat(look.label().size()).isEqualTo(EM);
        assertThat(look.gradient().size()).isLessThan(EM);
        double margin = (BOX.width() - BundledFont.BOLD.width(look.gradient().text(), look.gradient().size())) / 2;
        assertThat(margin).as("a quarter em inside the 5 px border of the active step").isCloseTo(0.25 * EM + 5 / 2.0, within(1e-9));
    }

    @Test
    void inTheProjectorThemeTheMarginAllowsForItsThickerBorder() {
        GraphStyle projector = GraphStyle.of(Theme.PROJECTOR);
        double em = 24;
        NodeLook look = projector.node(NodeKind.OPERATION, BOX, em, new FrameContent.NodeText("u ×", "6", "du = -0.09831", null, true, false));
        double margin = (BOX.width() - BundledFont.BOLD.width(look.gradient().text(), look.gradient().size())) / 2;
        assertThat(look.stroke().width()).isCloseTo(11, within(1e-9));
        assertThat(margin).as("a quarter em inside the 11 px border").isCloseTo(0.25 * em + 11 / 2.0, within(1e-9));
    }

    @Test
    void aLongEdgeLabelShrinksToFitItsPlateWithAMargin() {
        var look = light.edge(new FrameContent.EdgeText("-0.371", "∂q/∂y = -0.371", false, false), PLATE, EM);
        double labelEm = 0.9 * EM;
        double margin = (PLATE.width() - BundledFont.BOLD.width(look.label().text(), look.label().size())) / 2;
        assertThat(look.label().size()).isLessThan(labelEm);
        assertThat(margin).as("a quarter em inside the plate's 1 px border").isCloseTo(0.25 * labelEm + 0.5, within(1e-9));
        var shortOne = light.edge(new FrameContent.EdgeText("3", "∂J/∂v = 3", false, false), PLATE, EM);
        assertThat(shortOne.label().size()).isEqualTo(labelEm);
    }

    @Test
    void cornersAreNeverRounderThanHalfTheShorterSide() {
        assertThat(light.node(NodeKind.INPUT, new Rect(0, 0, 100, 30), EM, node("5", null, false, false)).cornerRadius())
                .isEqualTo(15);
        assertThat(light.halo(BOX, EM).cornerRadius()).isEqualTo(12);
        Rect halo = light.halo(BOX, EM).bounds();
        assertThat(halo.x()).as("0.3 em off the box").isCloseTo(-4.8, within(1e-9));
        assertThat(halo.width()).isCloseTo(BOX.width() + 9.6, within(1e-9));
    }

    @Test
    void theArrowheadIsATriangleAtTheTipPointingAlongTheLastSegment() {
        var corners = GraphStyle.arrowhead(new Point(0, 10), new Point(100, 10), EM, 1.6);
        assertThat(corners.get(0)).isEqualTo(new Point(100, 10));
        double size = 0.55 * EM;
        assertThat(corners.get(1).x()).isCloseTo(100 - size * Math.cos(Math.toRadians(25)), within(1e-9));
        assertThat(corners.get(1).y()).isCloseTo(10 + size * Math.sin(Math.toRadians(25)), within(1e-9));
        assertThat(corners.get(2).y()).isCloseTo(10 - size * Math.sin(Math.toRadians(25)), within(1e-9));
        assertThat(GraphStyle.arrowDepth(EM)).isCloseTo(size * Math.cos(Math.toRadians(25)), within(1e-9));
    }

    @ParameterizedTest(name = "line {0} px")
    @ValueSource(doubles = {0.5, 1.6, 3.5, 7.7, 12, 30})
    void aLineEndsInsideItsArrowheadWhereTheHeadIsWiderThanTheLine(double width) {
        List<Point> route = List.of(new Point(0, 10), new Point(40, 10), new Point(40, 60), new Point(140, 60));
        Point tip = route.get(3);
        List<Point> head = GraphStyle.arrowhead(route.get(2), tip, EM, width);
        List<Point> drawn = GraphStyle.routeUnderArrowhead(route, EdgeShape.ORTHOGONAL, EM, width);
        Point end = drawn.get(3);
        assertThat(drawn.subList(0, 3)).isEqualTo(route.subList(0, 3));
        assertThat(end.y()).isEqualTo(60);
        double base = head.get(1).x();
        assertThat(end.x()).as("the line stops inside the head, short of its tip").isGreaterThan(base).isLessThan(tip.x());
        // The head's width where the line stops, from the triangle's own corners.
        double across = (head.get(1).y() - head.get(2).y()) * (tip.x() - end.x()) / (tip.x() - base);
        assertThat(across).as("the head is wider than the line where the line stops").isGreaterThan(width);
        assertThat(head.get(1).y() - head.get(2).y()).as("the head's base").isGreaterThanOrEqualTo(2.5 * width);
    }

    @Test
    void aCurveEndsInsideItsArrowheadKeepingItsDirection() {
        List<Point> curve = List.of(new Point(0, 0), new Point(50, 0), new Point(50, 40), new Point(100, 40));
        List<Point> drawn = GraphStyle.routeUnderArrowhead(curve, EdgeShape.SPLINE, EM, 7.7);
        double pull = GraphStyle.arrowDepth(EM, 7.7) / 2;
        assertThat(drawn.get(3).x()).isCloseTo(100 - pull, within(1e-9));
        assertThat(drawn.get(2).x()).isCloseTo(50 - pull, within(1e-9));
        assertThat(drawn.get(2).y()).isEqualTo(40);
    }
}
