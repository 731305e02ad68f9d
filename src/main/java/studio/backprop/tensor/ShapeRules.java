package studio.backprop.tensor;

import studio.backprop.expr.Op;

/**
 * The shape each operation gives, decided when the program is read, and the sentence for shapes
 * that do not go together: "Cannot multiply X (3×2) by Y (4×2): X has 2 columns but Y has 4 rows.
 * Yᵀ (2×4) would fit: X @ Yᵀ." Names are the operands as the program writes them.
 */
public final class ShapeRules {

    private ShapeRules() {
    }

    /** The shape of a node of {@code op} whose operands have these shapes; {@link Op#INDEX} is checked apart. */
    public static Shape of(Op op, Shape[] operands, String[] names) {
        if (op == Op.MATMUL) return product(operands[0], operands[1], names[0], names[1]);
        if (op == Op.TRANSPOSE) return operands[0].transposed();
        if (op == Op.SUM || op == Op.MEAN || op == Op.INDEX) return Shape.SCALAR;
        if (op == Op.STACK) return stacked(operands, names);
        if (operands.length == 1) return operands[0];
        Shape result = Broadcast.result(operands[0], operands[1]);
        if (result == null) throw new ShapeMismatch(elementwise(op, operands, names));
        return result;
    }

    /** The matrix product, with vectors as columns; two vectors of the same length give their dot product. */
    static Shape product(Shape a, Shape b, String aName, String bName) {
        if (a.isScalar() || b.isScalar()) return a.isScalar() ? b : a;
        if (a.isVector() && b.isVector()) {
            if (a.rows() == b.rows()) return Shape.SCALAR;
            throw new ShapeMismatch("Cannot take the dot product of " + named(aName, a) + " and " + named(bName, b)
                    + ": they have " + a.rows() + " and " + b.rows() + " elements.");
        }
        if (a.columns() != b.rows()) {
            throw new ShapeMismatch("Cannot multiply " + named(aName, a) + " by " + named(bName, b) + ": " + aName
                    + (a.isVector() ? " is a column of " + a.rows() + ", so it has 1 column" : " has " + count(a.columns(), "column"))
                    + " but " + bName + " has " + count(b.rows(), "row") + "." + fitting(a, b, aName, bName));
        }
        if (a.rows() == 1 && b.columns() == 1) return Shape.SCALAR;
        if (b.isVector()) return Shape.vector(a.rows());
        return Shape.matrix(a.rows(), b.columns());
    }

    private static String fitting(Shape a, Shape b, String aName, String bName) {
        if (a.columns() == b.columns() && !b.isVector()) {
            return " " + bName + "ᵀ (" + b.transposed() + ") would fit: " + aName + " @ " + bName + "ᵀ.";
        }
        if (a.rows() == b.rows()) {
            return " " + aName + "ᵀ (" + a.transposed() + ") would fit: " + aName + "ᵀ @ " + bName + ".";
        }
        return "";
    }

    private static Shape stacked(Shape[] items, String[] names) {
        Shape first = items[0];
        for (int i = 0; i < items.length; i++) {
            Shape item = items[i];
            boolean row = item.isVector() || (item.isMatrix() && item.rows() == 1);
            if (!item.isScalar() && !row) {
                throw new ShapeMismatch("A bracket holds numbers, or rows of the same length; item " + (i + 1) + ", "
                        + named(names[i], item) + ", is a matrix.");
            }
            if (item.isScalar() != first.isScalar() || item.size() != first.size()) {
                throw new ShapeMismatch(first.isScalar() || item.isScalar()
                        ? "A bracket holds numbers or rows, not both: item 1 is " + describe(first) + " and item " + (i + 1)
                                + " is " + describe(item) + "."
                        : "The rows of a matrix must all have the same length: row 1 has " + first.size() + " and row "
                                + (i + 1) + " has " + item.size() + ".");
            }
        }
        return first.isScalar() ? Shape.vector(items.length) : Shape.matrix(items.length, first.size());
    }

    private static String elementwise(Op op, Shape[] shapes, String[] names) {
        String a = named(names[0], shapes[0]);
        String b = named(names[1], shapes[1]);
        String what = switch (op) {
            case ADD -> "add " + a + " and " + b;
            case SUB -> "subtract " + b + " from " + a;
            case MUL -> "multiply " + a + " and " + b + " element by element";
            case DIV -> "divide " + a + " by " + b;
            case POW -> "raise " + a + " to " + b;
            default -> "take " + op.jsonName() + " of " + a + " and " + b;
        };
        String hint = "";
        if (op == Op.MUL && (shapes[0].isMatrix() || shapes[1].isMatrix())) {
            hint = " For the matrix product, write " + names[0] + " @ " + names[1] + ".";
        }
        return "Cannot " + what + ": element by element, the shapes must be the same, or one a scalar, or a vector as "
                + "long as each row of the matrix." + hint;
    }

    /** "X (3×2)", "x (3)", "b (scalar)". */
    public static String named(String name, Shape shape) {
        return name + " (" + shape + ")";
    }

    private static String describe(Shape shape) {
        return shape.isScalar() ? "a number" : "a row of " + shape.size();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
