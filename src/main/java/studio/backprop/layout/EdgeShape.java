package studio.backprop.layout;

/** How to read the points of an {@link EdgePath}. */
public enum EdgeShape {
    /** Straight segments from point to point, each horizontal or vertical. */
    ORTHOGONAL,
    /**
     * A piecewise cubic Bézier curve: the start point, then for every piece two control points and
     * its end point (ELK's spline convention), so the list has 1 + 3k points.
     */
    SPLINE,
    /**
     * Straight segments from point to point, in any direction: what {@link LayoutEffort#QUICK}
     * draws, because routing a huge graph's edges around corners took longer than the rest of its
     * layout.
     */
    POLYLINE
}
