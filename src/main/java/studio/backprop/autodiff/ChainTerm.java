package studio.backprop.autodiff;

import studio.backprop.graph.OperandEdge;

/**
 * One term of the chain rule, {@code du · ∂u/∂c}: the gradient arriving from a user of the node,
 * times the local derivative along the edge.
 */
public record ChainTerm(OperandEdge edge, double userGradient, double local) {

    public double contribution() {
        return userGradient * local;
    }
}
