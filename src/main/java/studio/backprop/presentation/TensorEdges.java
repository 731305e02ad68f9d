package studio.backprop.presentation;

import studio.backprop.autodiff.Gradients;
import studio.backprop.expr.Numbers;
import studio.backprop.graph.Node;
import studio.backprop.graph.OperandEdge;
import studio.backprop.tensor.Shape;

/**
 * The local Jacobian of an edge between vectors or matrices, in words: the matrix itself when it is
 * small, its structure when it is big ("diagonal, 64 × 64: each z[i] depends on h[i] alone").
 */
public final class TensorEdges {

    /** Jacobians up to this many rows and columns are written out number by number. */
    public static final int MOST_WRITTEN = 6;

    private TensorEdges() {
    }

    /**
     * An edge's label between tensors: the shape of what flows along it, "3×2", or "[3]" for a
     * vector so it cannot be read as the number 3; a scalar flowing into a vector op needs none.
     */
    public static String label(Shape shape) {
        if (shape.isScalar()) return null;
        return shape.isVector() ? "[" + shape.rows() + "]" : shape.toString();
    }

    /** Whether both ends are scalars and the op works on numbers, so the edge has one local derivative. */
    public static boolean isScalar(OperandEdge edge) {
        return edge.betweenNumbers();
    }

    /** "∂u/∂x (3×2) = [[1, 0], …]" or its structure in words. */
    public static String jacobian(Gradients gradients, OperandEdge edge) {
        Node user = edge.user();
        Node operand = edge.operand();
        String name = "∂" + user.label() + "/∂" + operand.label() + " (" + user.shape().size() + "×" + operand.shape().size() + ")";
        double[][] matrix = gradients.localJacobian(edge);
        if (matrix.length <= MOST_WRITTEN && matrix[0].length <= MOST_WRITTEN) {
            StringBuilder text = new StringBuilder(name).append(" =");
            for (double[] row : matrix) {
                text.append("\n  [");
                for (int c = 0; c < row.length; c++) text.append(c > 0 ? ", " : "").append(Numbers.compact(row[c]));
                text.append(']');
            }
            return text.toString();
        }
        return name + ": " + structure(user, operand, edge.slot());
    }

    /** What a big local Jacobian looks like, said in words. */
    static String structure(Node user, Node operand, int slot) {
        Shape out = user.shape();
        return switch (user.op()) {
            case MATMUL -> slot == 1 ? "each row is a row of the left factor: ∂(A·x)/∂x = A"
                    : "each element of " + user.label() + " depends on one row of " + operand.label()
                    + ", times the right factor";
            case TRANSPOSE, STACK, INDEX -> "ones where an element moves, zeros elsewhere";
            case SUM -> "one row of ones";
            case MEAN -> "one row, every entry 1/" + operand.shape().size();
            default -> operand.shape().size() == out.size()
                    ? "diagonal: each " + user.label() + "[i] depends on " + operand.label() + "[i] alone"
                    : "each element of " + user.label() + " takes " + operand.label() + " stretched to " + out;
        };
    }
}
