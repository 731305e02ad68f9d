package studio.backprop.tensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import studio.backprop.autodiff.Analysis;
import studio.backprop.autodiff.Evaluation;
import studio.backprop.autodiff.ForwardPass;
import studio.backprop.autodiff.InputValues;
import studio.backprop.expr.Op;
import studio.backprop.graph.BuildOptions;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.GraphBuilder;
import studio.backprop.graph.Node;
import studio.backprop.graph.OperandEdge;

/**
 * Every tensor operation's local Jacobian, as the backward pass uses it, against central
 * differences of its own forward value, element by element, on seeded random shapes: for each
 * element k of an operand, nudge it by ±h, rerun the forward pass, and the change of the node's
 * value is column k of the Jacobian. Each operand is an input that reaches the node only through
 * that edge, so the node's change is the local one.
 */
class TensorJacobianTest {

    private static final double H = 1e-6;

    /** A program whose output J is one tensor operation on inputs a, b, ... */
    record Case(String name, String program) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        Random random = new Random(20261201L);
        List<Case> cases = new ArrayList<>();
        for (int round = 0; round < 6; round++) {
            int m = 1 + random.nextInt(4);
            int n = 2 + random.nextInt(3);
            int k = 1 + random.nextInt(4);
            for (String function : List.of("exp", "tanh", "σ", "sin", "relu", "abs", "sqrt", "ln", "-")) {
                String operand = function.equals("-") ? "-a" : function + "(a)";
                cases.add(new Case(function + " of " + m + "×" + n, "a = " + matrix(random, m, n, true) + "\nJ = " + operand));
            }
            for (String operator : List.of("+", "-", "*", "/")) {
                cases.add(binary(operator, matrix(random, m, n, false), matrix(random, m, n, true), "m×n " + operator + " m×n"));
                cases.add(binary(operator, matrix(random, m, n, false), vector(random, n, true), "m×n " + operator + " n"));
                cases.add(binary(operator, vector(random, n, false), matrix(random, m, n, true), "n " + operator + " m×n"));
                cases.add(binary(operator, number(random, true), vector(random, n, true), "scalar " + operator + " n"));
                cases.add(binary(operator, matrix(random, m, n, false), matrix(random, 1, n, true), "m×n " + operator + " 1×n"));
                cases.add(binary(operator, matrix(random, m, 1, false), matrix(random, m, n, true), "m×1 " + operator + " m×n"));
            }
            cases.add(binary("@", matrix(random, m, n, false), vector(random, n, false), "m×n @ n"));
            cases.add(binary("@", matrix(random, m, n, false), matrix(random, n, k, false), "m×n @ n×k"));
            cases.add(binary("·", vector(random, n, false), vector(random, n, false), "n · n"));
            cases.add(binary("@", vector(random, m, false), matrix(random, 1, n, false), "m @ 1×n"));
            cases.add(new Case("row @ n", "a = " + vector(random, n, false) + "\nb = " + vector(random, n, false) + "\nJ = aᵀ @ b"));
            cases.add(new Case("transpose of m×n", "a = " + matrix(random, m, n, false) + "\nJ = aᵀ"));
            cases.add(new Case("transpose of n", "a = " + vector(random, n, false) + "\nJ = transpose(a)"));
            cases.add(new Case("sum of m×n", "a = " + matrix(random, m, n, false) + "\nJ = sum(a)"));
            cases.add(new Case("mean of n", "a = " + vector(random, n, false) + "\nJ = mean(a)"));
            cases.add(new Case("index of m×n", "a = " + matrix(random, Math.max(2, m), n, false) + "\nJ = a[2," + n + "]"));
            cases.add(new Case("index of n", "a = " + vector(random, n, false) + "\nJ = a[" + n + "]"));
            cases.add(new Case("stack of scalars", "a = " + number(random, false) + "\nb = " + number(random, false)
                    + "\nc = " + number(random, false) + "\nJ = [a, b, c]"));
            cases.add(new Case("stack of vectors", "a = " + vector(random, n, false) + "\nb = " + vector(random, n, false) + "\nJ = [a, b]"));
            cases.add(binary("max", matrix(random, m, n, false), vector(random, n, false), "max of m×n and n"));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachLocalJacobianMatchesCentralDifferences(Case c) {
        ComputationGraph graph = GraphBuilder.compile(c.program(), BuildOptions.TREE);
        Analysis analysis = Analysis.of(InputValues.declared(graph));
        Node user = graph.output();
        assertThat(user.op()).as(c.program()).isNotEqualTo(Op.IDENTITY);
        for (int slot = 0; slot < graph.operandCount(user.index()); slot++) {
            OperandEdge edge = graph.operandEdge(user.index(), slot);
            Node operand = edge.operand();
            if (!operand.isInput()) continue;
            double[][] jacobian = analysis.gradients().localJacobian(edge);
            assertThat(jacobian).hasDimensions(user.shape().size(), operand.shape().size());
            for (int k = 0; k < operand.shape().size(); k++) {
                double[] plus = userValue(analysis.evaluation(), operand, k, +H, user);
                double[] minus = userValue(analysis.evaluation(), operand, k, -H, user);
                for (int e = 0; e < jacobian.length; e++) {
                    double central = (plus[e] - minus[e]) / (2 * H);
                    assertThat(jacobian[e][k]).as("%s: ∂%s[%d]/∂%s[%d]", c.program().replace('\n', ';'), user.label(), e,
                            operand.label(), k).isCloseTo(central, within(1e-5 * Math.max(1, Math.abs(central))));
                }
            }
        }
    }

    private static double[] userValue(Evaluation base, Node input, int element, double delta, Node user) {
        InputValues values = base.inputs();
        double x = values.tensor(input).get(element);
        Evaluation nudged = ForwardPass.run(values.withElement(input, element, x + delta));
        return nudged.tensor(user).toArray();
    }

    private static Case binary(String operator, String a, String b, String name) {
        String expression = operator.length() > 1 && !operator.equals("·") ? operator + "(a, b)" : "a " + operator + " b";
        return new Case(name, "a = " + a + "\nb = " + b + "\nJ = " + expression);
    }

    /** A number away from 0 and from the others' kinks; positive where it may be a divisor or under a root. */
    private static String number(Random random, boolean positive) {
        double magnitude = 0.3 + random.nextDouble() * 1.5;
        double value = positive || random.nextBoolean() ? magnitude : -magnitude;
        return String.format(Locale.ROOT, "%.4f", value);
    }

    private static String vector(Random random, int n, boolean positive) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < n; i++) items.add(number(random, positive));
        return "[" + String.join(", ", items) + "]";
    }

    private static String matrix(Random random, int m, int n, boolean positive) {
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < m; r++) rows.add(vector(random, n, positive));
        return "[" + String.join(", ", rows) + "]";
    }
}
