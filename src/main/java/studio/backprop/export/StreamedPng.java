package studio.backprop.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.zip.Deflater;

import studio.backprop.presentation.Picture;

/**
 * Writes one {@link Picture} as a PNG, painted a band of rows at a time into one band-sized image and
 * compressed as it goes, so a picture of 270 million pixels never needs an image of a gigabyte. The
 * first row uses PNG's Sub filter, every other row the Up filter (zero wherever a line goes on
 * down), and the rows are one zlib stream: files as small as ImageIO's. For the frames of an
 * animation, {@link TiledPng} is faster.
 */
final class StreamedPng {

    /** Rows painted at a time. */
    static final int BAND_ROWS = 64;

    private final double scale;
    private final boolean transparent;

    StreamedPng(double scale, boolean transparent) {
        this.scale = scale;
        this.transparent = transparent;
    }

    void write(Picture picture, double dotsPerInch, OutputStream out) throws IOException {
        int width = PngWriter.pixels(picture.width(), scale);
        int height = PngWriter.pixels(picture.height(), scale);
        BufferedImage band = new BufferedImage(width, BAND_ROWS, BufferedImage.TYPE_INT_ARGB);
        int[] pixels = ((DataBufferInt) band.getRaster().getDataBuffer()).getData();
        int[] above = new int[width]; // the last row of the band before, which the Up filter looks at
        byte[] row = new byte[1 + width * (transparent ? 4 : 3)];
        byte[] compressed = new byte[64 * 1024];
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        DataOutputStream data = new DataOutputStream(out);
        try {
            PngChunks.start(data, width, height, transparent, dotsPerInch);
            for (int top = 0; top < height; top += BAND_ROWS) {
                Arrays.fill(pixels, transparent ? 0 : PngWriter.argb(picture.background()));
                Graphics2D g = band.createGraphics();
                try {
                    g.translate(0, -top);
                    PngWriter.paint(g, picture, picture.shapes(), scale, true); // the background is in the pixels already
                } finally {
                    g.dispose();
                }
                int rows = Math.min(BAND_ROWS, height - top);
                for (int y = 0; y < rows; y++) {
                    if (top + y == 0) {
                        row[0] = PngFilters.SUB;
                        PngFilters.sub(pixels, 0, width, 0, transparent, row, 1);
                    } else {
                        row[0] = PngFilters.UP;
                        PngFilters.up(pixels, y * width, y == 0 ? above : pixels, y == 0 ? 0 : (y - 1) * width, width,
                                transparent, row, 1);
                    }
                    deflater.setInput(row);
                    while (!deflater.needsInput()) written(deflater, compressed, data);
                }
                System.arraycopy(pixels, (rows - 1) * width, above, 0, width);
            }
            deflater.finish();
            while (!deflater.finished()) written(deflater, compressed, data);
            PngChunks.end(data);
        } finally {
            deflater.end();
        }
    }

    /** Whatever the deflater has ready, as one IDAT chunk. */
    private static void written(Deflater deflater, byte[] buffer, DataOutputStream data) throws IOException {
        int length = deflater.deflate(buffer);
        if (length > 0) PngChunks.idat(data, buffer, length);
    }
}
