package studio.backprop.expr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every spelling of every function, from {@link Op#spellings()}: lookup, and "Did you mean 'sigmoid'?". */
public final class FunctionNames {

    /** Asked once per name in a program, so a table, not a search. */
    private static final Map<String, Op> BY_NAME = new HashMap<>();
    private static final List<String> ALL = new ArrayList<>();

    static {
        for (Op op : Op.values()) {
            for (String spelling : op.spellings()) {
                BY_NAME.put(spelling, op);
                ALL.add(spelling);
            }
        }
    }

    private FunctionNames() {
    }

    public static Optional<Op> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static boolean isFunctionName(String name) {
        return BY_NAME.containsKey(name);
    }

    /** All spellings, in the order of {@link Op}: "exp ln log sqrt ... max min", for help texts. */
    public static List<String> all() {
        return List.copyOf(ALL);
    }

    /**
     * The function a mistyped name most likely meant: the closest within two edits, or one edit for
     * short names, where two edits would turn 'c' into 'cos'. One- and two-letter names are
     * variables more often than typos, so they get no suggestion.
     */
    public static Optional<String> suggestionFor(String name) {
        if (name.length() < 3) return Optional.empty();
        String best = null;
        int bestDistance = name.length() <= 3 ? 2 : 3;
        for (String candidate : ALL) {
            int distance = editDistance(name.toLowerCase(), candidate);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                row[j] = Math.min(substitution, Math.min(previous[j], row[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = row;
            row = swap;
        }
        return previous[b.length()];
    }
}
