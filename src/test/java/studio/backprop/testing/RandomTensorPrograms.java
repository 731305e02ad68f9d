package studio.backprop.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Seeded random programs with vectors and matrices whose shapes fit: each expression is grown for
 * a shape it must have (a matrix product for a vector, a transpose for a matrix, a sum for a
 * scalar, broadcasting a vector over a matrix's rows, ...), over inputs of random shapes with
 * values away from kinks. The output is a scalar J, or now and then a vector.
 */
public final class RandomTensorPrograms {

    private static final List<String> SMOOTH = List.of("tanh", "σ", "sin", "cos");

    private final Random random;
    private final Map<String, String> inputs = new LinkedHashMap<>();
    private final Map<String, String> shapeOfInput = new LinkedHashMap<>();

    public RandomTensorPrograms(long seed) {
        this.random = new Random(seed);
    }

    /** A whole program: the inputs, then J = an expression of the given depth. */
    public String next(int depth) {
        inputs.clear();
        shapeOfInput.clear();
        int rows = 1 + random.nextInt(3);
        int columns = 1 + random.nextInt(3);
        String body;
        boolean vectorOutput = random.nextInt(6) == 0;
        if (vectorOutput) {
            body = expression(vector(1 + random.nextInt(3)), depth);
        } else {
            body = random.nextBoolean() ? "sum(" + expression(matrix(rows, columns), depth) + ")" : expression(scalar(), depth);
        }
        StringBuilder program = new StringBuilder();
        inputs.forEach((name, value) -> program.append(name).append(" = ").append(value).append('\n'));
        return program.append("J = ").append(body).toString();
    }

    private record Want(int rank, int rows, int columns) {
    }

    private static Want scalar() {
        return new Want(0, 1, 1);
    }

    private static Want vector(int n) {
        return new Want(1, n, 1);
    }

    private static Want matrix(int m, int n) {
        return new Want(2, m, n);
    }

    private String expression(Want want, int depth) {
        if (depth == 0 || random.nextInt(5) == 0) return leaf(want);
        int choice = random.nextInt(6);
        switch (choice) {
            case 0:
                return SMOOTH.get(random.nextInt(SMOOTH.size())) + "(" + expression(want, depth - 1) + ")";
            case 1: {
                String op = List.of("+", "-", "*").get(random.nextInt(3));
                return "(" + expression(want, depth - 1) + " " + op + " " + expression(broadcastable(want), depth - 1) + ")";
            }
            case 2:
                return "(" + expression(want, depth - 1) + " / (2 + σ(" + expression(want, depth - 1) + ")))";
            case 3:
                return product(want, depth);
            case 4:
                // A row's transpose is a vector, not an n×1 matrix, so n×1 is never made by transposing.
                if (want.rank() == 2 && want.columns() > 1) {
                    return "(" + expression(matrix(want.columns(), want.rows()), depth - 1) + ")ᵀ";
                }
                if (want.rank() == 2) return leaf(want);
                if (want.rank() == 0) {
                    return random.nextBoolean() ? "mean(" + expression(matrix(2, 1 + random.nextInt(3)), depth - 1) + ")"
                            : index();
                }
                return stack(want, depth);
            default:
                return product(want, depth);
        }
    }

    /** A product that has the wanted shape: M·v for a vector, M·N for a matrix, v·w for a scalar. */
    private String product(Want want, int depth) {
        int inner = 1 + random.nextInt(3);
        // A product of 1×1 is a scalar (xᵀ·w), so a vector or matrix of one element is made otherwise.
        if (want.rank() > 0 && want.rows() == 1 && want.columns() == 1) return leaf(want);
        if (want.rank() == 0) {
            return "(" + expression(vector(inner), depth - 1) + " · " + expression(vector(inner), depth - 1) + ")";
        }
        if (want.rank() == 1) {
            return "(" + expression(matrix(want.rows(), inner), depth - 1) + " @ " + expression(vector(inner), depth - 1) + ")";
        }
        return "(" + expression(matrix(want.rows(), inner), depth - 1) + " @ " + expression(matrix(inner, want.columns()), depth - 1) + ")";
    }

    private String stack(Want want, int depth) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < want.rows(); i++) items.add(expression(scalar(), depth - 1));
        return "[" + String.join(", ", items) + "]";
    }

    private String index() {
        if (random.nextBoolean()) {
            return "(" + leaf(matrix(2, 3)) + ")[2," + (1 + random.nextInt(3)) + "]";
        }
        return leaf(vector(3)) + "[" + (1 + random.nextInt(3)) + "]";
    }

    /** A shape that broadcasts to the wanted one: the same, a scalar, or for a matrix a vector of its row length. */
    private Want broadcastable(Want want) {
        int pick = random.nextInt(4);
        if (pick == 0) return scalar();
        if (pick == 1 && want.rank() == 2) return vector(want.columns());
        return want;
    }

    private String leaf(Want want) {
        if (want.rank() == 0 && random.nextInt(3) == 0) return number();
        String shape = want.rank() + ":" + want.rows() + "×" + want.columns();
        for (Map.Entry<String, String> entry : shapeOfInput.entrySet()) {
            if (entry.getValue().equals(shape) && random.nextBoolean()) return entry.getKey();
        }
        String name = List.of("a", "b", "c", "d", "W", "X", "v", "w").get(inputs.size() % 8) + (inputs.size() / 8 + 1);
        inputs.put(name, value(want));
        shapeOfInput.put(name, shape);
        return name;
    }

    private String value(Want want) {
        if (want.rank() == 0) return number();
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < want.rows(); r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < want.columns(); c++) row.add(number());
            rows.add("[" + String.join(", ", row) + "]");
        }
        return want.rank() == 1 ? "[" + String.join(", ", rows.stream().map(r -> r.substring(1, r.length() - 1)).toList()) + "]"
                : "[" + String.join(", ", rows) + "]";
    }

    private String number() {
        double magnitude = 0.2 + random.nextDouble() * 1.3;
        return String.format(Locale.ROOT, "%.3f", random.nextBoolean() ? magnitude : -magnitude);
    }
}
