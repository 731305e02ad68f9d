package studio.backprop.layout;

import java.util.ArrayList;
import java.util.List;

import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.Node;
import studio.backprop.graph.OperandEdge;

/**
 * The layout contract as checks that list every violation they find, so that a failing test says
 * what went wrong where (ELK's own {@code BasicLayerAssignmentTest} works the same way).
 */
final class DrawingChecks {

    /** Tolerance for coordinates ELK computes in floats. */
    static final double EPSILON = 0.01;

    private DrawingChecks() {
    }

    static List<String> overlappingBoxes(Drawing drawing) {
        List<String> problems = new ArrayList<>();
        List<NodeBox> boxes = drawing.boxes();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                if (boxes.get(i).bounds().overlaps(boxes.get(j).bounds())) {
                    problems.add(boxes.get(i).node() + " overlaps " + boxes.get(j).node());
                }
            }
        }
        return problems;
    }

    static List<String> overlappingLabels(Drawing drawing) {
        List<String> problems = new ArrayList<>();
        List<EdgePath> paths = drawing.paths();
        for (int i = 0; i < paths.size(); i++) {
            Rect label = paths.get(i).label();
            for (NodeBox box : drawing.boxes()) {
                if (label.overlaps(box.bounds())) {
                    problems.add("label of " + paths.get(i).edge() + " overlaps " + box.node());
                }
            }
            for (int j = i + 1; j < paths.size(); j++) {
                if (label.overlaps(paths.get(j).label())) {
                    problems.add("label of " + paths.get(i).edge() + " overlaps label of " + paths.get(j).edge());
                }
            }
        }
        return problems;
    }

    /** Edges must leave the operand's right side, end on the user's left side, and never turn back. */
    static List<String> edgesNotLeftToRight(Drawing drawing) {
        List<String> problems = new ArrayList<>();
        for (EdgePath path : drawing.paths()) {
            NodeBox source = drawing.box(path.edge().operand());
            NodeBox target = drawing.box(path.edge().user());
            String edge = path.edge().toString();
            if (source.column() >= target.column()) {
                problems.add(edge + " goes from column " + source.column() + " to column " + target.column());
            }
            if (!onSide(path.start(), source.right(), source) || !onSide(path.end(), target.x(), target)) {
                problems.add(edge + " does not run from right side to left side: " + path.points());
            }
            for (int k = 0; k + 1 < path.points().size(); k++) {
                if (path.points().get(k + 1).x() < path.points().get(k).x() - EPSILON) {
                    problems.add(edge + " turns back to the left at point " + (k + 1) + ": " + path.points());
                }
            }
        }
        return problems;
    }

    /** Orthogonal edges end in a horizontal segment at least {@code length} long, for the arrowhead. */
    static List<String> shortLastSegments(Drawing drawing, double length) {
        List<String> problems = new ArrayList<>();
        for (EdgePath path : drawing.paths()) {
            boolean horizontal = Math.abs(path.beforeEnd().y() - path.end().y()) < EPSILON;
            if (!horizontal || path.end().x() - path.beforeEnd().x() < length - EPSILON) {
                problems.add(path.edge() + " ends in " + path.beforeEnd() + " -> " + path.end());
            }
        }
        return problems;
    }

    private static boolean onSide(Point point, double sideX, NodeBox box) {
        return Math.abs(point.x() - sideX) < EPSILON && point.y() > box.y() && point.y() < box.bottom();
    }

    /** Inputs in the first column; the output in the last, alone. */
    static List<String> misplacedColumns(ComputationGraph graph, Drawing drawing) {
        List<String> problems = new ArrayList<>();
        int last = drawing.box(graph.output()).column();
        for (NodeBox box : drawing.boxes()) {
            if (box.node().isInput() && box.column() != 0) {
                problems.add("input " + box.node() + " is in column " + box.column());
            }
            if (box.column() > last) {
                problems.add(box.node() + " is right of the output, in column " + box.column());
            }
            if (box.column() == last && box.node() != graph.output() && graph.size() > 1) {
                problems.add(box.node() + " shares the output's column " + last);
            }
        }
        return problems;
    }

    /** The first operand stands above the second, and its edge enters higher up. */
    static List<String> operandsOutOfOrder(ComputationGraph graph, Drawing drawing) {
        List<String> problems = new ArrayList<>();
        for (Node node : graph.nodes()) {
            for (int slot = 1; slot < graph.operandCount(node.index()); slot++) {
                OperandEdge upper = graph.operandEdge(node.index(), slot - 1);
                OperandEdge lower = graph.operandEdge(node.index(), slot);
                if (drawing.path(upper).end().y() >= drawing.path(lower).end().y()) {
                    problems.add(node + ": port of operand " + (slot - 1) + " is not above port of operand " + slot);
                }
                if (upper.operand() != lower.operand() && drawing.box(upper.operand()).center().y()
                        >= drawing.box(lower.operand()).center().y()) {
                    problems.add(node + ": " + upper.operand() + " is not above " + lower.operand());
                }
            }
        }
        return problems;
    }

    /** Every box and label lies inside the drawing's area. */
    static List<String> outsideTheDrawing(Drawing drawing) {
        Rect area = new Rect(-EPSILON, -EPSILON, drawing.width() + 2 * EPSILON, drawing.height() + 2 * EPSILON);
        List<String> problems = new ArrayList<>();
        for (NodeBox box : drawing.boxes()) {
            if (!inside(box.bounds(), area)) problems.add(box.node() + " sticks out of the drawing");
        }
        for (EdgePath path : drawing.paths()) {
            if (!inside(path.label(), area)) problems.add("label of " + path.edge() + " sticks out of the drawing");
        }
        return problems;
    }

    private static boolean inside(Rect rect, Rect area) {
        return rect.x() >= area.x() && rect.y() >= area.y() && rect.right() <= area.right() && rect.bottom() <= area.bottom();
    }
}
