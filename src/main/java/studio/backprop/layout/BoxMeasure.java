package studio.backprop.layout;

import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.EdgeFormulas;
import studio.backprop.graph.Node;
import studio.backprop.graph.OperandEdge;

/**
 * Sizes node boxes and edge labels from the text they will hold, by {@link LayoutStyle}'s width
 * estimate.
 *
 * <p>Sizes depend on the graph's structure and labels only, never on values: every box reserves
 * room for the longest value and gradient a student is likely to see. That is what keeps a node
 * from moving when a value changes, since ELK sees exactly the same input graph.
 *
 * <p>A node box holds three centred lines:
 * <ol>
 *   <li>the label line, the label and the op symbol: {@code "v +"};</li>
 *   <li>the value line, with room for {@value #VALUE_CHARS} characters: {@code "0.7311"} (nodes show
 *       four significant digits; a longer number such as {@code "-0.3112"} is drawn smaller to fit);</li>
 *   <li>the gradient line, {@code "d" + label + " = " + value}: {@code "dv = 12.35"}.</li>
 * </ol>
 * A constant's box holds only its label, which is its value: {@code "3"}.
 * An edge label has room for {@value #EDGE_LABEL_CHARS} characters, such as {@code "0.197"} (three significant digits; a longer
 * one such as {@code "-0.197"} is drawn a little smaller to fit). If the style writes formulas, it has
 * room for the edge's longest formula too ({@code "a(1 − a)"}), and with both for
 * {@code "a(1 − a) = 0.197"}; a formula that is a number ({@code "1"}) is written once.
 */
final class BoxMeasure {

    static final int VALUE_CHARS = 6;
    /** "d", then " = ", then a value: the label's length plus this many. */
    static final int GRADIENT_EXTRA_CHARS = 1 + 3 + VALUE_CHARS;
    static final int EDGE_LABEL_CHARS = 5;
    /** " = " between an edge's formula and its number. */
    static final int EQUALS_CHARS = 3;
    static final int LINES = 3;

    /** Space between the text and the box's sides, in em. */
    private static final double SIDE_PADDING_EM = 0.6;
    /** Space above the first line and below the last, in em. */
    private static final double END_PADDING_EM = 0.3;
    /** Space around an edge label's text, in em. */
    private static final double LABEL_PADDING_EM = 0.2;

    private final LayoutStyle style;

    private final TensorMeasure tensors;

    BoxMeasure(LayoutStyle style) {
        this.style = style;
        this.tensors = new TensorMeasure(style);
    }

    double nodeWidth(Node node) {
        if (TensorMeasure.isTensor(node)) return tensors.width(node);
        int label = node.label().codePointCount(0, node.label().length());
        if (node.isConstant()) {
            return style.textWidth(label) + 2 * SIDE_PADDING_EM * style.em();
        }
        String symbol = node.symbol();
        int labelLine = label + (symbol.isEmpty() ? 0 : 1 + symbol.codePointCount(0, symbol.length()));
        int widest = Math.max(labelLine, Math.max(VALUE_CHARS, label + GRADIENT_EXTRA_CHARS));
        return style.textWidth(widest) + 2 * SIDE_PADDING_EM * style.em();
    }

    double nodeHeight(Node node) {
        if (TensorMeasure.isTensor(node)) return tensors.height(node);
        return (node.isConstant() ? 1 : LINES) * style.lineHeight() + 2 * END_PADDING_EM * style.em();
    }

    /** Where a vector or matrix node's numbers go; null for a scalar. */
    TensorArea tensorArea(Node node, double x, double y, double width) {
        return TensorMeasure.isTensor(node) ? tensors.area(node, x, y, width) : null;
    }

    /** From the top of a box to the baseline of its line {@code line} (0 = label line). */
    double baselineBelowTop(int line) {
        double lineCenter = END_PADDING_EM * style.em() + (line + 0.5) * style.lineHeight();
        return lineCenter + LayoutStyle.BASELINE_BELOW_CENTER_EM * style.em();
    }

    double edgeLabelWidth(ComputationGraph graph, OperandEdge edge) {
        int characters = EDGE_LABEL_CHARS;
        EdgeFormulas.Room formula = style.edgeLabels().showsFormulas() ? EdgeFormulas.room(graph, edge) : null;
        if (formula != null) {
            boolean both = style.edgeLabels() == EdgeLabels.BOTH && !formula.number();
            characters = Math.max(characters, formula.characters() + (both ? EQUALS_CHARS + EDGE_LABEL_CHARS : 0));
        }
        return style.textWidth(characters) + 2 * LABEL_PADDING_EM * style.em();
    }

    double edgeLabelHeight() {
        return style.lineHeight();
    }

    /** From the centre of a one-line label to its baseline. */
    double baselineBelowCenter() {
        return LayoutStyle.BASELINE_BELOW_CENTER_EM * style.em();
    }
}
