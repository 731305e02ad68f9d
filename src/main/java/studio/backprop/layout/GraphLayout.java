package studio.backprop.layout;

import java.util.function.BooleanSupplier;

import studio.backprop.graph.ComputationGraph;

/**
 * Turns a computation graph into a {@link Drawing}. Implementations promise, for every graph:
 * <ul>
 *   <li>one box per node and one path per edge; no two boxes overlap, and no edge label overlaps a
 *       box or another label;</li>
 *   <li>left to right: every edge starts on the right side of its operand's box and ends on the
 *       left side of its user's box, in a later column;</li>
 *   <li>box sizes depend on structure and labels only, never on values;</li>
 *   <li>the same graph and style always give the same drawing.</li>
 * </ul>
 * A graph too large for the layout's usual effort may get a cheaper one, with straight edges
 * ({@link EdgeShape#POLYLINE}); {@link Drawing#effort()} says which.
 */
public interface GraphLayout {

    /**
     * Lays out the graph, giving up with {@link LayoutCancelledException} as soon as
     * {@code cancelled} answers true or the calling thread is interrupted.
     *
     * @throws TooLargeToDraw if the graph is too large to draw at all, in time or in memory
     */
    Drawing layout(ComputationGraph graph, LayoutStyle style, BooleanSupplier cancelled);

    default Drawing layout(ComputationGraph graph, LayoutStyle style) {
        return layout(graph, style, () -> false);
    }

    default Drawing layout(ComputationGraph graph) {
        return layout(graph, LayoutStyle.DEFAULT);
    }
}
