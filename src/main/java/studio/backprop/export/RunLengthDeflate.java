package studio.backprop.export;

import java.util.Arrays;

/**
 * Deflate (RFC 1951) for filtered PNG rows, as zlib's run-length strategy does it: a byte that
 * repeats the one before it three or more times becomes a match at distance 1, anything else a
 * literal, all in one block with the fixed Huffman codes. A filtered row of a drawing is mostly
 * runs of zeros (the background, the inside of boxes), which this compresses as well as zlib does,
 * and a block needs no code tables, so each piece of a row can be its own block of a few bytes.
 *
 * <p>Each {@link Piece} is a string of bits, not bytes: pieces are joined bit to bit by a
 * {@link Joiner}, so a piece costs ten bits of framing (block header and end code), not the five
 * bytes of a flush to a byte boundary.
 */
final class RunLengthDeflate {

    /** A block's bits, first bit in the lowest bit of the first byte. */
    record Piece(byte[] bits, int bitLength) {
    }

    private static final int[] LENGTH_BASE = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51,
        59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
    private static final int[] LENGTH_EXTRA = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4,
        5, 5, 5, 5, 0};
    /** For each match length 3..258, its length code less 257. */
    private static final int[] LENGTH_CODE = new int[259];

    static {
        for (int code = 0; code < LENGTH_BASE.length; code++) {
            int top = code + 1 < LENGTH_BASE.length ? LENGTH_BASE[code + 1] : 259;
            for (int length = LENGTH_BASE[code]; length < top; length++) LENGTH_CODE[length] = code;
        }
        LENGTH_CODE[258] = 28;
    }

    private RunLengthDeflate() {
    }

    /** One block (not the last) holding {@code length} bytes of {@code data}, referring to nothing before them. */
    static Piece encode(byte[] data, int length) {
        Bits out = new Bits(length / 4 + 16);
        out.write(2, 3); // BFINAL 0, BTYPE 01: fixed Huffman codes
        int i = 0;
        while (i < length) {
            int run = 0;
            if (i > 0) {
                byte repeated = data[i - 1];
                while (i + run < length && run < 258 && data[i + run] == repeated) run++;
            }
            if (run >= 3) {
                int code = LENGTH_CODE[run];
                literalOrLength(out, 257 + code);
                out.write(run - LENGTH_BASE[code], LENGTH_EXTRA[code]);
                out.write(0, 5); // distance code 0: distance 1
                i += run;
            } else {
                literalOrLength(out, data[i] & 0xff);
                i++;
            }
        }
        literalOrLength(out, 256); // end of block
        return new Piece(Arrays.copyOf(out.bytes, (out.length + 7) / 8), out.length);
    }

    /** The last block: empty, with the final bit set. */
    static Piece finalBlock() {
        Bits out = new Bits(2);
        out.write(3, 3); // BFINAL 1, BTYPE 01
        literalOrLength(out, 256);
        return new Piece(Arrays.copyOf(out.bytes, 2), out.length);
    }

    /** The fixed code of a literal (0–255), the end (256) or a length code (257–285), RFC 1951 3.2.6. */
    private static void literalOrLength(Bits out, int symbol) {
        if (symbol < 144) out.writeCode(0x30 + symbol, 8);
        else if (symbol < 256) out.writeCode(0x190 + symbol - 144, 9);
        else if (symbol < 280) out.writeCode(symbol - 256, 7);
        else out.writeCode(0xc0 + symbol - 280, 8);
    }

    /** Bits written lowest first, as deflate packs them. */
    private static final class Bits {
        byte[] bytes;
        int length;
        private long pending;
        private int pendingBits;

        Bits(int capacity) {
            bytes = new byte[Math.max(8, capacity)];
        }

        /** A number, lowest bit first (extra bits, block headers). */
        void write(int value, int count) {
            pending |= (long) (value & ((1 << count) - 1)) << pendingBits;
            pendingBits += count;
            length += count;
            while (pendingBits >= 8) {
                int at = (length - pendingBits) >>> 3;
                if (at == bytes.length) bytes = Arrays.copyOf(bytes, bytes.length * 2);
                bytes[at] = (byte) pending;
                pending >>>= 8;
                pendingBits -= 8;
            }
            if (pendingBits > 0) {
                int at = length >>> 3;
                if (at == bytes.length) bytes = Arrays.copyOf(bytes, bytes.length * 2);
                bytes[at] = (byte) pending;
            }
        }

        /** A Huffman code, highest bit first: reversed, then written as a number. */
        void writeCode(int code, int count) {
            write(Integer.reverse(code) >>> (32 - count), count);
        }
    }

    /** Joins pieces bit to bit into bytes, carrying the bits of a byte not yet full. */
    static final class Joiner {
        private long pending;
        private int pendingBits;
        private byte[] out = new byte[1 << 16];
        private int size;

        void append(Piece piece) {
            byte[] bits = piece.bits();
            int whole = piece.bitLength() >>> 3;
            int i = 0;
            for (; i + 3 < whole; i += 4) {
                push((bits[i] & 0xff) | (bits[i + 1] & 0xff) << 8 | (bits[i + 2] & 0xff) << 16 | (bits[i + 3] & 0xff) << 24, 32);
            }
            for (; i < whole; i++) push(bits[i] & 0xff, 8);
            int rest = piece.bitLength() & 7;
            if (rest > 0) push(bits[whole] & ((1 << rest) - 1), rest);
        }

        private void push(int value, int count) {
            pending |= ((long) value & 0xffffffffL) << pendingBits;
            pendingBits += count;
            while (pendingBits >= 8) {
                if (size == out.length) out = Arrays.copyOf(out, out.length * 2);
                out[size++] = (byte) pending;
                pending >>>= 8;
                pendingBits -= 8;
            }
        }

        /** Pads the last byte with zeros, as deflate does at the end of the stream. */
        void padToByte() {
            if (pendingBits > 0) push(0, 8 - pendingBits);
        }

        /** The whole bytes so far, which are then forgotten; a byte not yet full stays. */
        byte[] bytes() {
            return out;
        }

        int size() {
            return size;
        }

        void clear() {
            size = 0;
        }
    }
}
