package studio.backprop.layout;

import org.eclipse.elk.alg.layered.options.CrossingMinimizationStrategy;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.graph.ElkNode;

/**
 * How hard ELK Layered works on a drawing: the options of its phases that trade quality for time.
 * {@link #forSize} picks one from the node count and the estimated grid size
 * ({@link LayeringEstimate}), so that a classroom program gets the best drawing in well under
 * 100 ms and a 1,000-node program still comes back in about a second rather than in half a minute.
 * The thresholds come from {@link LayoutBenchmark} runs on a 2-core machine (docs/benchmarks.md).
 *
 * <p>Every level uses network simplex layering, barycenter layer sweeps and Brandes–Köpf
 * placement, and keeps every promise of {@link GraphLayout}; what changes is how many sweeps
 * crossing minimization makes and whether ties follow the {@link ReadingOrder}.
 */
public enum LayoutEffort {

    /**
     * Seven layer sweeps (ELK's default) that follow the reading order where it costs no crossings
     * (model order). Model order sorting grows steeply with the node count (4 ms at 100 nodes,
     * 1.8 s at 1,000), hence the node limit.
     */
    DETAILED(7, OrderingStrategy.NODES_AND_EDGES),
    /**
     * One sweep of crossing minimization and no model order. On a 1,000-node DAG three sweeps
     * cost 1.7 times as much as one and did not reduce its crossings, so there is no level between
     * the two.
     */
    FAST(1, OrderingStrategy.NONE);

    /** {@link #DETAILED} up to this many nodes and {@link #DETAILED_UP_TO_CELLS} cells. */
    public static final int DETAILED_UP_TO_NODES = 250;
    /**
     * A 100-node program that uses a few inputs at every depth has about 700 cells (30–50 ms);
     * a chain of 70 steps that each use one of five inputs has 2,150 and took about 110 ms.
     */
    public static final long DETAILED_UP_TO_CELLS = 1_500;

    private final int thoroughness;
    private final OrderingStrategy modelOrder;

    LayoutEffort(int thoroughness, OrderingStrategy modelOrder) {
        this.thoroughness = thoroughness;
        this.modelOrder = modelOrder;
    }

    /** The effort for a graph of {@code nodes} nodes and {@code cells} nodes and long-edge dummies. */
    public static LayoutEffort forSize(int nodes, long cells) {
        return nodes <= DETAILED_UP_TO_NODES && cells <= DETAILED_UP_TO_CELLS ? DETAILED : FAST;
    }

    void applyTo(ElkNode root) {
        root.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.NETWORK_SIMPLEX);
        root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_STRATEGY, CrossingMinimizationStrategy.LAYER_SWEEP);
        root.setProperty(LayeredOptions.THOROUGHNESS, thoroughness);
        root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, modelOrder);
        // Brandes–Köpf at every size: simple placement is cheaper by itself, but its crooked long
        // edges made orthogonal routing of a 1,000-node DAG slower overall and the drawing five
        // times wider; linear segments took ten times as long.
        root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.BRANDES_KOEPF);
    }
}
