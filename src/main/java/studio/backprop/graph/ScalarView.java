package studio.backprop.graph;

import java.util.Optional;

import studio.backprop.expr.ProgramException;

/**
 * The scalar view of a vector or matrix program: the graph to draw instead of the tensor one, and
 * what the student is told about it. The whole exploded graph is drawn when it is small enough to
 * read; past that, the part that feeds one output element; past that too, nothing, and the tensor
 * view stays.
 *
 * @param written       the program as written, with vectors and matrices
 * @param drawn         the exploded graph to draw, or empty when it is too big even in part
 * @param outputElement the output element its backward pass starts from, row by row from 0
 * @param note          what is drawn, in words, for the banner above the graph
 */
public record ScalarView(ComputationGraph written, Optional<ComputationGraph> drawn, int outputElement, String note) {

    /** Scalar nodes drawn at most: about what a layout of today's size stays readable and quick at. */
    public static final int MOST_DRAWN = 400;

    /**
     * The scalar view of {@code written} backward from {@code outputElement} (0 for a scalar J);
     * an element past the output's end means its last.
     */
    public static ScalarView of(ComputationGraph written, int outputElement) {
        Node output = written.output();
        int element = Math.max(0, Math.min(outputElement, output.shape().size() - 1));
        String elementName = ScalarExpansion.elementName(output, element);
        ScalarExpansion expansion;
        try {
            expansion = ScalarExpansion.of(written);
        } catch (ProgramException tooMany) {
            // One node per element can outgrow the memory the tensor program fits in.
            return new ScalarView(written, Optional.empty(), element, "The scalar view would have more nodes than "
                    + "fit in the memory Java has, so the tensor view stays.");
        }
        if (expansion.size() <= MOST_DRAWN) {
            return new ScalarView(written, Optional.of(expansion.graph(element, false)), element,
                    "Scalar view: " + expansion.size() + " scalar nodes, one per element.");
        }
        ComputationGraph feeding = expansion.graph(element, true);
        if (!output.shape().isScalar() && feeding.size() <= MOST_DRAWN) {
            return new ScalarView(written, Optional.of(feeding), element, "Scalar view: the whole program has "
                    + expansion.size() + " scalar nodes, too many to read, so this is the part that feeds "
                    + elementName + " (" + feeding.size() + " nodes).");
        }
        return new ScalarView(written, Optional.empty(), element, "The scalar view would have " + expansion.size()
                + " nodes" + (output.shape().isScalar() ? "" : ", " + feeding.size() + " of them feeding " + elementName)
                + ", too many to draw (at most " + MOST_DRAWN + "), so the tensor view stays.");
    }
}
