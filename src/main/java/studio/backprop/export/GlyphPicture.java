package studio.backprop.export;

import studio.backprop.layout.Point;
import studio.backprop.presentation.BundledFont;
import studio.backprop.presentation.PathSink;

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
        Outline outline = new Outline();
        font.outline(codePoint, 1, outline);
        String fill = outline.isEmpty() ? "" : "\\fill " + outline + ";";
        return "\\tikz[baseline=0pt,x=1em,y=1em]{\\useasboundingbox (0,0) rectangle (" + advance + ",0);" + fill + "}";
    }

    /** A TikZ path in em, y upwards, as the font's outline comes. */
    private static final class Outline implements PathSink {
        private final StringBuilder path = new StringBuilder();

        boolean isEmpty() {
            return path.length() == 0;
        }

        @Override
        public void moveTo(Point point) {
            if (!isEmpty()) path.append(' ');
            path.append(point(point));
        }

        @Override
        public void lineTo(Point point) {
            path.append(" -- ").append(point(point));
        }

        @Override
        public void curveTo(Point control1, Point control2, Point end) {
            path.append(" .. controls ").append(point(control1)).append(" and ").append(point(control2))
                    .append(" .. ").append(point(end));
        }

        @Override
        public void close() {
            path.append(" -- cycle");
        }

        @Override
        public String toString() {
            return path.toString();
        }

        private static String point(Point p) {
            return "(" + Decimals.of(p.x(), DECIMALS) + "," + Decimals.of(p.y(), DECIMALS) + ")";
        }
    }
}
