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
     * ELK's own network simplex layering and seven layer sweeps (its default) that follow the
     * reading order where it costs no crossings (model order), Brandes–Köpf placement: the graphs
     * of the course's size, up to {@link #READING_UP_TO_NODES} nodes. Its pictures keep operands in
     * the order the program writes them and each step beside what it uses; on these graphs it
     * draws as few crossings as {@link #DETAILED} or one or two more, and {@code DETAILED}'s
     * pictures of three bundled examples read worse (docs/benchmarks.md).
     */
    READING(0, 0, 0, 0),
    /**
     * Our own layering and ordering ({@link LayerAssignment}, {@link LayerOrdering}) with up to 24
     * sweeps, giving up after 8 without improvement (dot's limits), from four starting orders,
     * then ELK's Brandes–Köpf placement and its routing.
     */
    DETAILED(24, 8, Integer.MAX_VALUE, 4),
    /**
     * As {@link #DETAILED}, with fewer sweeps and at most 10 passes of transposition after each: on
     * the 1,000-node DAG (28,000 cells) transposition until nothing improved took 660 passes and
     * 0.3 s for 6% fewer crossings than 10 passes.
     */
    FAST(8, 4, 10, 1),
    /**
     * The fallback for graphs too large for {@link #FAST} in reasonable time: ELK's longest-path
     * layering, no crossing minimization, simple placement and straight ({@link EdgeShape#POLYLINE})
     * edges. About half the time of {@code FAST} on shared-input DAGs and recurrences of 150,000
     * to 500,000 cells; the price is more crossings and a wider picture.
     */
    QUICK(0, 0, 0, 0);

    /** {@link #READING} up to this many nodes: every bundled example (28 at most) and a student's own. */
    public static final int READING_UP_TO_NODES = 50;
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

    private final int sweeps;
    private final int patience;
    private final int transposePasses;
    private final int starts;

    LayoutEffort(int sweeps, int patience, int transposePasses, int starts) {
        this.sweeps = sweeps;
        this.patience = patience;
        this.transposePasses = transposePasses;
        this.starts = starts;
    }

    /** From how many starting orders {@link LayerOrdering} sweeps, keeping the best result. */
    int starts() {
        return starts;
    }

    /** At most this many passes of transposition after each sweep of {@link LayerOrdering}. */
    int transposePasses() {
        return transposePasses;
    }

    /** At most this many sweeps of {@link LayerOrdering}. */
    int sweeps() {
        return sweeps;
    }

    /** {@link LayerOrdering} stops after this many sweeps in a row without real improvement. */
    int patience() {
        return patience;
    }

    /** Whether our own layering and ordering go to ELK ({@link InteractiveHandOff}), rather than ELK's. */
    boolean ordersItself() {
        return this == DETAILED || this == FAST;
    }

    /** The effort for a graph of {@code nodes} nodes and {@code cells} nodes and long-edge dummies. */
    public static LayoutEffort forSize(int nodes, long cells) {
        if (nodes <= READING_UP_TO_NODES && cells <= DETAILED_UP_TO_CELLS) return READING;
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
        if (this == READING) {
            root.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.NETWORK_SIMPLEX);
            root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_STRATEGY, CrossingMinimizationStrategy.LAYER_SWEEP);
            root.setProperty(LayeredOptions.THOROUGHNESS, 7);
            root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
        }
        // Brandes–Köpf for these two: simple placement is cheaper by itself, but its crooked long
        // edges made orthogonal routing of a 1,000-node DAG slower overall and the drawing five
        // times wider; linear segments took ten times as long.
        root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.BRANDES_KOEPF);
    }
}
