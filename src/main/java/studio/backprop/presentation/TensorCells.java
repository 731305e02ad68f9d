package studio.backprop.presentation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import studio.backprop.expr.Numbers;
import studio.backprop.graph.Node;
import studio.backprop.layout.TensorArea;
import studio.backprop.tensor.Shape;
import studio.backprop.tensor.Tensor;

/** A vector or matrix as the cells its node shows: four significant digits in a grid, or a heat map. */
final class TensorCells {

    private TensorCells() {
    }

    /** The cells of a value; a null value (not computed yet, or hidden) shows as "?" or blank. */
    static Cells of(Node node, String header, Tensor value) {
        Shape shape = node.shape();
        int rows = shape.isMatrix() ? shape.rows() : shape.size();
        int columns = shape.isMatrix() ? shape.columns() : 1;
        boolean grid = rows <= TensorArea.MOST_GRID && columns <= TensorArea.MOST_GRID;
        if (grid) {
            List<String> numbers = new ArrayList<>(shape.size());
            for (int e = 0; e < shape.size(); e++) numbers.add(value == null ? "?" : Numbers.compact(value.get(e)));
            return new Cells(shape, header, Collections.unmodifiableList(numbers), null, 0);
        }
        double[] heat = new double[shape.size()];
        double scale = 0;
        for (int e = 0; e < heat.length; e++) {
            heat[e] = value == null ? Double.NaN : value.get(e);
            if (Double.isFinite(heat[e])) scale = Math.max(scale, Math.abs(heat[e]));
        }
        return new Cells(shape, header, null, heat, scale);
    }
}
