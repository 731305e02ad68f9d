package studio.backprop.tensor;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Dense matrix arithmetic, handed to EJML: the one place that knows how matrices are multiplied,
 * so that nothing else loops over matrix indices. Operands are row-by-row arrays with their shapes
 * as 2-D extents (a vector of n is n×1 here).
 */
public final class Dense {

    private Dense() {
    }

    /** out (m×n) = a (m×k) · b (k×n), each transposed first where asked. */
    public static void multiply(double[] a, int aRows, int aColumns, boolean transposeA,
                                double[] b, int bRows, int bColumns, boolean transposeB, double[] out) {
        DMatrixRMaj left = DMatrixRMaj.wrap(aRows, aColumns, a);
        DMatrixRMaj right = DMatrixRMaj.wrap(bRows, bColumns, b);
        int m = transposeA ? aColumns : aRows;
        int n = transposeB ? bRows : bColumns;
        DMatrixRMaj result = DMatrixRMaj.wrap(m, n, out);
        if (transposeA && transposeB) {
            CommonOps_DDRM.multTransAB(left, right, result);
        } else if (transposeA) {
            CommonOps_DDRM.multTransA(left, right, result);
        } else if (transposeB) {
            CommonOps_DDRM.multTransB(left, right, result);
        } else {
            CommonOps_DDRM.mult(left, right, result);
        }
    }

    /** out (n×m) = aᵀ for a of m×n. */
    public static void transpose(double[] a, int rows, int columns, double[] out) {
        CommonOps_DDRM.transpose(DMatrixRMaj.wrap(rows, columns, a), DMatrixRMaj.wrap(columns, rows, out));
    }
}
