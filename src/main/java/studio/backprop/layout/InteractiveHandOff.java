package studio.backprop.layout;

import java.util.function.BooleanSupplier;

import org.eclipse.elk.alg.layered.options.CrossingMinimizationStrategy;
import org.eclipse.elk.alg.layered.options.InteractiveReferencePoint;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

import studio.backprop.graph.ComputationGraph;

/**
 * Hands our layering ({@link LayerAssignment}) and order ({@link LayerOrdering}) to ELK, which
 * then only places the nodes and routes the edges. ELK's interactive layering and ordering read
 * them from coordinates, as if a user had arranged the graph: layer {@code l} is the column at
 * {@code x = (l + 1) · stride} (wider than any box, so columns never overlap), a node's place in
 * its layer is its {@code y}; a long edge gets bend points, at each layer it passes, at the height
 * of its dummy's place. ELK's interactive ordering reads where an edge crosses a layer at the mean
 * centre of the layer's boxes, interpolating between bend points, so each bend goes exactly there:
 * should ELK's sum come out a rounding error apart, the height read is still within a hair of
 * the dummy's place, and places are whole numbers apart. (ELK copies an edge's bend points for
 * each of its dummies, so one bend per layer rather than two keeps that cheaper.)
 */
final class InteractiveHandOff {

    private InteractiveHandOff() {
    }

    /**
     * Lays out {@code graph}'s layers and orders them, then writes the result into {@code input};
     * the ordering stops early once {@code cancelled} says so.
     */
    static void apply(ComputationGraph graph, ElkInput input, LayoutEffort effort, BooleanSupplier cancelled) {
        LayeredGraph layered = LayeredGraph.of(graph, LayerAssignment.of(graph));
        LayerOrdering.order(graph, layered, effort, cancelled);
        ElkNode root = input.root;
        root.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.INTERACTIVE);
        root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_STRATEGY, CrossingMinimizationStrategy.INTERACTIVE);
        root.setProperty(LayeredOptions.INTERACTIVE_REFERENCE_POINT, InteractiveReferencePoint.TOP_LEFT);
        double stride = 1;
        for (ElkNode node : input.nodes) stride = Math.max(stride, node.getWidth() + 1);
        double[] sum = new double[layered.layerCount()];
        int[] count = new int[layered.layerCount()];
        for (int i = 0; i < input.nodes.length; i++) {
            ElkNode node = input.nodes[i];
            int layer = layered.layer[i];
            node.setLocation((layer + 1) * stride, layered.position[i]);
            sum[layer] += node.getX() + node.getWidth() / 2;
            count[layer]++;
        }
        for (int p = 0; p < input.edges.length; p++) {
            int[] dummies = layered.dummies[p];
            if (dummies.length == 0) continue;
            ElkEdge edge = input.edges[p];
            ElkNode source = input.nodes[graph.edge(p).operand().index()];
            ElkNode target = input.nodes[graph.edge(p).user().index()];
            ElkEdgeSection section = ElkGraphUtil.createEdgeSection(edge);
            section.setStartLocation(source.getX() + source.getWidth(), source.getY());
            for (int dummy : dummies) {
                int layer = layered.layer[dummy];
                double crossing = sum[layer] / count[layer];
                ElkGraphUtil.createBendPoint(section, crossing, layered.position[dummy]);
            }
            section.setEndLocation(target.getX(), target.getY());
        }
    }
}
