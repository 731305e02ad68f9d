package studio.backprop.layout;

/** A point in drawing coordinates: pixels at font scale 1, x to the right, y downwards. */
public record Point(double x, double y) {
}
