package studio.backprop.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import studio.backprop.expr.Parser;
import studio.backprop.graph.BuildOptions;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.GraphBuilder;
import studio.backprop.io.ExampleCatalog;

/** Programs the layout invariants are checked on: the bundled examples, more from the course, and seeded random ones. */
final class Corpus {

    record Sample(String name, String source, BuildOptions options) {

        ComputationGraph graph() {
            return GraphBuilder.build(Parser.parse(source), options);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private Corpus() {
    }

    static final String LECTURE = "a = 5\nb = 3\nc = 2\nu = b*c\nv = a + u\nJ = 3*v";

    static List<Sample> all() {
        List<Sample> samples = new ArrayList<>(bundledExamples());
        samples.addAll(handWritten());
        for (int seed = 1; seed <= 10; seed++) {
            int size = 4 + seed * 6;
            samples.add(sample("random tree " + size + " (seed " + seed + ")",
                    SamplePrograms.tree(size, new Random(seed)), BuildOptions.TREE));
        }
        for (int seed = 1; seed <= 6; seed++) {
            int size = 6 + seed * 12;
            samples.add(sample("random shared-input DAG " + size + " (seed " + seed + ")",
                    SamplePrograms.sharedInputs(size, new Random(seed)), BuildOptions.MERGED));
        }
        samples.add(sample("recurrence of 30", SamplePrograms.recurrence(30, 3), BuildOptions.MERGED));
        samples.add(sample("network 1-2-1", SamplePrograms.network(1, 2, 1), BuildOptions.MERGED));
        samples.add(sample("network 3-3-1", SamplePrograms.network(3, 3, 1), BuildOptions.MERGED));
        return samples;
    }

    static List<Sample> handWritten() {
        return List.of(
                sample("lecture", LECTURE, BuildOptions.MERGED),
                sample("lecture in one line", "J = 3*(a + b*c)", BuildOptions.MERGED),
                sample("SLP3", "a = 1\nb = 2\nc = 3\nL = c(a + 2b)", BuildOptions.MERGED),
                sample("colah's fan-out", "a = 2\nb = 1\nc = a + b\nd = b + 1\ne = c*d", BuildOptions.MERGED),
                sample("square", "J = a^2", BuildOptions.MERGED),
                sample("cube", "J = a^3", BuildOptions.MERGED),
                sample("log", "J = ln(a)", BuildOptions.MERGED),
                sample("logistic regression",
                        "z = w1*x1 + w2*x2 + b\na = σ(z)\nL = -(y*ln(a) + (1-y)*ln(1-a))", BuildOptions.MERGED),
                sample("sigmoid of a sum", "z = σ(3 + (y + 5x))", BuildOptions.MERGED),
                sample("3x²y", "f = 3x²y", BuildOptions.MERGED),
                sample("2-3-1 network with loss", SamplePrograms.network(2, 3, 1) + "\nL = (o - t)^2", BuildOptions.MERGED),
                sample("tanh neuron", "x = 1\nw = 0.5\nb = 0.1\ny = tanh(w*x + b)", BuildOptions.MERGED),
                sample("relu layer", "h = relu(w1*x + b1)\ny = w2*h + b2\nL = (y - t)^2", BuildOptions.MERGED),
                sample("difference", "J = a - b", BuildOptions.MERGED),
                sample("x times x", "J = x*x", BuildOptions.MERGED),
                sample("max minus min", "J = max(a, b) - min(a, b)", BuildOptions.MERGED),
                sample("shared sum, tree build", "J = (a+b)*(a+b)", BuildOptions.TREE),
                sample("shared sum, merged build", "J = (a+b)*(a+b)", BuildOptions.MERGED),
                sample("negation", "J = exp(-x) / (1 + exp(-x))", BuildOptions.MERGED),
                sample("a constant output", "J = 5", BuildOptions.MERGED),
                sample("a lone input", "a = 5", BuildOptions.MERGED),
                sample("unused step", "u = a*b\nJ = c + 1", BuildOptions.MERGED),
                sample("function chain", "J = sin(cos(tan(exp(ln(sqrt(abs(x)))))))", BuildOptions.MERGED),
                sample("redefinition", "c = a + b\nc = c * 2\nJ = c - a", BuildOptions.MERGED),
                sample("division and power", "J = (a / b) ^ (c - d)", BuildOptions.MERGED));
    }

    /** Every program shipped in resources/examples, read as the app reads it. */
    static List<Sample> bundledExamples() {
        List<Sample> samples = new ArrayList<>();
        for (ExampleCatalog.Example example : ExampleCatalog.programs()) {
            samples.add(sample("example " + example.name(), example.source(), BuildOptions.MERGED));
        }
        return samples;
    }

    private static Sample sample(String name, String source, BuildOptions options) {
        return new Sample(name, source, options);
    }

    /** A tree-shaped graph: every node is used at most once, so the drawing can avoid all crossings. */
    static boolean isTree(ComputationGraph graph) {
        for (int i = 0; i < graph.size(); i++) {
            if (graph.userCount(i) > 1) return false;
        }
        return true;
    }
}
