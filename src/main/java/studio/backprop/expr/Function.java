package studio.backprop.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The built-in functions, each under every name a student may use for it. */
public enum Function {
    EXP(1, "exp"),
    LN(1, "ln", "log"),
    SQRT(1, "sqrt"),
    SIN(1, "sin"),
    COS(1, "cos"),
    TAN(1, "tan"),
    TANH(1, "tanh"),
    SIGMOID(1, "sigmoid", "σ"),
    RELU(1, "relu"),
    ABS(1, "abs"),
    MAX(2, "max"),
    MIN(2, "min");

    private final int arity;
    private final List<String> names;

    Function(int arity, String... names) {
        this.arity = arity;
        this.names = List.of(names);
    }

    public int arity() {
        return arity;
    }

    /** The name used when printing: "exp", "ln", "sigmoid". */
    public String displayName() {
        return names.get(0);
    }

    public static Optional<Function> named(String name) {
        return Optional.ofNullable(ByName.TABLE.get(name));
    }

    /** Every spelling of every function; asked once per name in a program, so a table, not a search. */
    private static final class ByName {
        static final java.util.Map<String, Function> TABLE = new java.util.HashMap<>();

        static {
            for (Function function : values()) {
                function.names.forEach(name -> TABLE.put(name, function));
            }
        }
    }

    public static boolean isFunctionName(String name) {
        return named(name).isPresent();
    }

    /**
     * The function a mistyped name most likely meant, for "Did you mean 'sigmoid'?": the closest
     * within two edits, or one edit for short names, where two edits would turn 'c' into 'cos'.
     * One- and two-letter names are variables more often than typos, so they get no suggestion.
     */
    public static Optional<String> suggestionFor(String name) {
        if (name.length() < 3) return Optional.empty();
        String best = null;
        int bestDistance = name.length() <= 3 ? 2 : 3;
        for (String candidate : allNames()) {
            int distance = editDistance(name.toLowerCase(), candidate);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    public static List<String> allNames() {
        List<String> all = new ArrayList<>();
        for (Function function : values()) {
            all.addAll(function.names);
        }
        return all;
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
