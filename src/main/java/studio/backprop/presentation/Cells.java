package studio.backprop.presentation;

import java.util.List;

import studio.backprop.tensor.Shape;

/**
 * What a vector or matrix node shows in one of its areas: numbers in a grid when it is small,
 * shades of a heat map when it is big, with a heading ("W1" over the value, "dW1" over the
 * gradient). Unknown or hidden numbers are "?" in a grid and NaN in a heat map, drawn blank.
 *
 * @param numbers one text per element, row by row, for a grid; null for a heat map
 * @param heat    one number per element for a heat map; null for a grid
 * @param scale   the largest magnitude in the heat map, which gets the full colour
 */
public record Cells(Shape shape, String header, List<String> numbers, double[] heat, double scale) {

    public boolean isGrid() {
        return numbers != null;
    }
}
