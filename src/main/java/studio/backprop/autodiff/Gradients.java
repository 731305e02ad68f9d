package studio.backprop.autodiff;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import studio.backprop.expr.DerivativeFormula;
import studio.backprop.expr.Op;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.EdgeFormulas;
import studio.backprop.graph.Node;
import studio.backprop.graph.OperandEdge;
import studio.backprop.tensor.Tensor;

/**
 * The result of a backward pass: every node's {@code dvar} = ∂J/∂node, and every edge's local
 * derivative ∂user/∂operand. Immutable and separate from the graph: there is nothing to zero and
 * nothing to double-count when the pass runs again.
 */
public final class Gradients {

    private final Evaluation evaluation;
    private final double[] gradients;
    private final boolean[] reachesOutput;
    private final int seed;
    /** Set once by the pass that made this, right after making it. */
    private String[] reasons;

    Gradients(Evaluation evaluation, double[] gradients, boolean[] reachesOutput, int seed) {
        this.evaluation = evaluation;
        this.gradients = gradients;
        this.reachesOutput = reachesOutput;
        this.seed = seed;
    }

    /** The element of the output this pass started from: 0 for a scalar output, f[seed + 1] for a vector. */
    public int seed() {
        return seed;
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

    /** ∂J/∂node, which the course writes as {@code dnode}, for a scalar node. */
    public double gradient(Node node) {
        if (!node.shape().isScalar()) {
            throw new IllegalStateException(node.label() + " is " + node.shape() + ", not a scalar: ask for its tensor");
        }
        return gradients[graph().offset(node)];
    }

    /** ∂J/∂node for any node, in the node's shape: dW has the shape of W. */
    public Tensor gradientTensor(Node node) {
        int from = graph().offset(node);
        return Tensor.of(node.shape(), java.util.Arrays.copyOfRange(gradients, from, from + node.shape().size()));
    }

    /** One element of a node's gradient, row by row from 0. */
    public double element(Node node, int element) {
        return gradients[graph().offset(node) + element];
    }

    /**
     * ∂user/∂operand along one edge, at the evaluated values. Worked out when asked, from the same
     * definition the pass used: a screen shows a few edges at a time, so the pass keeps none.
     */
    public double local(OperandEdge edge) {
        ComputationGraph graph = graph();
        if (!edge.user().shape().isScalar() || !edge.operand().shape().isScalar() || edge.user().op().isStructural()) {
            double[][] jacobian = localJacobian(edge);
            if (jacobian.length == 1 && jacobian[0].length == 1) return jacobian[0][0];
            throw new IllegalStateException(edge + " joins tensors: ask for its local Jacobian");
        }
        int user = edge.user().index();
        double[] args = ForwardPass.operandValues(graph, user, evaluation.values());
        return BackwardPass.local(graph.op(user), edge.slot(), args, evaluation.values()[graph.offset(edge.user())]);
    }

    /**
     * ∂user/∂operand along an edge between numbers as the lecture writes it, in the operands' names,
     * taking the piece of a piecewise derivative that holds at the evaluated values: ∂u/∂b = c,
     * ∂h/∂z = 1 (z > 0). Null for an edge between vectors or matrices.
     */
    public DerivativeFormula formula(OperandEdge edge) {
        if (!edge.betweenNumbers()) return null;
        ComputationGraph graph = graph();
        int user = edge.user().index();
        Op op = graph.op(user);
        int side = op.hasPiecewisePartial() ? op.sideOfKink(ForwardPass.operandValues(graph, user, evaluation.values())) : 0;
        return EdgeFormulas.of(graph, edge, side);
    }

    /**
     * The local Jacobian ∂user/∂operand along one edge, at the evaluated values: one row per element
     * of the user, one column per element of the operand. Diagonal for an element-wise op; W itself
     * for W·x with respect to x.
     */
    public double[][] localJacobian(OperandEdge edge) {
        return TensorPasses.jacobian(evaluation, edge);
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
                    List<Node> operands = graph.operands(edge.user());
                    terms.add(edge.betweenNumbers()
                            ? new ChainTerm(edge, gradient(edge.user()), local(edge), formula(edge), operands)
                            : new ChainTerm(edge, Double.NaN, Double.NaN, null, operands));
                }
            }
        }
        return new BackwardStep(node, isOutput, terms, gradientTensor(node), seed, problem(node).orElse(null),
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
