package studio.backprop.autodiff;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.backprop.autodiff.Programs.analyze;
import static studio.backprop.autodiff.Programs.node;

import org.junit.jupiter.api.Test;

import studio.backprop.graph.Node;
import studio.backprop.graph.OperandEdge;

class PassTimelineTest {

    private final Analysis lecture = analyze(PassesTest.LECTURE);
    private final PassTimeline timeline = new PassTimeline(lecture);

    @Test
    void theLectureHasThreeForwardAndSixBackwardSteps() {
        assertThat(timeline.forwardSteps()).isEqualTo(3);
        assertThat(timeline.backwardSteps()).isEqualTo(6);
        assertThat(timeline.end()).isEqualTo(9);
    }

    @Test
    void atTheStartOnlyGivenValuesShow() {
        assertThat(timeline.showsValue(node(lecture, "a"), 0)).isTrue();
        assertThat(timeline.showsValue(node(lecture, "3"), 0)).isTrue();
        assertThat(timeline.showsValue(node(lecture, "u"), 0)).isFalse();
        assertThat(timeline.showsGradient(node(lecture, "J"), 0)).isFalse();
        assertThat(timeline.activeNode(0)).isNull();
    }

    @Test
    void valuesAppearOneNodePerForwardStep() {
        Node u = node(lecture, "u");
        Node v = node(lecture, "v");
        assertThat(timeline.showsValue(u, 1)).isTrue();
        assertThat(timeline.showsValue(v, 1)).isFalse();
        assertThat(timeline.showsValue(v, 2)).isTrue();
        assertThat(timeline.activeNode(2)).isSameAs(v);
        assertThat(timeline.isForward(3)).isTrue();
        assertThat(timeline.isBackward(4)).isTrue();
    }

    @Test
    void gradientsAndLocalDerivativesAppearRightToLeft() {
        Node c = node(lecture, "c");
        Node u = node(lecture, "u");
        OperandEdge cIntoU = lecture.graph().operandEdge(u.index(), 1);
        int beforeC = timeline.afterBackward(3);
        int atC = timeline.afterBackward(4);
        assertThat(timeline.showsGradient(u, beforeC)).isTrue();
        assertThat(timeline.showsGradient(c, beforeC)).isFalse();
        assertThat(timeline.showsLocal(cIntoU, beforeC)).isFalse();
        assertThat(timeline.showsGradient(c, atC)).isTrue();
        assertThat(timeline.showsLocal(cIntoU, atC)).isTrue();
        assertThat(timeline.activeNode(atC)).isSameAs(c);
        assertThat(timeline.showsGradient(node(lecture, "3"), timeline.end())).isFalse();
    }
}
