package studio.backprop.layout;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.math.KVectorChain;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;

import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.Node;

/**
 * Reads ELK's result back into a {@link Drawing}. All nodes and edges sit directly in ELK's root,
 * so node positions, edge points and edge labels are all in the root's coordinates, which become
 * the drawing's.
 */
final class DrawingReader {

    private final ComputationGraph graph;
    private final BoxMeasure measure;
    private final LayoutStyle style;
    private final LayoutEffort effort;

    DrawingReader(ComputationGraph graph, BoxMeasure measure, LayoutStyle style, LayoutEffort effort) {
        this.graph = graph;
        this.measure = measure;
        this.style = style;
        this.effort = effort;
    }

    Drawing read(ElkInput input) {
        List<NodeBox> boxes = new ArrayList<>(graph.size());
        for (Node node : graph.nodes()) {
            boxes.add(box(node, input.nodes[node.index()]));
        }
        List<EdgePath> paths = new ArrayList<>(graph.edgeCount());
        for (int position = 0; position < graph.edgeCount(); position++) {
            paths.add(path(position, input.edges[position]));
        }
        return new Drawing(input.root.getWidth(), input.root.getHeight(), style.em(),
                effort.edgeShape(style.edgeShape()), style.edgeLabels(), effort, boxes, paths);
    }

    private NodeBox box(Node node, ElkNode elkNode) {
        double x = elkNode.getX();
        double y = elkNode.getY();
        double centerX = x + elkNode.getWidth() / 2;
        return new NodeBox(node, NodeKind.of(node, graph), elkNode.getProperty(LayeredOptions.LAYERING_LAYER_ID),
                x, y, elkNode.getWidth(), elkNode.getHeight(),
                new Point(centerX, y + measure.baselineBelowTop(0)),
                new Point(centerX, y + measure.baselineBelowTop(1)),
                new Point(centerX, y + measure.baselineBelowTop(2)),
                measure.tensorArea(node, x, y, elkNode.getWidth()));
    }

    private EdgePath path(int position, ElkEdge elkEdge) {
        ElkEdgeSection section = elkEdge.getSections().get(0);
        List<Point> points = new ArrayList<>(2 + section.getBendPoints().size());
        points.add(new Point(section.getStartX(), section.getStartY()));
        for (ElkBendPoint bend : section.getBendPoints()) {
            points.add(new Point(bend.getX(), bend.getY()));
        }
        points.add(new Point(section.getEndX(), section.getEndY()));
        List<Point> junctions = new ArrayList<>();
        KVectorChain chain = elkEdge.getProperty(LayeredOptions.JUNCTION_POINTS);
        if (chain != null) {
            for (KVector junction : chain) {
                junctions.add(new Point(junction.x, junction.y));
            }
        }
        ElkLabel label = elkEdge.getLabels().get(0);
        Rect bounds = new Rect(label.getX(), label.getY(), label.getWidth(), label.getHeight());
        Point anchor = new Point(bounds.center().x(), bounds.center().y() + measure.baselineBelowCenter());
        return new EdgePath(graph.edge(position), points, junctions, bounds, anchor);
    }
}
