package studio.backprop.export;

import studio.backprop.layout.Drawing;
import studio.backprop.presentation.FrameContent;
import studio.backprop.presentation.Picture;

/**
 * One step of one export: the drawing, what it shows at that step, its title line (or null), and
 * the picture composed from them.
 */
public record Frame(Drawing drawing, FrameContent content, String title, Picture picture) {
}
