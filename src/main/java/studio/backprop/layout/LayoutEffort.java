package studio.backprop.layout;

import org.eclipse.elk.alg.layered.options.CrossingMinimizationStrategy;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.graph.ElkNode;

/**
 * How hard ELK Layered works on a drawing: the options of its phases that trade quality for time.
 * {@link #forCells} picks one from the estimated grid size ({@link LayeringEstimate}), so that a
 * classroom program gets the best drawing in well under 100 ms and a 1,000-node program still
 * comes back in seconds rather than minutes.
 *
 * <p>Each level keeps every promise of {@link GraphLayout}; what gets worse is crossings on DAGs,
 * compactness, and how well a drawing keeps its shape when the program changes.
 */
public enum LayoutEffort {

    /**
     * Network simplex layering, seven layer sweeps of barycenter crossing minimization that follow
     * the reading order where it costs no crossings (model order), Brandes–Köpf placement.
     */
    DETAILED(7, OrderingStrategy.NODES_AND_EDGES, NodePlacementStrategy.BRANDES_KOEPF),
    /** As {@link #DETAILED} with three sweeps and no model order, which is costly on large graphs. */
    BALANCED(3, OrderingStrategy.NONE, NodePlacementStrategy.BRANDES_KOEPF),
    /**
     * One sweep, and simple placement that centres each layer instead of straightening edges:
     * Brandes–Köpf's four passes over every long-edge dummy are what a big graph cannot afford.
     */
    FAST(1, OrderingStrategy.NONE, NodePlacementStrategy.SIMPLE);

    /** Up to this many grid cells, {@link #DETAILED}: a 100-node program with shared inputs has about 900. */
    static final long DETAILED_UP_TO_CELLS = 2_500;
    /** Up to this many, {@link #BALANCED}; beyond, {@link #FAST}. */
    static final long BALANCED_UP_TO_CELLS = 8_000;

    private final int thoroughness;
    private final OrderingStrategy modelOrder;
    private final NodePlacementStrategy placement;

    LayoutEffort(int thoroughness, OrderingStrategy modelOrder, NodePlacementStrategy placement) {
        this.thoroughness = thoroughness;
        this.modelOrder = modelOrder;
        this.placement = placement;
    }

    /** The effort for a graph of {@code cells} nodes and long-edge dummies. */
    public static LayoutEffort forCells(long cells) {
        if (cells <= DETAILED_UP_TO_CELLS) return DETAILED;
        if (cells <= BALANCED_UP_TO_CELLS) return BALANCED;
        return FAST;
    }

    void applyTo(ElkNode root) {
        root.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.NETWORK_SIMPLEX);
        root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_STRATEGY, CrossingMinimizationStrategy.LAYER_SWEEP);
        root.setProperty(LayeredOptions.THOROUGHNESS, thoroughness);
        root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, modelOrder);
        root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, placement);
    }
}
