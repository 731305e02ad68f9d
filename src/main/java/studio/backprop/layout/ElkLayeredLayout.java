package studio.backprop.layout;

import java.util.function.BooleanSupplier;

import org.eclipse.elk.core.RecursiveGraphLayoutEngine;

import studio.backprop.graph.ComputationGraph;

/**
 * Lays out computation graphs in layers (the Sugiyama method). The graph goes to ELK Layered as
 * built by {@link ElkInput}, with options from {@link LayeredSettings} and a {@link LayoutEffort}
 * chosen by size; above the course's sizes ({@link LayoutEffort#READING}, where ELK does all four
 * with model order) the first two phases are ours, handed to ELK by {@link InteractiveHandOff}, and
 * each phase then guarantees:
 *
 * <ol>
 *   <li><b>Layering</b> ({@link LayerAssignment}: network simplex with all inputs as one node; ELK's
 *       longest path at {@link LayoutEffort#QUICK}). Pre: a DAG. Post: every edge goes from a lower
 *       layer to a higher one; inputs are in layer 0 and the output alone in the last layer; long
 *       edges are split by dummy nodes so that every edge joins neighbouring layers
 *       ({@link LayeredGraph}).</li>
 *   <li><b>Ordering</b> ({@link LayerOrdering}: dot's median sweeps with transposition, from the
 *       {@link ReadingOrder}; none at {@code QUICK}). Pre: a proper layering, west ports in fixed
 *       slot order. Post: an order within each layer with no more crossings than the reading order
 *       has, respecting the port order. Sweeps promise no optimum, but a tree, whose reading order
 *       is free of crossings, keeps it, with operands in slot order.</li>
 *   <li><b>Placement</b> (ELK's Brandes–Köpf; simple at {@code QUICK}). Pre: layers in order. Post:
 *       coordinates in which layers are columns from left to right, nodes keep their order and
 *       never overlap, and head labels keep room in their node's margin.</li>
 *   <li><b>Routing</b> (ELK's orthogonal or splines; straight lines at {@code QUICK}). Pre: placed
 *       nodes. Post: every edge starts at its operand's east port and ends at its slot's west
 *       port, moving only rightwards or vertically.</li>
 * </ol>
 *
 * <p>ELK's random choices start from a fixed seed, so the same graph and style give the same
 * drawing. ELK asks for cancellation between its processing steps; a cancelled layout throws
 * {@link LayoutCancelledException}. A graph past {@link DrawingLimits} is not laid out at all but
 * refused with {@link TooLargeToDraw}, as is one whose layout runs out of memory after all. ELK
 * runs on a {@link LayoutThread} with a stack sized for the graph, so its recursion cannot
 * overflow. Instances hold no state; layouts running on several threads at once gave the same
 * drawings as one after another ({@code ConcurrentLayoutTest}).
 */
public final class ElkLayeredLayout implements GraphLayout {

    private final LayoutEffort fixedEffort;

    /** Chooses the effort by graph size. */
    public ElkLayeredLayout() {
        this(null);
    }

    /** Always works with the given effort, whatever the graph's size; {@code null} chooses by size. */
    public ElkLayeredLayout(LayoutEffort effort) {
        this.fixedEffort = effort;
    }

    /** The effort this layout spends on a graph. */
    public LayoutEffort effortFor(ComputationGraph graph) {
        return effortFor(graph.size(), LayeringEstimate.cells(graph));
    }

    private LayoutEffort effortFor(int nodes, long cells) {
        return fixedEffort != null ? fixedEffort : LayoutEffort.forSize(nodes, cells);
    }

    @Override
    public Drawing layout(ComputationGraph graph, LayoutStyle style, BooleanSupplier cancelled) {
        if (new CancellableMonitor(cancelled).isCanceled()) {
            throw new LayoutCancelledException("The layout was cancelled before it started.");
        }
        long cells = LayeringEstimate.cells(graph);
        DrawingLimits.check(graph.size(), cells);
        LayoutEffort effort = effortFor(graph.size(), cells);
        try {
            return LayoutThread.run(cells, cancelled, question -> laidOut(graph, style, effort, question));
        } catch (OutOfMemoryError e) {
            // The layout's own thread is gone and with it everything it built: there is memory again to say so.
            throw DrawingLimits.outOfMemory(graph.size(), cells, e);
        }
    }

    /** One layout on the calling thread, without {@link #layout}'s limits and thread: for it and the fallback benchmark. */
    static Drawing laidOut(ComputationGraph graph, LayoutStyle style, LayoutEffort effort, BooleanSupplier cancelled) {
        CancellableMonitor monitor = new CancellableMonitor(cancelled);
        LayeredRegistration.ensureRegistered();
        BoxMeasure measure = new BoxMeasure(style);
        ElkInput input = ElkInput.of(graph, measure);
        LayeredSettings.apply(input.root, style, effort);
        if (effort.ordersItself()) {
            InteractiveHandOff.apply(graph, input, effort, monitor::isCanceled);
        }
        new RecursiveGraphLayoutEngine().layout(input.root, monitor);
        if (monitor.isCanceled()) {
            throw new LayoutCancelledException("The layout of " + graph.size() + " nodes was cancelled.");
        }
        return new DrawingReader(graph, measure, style, effort).read(input);
    }
}
