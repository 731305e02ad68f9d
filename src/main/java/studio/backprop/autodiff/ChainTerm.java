package studio.backprop.autodiff;

import java.util.List;

import studio.backprop.expr.DerivativeFormula;
import studio.backprop.graph.Node;
import studio.backprop.graph.OperandEdge;

/**
 * One term of the chain rule, {@code du · ∂u/∂c}: the gradient arriving from a user of the node,
 * times the local derivative along the edge, whose formula is {@code b}. Between vectors or
 * matrices the two numbers are NaN, the formula is null, and the term is written in matrix form
 * from the user and its operands.
 */
public record ChainTerm(OperandEdge edge, double userGradient, double local, DerivativeFormula formula,
                        List<Node> userOperands) {

    public ChainTerm {
        userOperands = List.copyOf(userOperands);
    }

    public double contribution() {
        return userGradient * local;
    }
}
