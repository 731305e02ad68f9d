package studio.backprop.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Adler32;

import studio.backprop.presentation.Picture;
import studio.backprop.presentation.Shape;

/**
 * Writes a {@link Picture} as a PNG a tile at a time, so that a picture of 270 million pixels (the
 * 16-16-1 network at 1×) never needs an image of a gigabyte, and remembers the tiles of the last
 * frame: the next frame of an animation repaints and compresses only the tiles whose shapes changed.
 * One step highlights an edge, and an edge from the first column crosses a hundred bands of rows
 * but only one or two columns of tiles.
 *
 * <p>A PNG's pixels are one zlib stream of filtered rows. Here each row's piece of each tile is
 * a deflate block of its own that refers to nothing before it ({@link RunLengthDeflate}). The first
 * row of a band uses PNG's Sub filter, which looks at the pixel to the left, and the others the Up
 * filter, which looks at the pixel above (zero wherever a line goes on down, as most do), so a
 * piece's bits depend only on its tile's pixels and the one pixel left of the tile, and can be
 * reused as they are. The stream is
 * zlib's header, the pieces in row order, an empty final block and the Adler-32 of all rows,
 * combined from the pieces' own ({@link PngChunks}).
 */
final class TiledPng {

    /** Rows per band of tiles: a node's box is about 50 px high. */
    static final int BAND_ROWS = 128;
    /** Pixels per column of tiles. */
    static final int TILE_COLUMNS = 512;

    /**
     * One painted tile: the shapes it was painted from, then per row the compressed piece, its
     * Adler-32 and its length before compression.
     */
    private record Tile(List<Shape> shapes, RunLengthDeflate.Piece[] pieces, int[] adlers, int[] lengths) {
    }

    private final double scale;
    private final boolean transparent;
    private final RunLengthDeflate.Joiner joiner = new RunLengthDeflate.Joiner();
    private final Adler32 checksum = new Adler32();
    /** The tile with the pixel to its left, which the Sub filter of its first pixel needs. */
    private final BufferedImage canvas = new BufferedImage(TILE_COLUMNS + 1, BAND_ROWS, BufferedImage.TYPE_INT_ARGB);
    private final byte[] piece;
    private Picture previousFrame;
    private Tile[][] previous = new Tile[0][0];
    private int paintedLastFrame;

    TiledPng(double scale, boolean transparent) {
        this.scale = scale;
        this.transparent = transparent;
        this.piece = new byte[1 + TILE_COLUMNS * channels()];
    }

    synchronized void write(Picture picture, double dotsPerInch, OutputStream out) throws IOException {
        int width = PngWriter.pixels(picture.width(), scale);
        int height = PngWriter.pixels(picture.height(), scale);
        List<List<List<Shape>>> grid = shapesPerTile(picture, width, height);
        boolean sameSize = previousFrame != null && previousFrame.width() == picture.width()
                && previousFrame.height() == picture.height() && previousFrame.background().equals(picture.background());
        if (!sameSize) previous = new Tile[grid.size()][grid.get(0).size()];
        previousFrame = picture;
        paintedLastFrame = 0;
        DataOutputStream data = new DataOutputStream(out);
        PngChunks.start(data, width, height, transparent, dotsPerInch);
        PngChunks.idat(data, PngChunks.ZLIB_HEADER, 2);
        int adler = 1;
        for (int band = 0; band < grid.size(); band++) {
            Tile[] tiles = previous[band];
            for (int column = 0; column < tiles.length; column++) {
                List<Shape> shapes = grid.get(band).get(column);
                if (tiles[column] == null || !tiles[column].shapes().equals(shapes)) {
                    tiles[column] = paint(picture, shapes, band, column, width, height);
                    paintedLastFrame++;
                }
            }
            adler = writeBand(data, tiles, adler);
        }
        joiner.append(RunLengthDeflate.finalBlock());
        joiner.padToByte();
        byte[] end = Arrays.copyOf(joiner.bytes(), joiner.size() + 4);
        for (int i = 0; i < 4; i++) end[joiner.size() + i] = (byte) (adler >>> (24 - 8 * i));
        joiner.clear();
        PngChunks.idat(data, end, end.length);
        PngChunks.end(data);
    }

    /** How many tiles the last frame painted afresh; the others came from the frame before. */
    synchronized int paintedLastFrame() {
        return paintedLastFrame;
    }

    /** One IDAT chunk holding a band's rows: row by row, each row's pieces from left to right. */
    private int writeBand(DataOutputStream data, Tile[] tiles, int adler) throws IOException {
        int rows = tiles[0].pieces().length;
        for (int row = 0; row < rows; row++) {
            for (Tile tile : tiles) {
                joiner.append(tile.pieces()[row]);
                adler = combine(adler, tile.adlers()[row], tile.lengths()[row]);
            }
        }
        PngChunks.Chunk chunk = PngChunks.Chunk.begin(data, "IDAT", joiner.size());
        chunk.write(joiner.bytes(), 0, joiner.size());
        chunk.end();
        joiner.clear();
        return adler;
    }

    /** The shapes that may paint into each tile or into the pixel left of it, in paint order. */
    private List<List<List<Shape>>> shapesPerTile(Picture picture, int width, int height) {
        int bands = Math.max(1, (height + BAND_ROWS - 1) / BAND_ROWS);
        int columns = Math.max(1, (width + TILE_COLUMNS - 1) / TILE_COLUMNS);
        List<List<List<Shape>>> grid = new ArrayList<>(bands);
        for (int b = 0; b < bands; b++) {
            List<List<Shape>> band = new ArrayList<>(columns);
            for (int c = 0; c < columns; c++) band.add(new ArrayList<>());
            grid.add(band);
        }
        for (Shape shape : picture.shapes()) {
            ShapeExtent extent = ShapeExtent.of(shape);
            int firstBand = Math.max(0, (int) Math.floor((extent.top() * scale - 3) / BAND_ROWS));
            int lastBand = Math.min(bands - 1, (int) Math.floor((extent.bottom() * scale + 3) / BAND_ROWS));
            int firstColumn = Math.max(0, (int) Math.floor((extent.left() * scale - 3) / TILE_COLUMNS));
            int lastColumn = Math.min(columns - 1, (int) Math.floor((extent.right() * scale + 4) / TILE_COLUMNS));
            for (int b = firstBand; b <= lastBand; b++) {
                for (int c = firstColumn; c <= lastColumn; c++) grid.get(b).get(c).add(shape);
            }
        }
        return grid;
    }

    /** Paints one tile with the pixel left of it, then filters and compresses each of its rows. */
    private Tile paint(Picture picture, List<Shape> shapes, int band, int column, int width, int height) {
        int left = column * TILE_COLUMNS;
        int top = band * BAND_ROWS;
        int columns = Math.min(TILE_COLUMNS, width - left);
        int rows = Math.min(BAND_ROWS, height - top);
        int[] pixels = ((DataBufferInt) canvas.getRaster().getDataBuffer()).getData();
        Arrays.fill(pixels, transparent ? 0 : PngWriter.argb(picture.background()));
        Graphics2D g = canvas.createGraphics();
        try {
            g.translate(1 - left, -top);
            PngWriter.paint(g, picture, shapes, scale, true); // the background is in the pixels already
        } finally {
            g.dispose();
        }
        RunLengthDeflate.Piece[] pieces = new RunLengthDeflate.Piece[rows];
        int[] adlers = new int[rows];
        int[] lengths = new int[rows];
        int stride = canvas.getWidth();
        for (int y = 0; y < rows; y++) {
            int at = 0;
            int length;
            if (y == 0) {
                if (column == 0) piece[at++] = PngFilters.SUB;
                // PNG counts the pixel left of a row's first as zero.
                int previousPixel = column == 0 ? 0 : pixels[y * stride];
                length = PngFilters.sub(pixels, y * stride + 1, columns, previousPixel, transparent, piece, at);
            } else {
                if (column == 0) piece[at++] = PngFilters.UP;
                length = PngFilters.up(pixels, y * stride + 1, pixels, (y - 1) * stride + 1, columns, transparent, piece, at);
            }
            checksum.reset();
            checksum.update(piece, 0, length);
            adlers[y] = (int) checksum.getValue();
            lengths[y] = length;
            pieces[y] = RunLengthDeflate.encode(piece, length);
        }
        return new Tile(List.copyOf(shapes), pieces, adlers, lengths);
    }

    private int channels() {
        return transparent ? 4 : 3;
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
}
