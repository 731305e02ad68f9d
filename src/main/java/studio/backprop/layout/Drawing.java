package studio.backprop.layout;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import studio.backprop.graph.Node;
import studio.backprop.graph.OperandEdge;

/**
 * A computation graph laid out: everything the screen and the exporters need to draw it, and
 * nothing that depends on values, so a drawing stays valid while the values change.
 *
 * <p>Coordinates are pixels with the origin at the top left and y downwards; the drawing fills
 * {@code [0, width] × [0, height]}. Text goes at {@code fontSize} pixels.
 *
 * @param edgeLabels what the edges' labels have room for: numbers, formulas or both
 * @param effort     how much work the layout put in: a {@link LayoutEffort#QUICK} drawing is a
 *                   compromise the status bar owns up to
 * @param boxes      one per graph node, at the node's {@link Node#index()}
 * @param paths      one per graph edge, at the edge's {@link OperandEdge#position()}
 */
public record Drawing(double width, double height, double fontSize, EdgeShape edgeShape, EdgeLabels edgeLabels,
                      LayoutEffort effort,
                      List<NodeBox> boxes, List<EdgePath> paths) {

    public Drawing {
        Objects.requireNonNull(effort, "effort");
        boxes = List.copyOf(boxes);
        paths = List.copyOf(paths);
        for (int i = 0; i < boxes.size(); i++) {
            if (boxes.get(i).node().index() != i) {
                throw new IllegalArgumentException("Box " + i + " is for node " + boxes.get(i).node());
            }
        }
        for (int p = 0; p < paths.size(); p++) {
            if (paths.get(p).edge().position() != p) {
                throw new IllegalArgumentException("Path " + p + " is for edge " + paths.get(p).edge());
            }
        }
    }

    /** The box of a node of the graph this drawing was made for, in constant time. */
    public NodeBox box(Node node) {
        NodeBox box = node.index() < boxes.size() ? boxes.get(node.index()) : null;
        if (box == null || box.node() != node) {
            throw new IllegalArgumentException(node + " is not a node of the graph this drawing was made for");
        }
        return box;
    }

    /** The path of an edge of the graph this drawing was made for, in constant time. */
    public EdgePath path(OperandEdge edge) {
        EdgePath path = edge.position() < paths.size() ? paths.get(edge.position()) : null;
        if (path == null || path.edge() != edge) {
            throw new IllegalArgumentException(edge + " is not an edge of the graph this drawing was made for");
        }
        return path;
    }

    /** The box under a point, for clicks; boxes never overlap, so there is at most one. */
    public Optional<NodeBox> nodeAt(double x, double y) {
        for (NodeBox box : boxes) {
            if (box.contains(x, y)) {
                return Optional.of(box);
            }
        }
        return Optional.empty();
    }
}
