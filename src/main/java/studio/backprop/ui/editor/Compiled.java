package studio.backprop.ui.editor;

import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.ScalarView;
import studio.backprop.layout.Drawing;

/**
 * A program that parsed, built and was laid out: what the screen shows until a newer one is ready.
 * A graph too large to draw has no drawing, and {@code noPicture} says why.
 *
 * @param graph      the graph drawn: the program as written, or in the scalar view its exploded graph
 * @param written    the program as written, whose inputs the Variables panel lists
 * @param scalarView the scalar view asked for, or null in the tensor view and for a program of scalars
 */
public record Compiled(String source, ComputationGraph graph, Drawing drawing, ComputationGraph written,
                       ScalarView scalarView, String noPicture) {

    /** Whether the graph drawn is the exploded one, checked against the program as written. */
    public boolean showsScalarView() {
        return graph != written;
    }
}
