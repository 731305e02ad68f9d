package studio.backprop.autodiff;

import studio.backprop.graph.Node;

/** Small pieces of notation shared by the steps' formulas. */
final class Formulas {

    private Formulas() {
    }

    /** The course's name for ∂J/∂node: "dc", "dw1". */
    static String d(Node node) {
        return "d" + node.label();
    }

    /** "∂u/∂c": the local derivative of {@code user} with respect to {@code operand}. */
    static String partial(Node user, Node operand) {
        return "∂" + user.label() + "/∂" + operand.label();
    }
}
