package studio.backprop.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import studio.backprop.expr.Op;

/**
 * A seeded generator of random expressions over the inputs x, y and z, written the way a student
 * might (explicit operators, every spelling of every function, some implied multiplication), for
 * property tests. The operations come from {@link Op}, so a new one is tested as soon as it exists.
 */
public final class RandomExpressions {

    private static final List<String> LEAVES = List.of("x", "y", "z", "2", "0.5", "3", "x", "y");
    /** Each function spelling with its arity, and the operators as they are typed. */
    private static final List<String> CALLS = new ArrayList<>();
    private static final List<Integer> ARITIES = new ArrayList<>();
    private static final List<String> OPERATORS = List.of("+", "-", "*", "/", "^");

    static {
        for (Op op : Op.values()) {
            for (String spelling : op.spellings()) {
                CALLS.add(spelling);
                ARITIES.add(op.arity());
            }
        }
    }

    private final Random random;

    public RandomExpressions(long seed) {
        this.random = new Random(seed);
    }

    /** An expression with at most {@code depth} levels of operations. */
    public String next(int depth) {
        if (depth == 0 || random.nextInt(4) == 0) {
            return LEAVES.get(random.nextInt(LEAVES.size()));
        }
        int kind = random.nextInt(3);
        if (kind == 0) {
            int pick = random.nextInt(CALLS.size());
            List<String> arguments = new ArrayList<>();
            for (int i = 0; i < ARITIES.get(pick); i++) arguments.add(next(depth - 1));
            return CALLS.get(pick) + "(" + String.join(", ", arguments) + ")";
        }
        if (kind == 1 && random.nextInt(4) == 0) {
            return "-(" + next(depth - 1) + ")";
        }
        String operator = OPERATORS.get(random.nextInt(OPERATORS.size()));
        String left = next(depth - 1);
        String right = operator.equals("^") ? LEAVES.get(2 + random.nextInt(3)) : next(depth - 1);
        return "(" + left + ")" + operator + "(" + right + ")";
    }

    /** A value away from 0 and from integers, so that kinks and ties are unlikely. */
    public double value() {
        double magnitude = 0.3 + random.nextDouble() * 1.7;
        return random.nextBoolean() ? magnitude : -magnitude;
    }
}
