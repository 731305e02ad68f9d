package studio.backprop.cli;

import java.util.Locale;
import java.util.Random;

/** Programs made up for benchmarks: a scalar neural network, a long chain, logistic regression on many rows. Seeded, so reruns compare. */
public final class SyntheticPrograms {

    private SyntheticPrograms() {
    }

    /**
     * A fully connected tanh network written out in scalars, one line per neuron, with every weight
     * and bias an input: {@code h1_3 = tanh(w1_3_1*x1 + w1_3_2*x2 + ... + b1_3)}. Layer sizes 24-48-48-1
     * give about 10,700 nodes.
     */
    public static String network(int... sizes) {
        Random random = new Random(1);
        StringBuilder program = new StringBuilder();
        for (int i = 1; i <= sizes[0]; i++) {
            program.append("x").append(i).append(" = ").append(number(random)).append('\n');
        }
        String previous = "x";
        for (int layer = 1; layer < sizes.length; layer++) {
            String current = layer == sizes.length - 1 ? "y" : "h" + layer + "_";
            for (int neuron = 1; neuron <= sizes[layer]; neuron++) {
                StringBuilder sum = new StringBuilder();
                for (int from = 1; from <= sizes[layer - 1]; from++) {
                    String weight = "w" + layer + "_" + neuron + "_" + from;
                    program.append(weight).append(" = ").append(number(random)).append('\n');
                    sum.append(weight).append('*').append(previous).append(from).append(" + ");
                }
                String bias = "b" + layer + "_" + neuron;
                program.append(bias).append(" = ").append(number(random)).append('\n');
                program.append(current).append(neuron).append(" = tanh(").append(sum).append(bias).append(")\n");
            }
            previous = current;
        }
        return program.append("J = y1\n").toString();
    }

    /**
     * The same network with every weight and bias marked {@code learn}, trained towards an output of
     * 0.5 ({@code J = (y1 - 0.5)^2}): a program of scalars for the trainer, whose passes take the
     * plain loops over the graph's arrays.
     */
    public static String learnableNetwork(int... sizes) {
        StringBuilder program = new StringBuilder();
        for (String line : network(sizes).split("\n")) {
            if (line.startsWith("J = ")) {
                program.append("J = (y1 - 0.5)^2\n");
            } else {
                program.append(line.startsWith("w") || line.startsWith("b") ? "learn " : "").append(line).append('\n');
            }
        }
        return program.toString();
    }

    /** {@code x0 = 0.5} then {@code length} lines, each one new node: tanh, sin, and squares in turn. */
    public static String chain(int length) {
        StringBuilder program = new StringBuilder(length * 24).append("x0 = 0.5\n");
        for (int i = 1; i <= length; i++) {
            String last = "x" + (i - 1);
            program.append('x').append(i).append(" = ");
            switch (i % 3) {
                case 0 -> program.append("tanh(").append(last).append(')');
                case 1 -> program.append("sin(").append(last).append(')');
                default -> program.append(last).append('*').append(last);
            }
            program.append('\n');
        }
        return program.toString();
    }

    /**
     * A tanh MLP in matrix form on a batch, as the course writes a network: rows of X are examples,
     * {@code H = tanh(X @ W1ᵀ + b1)}, {@code Z = H @ W2ᵀ + b2}, J the mean of Z². Every weight, bias
     * and example is an input with a seeded value.
     */
    public static String matrixNetwork(int batch, int inputs, int hidden, int outputs) {
        Random random = new Random(2);
        StringBuilder program = new StringBuilder();
        program.append("X = ").append(matrix(random, batch, inputs)).append('\n');
        program.append("W1 = ").append(matrix(random, hidden, inputs)).append('\n');
        program.append("b1 = ").append(vector(random, hidden)).append('\n');
        program.append("W2 = ").append(matrix(random, outputs, hidden)).append('\n');
        program.append("b2 = ").append(vector(random, outputs)).append('\n');
        return program.append("H = tanh(X @ W1ᵀ + b1)\nZ = H @ W2ᵀ + b2\nJ = mean(Z * Z)\n").toString();
    }

    /** Multiply-adds in one forward pass of {@link #matrixNetwork}: the two products. */
    public static long multiplyAdds(int batch, int inputs, int hidden, int outputs) {
        return (long) batch * inputs * hidden + (long) batch * hidden * outputs;
    }

    private static String matrix(Random random, int rows, int columns) {
        StringBuilder text = new StringBuilder("[");
        for (int r = 0; r < rows; r++) text.append(r > 0 ? ", " : "").append(vector(random, columns));
        return text.append(']').toString();
    }

    private static String vector(Random random, int length) {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < length; i++) text.append(i > 0 ? ", " : "").append(number(random));
        return text.append(']').toString();
    }

    private static String number(Random random) {
        return String.format(Locale.ROOT, "%.3f", random.nextGaussian() * 0.5);
    }

    /**
     * Logistic regression in matrix form on {@code rows} examples of two features: two Gaussian
     * clouds around (1, 1), labelled 1, and (−1, −1), labelled 0, with the mean cross-entropy as J,
     * written out as data lines, as a course exercise would be.
     */
    public static String logisticRegression(int rows, Random random) {
        StringBuilder x = new StringBuilder("data X = [");
        StringBuilder y = new StringBuilder("data y = [");
        for (int i = 0; i < rows; i++) {
            int label = random.nextBoolean() ? 1 : 0;
            double centre = label == 1 ? 1 : -1;
            x.append(i > 0 ? ", " : "").append(String.format(Locale.ROOT, "[%.4f, %.4f]",
                    centre + random.nextGaussian(), centre + random.nextGaussian()));
            y.append(i > 0 ? ", " : "").append(label);
        }
        return "# train: --rate 0.5\n" + x + "]\n" + y + "]\nlearn w = [0, 0]\nlearn b = 0\n"
                + "a = σ(X @ w + b)\nJ = mean(-(y * ln(a) + (1 - y) * ln(1 - a)))\n";
    }
}
