package studio.backprop.ui.editor;

import studio.backprop.graph.ComputationGraph;
import studio.backprop.layout.Drawing;

/**
 * A program that parsed, built and was laid out: what the screen shows until a newer one is ready.
 * A graph too large to draw has no drawing, and {@code noPicture} says why.
 */
public record Compiled(String source, ComputationGraph graph, Drawing drawing, String noPicture) {
}
