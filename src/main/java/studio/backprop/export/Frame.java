package studio.backprop.export;

import studio.backprop.layout.Drawing;
import studio.backprop.layout.Rect;
import studio.backprop.presentation.FrameContent;
import studio.backprop.presentation.Picture;

/**
 * One step of one export: the drawing, what it shows at that step, its title line (or null), and
 * the picture composed from them; for a slide, also the part of the drawing the slide shows.
 *
 * @param view the part of the drawing on this slide, or null when the picture shows all of it
 */
public record Frame(Drawing drawing, FrameContent content, String title, Picture picture, Rect view) {

    /** A frame of the whole drawing. */
    public Frame(Drawing drawing, FrameContent content, String title, Picture picture) {
        this(drawing, content, title, picture, null);
    }
}
