package studio.backprop.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import studio.backprop.autodiff.Analysis;
import studio.backprop.autodiff.InputValues;
import studio.backprop.autodiff.PassTimeline;
import studio.backprop.expr.Parser;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.GraphBuilder;
import studio.backprop.graph.Node;
import studio.backprop.layout.EdgeLabels;

class FrameContentTest {

    private final ComputationGraph graph = GraphBuilder.build(Parser.parse("a = 5; b = 3; c = 2; u = b*c; v = a + u; J = 3*v"));
    private final PassTimeline timeline = new PassTimeline(Analysis.of(InputValues.declared(graph)));

    private Node node(String label) {
        return graph.nodes().stream().filter(node -> node.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void beforeTheForwardPassOnlyGivenValuesShowAndTheRestIsAQuestionMark() {
        FrameContent start = new FrameContent(timeline, 0, FrameContent.Shown.ALL);
        assertThat(start.node(node("a")).value()).isEqualTo("5");
        assertThat(start.node(node("u")).value()).isEqualTo("?");
        assertThat(start.node(node("u")).unknown()).isTrue();
        assertThat(start.node(node("3")).value()).as("a constant's label is its value").isNull();
        assertThat(start.node(node("J")).gradient()).isNull();
        assertThat(start.node(node("u")).label()).isEqualTo("u ×");
        assertThat(start.node(node("a")).label()).isEqualTo("a");
    }

    @Test
    void atTheEndEveryValueDvarAndLocalDerivativeShows() {
        FrameContent end = new FrameContent(timeline, timeline.end(), FrameContent.Shown.ALL);
        assertThat(end.node(node("J")).value()).isEqualTo("33");
        assertThat(end.node(node("c")).gradient()).isEqualTo("dc = 9");
        Node u = node("u");
        assertThat(end.edge(graph.operandEdge(u.index(), 1)).local()).isEqualTo("3");
        assertThat(end.edge(graph.operandEdge(u.index(), 1)).partial()).as("hovering tells the formula too")
                .isEqualTo("∂u/∂c = b = 3");
        assertThat(end.node(node("a")).backwardActive()).isTrue();
        assertThat(end.caption()).isEqualTo("Backward 6/6: da = dv · ∂v/∂a = 3 · 1 = 3");
    }

    @Test
    void captionsNameThePassTheStepAndTheFormula() {
        assertThat(caption(0)).isEqualTo("Ready: step forward to start the forward pass.");
        assertThat(caption(2)).isEqualTo("Forward 2/3: v = a + u = 5 + 6 = 11");
        assertThat(caption(timeline.afterBackward(4))).isEqualTo("Backward 4/6: dc = du · ∂u/∂c = 3 · 3 = 9");
        assertThat(caption(timeline.end())).isEqualTo("Backward 6/6: da = dv · ∂v/∂a = 3 · 1 = 3");
    }

    private String caption(int position) {
        return new FrameContent(timeline, position, FrameContent.Shown.ALL).caption();
    }

    @Test
    void hoveringTellsTheFormulaAndInRevealModeKeepsTheHiddenNumbersHidden() {
        int afterDv = timeline.afterBackward(3);
        FrameContent open = new FrameContent(timeline, afterDv, FrameContent.Shown.ALL);
        assertThat(open.explanation(node("a"))).isEqualTo("input a = 5");
        assertThat(open.explanation(node("v"))).isEqualTo("v = a + u = 5 + 6 = 11\ndv = dJ · ∂J/∂v = 1 · 3 = 3");
        assertThat(new FrameContent(timeline, 1, FrameContent.Shown.ALL).explanation(node("v"))).isEqualTo("v: not computed yet");

        Concealment hidesV = new Concealment() {
            @Override
            public boolean hidesValue(Node node) {
                return node.label().equals("v");
            }

            @Override
            public boolean hidesGradient(Node node) {
                return node.label().equals("v");
            }
        };
        FrameContent concealed = new FrameContent(timeline, afterDv, FrameContent.Shown.ALL, hidesV);
        assertThat(concealed.explanation(node("v"))).isEqualTo("v = a + u = 5 + 6 = ?\ndv = dJ · ∂J/∂v = 1 · 3 = ?");
        assertThat(concealed.explanation(node("J"))).isEqualTo("J = 3·v = 3·? = 33\ndJ = 1");
    }

    @Test
    void edgesWriteTheirNumberTheirFormulaOrBoth() {
        Node u = node("u");
        Node v = node("v");
        assertThat(edgeLabel(EdgeLabels.NUMBERS, u, 0)).isEqualTo("2");
        assertThat(edgeLabel(EdgeLabels.FORMULAS, u, 0)).as("∂u/∂b = c").isEqualTo("c");
        assertThat(edgeLabel(EdgeLabels.BOTH, u, 0)).isEqualTo("c = 2");
        assertThat(edgeLabel(EdgeLabels.BOTH, v, 0)).as("∂v/∂a = 1 is a number: written once").isEqualTo("1");
        assertThat(edgeLabel(EdgeLabels.FORMULAS, node("J"), 1)).as("∂J/∂v = 3").isEqualTo("3");
    }

    private String edgeLabel(EdgeLabels labels, Node user, int slot) {
        FrameContent end = new FrameContent(timeline, timeline.end(), FrameContent.Shown.ALL.writing(labels));
        return end.edge(graph.operandEdge(user.index(), slot)).local();
    }

    @Test
    void withFormulasTheBackwardCaptionWritesThemFirst() {
        FrameContent.Shown formulas = FrameContent.Shown.ALL.writing(EdgeLabels.FORMULAS);
        assertThat(new FrameContent(timeline, timeline.afterBackward(4), formulas).caption())
                .isEqualTo("Backward 4/6: dc = du · ∂u/∂c = du · b = 3 · 3 = 9");
        assertThat(new FrameContent(timeline, 2, formulas).caption()).isEqualTo("Forward 2/3: v = a + u = 5 + 6 = 11");
    }

    @Test
    void eachKindOfNumberCanBeLeftOut() {
        FrameContent bare = new FrameContent(timeline, timeline.end(), new FrameContent.Shown(false, false, false));
        assertThat(bare.node(node("J")).value()).isNull();
        assertThat(bare.node(node("J")).gradient()).isNull();
        assertThat(bare.edge(graph.operandEdge(node("u").index(), 0)).local()).isNull();
    }
}
