package studio.backprop.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import studio.backprop.layout.NodeKind;

class GraphStyleTest {

    private final GraphStyle light = GraphStyle.of(Theme.LIGHT);

    private static FrameContent.NodeText node(String value, String problem, boolean forward, boolean backward) {
        return new FrameContent.NodeText("u ×", value, null, problem, forward, backward);
    }

    @Test
    void eachKindOfBoxLooksAsOnScreen() {
        assertThat(light.node(NodeKind.INPUT, node("5", null, false, false)))
                .satisfies(look -> assertThat(look.fill()).isEqualTo("#e3eef8"))
                .satisfies(look -> assertThat(look.stroke()).isEqualTo(Shape.Stroke.solid("#0072b2", 1.5)))
                .satisfies(look -> assertThat(look.cornerRadius()).isEqualTo(20));
        assertThat(light.node(NodeKind.CONSTANT, node(null, null, false, false)).stroke())
                .isEqualTo(new Shape.Stroke("#6b7480", 1.5, List.of(4.0, 3.0)));
        assertThat(light.node(NodeKind.OUTPUT, node("33", null, false, false)).stroke())
                .isEqualTo(Shape.Stroke.solid("#1b1f24", 3.5));
    }

    @Test
    void anUnknownValueIsGreyAndAKnownOneBlue() {
        assertThat(light.node(NodeKind.OPERATION, node("?", null, false, false)).value().color()).isEqualTo("#9aa3ad");
        assertThat(light.node(NodeKind.OPERATION, node("6", null, false, false)).value().color()).isEqualTo("#0072b2");
    }

    @Test
    void theActiveStepAndANaNFlagShowInTheBorder() {
        assertThat(light.node(NodeKind.OPERATION, node("6", null, true, false)).stroke())
                .isEqualTo(Shape.Stroke.solid("#0072b2", 5));
        assertThat(light.node(NodeKind.INPUT, node("6", null, false, true)).stroke())
                .isEqualTo(Shape.Stroke.solid("#d55e00", 5));
        assertThat(light.node(NodeKind.OPERATION, node("NaN", "ln of a negative number", false, false)).stroke())
                .isEqualTo(new Shape.Stroke("#cc79a7", 4, List.of(8.0, 4.0)));
    }

    @Test
    void theProjectorThemeHasThickerLinesAndBoldNumbers() {
        GraphStyle projector = GraphStyle.of(Theme.PROJECTOR);
        var look = projector.node(NodeKind.OPERATION, node("6", null, false, false));
        assertThat(look.stroke().width()).isEqualTo(1.5 * 2.2);
        assertThat(look.value().bold()).isTrue();
        assertThat(projector.edge(new FrameContent.EdgeText("3", "∂u/∂c = 3", false, false)).stroke().width())
                .isEqualTo(1.6 * 2.2);
    }

    @Test
    void anEdgeLabelIsBoldBackwardOnALightBackwardPlate() {
        var look = light.edge(new FrameContent.EdgeText("3", "∂u/∂c = 3", false, true));
        assertThat(look.label()).isEqualTo(new GraphStyle.Line("3", "#d55e00", true));
        assertThat(look.plateFill()).isEqualTo("#ffffff");
        assertThat(look.plateStroke().color()).isEqualTo("#e6985c");
        assertThat(look.stroke()).isEqualTo(Shape.Stroke.solid("#d55e00", 3.5));
    }
}
