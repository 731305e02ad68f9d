package studio.backprop.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import studio.backprop.expr.Parser;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.GraphBuilder;
import studio.backprop.graph.Node;
import studio.backprop.graph.OperandEdge;

class DrawingTest {

    private final ComputationGraph graph = GraphBuilder.build(Parser.parse(Corpus.LECTURE));
    private final Drawing drawing = new ElkLayeredLayout().layout(graph);

    @Test
    void everyNodeAndEveryEdgeFindsItsOwnShape() {
        for (Node node : graph.nodes()) {
            assertThat(drawing.box(node).node()).isSameAs(node);
        }
        for (int position = 0; position < graph.edgeCount(); position++) {
            OperandEdge edge = graph.edge(position);
            assertThat(drawing.path(edge).edge()).isSameAs(edge);
        }
    }

    @Test
    void nodesOfAnotherGraphAreRefusedRatherThanMistakenForOurs() {
        ComputationGraph other = GraphBuilder.build(Parser.parse(Corpus.LECTURE));
        assertThatThrownBy(() -> drawing.box(other.node(0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> drawing.path(other.edge(0))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void boxKindsTellInputsConstantsOperationsAndTheOutputApart() {
        assertThat(drawing.box(graph.input("a").orElseThrow()).kind()).isEqualTo(NodeKind.INPUT);
        assertThat(drawing.box(graph.output()).kind()).isEqualTo(NodeKind.OUTPUT);
        assertThat(drawing.boxes()).filteredOn(box -> box.node().isConstant())
                .singleElement().extracting(NodeBox::kind).isEqualTo(NodeKind.CONSTANT);
        assertThat(drawing.boxes()).filteredOn(box -> box.kind() == NodeKind.OPERATION)
                .extracting(box -> box.node().label()).containsExactlyInAnyOrder("u", "v");
    }

    @Test
    void aClickInsideABoxFindsThatBoxAndAClickBetweenBoxesFindsNone() {
        NodeBox u = drawing.boxes().stream().filter(box -> box.node().label().equals("u")).findFirst().orElseThrow();
        assertThat(drawing.nodeAt(u.center().x(), u.center().y())).contains(u);
        assertThat(drawing.nodeAt(u.x() + 1, u.bottom() - 1)).contains(u);
        assertThat(drawing.nodeAt(1, 1)).isEmpty();
        assertThat(drawing.nodeAt(u.right() + 1, u.center().y())).isEmpty();
    }

    @Test
    void edgeLabelsCarryATextAnchorInsideTheirBox() {
        for (EdgePath path : drawing.paths()) {
            assertThat(path.label().contains(path.labelAnchor().x(), path.labelAnchor().y())).isTrue();
            assertThat(path.label().width()).isGreaterThanOrEqualTo(5 * LayoutStyle.CHAR_WIDTH_EM * 16);
        }
    }

    @Test
    void theArrowheadPointsIntoTheTargetFromTheLeft() {
        for (EdgePath path : drawing.paths()) {
            assertThat(path.end().x()).isEqualTo(drawing.box(path.edge().user()).x(), within(0.01));
            assertThat(path.beforeEnd().x()).isLessThan(path.end().x());
        }
    }
}
