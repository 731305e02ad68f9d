package studio.backprop.autodiff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.Node;
import studio.backprop.testing.RandomExpressions;

/**
 * Backprop against central differences on a thousand and more seeded random expressions. The
 * oracle reruns the full forward pass at x ± h; expressions that come near a kink, a domain edge
 * or overflow are skipped, since there the derivative is not what a finite difference measures.
 */
class RandomGradientTest {

    private static final double H = 1e-6;

    @Test
    void analyticGradientsMatchCentralDifferencesAwayFromKinks() {
        RandomExpressions generator = new RandomExpressions(20261122L);
        int checked = 0;
        int attempts = 0;
        List<String> failures = new ArrayList<>();
        while (checked < 1200 && attempts < 50_000) {
            attempts++;
            String source = "x = " + generator.value() + "; y = " + generator.value() + "; z = " + generator.value()
                    + "\nJ = " + generator.next(4);
            Analysis analysis = Programs.analyze(source);
            if (!wellBehaved(analysis)) continue;
            checked++;
            for (Node input : analysis.graph().inputs()) {
                double analytic = analysis.gradients().gradient(input);
                double central = centralDifference(analysis.evaluation(), input);
                double scale = Math.max(1, Math.max(Math.abs(analytic), Math.abs(central)));
                if (Math.abs(analytic - central) > 1e-5 * scale) {
                    failures.add(source.replace('\n', ';') + "  d" + input.label() + ": backprop " + analytic
                            + " vs central " + central);
                }
            }
        }
        assertThat(checked).as("expressions checked").isGreaterThanOrEqualTo(1000);
        assertThat(failures).isEmpty();
    }

    private static double centralDifference(Evaluation base, Node input) {
        double x = base.value(input);
        double plus = ForwardPass.run(base.inputs().with(input, x + H)).output();
        double minus = ForwardPass.run(base.inputs().with(input, x - H)).output();
        return (plus - minus) / (2 * H);
    }

    /** Finite everywhere, moderate in size, and at least 1e-3 from every kink and 0.05 from every domain edge, as each op measures it. */
    private static boolean wellBehaved(Analysis analysis) {
        ComputationGraph graph = analysis.graph();
        Evaluation evaluation = analysis.evaluation();
        if (graph.computedNodes().size() < 2) return false;
        for (Node node : graph.nodes()) {
            double value = evaluation.value(node);
            if (!Double.isFinite(value) || Math.abs(value) > 1e4) return false;
            if (!Double.isFinite(analysis.gradients().gradient(node)) || Math.abs(analysis.gradients().gradient(node)) > 1e4) return false;
            if (!node.isComputed()) continue;
            double[] operands = graph.operands(node).stream().mapToDouble(evaluation::value).toArray();
            if (node.op().kinkDistance(operands) < 1e-3 || node.op().domainDistance(operands) < 0.05) return false;
        }
        return true;
    }
}
