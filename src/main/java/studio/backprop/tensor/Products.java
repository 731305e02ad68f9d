package studio.backprop.tensor;

/**
 * The matrix product of two tensors as the course writes it, W·x: vectors are columns, a row is a
 * 1×n matrix, and two vectors of the same length give their dot product. Its chain rule is
 * dA = dY · Bᵀ and dB = Aᵀ · dY, with the shapes read the same way.
 */
final class Products {

    private Products() {
    }

    static void forward(TensorKernel.Site y, TensorKernel.Site a, TensorKernel.Site b, double[] values) {
        if (isDot(a, b)) {
            double sum = 0;
            for (int i = 0; i < a.shape().size(); i++) sum += values[a.at() + i] * values[b.at() + i];
            values[y.at()] = sum;
            return;
        }
        double[] out = new double[y.shape().size()];
        Dense.multiply(slice(values, a), a.shape().rows(), a.shape().columns(), false,
                slice(values, b), b.shape().rows(), b.shape().columns(), false, out);
        System.arraycopy(out, 0, values, y.at(), out.length);
    }

    static void backward(TensorKernel.Site y, TensorKernel.Site a, TensorKernel.Site b, double[] values,
                         double[] gradients) {
        if (isDot(a, b)) {
            double upstream = gradients[y.at()];
            for (int i = 0; i < a.shape().size(); i++) {
                gradients[a.at() + i] += upstream * values[b.at() + i];
                gradients[b.at() + i] += upstream * values[a.at() + i];
            }
            return;
        }
        int m = a.shape().rows();
        int n = b.shape().columns();
        double[] dy = slice(gradients, y.at(), m * n);
        double[] da = new double[a.shape().size()];
        double[] db = new double[b.shape().size()];
        Dense.multiply(dy, m, n, false, slice(values, b), b.shape().rows(), n, true, da);
        Dense.multiply(slice(values, a), m, a.shape().columns(), true, dy, m, n, false, db);
        add(gradients, a.at(), da);
        add(gradients, b.at(), db);
    }

    private static boolean isDot(TensorKernel.Site a, TensorKernel.Site b) {
        return a.shape().isVector() && b.shape().isVector();
    }

    private static double[] slice(double[] values, TensorKernel.Site site) {
        return slice(values, site.at(), site.shape().size());
    }

    private static double[] slice(double[] values, int at, int size) {
        double[] slice = new double[size];
        System.arraycopy(values, at, slice, 0, size);
        return slice;
    }

    private static void add(double[] target, int at, double[] amounts) {
        for (int i = 0; i < amounts.length; i++) target[at + i] += amounts[i];
    }
}
