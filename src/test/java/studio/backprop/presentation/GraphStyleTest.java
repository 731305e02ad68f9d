package studio.backprop.presentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

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
        double room = BOX.width() - 0.4 * EM;
        assertThat(look.gradient().size()).isLessThan(EM);
        assertThat(BundledFont.BOLD.width(look.gradient().text(), look.gradient().size())).isCloseTo(room, within(1e-9));
    }

    @Test
    void aLongEdgeLabelShrinksToFitItsPlate() {
        var look = light.edge(new FrameContent.EdgeText("-0.19735", "∂u/∂c = -0.19735", false, false), PLATE, EM);
        assertThat(BundledFont.BOLD.width(look.label().text(), look.label().size())).isCloseTo(0.92 * PLATE.width(), within(1e-9));
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
        var corners = GraphStyle.arrowhead(new Point(0, 10), new Point(100, 10), EM);
        assertThat(corners.get(0)).isEqualTo(new Point(100, 10));
        double size = 0.55 * EM;
        assertThat(corners.get(1).x()).isCloseTo(100 - size * Math.cos(Math.toRadians(25)), within(1e-9));
        assertThat(corners.get(1).y()).isCloseTo(10 + size * Math.sin(Math.toRadians(25)), within(1e-9));
        assertThat(corners.get(2).y()).isCloseTo(10 - size * Math.sin(Math.toRadians(25)), within(1e-9));
        assertThat(GraphStyle.arrowDepth(EM)).isCloseTo(size * Math.cos(Math.toRadians(25)), within(1e-9));
    }
}
