package studio.backprop.presentation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import studio.backprop.graph.Node;
import studio.backprop.layout.Drawing;
import studio.backprop.layout.EdgePath;
import studio.backprop.layout.NodeBox;
import studio.backprop.layout.Rect;

/**
 * Where a step happens in a drawing: the box of the node it computes, the boxes of that node's
 * operands (whose values flow in on the forward pass) and of its users (whose gradients flow back
 * on the backward pass), and the labels on the edges between them. The screen's follow camera
 * moves to this region and a slide of one step is cropped to it, so both show the same thing.
 *
 * <p>When the whole region is larger than the view, {@link #focus} keeps the nodes that matter
 * most to the step: on the forward pass the operands, whose values flow in, and on the backward
 * pass the users, whose gradients flow back, the nearest first.
 */
public final class ActiveRegion {

    private ActiveRegion() {
    }

    /** The region around {@code active}, a node of the graph the drawing was made for. */
    public static Rect of(Drawing drawing, Node active) {
        Bounds bounds = new Bounds();
        bounds.add(drawing.box(active).bounds());
        for (EdgePath path : drawing.paths()) {
            Node operand = path.edge().operand();
            Node user = path.edge().user();
            if (operand != active && user != active) continue;
            bounds.add(drawing.box(operand == active ? user : operand).bounds());
            bounds.add(path.label());
        }
        return bounds.rect();
    }

    /** The region, with a margin of {@code margin} all round. */
    public static Rect of(Drawing drawing, Node active, double margin) {
        Rect region = of(drawing, active);
        return new Rect(region.x() - margin, region.y() - margin, region.width() + 2 * margin, region.height() + 2 * margin);
    }

    /**
     * The part of the region that fits a view of {@code width} × {@code height} (margins included):
     * all of it if it fits; otherwise the active node, then its operands (forward) or users
     * (backward), nearest first, then the others, as many as fit. Always holds the active node.
     */
    public static Rect focus(Drawing drawing, Node active, boolean forward, double width, double height) {
        Rect whole = of(drawing, active);
        if (whole.width() <= width && whole.height() <= height) return whole;
        Rect mine = drawing.box(active).bounds();
        List<Rect> first = new ArrayList<>();
        List<Rect> then = new ArrayList<>();
        for (EdgePath path : drawing.paths()) {
            boolean operand = path.edge().user() == active;
            boolean user = path.edge().operand() == active;
            if (!operand && !user) continue;
            Rect other = drawing.box(operand ? path.edge().operand() : path.edge().user()).bounds();
            (operand == forward ? first : then).add(other);
        }
        Comparator<Rect> nearest = Comparator.comparingDouble(r -> distance(r, mine));
        first.sort(nearest);
        then.sort(nearest);
        Bounds kept = new Bounds();
        kept.add(mine);
        for (Rect other : first) kept.addIfFits(other, width, height);
        for (Rect other : then) kept.addIfFits(other, width, height);
        return kept.rect();
    }

    private static double distance(Rect a, Rect b) {
        return Math.hypot(a.center().x() - b.center().x(), a.center().y() - b.center().y());
    }

    /** Whether a node's box lies wholly inside a region. */
    public static boolean holds(Rect region, NodeBox box) {
        return box.x() >= region.x() && box.y() >= region.y() && box.right() <= region.right()
                && box.bottom() <= region.bottom();
    }

    /** The smallest rectangle around everything added. */
    private static final class Bounds {
        private double left = Double.POSITIVE_INFINITY;
        private double top = Double.POSITIVE_INFINITY;
        private double right = Double.NEGATIVE_INFINITY;
        private double bottom = Double.NEGATIVE_INFINITY;

        void add(Rect r) {
            left = Math.min(left, r.x());
            top = Math.min(top, r.y());
            right = Math.max(right, r.right());
            bottom = Math.max(bottom, r.bottom());
        }

        Rect rect() {
            return new Rect(left, top, right - left, bottom - top);
        }

        void addIfFits(Rect r, double width, double height) {
            if (Math.max(right, r.right()) - Math.min(left, r.x()) <= width
                    && Math.max(bottom, r.bottom()) - Math.min(top, r.y()) <= height) {
                add(r);
            }
        }
    }
}
