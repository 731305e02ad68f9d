package studio.backprop.presentation.plot;

import studio.backprop.layout.Point;
import studio.backprop.layout.Rect;

/**
 * Where a plot's data go on the picture: the plot area, in picture pixels (y downwards), and the
 * data ranges it shows, x from left to right and y from bottom to top.
 */
record PlotFrame(Rect area, double xMin, double xMax, double yMin, double yMax) {

    double px(double x) {
        return area.x() + (x - xMin) / (xMax - xMin) * area.width();
    }

    double py(double y) {
        return area.bottom() - (y - yMin) / (yMax - yMin) * area.height();
    }

    Point point(double x, double y) {
        return new Point(px(x), py(y));
    }
}
