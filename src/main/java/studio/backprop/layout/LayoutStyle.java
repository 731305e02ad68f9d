package studio.backprop.layout;

/**
 * The few choices that decide the size of everything in a drawing: the font and the edge shape.
 *
 * <p>Text is measured by estimate, not by a font engine, so that layout stays free of AWT and
 * JavaFX and gives the same result on every machine: a character is taken to be
 * {@value #CHAR_WIDTH_EM} em wide, which is generous for the digits, letters and math symbols
 * ({@code σ ∂ × −}) of the usual sans-serif fonts, so real text fits inside the estimate.
 *
 * @param fontSize   the font size in pixels at scale 1 (16 by default)
 * @param fontScale  a zoom factor for the whole drawing, e.g. 1.5 for a projector
 * @param edgeShape  orthogonal segments or smooth splines
 * @param edgeLabels what an edge's label writes, which decides how much room it gets
 */
public record LayoutStyle(double fontSize, double fontScale, EdgeShape edgeShape, EdgeLabels edgeLabels) {

    /** The estimated width of one character, in em. */
    public static final double CHAR_WIDTH_EM = 0.62;
    /** The height of one line of text, in em. */
    public static final double LINE_HEIGHT_EM = 1.3;
    /** From the centre of a line down to its baseline, in em: centres digits and lower case. */
    public static final double BASELINE_BELOW_CENTER_EM = 0.35;

    public static final LayoutStyle DEFAULT = new LayoutStyle(16, 1, EdgeShape.ORTHOGONAL, EdgeLabels.NUMBERS);

    public LayoutStyle {
        if (!(fontSize > 0) || !(fontScale > 0) || Double.isInfinite(fontSize * fontScale)) {
            throw new IllegalArgumentException("Font size and scale must be positive, not " + fontSize + " and " + fontScale);
        }
        if (edgeShape == null || edgeLabels == null) {
            throw new IllegalArgumentException("Choose an edge shape and what edge labels write");
        }
    }

    public LayoutStyle withFontScale(double scale) {
        return new LayoutStyle(fontSize, scale, edgeShape, edgeLabels);
    }

    public LayoutStyle withEdgeShape(EdgeShape shape) {
        return new LayoutStyle(fontSize, fontScale, shape, edgeLabels);
    }

    public LayoutStyle withEdgeLabels(EdgeLabels labels) {
        return new LayoutStyle(fontSize, fontScale, edgeShape, labels);
    }

    /** The font size the renderers must use, in drawing pixels. */
    public double em() {
        return fontSize * fontScale;
    }

    public double lineHeight() {
        return LINE_HEIGHT_EM * em();
    }

    /** The estimated width of {@code characters} characters of text. */
    public double textWidth(int characters) {
        return characters * CHAR_WIDTH_EM * em();
    }

    /** The estimated width of a text, counting code points so that σ and ∂ count once. */
    public double textWidth(String text) {
        return textWidth(text.codePointCount(0, text.length()));
    }
}
