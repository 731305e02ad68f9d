package studio.backprop.tensor;

import studio.backprop.expr.Op;

/**
 * An element-wise op on whole tensors: {@link Op}'s scalar value and chain rule applied to each
 * element, with numpy broadcasting; a broadcast operand's gradient adds up over the elements it
 * took part in. The same NaN rule as the scalar passes: where an op leaves its domain it has no
 * slope there either.
 */
final class Elementwise {

    private Elementwise() {
    }

    static void forward(TensorKernel.Site node, TensorKernel.Site[] operands, double[] values) {
        Op op = node.op();
        int size = node.shape().size();
        if (operands.length == 1) {
            int a = operands[0].at();
            for (int e = 0; e < size; e++) values[node.at() + e] = op.apply(values[a + e], Double.NaN);
            return;
        }
        int[] ia = Broadcast.indices(operands[0].shape(), node.shape());
        int[] ib = Broadcast.indices(operands[1].shape(), node.shape());
        int a = operands[0].at();
        int b = operands[1].at();
        for (int e = 0; e < size; e++) {
            values[node.at() + e] = op.apply(values[a + ia[e]], values[b + ib[e]]);
        }
    }

    static void backward(TensorKernel.Site node, TensorKernel.Site[] operands, double[] values, double[] gradients) {
        Op op = node.op();
        int size = node.shape().size();
        boolean binary = operands.length == 2;
        int[] ia = binary ? Broadcast.indices(operands[0].shape(), node.shape()) : null;
        int[] ib = binary ? Broadcast.indices(operands[1].shape(), node.shape()) : null;
        int a = operands[0].at();
        int b = binary ? operands[1].at() : a;
        double[] pair = new double[2];
        for (int e = 0; e < size; e++) {
            int first = a + (binary ? ia[e] : e);
            int second = binary ? b + ib[e] : first;
            double x = values[first];
            double y = binary ? values[second] : Double.NaN;
            double value = values[node.at() + e];
            double upstream = gradients[node.at() + e];
            if (Double.isNaN(value) && Double.isFinite(x) && (!binary || Double.isFinite(y))) {
                gradients[first] = Double.NaN;
                if (binary) gradients[second] = Double.NaN;
                continue;
            }
            // The scalar chain rule into a pair of its own, so that x·x (both operands one element) adds twice.
            pair[0] = 0;
            pair[1] = 0;
            op.chain(x, y, value, upstream, pair, 0, 1);
            gradients[first] += pair[0];
            if (binary) gradients[second] += pair[1];
        }
    }
}
