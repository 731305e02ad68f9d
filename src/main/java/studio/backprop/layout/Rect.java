package studio.backprop.layout;

/**
 * An axis-parallel rectangle in drawing coordinates, given by its top-left corner and its size.
 * Edges touching is not overlapping: two boxes that share a side do not {@link #overlaps} each other.
 */
public record Rect(double x, double y, double width, double height) {

    public Rect {
        if (!(width >= 0) || !(height >= 0)) {
            throw new IllegalArgumentException("A rectangle needs a size of at least zero, not " + width + "×" + height);
        }
    }

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public Point center() {
        return new Point(x + width / 2, y + height / 2);
    }

    /** Whether the point lies inside or on the border. */
    public boolean contains(double px, double py) {
        return px >= x && px <= right() && py >= y && py <= bottom();
    }

    /** Whether the two rectangles share interior area; touching borders do not count. */
    public boolean overlaps(Rect other) {
        return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
    }
}
