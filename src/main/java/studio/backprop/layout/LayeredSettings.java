package studio.backprop.layout;

import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.graph.ElkNode;

/**
 * The ELK Layered options every drawing gets, whatever its {@link LayoutEffort}.
 *
 * <p>Spacings are given in em of the style's font, so that a drawing at font scale 2 is the same
 * picture twice as large rather than a different, tighter one.
 */
final class LayeredSettings {

    /** ELK's random choices (tie breaking in crossing minimization) always start from here. */
    static final int RANDOM_SEED = 1;

    private LayeredSettings() {
    }

    static void apply(ElkNode root, LayoutStyle style, LayoutEffort effort) {
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(LayeredOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(LayeredOptions.RANDOM_SEED, RANDOM_SEED);
        root.setProperty(LayeredOptions.EDGE_ROUTING, routing(style.edgeShape()));
        // One layering for all nodes, so that an unused step cannot start a second first column.
        root.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, false);
        // Writes each node's layer back, which becomes NodeBox.column.
        root.setProperty(LayeredOptions.GENERATE_POSITION_AND_LAYER_IDS, true);
        applySpacings(root, style.em());
        effort.applyTo(root);
    }

    private static EdgeRouting routing(EdgeShape shape) {
        return switch (shape) {
            case ORTHOGONAL -> EdgeRouting.ORTHOGONAL;
            case SPLINE -> EdgeRouting.SPLINES;
            case POLYLINE -> EdgeRouting.POLYLINE;
        };
    }

    private static void applySpacings(ElkNode root, double em) {
        root.setProperty(LayeredOptions.PADDING, new ElkPadding(0.5 * em));
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, 1.25 * em);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 1.25 * em);
        // The last segment of every edge is at least this long: room for the arrowhead.
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 1 * em);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 0.625 * em);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE, 0.625 * em);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE, 0.625 * em);
        root.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 0.125 * em);
        root.setProperty(LayeredOptions.SPACING_LABEL_LABEL, 0.125 * em);
        root.setProperty(LayeredOptions.SPACING_LABEL_NODE, 0.25 * em);
        root.setProperty(LayeredOptions.SPACING_LABEL_PORT_HORIZONTAL, 0.25 * em);
        root.setProperty(LayeredOptions.SPACING_LABEL_PORT_VERTICAL, 0.125 * em);
    }
}
