package studio.backprop.layout;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import studio.backprop.expr.Parser;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.GraphBuilder;
import studio.backprop.graph.Node;

/**
 * Measures how far the nodes a program edit leaves alone move in the drawing: lay out the program
 * before and after the edit, match nodes by label (labels that occur once in both), and compare
 * the centres of their boxes. The figure behind "changing the program keeps unchanged nodes close
 * to where they were".
 */
final class LayoutStability {

    /** A student's edit: the program before and after. */
    record Edit(String name, String before, String after) {
    }

    /** How far matched nodes moved, in pixels at the default style. */
    record Shift(int matched, double mean, double max, int stayed) {
    }

    private static final String LOGISTIC = "z = w1*x1 + w2*x2 + b\na = σ(z)\nL = -(y*ln(a) + (1-y)*ln(1-a))";

    private LayoutStability() {
    }

    static List<Edit> edits() {
        String tree = SamplePrograms.tree(40, new Random(40));
        return List.of(
                new Edit("lecture: add a term", "J = 3*(a + b*c)", "J = 3*(a + b*c) + d"),
                new Edit("lecture: change + to -", "J = 3*(a + b*c)", "J = 3*(a - b*c)"),
                new Edit("logistic regression: add L2", LOGISTIC, LOGISTIC + " + 0.01*(w1*w1 + w2*w2)"),
                new Edit("network 2-3-1 -> 2-4-1", SamplePrograms.network(2, 3, 1), SamplePrograms.network(2, 4, 1)),
                new Edit("tree ~40: add a term", tree, tree + " + z"));
    }

    static Shift measure(GraphLayout layout, Edit edit) {
        ComputationGraph before = graph(edit.before());
        ComputationGraph after = graph(edit.after());
        Drawing first = layout.layout(before);
        Drawing second = layout.layout(after);
        Map<String, Node> old = uniqueLabels(before);
        Map<String, Node> unchanged = uniqueLabels(after);
        unchanged.keySet().retainAll(old.keySet());
        double sum = 0;
        double max = 0;
        int stayed = 0;
        for (Map.Entry<String, Node> entry : unchanged.entrySet()) {
            Point from = first.box(old.get(entry.getKey())).center();
            Point to = second.box(entry.getValue()).center();
            double distance = Math.hypot(to.x() - from.x(), to.y() - from.y());
            sum += distance;
            max = Math.max(max, distance);
            stayed += distance < 1 ? 1 : 0;
        }
        int matched = unchanged.size();
        return new Shift(matched, matched == 0 ? 0 : sum / matched, max, stayed);
    }

    static void report(PrintStream out) {
        out.println();
        out.println("Stability: how far nodes an edit leaves alone move (box centres, px at 16 px font)");
        out.printf("%-32s %-9s %8s %8s %8s %8s%n", "edit", "effort", "matched", "stayed", "mean px", "max px");
        for (Edit edit : edits()) {
            for (LayoutEffort effort : LayoutEffort.values()) {
                Shift shift = measure(new ElkLayeredLayout(effort), edit);
                out.printf("%-32s %-9s %8d %8d %8.1f %8.1f%n", edit.name(), effort, shift.matched(), shift.stayed(),
                        shift.mean(), shift.max());
            }
        }
    }

    private static ComputationGraph graph(String source) {
        return GraphBuilder.build(Parser.parse(source));
    }

    private static Map<String, Node> uniqueLabels(ComputationGraph graph) {
        Map<String, Node> byLabel = new HashMap<>();
        Map<String, Integer> count = new HashMap<>();
        for (Node node : graph.nodes()) {
            byLabel.put(node.label(), node);
            count.merge(node.label(), 1, Integer::sum);
        }
        byLabel.keySet().removeIf(label -> count.get(label) > 1);
        return byLabel;
    }
}
