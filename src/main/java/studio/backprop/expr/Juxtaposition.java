package studio.backprop.expr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The ways to read one name as several names written side by side, as the course writes
 * {@code 3xy} and {@code bc}: {@code w1x1} is w1 then x1 if both are names the caller accepts.
 * At most two readings are found, which is enough to tell "one way" from "ambiguous".
 */
final class Juxtaposition {

    /** Whether {@code name[start, end)} is a name a part may be. */
    interface Parts {
        boolean accepts(int start, int end);
    }

    private final String name;
    private final Parts parts;
    /** From offset i on, the rest of the name cannot be split: searched once, not again. */
    private final boolean[] hopeless;
    private final List<int[]> found = new ArrayList<>(2);
    private final int[] cuts;

    private Juxtaposition(String name, Parts parts) {
        this.name = name;
        this.parts = parts;
        this.hopeless = new boolean[name.length() + 1];
        this.cuts = new int[name.length()];
    }

    /**
     * Up to two readings of {@code name} as two or more parts, each given as the offsets where its
     * parts end (the last is the name's length); shorter first parts first, so a·b·c comes before
     * ab·c. A reading with one part would be the name itself, which is never asked about.
     */
    static List<int[]> readings(String name, Parts parts) {
        Juxtaposition search = new Juxtaposition(name, parts);
        search.from(0, 0);
        return search.found;
    }

    private void from(int start, int count) {
        if (start == name.length()) {
            if (count > 1) found.add(Arrays.copyOf(cuts, count));
            return;
        }
        if (hopeless[start]) return;
        int before = found.size();
        for (int end = next(start); end <= name.length() && found.size() < 2; end = next(end)) {
            if (parts.accepts(start, end)) {
                cuts[count] = end;
                from(end, count + 1);
            }
            if (end == name.length()) break;
        }
        if (found.size() == before) hopeless[start] = true;
    }

    private int next(int offset) {
        return offset + Character.charCount(name.codePointAt(offset));
    }
}
