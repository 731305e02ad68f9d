package studio.backprop.presentation;

import studio.backprop.layout.Point;

/**
 * Where {@link PathWriter} sends an outline, one step at a time: each renderer turns these four
 * calls into its own path syntax (SVG's {@code M L C}, TikZ's {@code -- ..controls..}, PDF and
 * Java2D paths, a JavaFX {@code Path}, Graphviz's Bézier points).
 */
public interface PathSink {

    /** Starts the outline at a point; always the first call. */
    void moveTo(Point point);

    /** A straight line from the current point. */
    void lineTo(Point point);

    /** A cubic Bézier curve from the current point. */
    void curveTo(Point control1, Point control2, Point end);

    /** A straight line back to the start, closing a filled outline. */
    void close();
}
