package studio.backprop.export;

import studio.backprop.layout.Point;
import studio.backprop.presentation.PathSink;

/**
 * A TikZ path: {@code (x,y) -- (x,y) .. controls (x,y) and (x,y) .. (x,y) -- cycle}, its
 * coordinates with at most so many decimals; subpaths are separated by a space.
 */
final class TikzPath implements PathSink {

    private final StringBuilder path = new StringBuilder();
    private final int decimals;

    TikzPath(int decimals) {
        this.decimals = decimals;
    }

    boolean isEmpty() {
        return path.length() == 0;
    }

    @Override
    public void moveTo(Point point) {
        if (!isEmpty()) path.append(' ');
        path.append(point(point));
    }

    @Override
    public void lineTo(Point point) {
        path.append(" -- ").append(point(point));
    }

    @Override
    public void curveTo(Point control1, Point control2, Point end) {
        path.append(" .. controls ").append(point(control1)).append(" and ").append(point(control2))
                .append(" .. ").append(point(end));
    }

    @Override
    public void close() {
        path.append(" -- cycle");
    }

    @Override
    public String toString() {
        return path.toString();
    }

    private String point(Point p) {
        return "(" + Decimals.of(p.x(), decimals) + "," + Decimals.of(p.y(), decimals) + ")";
    }
}
