package studio.backprop.layout;

import org.eclipse.elk.alg.layered.options.CrossingMinimizationStrategy;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.graph.ElkNode;

/**
 * How hard ELK Layered works on a drawing: the options of its phases that trade quality for time.
 * {@link #forSize} picks one from the node count and the estimated grid size
 * ({@link LayeringEstimate}), so that a classroom program gets the best drawing in well under
 * 100 ms, a 1,000-node program comes back in about a second rather than in half a minute, and a
 * graph of a few hundred thousand cells still gets a picture in seconds. Beyond
 * {@link DrawingLimits#MOST_CELLS} cells there is no picture at all. The thresholds come from
 * benchmark runs on a 2-core machine (docs/benchmarks.md).
 */
public enum LayoutEffort {

    /**
     * Network simplex layering, seven layer sweeps (ELK's default) that follow the reading order
     * where it costs no crossings (model order), Brandes–Köpf placement. Model order sorting grows
     * steeply with the node count (4 ms at 100 nodes, 1.8 s at 1,000), hence the node limit.
     */
    DETAILED(7, OrderingStrategy.NODES_AND_EDGES),
    /**
     * As {@link #DETAILED}, but one sweep of crossing minimization and no model order. On a
     * 1,000-node DAG three sweeps cost 1.7 times as much as one and did not reduce its crossings,
     * so there is no level between the two.
     */
    FAST(1, OrderingStrategy.NONE),
    /**
     * The fallback for graphs too large for {@link #FAST} in reasonable time: longest-path
     * layering, no crossing minimization, simple placement and straight ({@link EdgeShape#POLYLINE})
     * edges. About half the time of {@code FAST} on shared-input DAGs and recurrences of 150,000
     * to 500,000 cells; the price is more crossings and a wider picture.
     */
    QUICK(1, OrderingStrategy.NONE);

    /** {@link #DETAILED} up to this many nodes and {@link #DETAILED_UP_TO_CELLS} cells. */
    public static final int DETAILED_UP_TO_NODES = 250;
    /**
     * A 100-node program that uses a few inputs at every depth has about 700 cells (30–50 ms);
     * a chain of 70 steps that each use one of five inputs has 2,150 and took about 110 ms.
     */
    public static final long DETAILED_UP_TO_CELLS = 1_500;
    /**
     * {@link #FAST} up to this many cells: about 8 s for a 2,000-node shared-input DAG (85,000
     * cells) and 15 s for a chain of 100,000 steps; {@link #QUICK} beyond.
     */
    public static final long FAST_UP_TO_CELLS = 100_000;

    private final int thoroughness;
    private final OrderingStrategy modelOrder;

    LayoutEffort(int thoroughness, OrderingStrategy modelOrder) {
        this.thoroughness = thoroughness;
        this.modelOrder = modelOrder;
    }

    /** The effort for a graph of {@code nodes} nodes and {@code cells} nodes and long-edge dummies. */
    public static LayoutEffort forSize(int nodes, long cells) {
        if (nodes <= DETAILED_UP_TO_NODES && cells <= DETAILED_UP_TO_CELLS) return DETAILED;
        return cells <= FAST_UP_TO_CELLS ? FAST : QUICK;
    }

    /**
     * What a student should know about a drawing made with this effort, or null: the quick
     * layout's pictures are plainly worse, and the status bar says why.
     */
    public String compromise() {
        return this == QUICK ? "This graph is too large for the full layout, so it is drawn with a quicker one: "
                + "expect more crossings and straight edges." : null;
    }

    /** The shape of the edges this effort draws, for a style that asks for {@code requested}. */
    EdgeShape edgeShape(EdgeShape requested) {
        return this == QUICK ? EdgeShape.POLYLINE : requested;
    }

    void applyTo(ElkNode root) {
        if (this == QUICK) {
            root.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.LONGEST_PATH);
            root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_STRATEGY, CrossingMinimizationStrategy.NONE);
            root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.SIMPLE);
            // Orthogonal routing compares the segments between two layers pairwise, which a graph
            // with thousands of long edges side by side cannot afford.
            root.setProperty(LayeredOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
            return;
        }
        root.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.NETWORK_SIMPLEX);
        root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_STRATEGY, CrossingMinimizationStrategy.LAYER_SWEEP);
        root.setProperty(LayeredOptions.THOROUGHNESS, thoroughness);
        root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, modelOrder);
        // Brandes–Köpf for these two: simple placement is cheaper by itself, but its crooked long
        // edges made orthogonal routing of a 1,000-node DAG slower overall and the drawing five
        // times wider; linear segments took ten times as long.
        root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.BRANDES_KOEPF);
    }
}
