package studio.backprop.graph;

import java.util.List;

import studio.backprop.expr.Expr;
import studio.backprop.expr.Op;
import studio.backprop.expr.ProgramException;
import studio.backprop.tensor.Shape;
import studio.backprop.tensor.ShapeMismatch;
import studio.backprop.tensor.ShapeRules;

/**
 * Shapes as the builder checks them while it reads the program: the rules of {@link ShapeRules},
 * with each operand named as the program writes it and the mistake underlined where it is.
 */
final class TensorShapes {

    /** Operands are named by their text up to this length, then cut. */
    private static final int LONGEST_NAME = 24;

    private TensorShapes() {
    }

    static Shape of(Op op, Shape[] shapes, List<Expr> operands, Expr at, String source) {
        String[] names = new String[shapes.length];
        for (int i = 0; i < names.length; i++) names[i] = text(operands.get(i), source);
        try {
            return ShapeRules.of(op, shapes, names);
        } catch (ShapeMismatch mismatch) {
            throw ProgramException.shapes(at.span(), mismatch.getMessage());
        }
    }

    /** The flat element {@code W[3,2]} or {@code x[1]} picks, checked against the shape it picks from. */
    static int element(ExprShape index, Shape shape, Expr at, String source) {
        String name = text(index.operands().get(0), source);
        int row = index.row();
        int column = index.column();
        if (shape.isScalar()) {
            throw ProgramException.shapes(at.span(), name + " is a number, not a vector or a matrix, so it has no elements to pick.");
        }
        if (shape.isMatrix() && column == 0 && shape.rows() > 1 && shape.columns() > 1) {
            throw ProgramException.shapes(at.span(), name + " is " + shape + ": give a row and a column, as in " + name + "["
                    + Math.min(row, shape.rows()) + ",1].");
        }
        if (!shape.isMatrix() && column > 0) {
            throw ProgramException.shapes(at.span(), name + " is a vector of " + shape.rows() + ": give one index, as in "
                    + name + "[" + Math.min(row, shape.rows()) + "].");
        }
        if (column == 0) {
            // One index into a vector, a row (1×n) or a column (n×1).
            if (row > shape.size()) {
                throw ProgramException.shapes(at.span(), name + " has " + shape.size() + " elements, so " + name + "[" + row
                        + "] is outside it: indices go from 1 to " + shape.size() + ".");
            }
            return row - 1;
        }
        if (row > shape.rows() || column > shape.columns()) {
            throw ProgramException.shapes(at.span(), name + " is " + shape + ", so " + name + "[" + row + "," + column
                    + "] is outside it: rows go from 1 to " + shape.rows() + " and columns from 1 to " + shape.columns() + ".");
        }
        return (row - 1) * shape.columns() + (column - 1);
    }

    /** How the program writes an operand: "W1", "σ(W1 · x)", cut after a few characters. */
    static String text(Expr expr, String source) {
        String text = source == null ? "it" : source.substring(expr.span().start(), expr.span().end()).strip();
        if (text.codePointCount(0, text.length()) <= LONGEST_NAME) return text;
        return text.substring(0, text.offsetByCodePoints(0, LONGEST_NAME - 1)) + "…";
    }
}
