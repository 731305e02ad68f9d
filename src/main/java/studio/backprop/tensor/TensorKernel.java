package studio.backprop.tensor;

import studio.backprop.expr.Op;

/**
 * The forward value and the chain rule of every operation on whole tensors, side by side as
 * micrograd keeps {@code out.data} and {@code _backward}: element-wise ops apply {@link Op}'s own
 * scalar value and partials to each element (with broadcasting), and the structural ones move
 * numbers around ({@code matmul} knows dA = dY · Bᵀ and dB = Aᵀ · dY). Values and gradients of
 * all nodes share one flat array each; a node's numbers start at its offset, row by row.
 */
public final class TensorKernel {

    private TensorKernel() {
    }

    /** One node's numbers: op, shape and where its value sits; element is INDEX's flat element. */
    public record Site(Op op, int element, Shape shape, int at) {
    }

    /** Writes the node's value from its operands' values. */
    public static void forward(Site node, Site[] operands, double[] values) {
        switch (node.op()) {
            case MATMUL -> Products.forward(node, operands[0], operands[1], values);
            case TRANSPOSE -> transpose(operands[0], node, values, values, false);
            case SUM, MEAN -> {
                double sum = 0;
                for (int e = 0; e < operands[0].shape().size(); e++) sum += values[operands[0].at() + e];
                values[node.at()] = node.op() == Op.MEAN ? sum / operands[0].shape().size() : sum;
            }
            case INDEX -> values[node.at()] = values[operands[0].at() + node.element()];
            case STACK -> {
                int width = operands[0].shape().size();
                for (int i = 0; i < operands.length; i++) {
                    System.arraycopy(values, operands[i].at(), values, node.at() + i * width, width);
                }
            }
            default -> Elementwise.forward(node, operands, values);
        }
    }

    /** Adds the node's gradient times its local Jacobian into each operand's gradient. */
    public static void backward(Site node, Site[] operands, double[] values, double[] gradients) {
        switch (node.op()) {
            case MATMUL -> Products.backward(node, operands[0], operands[1], values, gradients);
            case TRANSPOSE -> transpose(node, operands[0], gradients, gradients, true);
            case SUM, MEAN -> {
                int size = operands[0].shape().size();
                double each = node.op() == Op.MEAN ? gradients[node.at()] / size : gradients[node.at()];
                for (int e = 0; e < size; e++) gradients[operands[0].at() + e] += each;
            }
            case INDEX -> gradients[operands[0].at() + node.element()] += gradients[node.at()];
            case STACK -> {
                int width = operands[0].shape().size();
                for (int i = 0; i < operands.length; i++) {
                    for (int e = 0; e < width; e++) gradients[operands[i].at() + e] += gradients[node.at() + i * width + e];
                }
            }
            default -> Elementwise.backward(node, operands, values, gradients);
        }
    }

    /**
     * The local Jacobian ∂node/∂(operand in slot) at these values: one row per element of the node,
     * one column per element of the operand. Made from the chain rule itself, one element of the
     * node at a time, so it shows exactly what the backward pass multiplies by.
     */
    public static double[][] jacobian(Site node, Site[] operands, int slot, double[] values) {
        double[][] rows = new double[node.shape().size()][operands[slot].shape().size()];
        double[] gradients = new double[values.length];
        for (int e = 0; e < rows.length; e++) {
            java.util.Arrays.fill(gradients, 0);
            gradients[node.at() + e] = 1;
            backward(node, operands, values, gradients);
            System.arraycopy(gradients, operands[slot].at(), rows[e], 0, rows[e].length);
            // An operand used twice (x·x) gets both contributions, as the pass gives them.
        }
        return rows;
    }

    /** {@code to = fromᵀ}, or with {@code add} {@code to += fromᵀ}, between two sites of the same arrays. */
    private static void transpose(Site from, Site to, double[] source, double[] target, boolean add) {
        Shape shape = from.shape();
        int size = shape.size();
        double[] moved = new double[size];
        if (shape.isMatrix() && shape.rows() > 1 && shape.columns() > 1) {
            double[] slice = new double[size];
            System.arraycopy(source, from.at(), slice, 0, size);
            Dense.transpose(slice, shape.rows(), shape.columns(), moved);
        } else {
            System.arraycopy(source, from.at(), moved, 0, size);
        }
        for (int e = 0; e < size; e++) {
            target[to.at() + e] = add ? target[to.at() + e] + moved[e] : moved[e];
        }
    }
}
