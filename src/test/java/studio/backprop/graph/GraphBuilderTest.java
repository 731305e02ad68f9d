package studio.backprop.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;

import org.jgrapht.Graph;
import org.junit.jupiter.api.Test;

import studio.backprop.expr.Op;
import studio.backprop.expr.Parser;
import studio.backprop.expr.ProgramException;
import studio.backprop.expr.Span;

class GraphBuilderTest {

    static ComputationGraph build(String source) {
        return GraphBuilder.build(Parser.parse(source));
    }

    static ComputationGraph tree(String source) {
        return GraphBuilder.build(Parser.parse(source), BuildOptions.TREE);
    }

    static List<String> labels(List<Node> nodes) {
        return nodes.stream().map(Node::label).toList();
    }

    @Test
    void theLectureGraphHasOneNodePerInputAndPerStep() {
        ComputationGraph graph = build("a = 5; b = 3; c = 2; u = b*c; v = a + u; J = 3*v");
        assertThat(labels(graph.nodes())).containsExactly("a", "b", "c", "u", "v", "3", "J");
        assertThat(graph.nodes()).extracting(Node::id).containsExactly("n1", "n2", "n3", "n4", "n5", "n6", "n7");
        assertThat(graph.nodes()).extracting(Node::op)
                .containsExactly(Op.INPUT, Op.INPUT, Op.INPUT, Op.MUL, Op.ADD, Op.CONST, Op.MUL);
        assertThat(graph.output().label()).isEqualTo("J");
        assertThat(labels(graph.inputs())).containsExactly("a", "b", "c");
        Node u = graph.node(3);
        assertThat(labels(graph.operands(u))).containsExactly("b", "c");
        assertThat(graph.declaredValue(graph.input("b").orElseThrow()).getAsDouble()).isEqualTo(3.0);
    }

    @Test
    void edgesKnowTheirOperandSlot() {
        ComputationGraph graph = build("J = a - b");
        Node j = graph.output();
        assertThat(graph.operandEdge(j.index(), 0).operand().label()).isEqualTo("a");
        assertThat(graph.operandEdge(j.index(), 0).slot()).isZero();
        assertThat(graph.operandEdge(j.index(), 1).operand().label()).isEqualTo("b");
        assertThat(graph.operandEdge(j.index(), 1).slot()).isEqualTo(1);
    }

    @Test
    void xTimesXIsOneNodeWithTwoEdgesIntoTheProduct() {
        ComputationGraph graph = build("x = 3; J = x*x");
        Graph<Node, OperandEdge> dag = graph.dag();
        Node x = graph.input("x").orElseThrow();
        assertThat(dag.vertexSet()).hasSize(2);
        assertThat(dag.getAllEdges(x, graph.output())).hasSize(2)
                .extracting(OperandEdge::slot).containsExactlyInAnyOrder(0, 1);
    }

    @Test
    void theJGraphTViewIteratesInTopologicalOrder() {
        ComputationGraph graph = build("z = w1*x1 + w2*x2 + b; a = σ(z); L = -(y*ln(a) + (1-y)*ln(1-a))");
        List<Node> seen = new ArrayList<>();
        graph.topologicalIterator().forEachRemaining(seen::add);
        assertThat(seen).containsExactlyElementsOf(graph.nodes());
        for (OperandEdge edge : graph.dag().edgeSet()) {
            assertThat(edge.operand().index()).isLessThan(edge.user().index());
            assertThat(graph.dag().getEdgeSource(edge)).isSameAs(edge.operand());
        }
    }

    @Test
    void identicalSubexpressionsAreMergedUnlessTheTreeOptionIsSet() {
        ComputationGraph merged = build("J = (a+b)*(a+b)");
        assertThat(merged.nodes()).filteredOn(node -> node.op() == Op.ADD).hasSize(1);
        assertThat(merged.size()).isEqualTo(4);

        ComputationGraph tree = tree("J = (a+b)*(a+b)");
        assertThat(tree.nodes()).filteredOn(node -> node.op() == Op.ADD).hasSize(2);
        assertThat(tree.inputs()).hasSize(2);
        assertThat(tree.isTree()).isTrue();
    }

    @Test
    void subexpressionsWithEqualConstantsAreMergedButLiteralsStaySeparate() {
        ComputationGraph graph = build("J = (a+1)*(a+1) + 3*a + 3*b");
        assertThat(graph.nodes()).filteredOn(node -> node.op() == Op.ADD && labels(graph.operands(node)).contains("1"))
                .hasSize(1);
        assertThat(graph.nodes()).filteredOn(Node::isConstant).extracting(Node::label).containsExactly("1", "3", "3");
    }

    @Test
    void aNamedStepAlwaysGetsItsOwnNodeButLaterCopiesMergeIntoIt() {
        ComputationGraph graph = build("u = a*b; w = a*b; J = (a*b) + u + w");
        assertThat(graph.nodes()).filteredOn(node -> node.op() == Op.MUL).extracting(Node::label)
                .containsExactly("u", "w");
    }

    @Test
    void unnamedStepsGetTheCoursesLettersSkippingNamesInUse() {
        assertThat(labels(build("3*(a+b*c)").nodes())).containsExactly("a", "b", "c", "u", "v", "3", "J");
        assertThat(labels(build("u = 2; J = u*(a+b*c)").computedNodes())).containsExactly("v", "w", "J");
    }

    @Test
    void reassigningANameMakesANewPrimedNodeAndLaterUsesMeanIt() {
        ComputationGraph graph = build("c = 2; c = c + 1; c += 1; J = c*c");
        assertThat(labels(graph.nodes())).containsExactly("c", "1", "c′", "1", "c″", "J");
        assertThat(labels(graph.operands(graph.output()))).containsExactly("c″", "c″");
    }

    @Test
    void aBareOutputIsCalledJOrJPrimeWhenJIsTaken() {
        assertThat(build("a*2").output().label()).isEqualTo("J");
        assertThat(build("J = 3; J*2").output().label()).isEqualTo("J′");
        assertThat(build("e = c*d").output().label()).isEqualTo("e");
    }

    @Test
    void aBareNameAsOutputIsAnIdentityNode() {
        ComputationGraph graph = build("v = a + 1; J = v");
        assertThat(graph.output().op()).isEqualTo(Op.IDENTITY);
        assertThat(labels(graph.operands(graph.output()))).containsExactly("v");
    }

    @Test
    void constantsAreConstantsUntilTheProgramDefinesTheName() {
        ComputationGraph before = build("J = e*pi");
        assertThat(before.inputs()).isEmpty();
        assertThat(before.nodes()).filteredOn(Node::isConstant).extracting(Node::constant)
                .containsExactly(Math.E, Math.PI);
        assertThat(before.nodes()).filteredOn(Node::isConstant).extracting(Node::label).containsExactly("e", "π");

        ComputationGraph shadowed = build("c = a + b; d = b + 1; e = c*d; J = 2*e");
        assertThat(labels(shadowed.operands(shadowed.output()))).containsExactly("2", "e");
        assertThat(shadowed.nodes()).filteredOn(Node::isConstant).extracting(Node::label).containsExactly("1", "2");
    }

    @Test
    void inputsAreListedInOrderOfFirstAppearance() {
        assertThat(labels(build("J = c*(b + a)").inputs())).containsExactly("c", "b", "a");
        assertThat(labels(build("b = 1; J = a*b").inputs())).containsExactly("b", "a");
    }

    @Test
    void nodesRememberTheSpanTheyCameFrom() {
        ComputationGraph graph = build("a = 5\nJ = 3*(a + b)");
        Node plus = graph.nodes().stream().filter(node -> node.op() == Op.ADD).findFirst().orElseThrow();
        assertThat(plus.span()).isEqualTo(new Span(2, 8, 13, 18));
        assertThat(graph.input("b").orElseThrow().span()).isEqualTo(new Span(2, 12, 17, 18));
        assertThat(graph.input("a").orElseThrow().span()).isEqualTo(new Span(1, 1, 0, 1));
    }

    @Test
    void usingANameBeforeItsDefinitionIsAnErrorThatSaysWhichLineToMove() {
        ProgramException error = catchThrowableOfType(ProgramException.class, () -> build("J = 3*v\nv = a + 1"));
        assertThat(error.getMessage()).isEqualTo("'v' is used on line 1 before it is defined here. Move this line above line 1.");
        assertThat(error.span()).isEqualTo(new Span(2, 1, 8, 9));
        assertThat(error.kind()).isEqualTo(ProgramException.Kind.NAMES);
    }

    @Test
    void aDefinitionThatUsesItselfWithoutAnEarlierValueIsAnError() {
        ProgramException error = catchThrowableOfType(ProgramException.class, () -> build("c = c + 1"));
        assertThat(error.getMessage())
                .isEqualTo("'c' is used in its own definition but has no earlier value. Define it first, as in c = 2.");
        assertThat(error.span()).isEqualTo(new Span(1, 5, 4, 5));
    }

    @Test
    void anInputGetsOneValue() {
        ProgramException error = catchThrowableOfType(ProgramException.class, () -> build("a = 5\na = 6\nJ = a"));
        assertThat(error.getMessage())
                .isEqualTo("'a' is already defined on line 1. An input gets one value; give this one a new name.");
        assertThat(error.span().line()).isEqualTo(2);
    }

    @Test
    void aComputedNameSetToANumberBecomesANewInput() {
        ComputationGraph graph = build("a = 1; c = a + 1; c = 3");
        assertThat(labels(graph.inputs())).containsExactly("a", "c′");
        Node c = graph.input("c′").orElseThrow();
        assertThat(graph.output()).isSameAs(c);
        assertThat(graph.declaredValue(c).getAsDouble()).isEqualTo(3.0);
        assertThat(c.op()).isEqualTo(Op.INPUT);
    }

    @Test
    void laterUsesOfAComputedNameSetToANumberMeanTheNewInput() {
        ComputationGraph graph = build("a = 1; c = a + 1; d = 2*c; c = 3; J = c*d");
        assertThat(labels(graph.operands(graph.output()))).containsExactly("c′", "d");
        ComputationGraph again = build("c = 2; c = c + 1; c = 5; J = c");
        assertThat(labels(again.inputs())).containsExactly("c", "c″");
    }

    @Test
    void anInputSetAgainAfterBeingComputedOnIsStillOneValueEach() {
        ProgramException error = catchThrowableOfType(ProgramException.class, () -> build("a = 1; c = a + 1; c = 3; c = 4"));
        assertThat(error.getMessage())
                .isEqualTo("'c' is already defined on line 1. An input gets one value; give this one a new name.");
    }

    @Test
    void aProgramThatIsOnlyAnInputHasThatInputAsOutput() {
        ComputationGraph graph = build("a = 5");
        assertThat(graph.output()).isSameAs(graph.input("a").orElseThrow());
        assertThat(graph.computedNodes()).isEmpty();
    }

    @Test
    void usesListEveryEdgeOutOfANodeInTopologicalOrderOfUsers() {
        ComputationGraph graph = build("a = 2; b = 1; c = a + b; d = b + 1; e = c*d");
        Node b = graph.input("b").orElseThrow();
        assertThat(graph.uses(b)).extracting(edge -> edge.user().label()).containsExactly("c", "d");
    }
}
