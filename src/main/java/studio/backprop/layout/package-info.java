/**
 * From computation graph to drawing: {@link studio.backprop.layout.GraphLayout} turns a
 * {@link studio.backprop.graph.ComputationGraph} into a {@link studio.backprop.layout.Drawing} of
 * node boxes, edge paths and text anchors, which the screen and every exporter draw from.
 *
 * <p>{@link studio.backprop.layout.ElkLayeredLayout} does it with ELK Layered; everything ELK is
 * package-private, and nothing here uses JavaFX or AWT: text is measured by a documented estimate
 * ({@link studio.backprop.layout.LayoutStyle}), so a drawing is the same on every machine.
 */
package studio.backprop.layout;
