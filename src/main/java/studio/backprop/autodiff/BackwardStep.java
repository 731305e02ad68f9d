package studio.backprop.autodiff;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import studio.backprop.expr.Numbers;
import studio.backprop.graph.Node;
import studio.backprop.tensor.Tensor;

/**
 * One step of the backward pass with its chain-rule terms, as the lecture writes it:
 * {@code dc = du · ∂u/∂c = 3 · 3 = 9}, or with fan-out
 * {@code db = dc·∂c/∂b + dd·∂d/∂b = 2·1 + 3·1 = 5}.
 *
 * <p>For vectors and matrices the step is written in the course's matrix-calculus form with shapes,
 * by {@link TensorStepText}: {@code dW1 (3×2) = du (3) · xᵀ (1×2) = [[…]]}.
 *
 * @param isOutput      the node is J, whose gradient is 1 by definition
 * @param terms         one per use of the node on a path to J; empty for J and for nodes J ignores
 * @param gradientValue the node's gradient, in the node's shape
 * @param seed          the element of the output the backward pass started from (0 for a scalar J)
 * @param problem       why the gradient is NaN or ±∞, or null
 * @param output        the output's label, for "db = 0 (L does not depend on b)"
 */
public record BackwardStep(Node node, boolean isOutput, List<ChainTerm> terms, Tensor gradientValue, int seed,
                           String problem, String output) {

    /**
     * A sum longer than this is cut to its first terms and a count: a node that feeds forty others would
     * otherwise fill the projector with one caption and hide the graph it describes.
     */
    static final int MOST_TERMS_WRITTEN = 4;

    public BackwardStep {
        terms = List.copyOf(terms);
    }

    /** The gradient of a scalar node. */
    public double gradient() {
        return gradientValue.scalar();
    }

    /** Whether vectors or matrices take part, so the step is written in matrix form. */
    public boolean isTensor() {
        if (!node.shape().isScalar() || (isOutput && !node.shape().isScalar())) return true;
        for (ChainTerm term : terms) {
            Node user = term.edge().user();
            if (!user.shape().isScalar() || user.op().isStructural()) return true;
        }
        return false;
    }

    /** The course's shorthand: {@code dc = du · ∂u/∂c = 3 · 3 = 9}. */
    public String formula() {
        return formula(Formulas::d, node -> false, false);
    }

    /** The same with every {@code hidden} node's gradient written "?", for reveal mode: "dc = du · ∂u/∂c = 3 · 3 = ?". */
    public String formula(Predicate<Node> hidden) {
        return formula(Formulas::d, hidden, false);
    }

    /**
     * The same with the local derivatives' formulas written first when {@code symbolsFirst}, as the
     * lecture works a step out: {@code dc = du · ∂u/∂c = du · b = 3 · 3 = 9}. A step with vectors
     * or matrices is written in matrix form either way.
     */
    public String formula(Predicate<Node> hidden, boolean symbolsFirst) {
        return formula(Formulas::d, hidden, symbolsFirst);
    }

    /**
     * The same with gradients written as derivatives of the output, for the nudge panel:
     * {@code dJ/da = dJ/dv · ∂v/∂a = 3 · 1 = 3}.
     */
    public String derivativeFormula(String output) {
        return formula(node -> "d" + output + "/d" + node.label(), node -> false, false);
    }

    /**
     * One element's derivative for the nudge panel, {@code dJ/dW1[3,2] = 0.42, entry [3,2] of dW1 (3×2) = du (3) · xᵀ (1×2)};
     * for a scalar node the whole {@link #derivativeFormula}.
     */
    public String derivativeFormula(String output, int element) {
        if (node.shape().isScalar()) return derivativeFormula(output);
        return TensorStepText.element(this, element, node -> "d" + output + "/d" + node.label());
    }

    private String formula(Function<Node, String> gradientName, Predicate<Node> hidden, boolean symbolsFirst) {
        if (isTensor()) return TensorStepText.backward(this, gradientName, hidden);
        String d = gradientName.apply(node);
        String result = hidden.test(node) ? "?" : Numbers.format(gradient());
        if (isOutput) {
            return d + " = " + (hidden.test(node) ? "?" : "1");
        }
        if (terms.isEmpty()) {
            return d + " = 0 (" + output + " does not depend on " + node.label() + ")";
        }
        boolean withFormulas = symbolsFirst && terms.stream().allMatch(term -> term.formula() != null);
        if (terms.size() == 1) {
            ChainTerm term = terms.get(0);
            String formulas = withFormulas ? " = " + formulas(term, " · ", gradientName) : "";
            return d + " = " + symbolic(term, " · ", gradientName) + formulas + " = " + numeric(term, " · ", true, hidden)
                    + " = " + result;
        }
        String formulas = withFormulas ? " = " + join(term -> formulas(term, "·", gradientName), false) : "";
        return d + " = " + join(term -> symbolic(term, "·", gradientName), true) + formulas + " = "
                + join(term -> numeric(term, "·", term == terms.get(0), hidden), false) + " = " + result;
    }

    /** "du · b": the gradient's name times the local derivative's formula. */
    private static String formulas(ChainTerm term, String times, Function<Node, String> gradientName) {
        return gradientName.apply(term.edge().user()) + times + term.formula().asFactor();
    }

    /** "a + b + c", or past {@link #MOST_TERMS_WRITTEN} terms "a + b + c + … (37 more)", the count said once. */
    String join(Function<ChainTerm, String> written, boolean countTheRest) {
        if (terms.size() <= MOST_TERMS_WRITTEN) {
            return terms.stream().map(written).collect(Collectors.joining(" + "));
        }
        int shown = MOST_TERMS_WRITTEN - 1;
        String rest = countTheRest ? " + … (" + (terms.size() - shown) + " more)" : " + …";
        return terms.stream().limit(shown).map(written).collect(Collectors.joining(" + ")) + rest;
    }

    private static String symbolic(ChainTerm term, String times, Function<Node, String> gradientName) {
        return gradientName.apply(term.edge().user()) + times + Formulas.partial(term.edge().user(), term.edge().operand());
    }

    /** "-2 · 3", "3 · (-2)", and in a sum "2·1 + (-3)·1": a negative is bracketed unless it leads. */
    private static String numeric(ChainTerm term, String times, boolean leads, Predicate<Node> hidden) {
        String gradient = hidden.test(term.edge().user()) ? "?"
                : leads ? Numbers.format(term.userGradient()) : Numbers.operand(term.userGradient());
        return gradient + times + Numbers.operand(term.local());
    }

    @Override
    public String toString() {
        return formula();
    }
}
