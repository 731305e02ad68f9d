package studio.backprop.presentation;

import java.util.Collection;
import java.util.Objects;

import studio.backprop.layout.Drawing;
import studio.backprop.layout.LayoutStyle;

/**
 * Room for an optional title line above the drawing. Sized once for all the frames of an export,
 * so that every page, file and overlay of it has the same size and the graph never moves.
 *
 * @param width    the width of the whole picture: the drawing's, or more for a long title
 * @param height   the height of the whole picture
 * @param offsetX  how far the drawing moves right, to stay centred under a long title
 * @param offsetY  how far the drawing moves down, below the title
 * @param size     the title's font size, in pixels
 * @param baseline the title's baseline
 */
public record TitleBand(double width, double height, double offsetX, double offsetY, double size, double baseline) {

    /** Space around the title, as around the drawing: ELK's padding of 0.75 em. */
    private static final double PADDING_EM = 0.75;

    /** A band that fits the widest of the titles; null or blank titles take no room. */
    public static TitleBand fit(Drawing drawing, Collection<String> titles, GraphStyle style) {
        double em = drawing.fontSize();
        double size = em * GraphStyle.TITLE_SCALE;
        BundledFont font = BundledFont.of(style.title("", size).bold());
        double widest = titles.stream().filter(Objects::nonNull).filter(title -> !title.isBlank())
                .mapToDouble(title -> font.width(title, size)).max().orElse(-1);
        if (widest < 0) {
            return new TitleBand(drawing.width(), drawing.height(), 0, 0, size, 0);
        }
        double padding = PADDING_EM * em;
        double width = Math.max(drawing.width(), widest + 2 * padding);
        double band = padding + LayoutStyle.LINE_HEIGHT_EM * size;
        return new TitleBand(width, drawing.height() + band, (width - drawing.width()) / 2, band, size, padding + size);
    }

    public boolean hasRoomForTitle() {
        return offsetY > 0;
    }
}
