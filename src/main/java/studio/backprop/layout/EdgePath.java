package studio.backprop.layout;

import java.util.List;

import studio.backprop.graph.OperandEdge;

/**
 * Where one operand edge is drawn: its route, and the box for its label (the local derivative,
 * such as {@code "∂=3"}).
 *
 * <p>The route starts on the right side of the operand's box and ends on the left side of the
 * user's box, at the port of the edge's slot: the first operand's port is the top one. For
 * {@link EdgeShape#ORTHOGONAL} drawings the points are the corners of the path; for
 * {@link EdgeShape#SPLINE} drawings they are Bézier control points. Either way the arrowhead goes
 * at {@link #end()}, pointing from {@link #beforeEnd()}.
 *
 * @param edge        the graph edge this path stands for
 * @param points      start, bend or control points, end; at least two, never shared with others
 * @param junctions   points where this edge branches off a path it shares with other uses of the
 *                    same operand, for a dot; often empty
 * @param label       the box reserved for the edge's label; it overlaps no node box and no other label
 * @param labelAnchor where to draw the label text: horizontal centre and baseline
 */
public record EdgePath(OperandEdge edge, List<Point> points, List<Point> junctions, Rect label, Point labelAnchor) {

    public EdgePath {
        points = List.copyOf(points);
        junctions = List.copyOf(junctions);
        if (points.size() < 2) {
            throw new IllegalArgumentException("An edge path needs a start and an end, not " + points);
        }
    }

    public Point start() {
        return points.get(0);
    }

    /** Where the arrowhead's tip goes: on the left side of the user's box. */
    public Point end() {
        return points.get(points.size() - 1);
    }

    /** The point the last segment (or last curve's tangent) comes from: aim the arrowhead from here. */
    public Point beforeEnd() {
        return points.get(points.size() - 2);
    }
}
