package studio.backprop.graph;

import java.util.List;
import java.util.Set;

import studio.backprop.expr.Versions;

/**
 * Chooses labels. Unnamed intermediate results get the course's letters u, v, w, ... (then t1,
 * t2, ...), skipping any name the program uses, so {@code 3*(a+b*c)} reads like the lecture:
 * u = b·c, v = a + u, J = 3·v. A name assigned again gets primes: c, c′, c″, c‴, c⁽⁴⁾.
 */
final class Labels {

    private static final List<String> LETTERS = List.of("u", "v", "w", "p", "q", "r", "s", "t", "k", "m", "n");

    private final Set<String> taken;
    private int nextLetter;
    private int nextNumber = 1;

    Labels(Set<String> programNames) {
        this.taken = programNames;
    }

    String fresh() {
        while (nextLetter < LETTERS.size()) {
            String letter = LETTERS.get(nextLetter++);
            if (!taken.contains(letter)) return letter;
        }
        while (true) {
            String name = "t" + nextNumber++;
            if (!taken.contains(name)) return name;
        }
    }

    /** The label for definition number {@code version} (from 1) of {@code name}: the name, then with primes. */
    static String version(String name, int version) {
        return Versions.label(name, version);
    }
}
