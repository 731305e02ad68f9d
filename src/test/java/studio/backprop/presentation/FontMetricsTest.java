package studio.backprop.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The tables read in place give what fontbox's full parse of the same file gives, for every character. */
class FontMetricsTest {

    @ParameterizedTest
    @EnumSource(BundledFont.class)
    void everyCharacterHasFontboxsGlyphAndWidth(BundledFont bundled) throws IOException {
        byte[] bytes = bundled.bytes();
        FontMetrics metrics = new FontMetrics(bytes);
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            assertEquals(font.getUnitsPerEm(), metrics.unitsPerEm());
            int covered = 0;
            for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
                int glyph = cmap.getGlyphId(codePoint);
                assertEquals(glyph, metrics.glyph(codePoint), "glyph of U+" + Integer.toHexString(codePoint));
                if (glyph > 0) covered++;
            }
            // DejaVu Sans covers thousands of characters; a reader that found none would pass the loop above only for none.
            assertTrue(covered > 3000, "characters covered: " + covered);
            for (int glyph = 0; glyph < font.getNumberOfGlyphs(); glyph++) {
                assertEquals(font.getAdvanceWidth(glyph), metrics.advanceWidth(glyph), "advance of glyph " + glyph);
            }
            int top = 0;
            for (char digit = '0'; digit <= '9'; digit++) {
                top = Math.max(top, font.getGlyph().getGlyph(cmap.getGlyphId(digit)).getYMaximum());
            }
            assertEquals(top, metrics.digitTop());
        }
    }
}
