package studio.backprop.presentation.plot;

import java.util.ArrayList;
import java.util.List;

import studio.backprop.layout.Point;
import studio.backprop.layout.Rect;

/**
 * Where a plot's data go on the picture: the data range laid on a rectangle of it, x from left to
 * right and y upwards as plots go (the picture's y runs down). Lines are clipped to the rectangle, and a curve is broken where its value is not a
 * number, so ln's curve simply stops at 0. Log axes are the caller's: it passes log10 values.
 */
final class PlotArea {

    private final Rect pixels;
    private final double xFrom;
    private final double xTo;
    private final double yFrom;
    private final double yTo;

    PlotArea(Rect pixels, double xFrom, double xTo, double yFrom, double yTo) {
        this.pixels = pixels;
        this.xFrom = xFrom;
        this.xTo = xTo;
        this.yFrom = yFrom;
        this.yTo = yTo;
    }

    Rect pixels() {
        return pixels;
    }

    double xFrom() {
        return xFrom;
    }

    double xTo() {
        return xTo;
    }

    double yFrom() {
        return yFrom;
    }

    double yTo() {
        return yTo;
    }

    double px(double x) {
        return pixels.x() + (x - xFrom) / (xTo - xFrom) * pixels.width();
    }

    double py(double y) {
        return pixels.bottom() - (y - yFrom) / (yTo - yFrom) * pixels.height();
    }

    /** Where a data point goes in the picture. */
    Point point(double x, double y) {
        return new Point(px(x), py(y));
    }

    boolean contains(double x, double y) {
        return x >= Math.min(xFrom, xTo) && x <= Math.max(xFrom, xTo) && y >= yFrom && y <= yTo;
    }

    /** The curve through the samples as pieces inside the area, broken where a value is not finite. */
    List<List<Point>> polylines(double[] xs, double[] ys) {
        List<List<Point>> pieces = new ArrayList<>();
        List<Point> piece = new ArrayList<>();
        for (int i = 1; i < xs.length; i++) {
            double[] clipped = clip(xs[i - 1], ys[i - 1], xs[i], ys[i]);
            if (clipped == null) {
                piece = flush(pieces, piece);
                continue;
            }
            Point start = point(clipped[0], clipped[1]);
            if (!piece.isEmpty() && !piece.get(piece.size() - 1).equals(start)) piece = flush(pieces, piece);
            if (piece.isEmpty()) piece.add(start);
            piece.add(point(clipped[2], clipped[3]));
            if (clipped[2] != xs[i] || clipped[3] != ys[i]) piece = flush(pieces, piece);
        }
        flush(pieces, piece);
        return pieces;
    }

    /** A straight line between two data points, clipped to the area; null if none of it is inside. */
    List<Point> segment(double x0, double y0, double x1, double y1) {
        double[] clipped = clip(x0, y0, x1, y1);
        return clipped == null ? null : List.of(point(clipped[0], clipped[1]), point(clipped[2], clipped[3]));
    }

    private static List<Point> flush(List<List<Point>> pieces, List<Point> piece) {
        if (piece.size() >= 2) pieces.add(piece);
        return new ArrayList<>();
    }

    /** Liang–Barsky: the part of a segment inside the data range, as {x0, y0, x1, y1}, or null. */
    private double[] clip(double x0, double y0, double x1, double y1) {
        if (!Double.isFinite(x0) || !Double.isFinite(y0) || !Double.isFinite(x1) || !Double.isFinite(y1)) return null;
        double dx = x1 - x0;
        double dy = y1 - y0;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x0 - Math.min(xFrom, xTo), Math.max(xFrom, xTo) - x0, y0 - yFrom, yTo - y0};
        double enter = 0;
        double leave = 1;
        for (int k = 0; k < 4; k++) {
            if (p[k] == 0) {
                if (q[k] < 0) return null;
            } else {
                double t = q[k] / p[k];
                if (p[k] < 0) enter = Math.max(enter, t);
                else leave = Math.min(leave, t);
            }
        }
        if (enter > leave) return null;
        return new double[] {x0 + enter * dx, y0 + enter * dy, x0 + leave * dx, y0 + leave * dy};
    }
}
