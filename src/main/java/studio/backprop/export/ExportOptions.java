package studio.backprop.export;

import studio.backprop.layout.EdgeShape;
import studio.backprop.presentation.FrameContent;
import studio.backprop.presentation.Theme;

/**
 * The choices of one export besides format and step.
 *
 * @param theme       the colours, line weights and type size
 * @param shown       whether values, dvars and local derivatives appear
 * @param title       a line above the graph, or null for none; {@code {caption}} stands for the
 *                    step's caption and {@code {program}} for the program on one line
 * @param scale       PNG only: pixels per drawing pixel, from 1 to 4
 * @param transparent leave out the background (PNG, SVG, PDF, TikZ, DOT)
 * @param beamer      TikZ only: one Beamer slide whose overlays build up step by step
 * @param edgeShape   orthogonal edges, as on screen, or smooth splines
 * @param bodyOnly    TikZ only: just the {@code tikzpicture}, its colours defined inside it, to
 *                    {@code \input} into a document of one's own, instead of a whole document
 * @param slide       the shape of the slides to fill, keeping text large enough to read, or null
 *                    for a picture of the whole graph at its natural size
 */
public record ExportOptions(Theme theme, FrameContent.Shown shown, String title, double scale, boolean transparent,
                            boolean beamer, EdgeShape edgeShape, boolean bodyOnly, SlideFormat slide) {

    public static final double MIN_SCALE = 1;
    public static final double MAX_SCALE = 4;

    public static final ExportOptions DEFAULT = new ExportOptions(Theme.LIGHT, FrameContent.Shown.ALL, null, 1, false,
            false, EdgeShape.ORTHOGONAL, false, null);

    public ExportOptions {
        if (theme == null || shown == null || edgeShape == null) throw new IllegalArgumentException("Missing choice");
        if (!(scale >= MIN_SCALE && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException("The scale must be from 1 to 4, not " + scale);
        }
    }

    /** A whole document, as before there was a choice. */
    public ExportOptions(Theme theme, FrameContent.Shown shown, String title, double scale, boolean transparent,
                         boolean beamer, EdgeShape edgeShape) {
        this(theme, shown, title, scale, transparent, beamer, edgeShape, false, null);
    }

    public ExportOptions withTheme(Theme newTheme) {
        return new ExportOptions(newTheme, shown, title, scale, transparent, beamer, edgeShape, bodyOnly, slide);
    }

    public ExportOptions withShown(FrameContent.Shown newShown) {
        return new ExportOptions(theme, newShown, title, scale, transparent, beamer, edgeShape, bodyOnly, slide);
    }

    public ExportOptions withTitle(String newTitle) {
        return new ExportOptions(theme, shown, newTitle, scale, transparent, beamer, edgeShape, bodyOnly, slide);
    }

    public ExportOptions withScale(double newScale) {
        return new ExportOptions(theme, shown, title, newScale, transparent, beamer, edgeShape, bodyOnly, slide);
    }

    public ExportOptions withTransparent(boolean newTransparent) {
        return new ExportOptions(theme, shown, title, scale, newTransparent, beamer, edgeShape, bodyOnly, slide);
    }

    public ExportOptions withBeamer(boolean newBeamer) {
        return new ExportOptions(theme, shown, title, scale, transparent, newBeamer, edgeShape, bodyOnly, slide);
    }

    public ExportOptions withEdgeShape(EdgeShape newShape) {
        return new ExportOptions(theme, shown, title, scale, transparent, beamer, newShape, bodyOnly, slide);
    }

    public ExportOptions withBodyOnly(boolean newBodyOnly) {
        return new ExportOptions(theme, shown, title, scale, transparent, beamer, edgeShape, newBodyOnly, slide);
    }

    public ExportOptions withSlide(SlideFormat newSlide) {
        return new ExportOptions(theme, shown, title, scale, transparent, beamer, edgeShape, bodyOnly, newSlide);
    }

    /** The title of one frame: the template with {@code {caption}} and {@code {program}} filled in, or null. */
    public String titleFor(FrameContent frame) {
        if (title == null || title.isBlank()) return null;
        return title.replace("{caption}", frame.caption())
                .replace("{program}", ProgramLine.of(frame.timeline().analysis().graph().source()));
    }
}
