package studio.backprop.expr;

/**
 * How the k-th definition of a name is labelled: c, then c′, c″, c‴, c⁽⁴⁾, ... The graph labels its
 * nodes so, and the program's text is matched to them so when values are written back into it.
 */
public final class Versions {

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private Versions() {
    }

    /** The label for definition number {@code version} (from 1) of {@code name}: the name, then with primes. */
    public static String label(String name, int version) {
        return switch (version) {
            case 1 -> name;
            case 2 -> name + "′";
            case 3 -> name + "″";
            case 4 -> name + "‴";
            default -> name + superscript(version - 1);
        };
    }

    private static String superscript(int n) {
        StringBuilder digits = new StringBuilder("⁽");
        for (char c : Integer.toString(n).toCharArray()) {
            digits.append(SUPERSCRIPTS.charAt(c - '0'));
        }
        return digits.append("⁾").toString();
    }
}
