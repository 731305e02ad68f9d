package studio.backprop.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import java.util.zip.Adler32;
import java.util.zip.Inflater;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import studio.backprop.autodiff.PassTimeline;
import studio.backprop.layout.Drawing;
import studio.backprop.presentation.Picture;

/** Both ways of writing a PNG, {@link StreamedPng} for one picture and {@link TiledPng} for an animation. */
class PngEncodingTest {

    private final PassTimeline network = ExportFixtures.timeline("network-2-3-1");

    @Test
    void adlerOfTwoRunsCombinesIntoTheAdlerOfBoth() {
        Random random = new Random(7);
        for (int length : new int[] {0, 1, 100, 65_521, 200_000}) {
            byte[] first = new byte[random.nextInt(70_000)];
            byte[] second = new byte[length];
            random.nextBytes(first);
            random.nextBytes(second);
            Adler32 whole = new Adler32();
            whole.update(first);
            whole.update(second);
            assertThat(TiledPng.combine(adler(first), adler(second), second.length)).isEqualTo((int) whole.getValue());
        }
    }

    @ParameterizedTest(name = "transparent {0}, animation {1}")
    @CsvSource({"false, false", "true, false", "false, true", "true, true"})
    void everyFrameDecodesToThePixelsOfTheWholeImage(boolean transparent, boolean animation) throws Exception {
        GraphExporter exporter = new GraphExporter(ExportFormat.PNG, ExportOptions.DEFAULT);
        Drawing drawing = exporter.layout(network.analysis().graph());
        PngWriter writer = new PngWriter(1.5, transparent);
        List<Frame> frames = exporter.frames(network, drawing, List.of(0, 1, 2, network.end() - 1, network.end()));
        writer.expectFrames(animation ? frames.size() : 1);
        for (Frame frame : frames) {
            byte[] png = written(writer, frame);
            assertThat(zlibStreamIsWhole(png)).as("the zlib stream inflates and its checksum holds").isTrue();
            assertSamePixels(ImageIO.read(new ByteArrayInputStream(png)), writer.render(frame.picture()), transparent);
        }
    }

    @Test
    void thePictureHasManyTilesEachWay() {
        GraphExporter exporter = new GraphExporter(ExportFormat.PNG, ExportOptions.DEFAULT);
        Picture picture = exporter.frames(network, exporter.layout(network.analysis().graph()), List.of(0)).get(0).picture();
        assertThat(PngWriter.pixels(picture.height(), 1.5)).isGreaterThan(3 * TiledPng.BAND_ROWS);
        assertThat(PngWriter.pixels(picture.width(), 1.5)).isGreaterThan(3 * TiledPng.TILE_COLUMNS);
    }

    @Test
    void aStepOfAnAnimationRepaintsOnlyTheTilesItChanges() throws Exception {
        GraphExporter exporter = new GraphExporter(ExportFormat.PNG, ExportOptions.DEFAULT);
        List<Frame> frames = exporter.frames(network, exporter.layout(network.analysis().graph()), List.of(3, 4));
        TiledPng tiles = new TiledPng(1, false);
        tiles.write(frames.get(0).picture(), 96, new ByteArrayOutputStream());
        int all = tiles.paintedLastFrame();
        tiles.write(frames.get(1).picture(), 96, new ByteArrayOutputStream());
        assertThat(tiles.paintedLastFrame()).isPositive().isLessThan(all / 2);
    }

    private static byte[] written(PngWriter writer, Frame frame) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(List.of(frame), out);
        return out.toByteArray();
    }

    /** An opaque file has no alpha: the partly covered last column of the whole image is written opaque. */
    private static void assertSamePixels(BufferedImage decoded, BufferedImage whole, boolean transparent) {
        int opaque = transparent ? 0 : 0xff000000;
        assertThat(decoded.getWidth()).isEqualTo(whole.getWidth());
        assertThat(decoded.getHeight()).isEqualTo(whole.getHeight());
        int differing = 0;
        for (int y = 0; y < whole.getHeight(); y++) {
            for (int x = 0; x < whole.getWidth(); x++) {
                if (decoded.getRGB(x, y) != (whole.getRGB(x, y) | opaque)) differing++;
            }
        }
        assertThat(differing).as("pixels that differ from the picture painted whole").isZero();
    }

    /** Joins the IDAT chunks and inflates them as zlib, which checks the Adler-32 at the end. */
    private static boolean zlibStreamIsWhole(byte[] png) throws Exception {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(png, 8, png.length - 8));
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        while (in.available() > 0) {
            byte[] data = new byte[in.readInt()];
            byte[] type = in.readNBytes(4);
            in.readFully(data);
            in.readInt();
            if (new String(type, java.nio.charset.StandardCharsets.US_ASCII).equals("IDAT")) idat.write(data);
        }
        Inflater inflater = new Inflater();
        inflater.setInput(idat.toByteArray());
        byte[] buffer = new byte[1 << 16];
        while (!inflater.finished()) {
            if (inflater.inflate(buffer) == 0 && (inflater.needsInput() || inflater.needsDictionary())) return false;
        }
        return true;
    }

    private static int adler(byte[] bytes) {
        Adler32 adler = new Adler32();
        adler.update(bytes);
        return (int) adler.getValue();
    }
}
