package studio.backprop.export;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The parts of a PNG file around its pixels: the signature, the header, the resolution, the zlib
 * stream's header and end, as the PNG specification (ISO/IEC 15948) and RFC 1950 write them.
 */
final class PngChunks {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    /** zlib's header for deflate with a 32 KiB window at the fastest level. */
    static final byte[] ZLIB_HEADER = {0x78, 0x01};

    private PngChunks() {
    }

    /** One chunk written as it comes: its length first, then its data, then the CRC of type and data. */
    static final class Chunk {
        private final DataOutputStream out;
        private final CRC32 crc = new CRC32();

        private Chunk(DataOutputStream out) {
            this.out = out;
        }

        static Chunk begin(DataOutputStream out, String type, int length) throws IOException {
            Chunk chunk = new Chunk(out);
            byte[] name = type.getBytes(StandardCharsets.US_ASCII);
            out.writeInt(length);
            out.write(name);
            chunk.crc.update(name);
            return chunk;
        }

        void write(byte[] bytes, int from, int length) throws IOException {
            out.write(bytes, from, length);
            crc.update(bytes, from, length);
        }

        void end() throws IOException {
            out.writeInt((int) crc.getValue());
        }
    }

    /**
     * The signature, the header (8 bits a channel, truecolour with or without alpha), the resolution
     * (pHYs, so slide programs place a 4× export at the size of a 1× one).
     */
    static void start(DataOutputStream out, int width, int height, boolean alpha, double dotsPerInch) throws IOException {
        out.write(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8;
        header[9] = (byte) (alpha ? 6 : 2);
        chunk(out, "IHDR", header); // compression, filter method and interlace all 0: deflate, adaptive, none
        int perMetre = (int) Math.round(dotsPerInch / 0.0254);
        byte[] physical = new byte[9];
        putInt(physical, 0, perMetre);
        putInt(physical, 4, perMetre);
        physical[8] = 1; // the unit is the metre
        chunk(out, "pHYs", physical);
    }

    /** Some of the zlib stream of the pixels. */
    static void idat(DataOutputStream out, byte[] bytes, int length) throws IOException {
        Chunk chunk = Chunk.begin(out, "IDAT", length);
        chunk.write(bytes, 0, length);
        chunk.end();
    }

    /** The end of the file. */
    static void end(DataOutputStream out) throws IOException {
        chunk(out, "IEND", new byte[0]);
        out.flush();
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        Chunk chunk = Chunk.begin(out, type, data.length);
        chunk.write(data, 0, data.length);
        chunk.end();
    }

    private static void putInt(byte[] bytes, int at, int value) {
        for (int i = 0; i < 4; i++) bytes[at + i] = (byte) (value >>> (24 - 8 * i));
    }
}
