package studio.backprop.presentation;

import java.nio.ByteBuffer;

/**
 * The few numbers of a TrueType file that measuring text needs: which glyph a character has
 * ({@code cmap}), its advance width ({@code hmtx}), the size of the em ({@code head}) and the top
 * of the digits ({@code glyf}). They are read in place from the file's bytes, without parsing the
 * rest: fontbox's parser reads every table, the glyph substitutions included, which took about
 * 45 ms of every export and of the window's first drawing (docs/benchmarks.md). Immutable, so
 * it is shared between threads without a lock.
 */
final class FontMetrics {

    private final ByteBuffer file;
    private final int unitsPerEm;
    private final int advances;
    private final int longMetrics;
    private final int digitTop;
    /** Segments of the format 4 subtable for the Basic Multilingual Plane, or -1 when there is none. */
    private final int format4;
    /** Groups of the format 12 subtable for all of Unicode, or -1 when there is none. */
    private final int format12;

    FontMetrics(byte[] bytes) {
        file = ByteBuffer.wrap(bytes).asReadOnlyBuffer();
        int head = table("head");
        unitsPerEm = u16(head + 18);
        boolean longOffsets = file.getShort(head + 50) != 0;
        longMetrics = u16(table("hhea") + 34);
        advances = table("hmtx");
        int cmap = table("cmap");
        int bmp = -1;
        int full = -1;
        for (int i = 0, n = u16(cmap + 2); i < n; i++) {
            int record = cmap + 4 + 8 * i;
            int platform = u16(record);
            int encoding = u16(record + 2);
            int subtable = cmap + file.getInt(record + 4);
            int format = u16(subtable);
            boolean unicode = platform == 0 || platform == 3 && (encoding == 1 || encoding == 10);
            if (unicode && format == 12 && full < 0) full = subtable;
            if (unicode && format == 4 && bmp < 0) bmp = subtable;
        }
        if (bmp < 0 && full < 0) throw new IllegalArgumentException("The font has no Unicode character map");
        format4 = bmp;
        format12 = full;
        digitTop = digitTop(table("loca"), table("glyf"), longOffsets);
    }

    int unitsPerEm() {
        return unitsPerEm;
    }

    /** The highest top of the ten digits, in font units. */
    int digitTop() {
        return digitTop;
    }

    /** The character's glyph, or 0 (the font's "missing" glyph) if it has none. */
    int glyph(int codePoint) {
        if (format12 >= 0) return glyph12(codePoint);
        return codePoint > 0xFFFF ? 0 : glyph4(codePoint);
    }

    /** A glyph's advance width in font units; glyphs after the last long metric share its width. */
    int advanceWidth(int glyph) {
        return u16(advances + 4 * Math.min(glyph, longMetrics - 1));
    }

    private int glyph4(int codePoint) {
        int segments = u16(format4 + 6) / 2;
        int ends = format4 + 14;
        int starts = ends + 2 * segments + 2;
        int deltas = starts + 2 * segments;
        int rangeOffsets = deltas + 2 * segments;
        // The segments are sorted by their last character: the first that ends at or after it.
        int low = 0;
        int high = segments - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (u16(ends + 2 * middle) < codePoint) low = middle + 1;
            else high = middle;
        }
        int start = u16(starts + 2 * low);
        if (codePoint < start || codePoint > u16(ends + 2 * low)) return 0;
        int delta = file.getShort(deltas + 2 * low);
        int rangeOffset = u16(rangeOffsets + 2 * low);
        if (rangeOffset == 0) return (codePoint + delta) & 0xFFFF;
        int glyph = u16(rangeOffsets + 2 * low + rangeOffset + 2 * (codePoint - start));
        return glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
    }

    private int glyph12(int codePoint) {
        int groups = file.getInt(format12 + 12);
        int first = format12 + 16;
        int low = 0;
        int high = groups - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int group = first + 12 * middle;
            if (codePoint < file.getInt(group)) high = middle - 1;
            else if (codePoint > file.getInt(group + 4)) low = middle + 1;
            else return file.getInt(group + 8) + codePoint - file.getInt(group);
        }
        return 0;
    }

    private int digitTop(int loca, int glyf, boolean longOffsets) {
        int top = 0;
        for (char digit = '0'; digit <= '9'; digit++) {
            int glyph = glyph(digit);
            int offset = longOffsets ? file.getInt(loca + 4 * glyph) : 2 * u16(loca + 2 * glyph);
            int next = longOffsets ? file.getInt(loca + 4 * glyph + 4) : 2 * u16(loca + 2 * glyph + 2);
            // A glyph without outline (offset equal to the next) has no height; its header gives yMax.
            if (next > offset) top = Math.max(top, file.getShort(glyf + offset + 8));
        }
        return top;
    }

    /** Where the table with this tag starts. */
    private int table(String tag) {
        int wanted = (tag.charAt(0) << 24) | (tag.charAt(1) << 16) | (tag.charAt(2) << 8) | tag.charAt(3);
        for (int i = 0, n = u16(4); i < n; i++) {
            int record = 12 + 16 * i;
            if (file.getInt(record) == wanted) return file.getInt(record + 8);
        }
        throw new IllegalArgumentException("The font has no '" + tag + "' table");
    }

    private int u16(int at) {
        return file.getShort(at) & 0xFFFF;
    }
}
