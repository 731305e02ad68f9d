package studio.backprop.autodiff;

import java.util.List;

import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.Node;
import studio.backprop.graph.OperandEdge;

/**
 * The two passes as one sequence of steps that a screen or a slide deck can stop at: position 0
 * is "nothing computed yet", positions 1..F are the forward steps, F+1..F+B the backward steps.
 * What is visible at a position is a pure function of the position, so stepping back is the exact
 * inverse of stepping forward.
 *
 * <ul>
 *   <li>Inputs and constants show their values from the start: they are given, not computed.</li>
 *   <li>A computed node shows its value once the forward pass has reached it.</li>
 *   <li>A node shows its dvar once the backward pass has reached it; constants never do.</li>
 *   <li>An edge shows its local derivative once the gradient has flowed back along it, that is
 *       from its operand's backward step on.</li>
 * </ul>
 */
public final class PassTimeline {

    private final Analysis analysis;
    private final List<ForwardStep> forward;
    private final List<BackwardStep> backward;
    /** Forward step number (from 1) of each computed node; 0 for inputs and constants. */
    private final int[] forwardRank;
    /** Backward step number (from 1) of each node; 0 for constants, which have none. */
    private final int[] backwardRank;

    public PassTimeline(Analysis analysis) {
        this.analysis = analysis;
        this.forward = analysis.evaluation().steps();
        this.backward = analysis.gradients().steps();
        ComputationGraph graph = analysis.graph();
        forwardRank = new int[graph.size()];
        backwardRank = new int[graph.size()];
        List<Node> computed = graph.computedNodes();
        for (int i = 0; i < computed.size(); i++) {
            forwardRank[computed.get(i).index()] = i + 1;
        }
        for (int i = 0; i < backward.size(); i++) {
            backwardRank[backward.get(i).node().index()] = i + 1;
        }
    }

    public Analysis analysis() {
        return analysis;
    }

    public int forwardSteps() {
        return forward.size();
    }

    public int backwardSteps() {
        return backward.size();
    }

    /** The last position: the end of the backward pass. */
    public int end() {
        return forward.size() + backward.size();
    }

    /** The position after forward step {@code k} (from 1). */
    public int afterForward(int k) {
        return Math.max(0, Math.min(k, forward.size()));
    }

    /** The position after backward step {@code k} (from 1). */
    public int afterBackward(int k) {
        return forward.size() + Math.max(0, Math.min(k, backward.size()));
    }

    public boolean showsValue(Node node, int position) {
        return forwardRank[node.index()] <= position;
    }

    public boolean showsGradient(Node node, int position) {
        int rank = backwardRank[node.index()];
        return rank > 0 && forward.size() + rank <= position;
    }

    public boolean showsLocal(OperandEdge edge, int position) {
        return showsGradient(edge.operand(), position);
    }

    /** The node the step at {@code position} computes, or null at position 0. */
    public Node activeNode(int position) {
        if (position <= 0) return null;
        return position <= forward.size() ? forward.get(position - 1).node() : backward.get(position - forward.size() - 1).node();
    }

    public boolean isForward(int position) {
        return position >= 1 && position <= forward.size();
    }

    public boolean isBackward(int position) {
        return position > forward.size() && position <= end();
    }

    public ForwardStep forwardStep(int position) {
        return forward.get(position - 1);
    }

    public BackwardStep backwardStep(int position) {
        return backward.get(position - forward.size() - 1);
    }
}
