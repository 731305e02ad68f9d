package studio.backprop.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import studio.backprop.presentation.Picture;
import studio.backprop.presentation.Shape;

/**
 * Writes a {@link Picture} as a PNG a band of rows at a time, so that a picture of 270 million
 * pixels (the 16-16-1 network at 1×) never needs one image of a gigabyte, and remembers each band
 * of the last frame: the next frame of an animation repaints and compresses only the bands whose
 * shapes changed, which for one step are a handful.
 *
 * <p>Each band is compressed on its own (a fresh deflate state, ended on a byte boundary with a sync
 * flush) and filtered with PNG's Sub filter, which looks only along a row, so a band's bytes depend
 * on its own pixels alone and can be reused as they are. The zlib stream is the header, the bands in
 * order, an empty final block and the Adler-32 of all rows, combined from the bands' own.
 */
final class BandedPng {

    /** Rows per band: a node's box is about 50 px high, so one step touches two or three bands. */
    static final int BAND_ROWS = 128;
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    /** zlib's header for deflate with a 32 KiB window at the fastest level. */
    private static final byte[] ZLIB_HEADER = {0x78, 0x01};
    /** A final, empty block with fixed codes: what a deflater writes when finished with no input. */
    private static final byte[] FINAL_BLOCK = {0x03, 0x00};

    /** One compressed band and what it was painted from. */
    private record Band(List<Shape> shapes, byte[] compressed, int adler, int rawLength) {
    }

    private final double scale;
    private final boolean transparent;
    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
    private Picture previousFrame;
    private Band[] previous = new Band[0];
    private BufferedImage canvas;

    BandedPng(double scale, boolean transparent) {
        this.scale = scale;
        this.transparent = transparent;
    }

    synchronized void write(Picture picture, double dotsPerInch, OutputStream out) throws IOException {
        int width = PngWriter.pixels(picture.width(), scale);
        int height = PngWriter.pixels(picture.height(), scale);
        boolean sameFrame = previousFrame != null && previousFrame.width() == picture.width()
                && previousFrame.height() == picture.height() && previousFrame.background().equals(picture.background());
        List<List<Shape>> bands = shapesPerBand(picture, height);
        if (!sameFrame || previous.length != bands.size()) previous = new Band[bands.size()];
        previousFrame = picture;
        if (canvas == null || canvas.getWidth() != width) {
            canvas = new BufferedImage(width, BAND_ROWS, BufferedImage.TYPE_INT_ARGB);
        }
        DataOutputStream data = new DataOutputStream(out);
        data.write(SIGNATURE);
        chunk(data, "IHDR", header(width, height));
        chunk(data, "pHYs", resolution(dotsPerInch));
        chunk(data, "IDAT", ZLIB_HEADER);
        int adler = 1;
        for (int b = 0; b < bands.size(); b++) {
            Band band = previous[b];
            if (band == null || !band.shapes().equals(bands.get(b))) {
                int rows = Math.min(BAND_ROWS, height - b * BAND_ROWS);
                band = encode(picture, bands.get(b), b * BAND_ROWS, rows);
                previous[b] = band;
            }
            chunk(data, "IDAT", band.compressed());
            adler = combine(adler, band.adler(), band.rawLength());
        }
        byte[] end = Arrays.copyOf(FINAL_BLOCK, 6);
        for (int i = 0; i < 4; i++) end[2 + i] = (byte) (adler >>> (24 - 8 * i));
        chunk(data, "IDAT", end);
        chunk(data, "IEND", new byte[0]);
        data.flush();
    }

    /** The shapes that may paint into each band, in paint order. */
    private List<List<Shape>> shapesPerBand(Picture picture, int height) {
        int count = Math.max(1, (height + BAND_ROWS - 1) / BAND_ROWS);
        List<List<Shape>> bands = new ArrayList<>(count);
        for (int b = 0; b < count; b++) bands.add(new ArrayList<>());
        for (Shape shape : picture.shapes()) {
            double[] extent = shape.accept(ShapeExtent.VERTICAL);
            int first = (int) Math.floor((extent[0] * scale - 3) / BAND_ROWS);
            int last = (int) Math.floor((extent[1] * scale + 3) / BAND_ROWS);
            for (int b = Math.max(0, first); b <= Math.min(count - 1, last); b++) bands.get(b).add(shape);
        }
        return bands;
    }

    /** Paints the rows {@code top} to {@code top + rows} of the picture, filters and compresses them. */
    private Band encode(Picture picture, List<Shape> shapes, int top, int rows) {
        int[] pixels = ((DataBufferInt) canvas.getRaster().getDataBuffer()).getData();
        Arrays.fill(pixels, 0);
        Graphics2D g = canvas.createGraphics();
        try {
            g.translate(0, -top);
            PngWriter.paint(g, picture, shapes, scale, transparent);
        } finally {
            g.dispose();
        }
        int width = canvas.getWidth();
        int channels = transparent ? 4 : 3;
        byte[] raw = new byte[rows * (1 + width * channels)];
        int at = 0;
        for (int y = 0; y < rows; y++) {
            raw[at++] = 1; // PNG's Sub filter: each byte less the same channel of the pixel to its left
            int row = y * width;
            int r0 = 0, g0 = 0, b0 = 0, a0 = 0;
            for (int x = 0; x < width; x++) {
                int argb = pixels[row + x];
                int r = (argb >>> 16) & 0xff, gr = (argb >>> 8) & 0xff, b = argb & 0xff;
                raw[at++] = (byte) (r - r0);
                raw[at++] = (byte) (gr - g0);
                raw[at++] = (byte) (b - b0);
                r0 = r;
                g0 = gr;
                b0 = b;
                if (transparent) {
                    int a = argb >>> 24;
                    raw[at++] = (byte) (a - a0);
                    a0 = a;
                }
            }
        }
        Adler32 adler = new Adler32();
        adler.update(raw);
        return new Band(List.copyOf(shapes), compress(raw), (int) adler.getValue(), raw.length);
    }

    /** The band as raw deflate blocks that end on a byte boundary and refer to nothing before them. */
    private byte[] compress(byte[] raw) {
        deflater.reset();
        deflater.setInput(raw);
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(raw.length / 16 + 64);
        byte[] buffer = new byte[64 * 1024];
        int written;
        do {
            written = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
            compressed.write(buffer, 0, written);
        } while (written == buffer.length || !deflater.needsInput());
        return compressed.toByteArray();
    }

    /** The Adler-32 of two byte runs one after the other, from each run's own (zlib's adler32_combine). */
    static int combine(int first, int second, long secondLength) {
        final int base = 65521;
        long remainder = secondLength % base;
        long sum1 = first & 0xffff;
        long sum2 = (remainder * sum1) % base;
        sum1 += (second & 0xffff) + base - 1;
        sum2 += ((first >>> 16) & 0xffff) + ((second >>> 16) & 0xffff) + base - remainder;
        if (sum1 >= base) sum1 -= base;
        if (sum1 >= base) sum1 -= base;
        if (sum2 >= ((long) base << 1)) sum2 -= ((long) base << 1);
        if (sum2 >= base) sum2 -= base;
        return (int) (sum1 | (sum2 << 16));
    }

    private byte[] header(int width, int height) {
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8; // bits per channel
        header[9] = (byte) (transparent ? 6 : 2); // truecolour with alpha, or without
        return header; // deflate compression, adaptive filtering, no interlace: all zero
    }

    /** PNG's pHYs chunk: pixels per metre, so slide programs place a 4× export at the size of a 1× one. */
    private static byte[] resolution(double dotsPerInch) {
        int perMetre = (int) Math.round(dotsPerInch / 0.0254);
        byte[] physical = new byte[9];
        putInt(physical, 0, perMetre);
        putInt(physical, 4, perMetre);
        physical[8] = 1; // the unit is the metre
        return physical;
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        out.writeInt((int) crc.getValue());
    }

    private static void putInt(byte[] bytes, int at, int value) {
        for (int i = 0; i < 4; i++) bytes[at + i] = (byte) (value >>> (24 - 8 * i));
    }
}
