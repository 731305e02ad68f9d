package studio.backprop.autodiff;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.Node;
import studio.backprop.graph.OperandEdge;

/**
 * The result of a backward pass: every node's {@code dvar} = ∂J/∂node, and every edge's local
 * derivative ∂user/∂operand. Immutable and separate from the graph: there is nothing to zero and
 * nothing to double-count when the pass runs again.
 */
public final class Gradients {

    private final Evaluation evaluation;
    private final double[] gradients;
    private final boolean[] reachesOutput;
    /** Set once by the pass that made this, right after making it. */
    private String[] reasons;

    Gradients(Evaluation evaluation, double[] gradients, boolean[] reachesOutput) {
        this.evaluation = evaluation;
        this.gradients = gradients;
        this.reachesOutput = reachesOutput;
    }

    void explain(String[] reasons) {
        this.reasons = reasons;
    }

    public Evaluation evaluation() {
        return evaluation;
    }

    public ComputationGraph graph() {
        return evaluation.graph();
    }

    /** ∂J/∂node, which the course writes as {@code dnode}. */
    public double gradient(Node node) {
        return gradients[node.index()];
    }

    /**
     * ∂user/∂operand along one edge, at the evaluated values. Worked out when asked, from the same
     * definition the pass used: a screen shows a few edges at a time, so the pass keeps none.
     */
    public double local(OperandEdge edge) {
        ComputationGraph graph = graph();
        int user = edge.user().index();
        double[] args = ForwardPass.operandValues(graph, user, evaluation.values());
        return BackwardPass.local(graph.op(user), edge.slot(), args, evaluation.values()[user]);
    }

    /** Why a gradient is NaN or ±∞; empty if it is finite. */
    public Optional<String> problem(Node node) {
        return reasons == null ? Optional.empty() : Optional.ofNullable(reasons[node.index()]);
    }

    /**
     * One step per node that has a {@code dvar} worth showing (everything but constants), from J
     * back to the inputs in reverse topological order.
     */
    public List<BackwardStep> steps() {
        List<Node> stepNodes = new StepOrder(graph());
        return new AbstractList<>() {
            @Override
            public BackwardStep get(int index) {
                return step(stepNodes.get(index));
            }

            @Override
            public int size() {
                return stepNodes.size();
            }
        };
    }

    public BackwardStep step(Node node) {
        ComputationGraph graph = graph();
        List<ChainTerm> terms = new ArrayList<>();
        boolean isOutput = node == graph.output();
        if (!isOutput) {
            for (OperandEdge edge : graph.uses(node)) {
                if (reachesOutput[edge.user().index()]) {
                    terms.add(new ChainTerm(edge, gradient(edge.user()), local(edge)));
                }
            }
        }
        return new BackwardStep(node, isOutput, terms, gradient(node), problem(node).orElse(null),
                graph.output().label());
    }

    /** Non-constant nodes in reverse topological order, without copying a million-node list. */
    private static final class StepOrder extends AbstractList<Node> {
        private final int[] indices;
        private final ComputationGraph graph;

        StepOrder(ComputationGraph graph) {
            this.graph = graph;
            this.indices = graph.nodes().stream().filter(node -> !node.isConstant())
                    .mapToInt(Node::index).toArray();
        }

        @Override
        public Node get(int index) {
            return graph.node(indices[indices.length - 1 - index]);
        }

        @Override
        public int size() {
            return indices.length;
        }
    }
}
