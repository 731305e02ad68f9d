package studio.backprop.autodiff;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import studio.backprop.expr.Numbers;
import studio.backprop.graph.Node;
import studio.backprop.graph.OperandEdge;
import studio.backprop.graph.ScalarExpansion;
import studio.backprop.tensor.Shape;
import studio.backprop.tensor.TensorText;

/**
 * A backward step with vectors or matrices, in the course's matrix-calculus form with shapes:
 * {@code dW1 (3×2) = du (3) · xᵀ (1×2) = [[…]]; shape(dW1) = shape(W1) = 3×2 ✓}, or
 * {@code dz = dh ⊙ σ′(z) = dh ⊙ h ⊙ (1 − h) = [0.2, 0.1]}. Each term is the chain rule that
 * {@link studio.backprop.tensor.TensorKernel} carries out for that use of the node, in words.
 */
final class TensorStepText {

    private TensorStepText() {
    }

    static String backward(BackwardStep step, Function<Node, String> gradientName, Predicate<Node> hidden) {
        Node node = step.node();
        String d = gradientName.apply(node);
        String value = hidden.test(node) ? "?" : TensorText.of(step.gradientValue());
        if (step.isOutput()) {
            if (node.shape().isScalar()) return d + " = " + (hidden.test(node) ? "?" : "1");
            return d + " = " + value + " (the backward pass from " + node.label() + "[" + (step.seed() + 1) + "])";
        }
        if (step.terms().isEmpty()) {
            return d + " = 0 (" + step.output() + " does not depend on " + node.label() + ")";
        }
        String sum = step.join(term -> term(term, gradientName), true);
        String check = node.shape().isScalar() ? ""
                : "; shape(" + d + ") = shape(" + node.label() + ") = " + node.shape() + " ✓";
        return d + shape(node) + " = " + sum + " = " + value + check;
    }

    /**
     * One element of a tensor step, for the nudge panel:
     * {@code dJ/dW1[3,2] = 0.42, entry [3,2] of dW1 (3×2) = du (3) · xᵀ (1×2)}.
     */
    static String element(BackwardStep step, int element, Function<Node, String> gradientName) {
        Node node = step.node();
        String name = ScalarExpansion.elementName(node, element);
        String entry = name.substring(node.label().length());
        String value = Numbers.format(step.gradientValue().get(element));
        String head = gradientName.apply(node).replace("/d" + node.label(), "/d" + name) + " = " + value;
        if (step.isOutput() || step.terms().isEmpty()) return head;
        return head + ", entry " + entry + " of " + Formulas.d(node) + shape(node) + " = "
                + step.join(term -> term(term, Formulas::d), true);
    }

    /** One use of the node: the chain rule through its user, in symbols. */
    static String term(ChainTerm term, Function<Node, String> gradientName) {
        OperandEdge edge = term.edge();
        Node user = edge.user();
        List<Node> operands = term.userOperands();
        String dy = gradientName.apply(user);
        int slot = edge.slot();
        return switch (user.op()) {
            case MATMUL -> product(user, operands, slot, dy);
            case TRANSPOSE -> "(" + dy + ")ᵀ";
            case SUM -> dy + " in every element";
            case MEAN -> dy + " / " + operands.get(0).shape().size() + " in every element";
            case INDEX -> dy + " at " + IndexText.of(user, operands.get(0)) + ", 0 elsewhere";
            case STACK -> (operands.get(0).shape().isScalar() ? dy + "[" : "row " ) + (slot + 1)
                    + (operands.get(0).shape().isScalar() ? "]" : " of " + dy);
            case IDENTITY -> dy;
            default -> elementwise(user, operands, slot, dy) + broadcast(user, operands.get(slot));
        };
    }

    private static String product(Node y, List<Node> operands, int slot, String dy) {
        Node a = operands.get(0);
        Node b = operands.get(1);
        if (a.shape().isVector() && b.shape().isVector()) {
            return dy + " · " + (slot == 0 ? b : a).label();
        }
        if (slot == 0) {
            return dy + shape(y) + " · " + b.label() + "ᵀ (" + b.shape().transposed() + ")";
        }
        return a.label() + "ᵀ (" + a.shape().transposed() + ") · " + dy + shape(y);
    }

    private static String elementwise(Node y, List<Node> operands, int slot, String dy) {
        String z = operands.get(0).label();
        String h = y.label();
        String other = operands.size() > 1 ? operands.get(1 - slot).label() : "";
        return switch (y.op()) {
            case SIGMOID -> dy + " ⊙ σ′(" + z + ") = " + dy + " ⊙ " + h + " ⊙ (1 − " + h + ")";
            case TANH -> dy + " ⊙ tanh′(" + z + ") = " + dy + " ⊙ (1 − " + h + "²)";
            case RELU -> dy + " ⊙ [" + z + " > 0]";
            case EXP -> dy + " ⊙ " + h;
            case LN -> dy + " ⊘ " + z;
            case SQRT -> dy + " ⊘ (2" + h + ")";
            case SIN -> dy + " ⊙ cos(" + z + ")";
            case COS -> "−" + dy + " ⊙ sin(" + z + ")";
            case TAN -> dy + " ⊙ (1 + " + h + "²)";
            case ABS -> dy + " ⊙ sign(" + z + ")";
            case NEG -> "−" + dy;
            case ADD -> dy;
            case SUB -> slot == 0 ? dy : "−" + dy;
            case MUL -> dy + " ⊙ " + other;
            case DIV -> slot == 0 ? dy + " ⊘ " + other : "−" + dy + " ⊙ " + h + " ⊘ " + other;
            default -> dy + " ⊙ ∂" + h + "/∂" + operands.get(slot).label();
        };
    }

    /** Where an operand was stretched to the user's shape, its gradient adds up over the stretch. */
    private static String broadcast(Node user, Node operand) {
        if (operand.shape().size() == user.shape().size()) return "";
        if (operand.shape().isScalar()) return ", summed over every element";
        return ", summed over the rows";
    }

    /** " (3×2)" after a gradient's name; nothing for a scalar. */
    private static String shape(Node node) {
        Shape shape = node.shape();
        return shape.isScalar() ? "" : " (" + shape + ")";
    }
}
