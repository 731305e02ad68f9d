package studio.backprop.testing;

import java.util.List;
import java.util.Random;

/**
 * A seeded generator of random expressions over the inputs x, y and z, written the way a student
 * might (explicit operators and functions, some implied multiplication), for property tests.
 */
public final class RandomExpressions {

    private static final List<String> UNARY = List.of("exp", "ln", "sqrt", "sin", "cos", "tan", "tanh", "σ",
            "relu", "abs", "-");
    private static final List<String> BINARY = List.of("+", "-", "*", "/", "^", "max", "min");
    private static final List<String> LEAVES = List.of("x", "y", "z", "2", "0.5", "3", "x", "y");

    private final Random random;

    public RandomExpressions(long seed) {
        this.random = new Random(seed);
    }

    /** An expression with at most {@code depth} levels of operations. */
    public String next(int depth) {
        if (depth == 0 || random.nextInt(4) == 0) {
            return LEAVES.get(random.nextInt(LEAVES.size()));
        }
        if (random.nextBoolean()) {
            String function = UNARY.get(random.nextInt(UNARY.size()));
            String operand = next(depth - 1);
            return function.equals("-") ? "-(" + operand + ")" : function + "(" + operand + ")";
        }
        String operator = BINARY.get(random.nextInt(BINARY.size()));
        String left = next(depth - 1);
        String right = operator.equals("^") ? LEAVES.get(2 + random.nextInt(3)) : next(depth - 1);
        if (operator.length() > 1) {
            return operator + "(" + left + ", " + right + ")";
        }
        return "(" + left + ")" + operator + "(" + right + ")";
    }

    /** A value away from 0 and from integers, so that kinks and ties are unlikely. */
    public double value() {
        double magnitude = 0.3 + random.nextDouble() * 1.7;
        return random.nextBoolean() ? magnitude : -magnitude;
    }
}
