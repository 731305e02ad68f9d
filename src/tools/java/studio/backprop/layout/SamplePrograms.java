package studio.backprop.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;

/**
 * Generates programs of a chosen size for benchmarks and tests, from a seeded {@link Random} so
 * that every run sees the same programs. Three shapes stand for what a class meets:
 * <ul>
 *   <li>{@link #tree}: one expression in which every input is used once, so its graph is a tree;</li>
 *   <li>{@link #sharedInputs}: a chain of named steps that keep reusing a few inputs at every depth,
 *       the hard case for layered layout, because each reuse is a long edge from the first column;</li>
 *   <li>{@link #network}: a fully connected sigmoid network written out in scalars;</li>
 *   <li>{@link #recurrence}: an unrolled recurrence in which every step uses an input, the worst
 *       case for layered layout: the long edges grow with the square of the length.</li>
 * </ul>
 */
public final class SamplePrograms {

    private static final String[] BINARY = {"+", "-", "*", "/"};
    private static final String[] UNARY = {"exp", "ln", "sigmoid", "tanh", "relu", "sin"};

    private SamplePrograms() {
    }

    /** A tree-shaped expression of about {@code nodes} nodes, each input used exactly once. */
    public static String tree(int nodes, Random random) {
        int[] inputs = {0};
        return "J = " + expression(Math.max(1, nodes), random, inputs);
    }

    private static String expression(int size, Random random, int[] inputs) {
        if (size <= 1) {
            return random.nextInt(4) == 0 ? Integer.toString(2 + random.nextInt(8)) : "x" + ++inputs[0];
        }
        if (size == 2 || random.nextInt(5) == 0) {
            return UNARY[random.nextInt(UNARY.length)] + "(" + expression(size - 1, random, inputs) + ")";
        }
        int left = 1 + random.nextInt(size - 2);
        String operator = BINARY[random.nextInt(BINARY.length)];
        return "(" + expression(left, random, inputs) + " " + operator + " "
                + expression(size - 1 - left, random, inputs) + ")";
    }

    /**
     * About {@code nodes} nodes in named steps; each step combines an earlier step not used yet
     * with one of a few shared inputs or another earlier step, so that the inputs are used at every
     * depth. The last line adds up whatever is still unused, so every step reaches the output.
     */
    public static String sharedInputs(int nodes, Random random) {
        int inputCount = Math.max(2, (int) Math.round(Math.sqrt(nodes) / 2));
        List<String> lines = new ArrayList<>();
        List<String> unused = new ArrayList<>();
        for (int i = 1; i <= inputCount; i++) {
            lines.add("x" + i + " = " + (i % 5 + 1));
            unused.add("x" + i);
        }
        for (int step = 1; lines.size() < nodes - Math.sqrt(nodes); step++) {
            String first = unused.remove(random.nextInt(unused.size()));
            String second = random.nextInt(3) > 0
                    ? "x" + (1 + random.nextInt(inputCount))
                    : "t" + (1 + random.nextInt(step));
            if (second.equals("t" + step)) second = "x1";
            String operator = BINARY[random.nextInt(BINARY.length - 1)];
            lines.add("t" + step + " = " + first + " " + operator + " " + second);
            unused.add("t" + step);
        }
        StringJoiner sum = new StringJoiner(" + ", "J = ", "");
        unused.forEach(sum::add);
        lines.add(sum.toString());
        return String.join("\n", lines);
    }

    /**
     * {@code x0 = 0.5} and {@code steps} steps {@code x_k = sin(x_(k-1))}: one long row of nodes,
     * the shape on which ELK's recursion used to overflow the stack (at about 9,000 steps).
     */
    public static String chain(int steps) {
        StringBuilder program = new StringBuilder("x0 = 0.5\n");
        for (int k = 1; k <= steps; k++) program.append('x').append(k).append(" = sin(x").append(k - 1).append(")\n");
        return program.toString();
    }

    /**
     * {@code nodes} nodes: {@code inputs} inputs, then a chain of steps {@code t_k = t_(k-1) op x_i}
     * that cycles through the inputs, like backpropagation through time with shared weights.
     */
    public static String recurrence(int nodes, int inputs) {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= inputs; i++) {
            lines.add("x" + i + " = " + i);
        }
        lines.add("t1 = x1 * x" + Math.min(2, inputs));
        for (int step = 2; step <= nodes - inputs; step++) {
            String operator = step % 2 == 0 ? " + " : " * ";
            lines.add("t" + step + " = t" + (step - 1) + operator + "x" + (1 + step % inputs));
        }
        return String.join("\n", lines);
    }

    /**
     * A scalar network with the given layer widths, inputs first: every neuron is
     * {@code σ(w·x + ... + b)} with its own weights and bias as inputs. 2-3-1 gives 37 nodes,
     * 8-8-1 242 and 16-16-1 866.
     */
    public static String network(int... widths) {
        List<String> lines = new ArrayList<>();
        List<String> previous = new ArrayList<>();
        for (int i = 1; i <= widths[0]; i++) {
            lines.add("x" + i + " = " + (i % 3 + 1));
            previous.add("x" + i);
        }
        for (int layer = 1; layer < widths.length; layer++) {
            List<String> current = new ArrayList<>();
            for (int j = 1; j <= widths[layer]; j++) {
                StringJoiner sum = new StringJoiner(" + ", "sigmoid(", ")");
                for (int i = 0; i < previous.size(); i++) {
                    sum.add("w" + layer + "_" + j + "_" + (i + 1) + "*" + previous.get(i));
                }
                sum.add("b" + layer + "_" + j);
                String name = layer == widths.length - 1 && widths[layer] == 1 ? "o" : "h" + layer + "_" + j;
                lines.add(name + " = " + sum);
                current.add(name);
            }
            previous = current;
        }
        return String.join("\n", lines);
    }
}
