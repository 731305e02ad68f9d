package studio.backprop.export;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import studio.backprop.io.AtomicFiles;
import studio.backprop.presentation.BundledFont;

/**
 * The bundled DejaVu fonts as Java2D fonts, made once each. Java2D reads a font from a stream by
 * copying it to a temporary file in java.io.tmpdir, so a full or missing temporary folder broke
 * every PNG export ("Problem reading font data"); then the font is read from a copy kept in
 * {@code ~/.backprop-studio/fonts}, which Java2D reads in place.
 */
final class Java2dFonts {

    private static final Map<BundledFont, Font> FONTS = new EnumMap<>(BundledFont.class);

    private Java2dFonts() {
    }

    static synchronized Font of(BundledFont bundled) {
        return FONTS.computeIfAbsent(bundled, Java2dFonts::load);
    }

    private static Font load(BundledFont bundled) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bundled.bytes()));
        } catch (IOException noTemporaryFolder) {
            return fromKeptCopy(bundled, noTemporaryFolder);
        } catch (FontFormatException e) {
            throw new IllegalStateException("The bundled font is broken", e);
        }
    }

    private static Font fromKeptCopy(BundledFont bundled, IOException why) {
        Path copy = Path.of(System.getProperty("user.home"), ".backprop-studio", "fonts", bundled.name() + ".ttf");
        try {
            if (!Files.isRegularFile(copy) || Files.size(copy) != bundled.bytes().length) {
                Files.createDirectories(copy.getParent());
                AtomicFiles.write(copy, out -> out.write(bundled.bytes()));
            }
            return Font.createFont(Font.TRUETYPE_FONT, copy.toFile());
        } catch (IOException | RuntimeException | FontFormatException e) {
            e.addSuppressed(why);
            throw new UncheckedIOException("cannot read the bundled font: the temporary folder and "
                    + copy.getParent() + " are both unusable", e instanceof IOException io ? io : new IOException(e));
        }
    }
}
