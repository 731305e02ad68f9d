package studio.backprop.export;

import studio.backprop.presentation.BundledFont;

/**
 * A character that pdflatex has no glyph for, drawn as its DejaVu Sans outline by a small TikZ
 * picture inside the text: measured in em, so it takes the size of the text around it, sitting on
 * its baseline, as wide as the character, and filled in the text's colour. Plain pdflatex then
 * shows every character the PNG shows, with no font package.
 */
final class GlyphPicture {

    /** Thousandths of an em: finer than a pixel at any size text is drawn. */
    private static final int DECIMALS = 3;

    private GlyphPicture() {
    }

    static String of(int codePoint, BundledFont font) {
        String advance = Decimals.of(font.advance(codePoint, 1), DECIMALS);
        TikzPath outline = new TikzPath(DECIMALS);
        font.outline(codePoint, 1, outline);
        String fill = outline.isEmpty() ? "" : "\\fill " + outline + ";";
        return "\\tikz[baseline=0pt,x=1em,y=1em]{\\useasboundingbox (0,0) rectangle (" + advance + ",0);" + fill + "}";
    }
}
