package studio.backprop.expr;

import java.util.Locale;

/**
 * How large a program may be, from the memory Java was given. A program past the limit is refused
 * with a message that names it, long before memory runs out: a 50 MB one-line program used to
 * churn for a minute and then die with an OutOfMemoryError. The parser counts the tokens of each
 * statement and the graph builder its nodes, both against {@link #mostNodes()}.
 */
public final class SizeLimit {

    /**
     * What a node may cost, from text to both passes, with room to spare for the window, the
     * drawing and the garbage collector: the million-node chain evaluates in a 400 MB heap, about
     * 400 bytes a node.
     */
    static final long BYTES_PER_NODE = 1_000;
    /** However little memory there is, programs of this size are allowed (they need about 40 MB). */
    static final int FLOOR = 100_000;

    private SizeLimit() {
    }

    /** The most nodes a program may have, and the most tokens a statement may have, in this Java. */
    public static int mostNodes() {
        long byMemory = Runtime.getRuntime().maxMemory() / BYTES_PER_NODE;
        return (int) Math.min(Integer.MAX_VALUE - 16, Math.max(FLOOR, byMemory));
    }

    public static String tooManyNodes(int limit) {
        return String.format(Locale.ROOT, "The program has more than %,d nodes, the most that fit in the memory Java "
                + "has (%,d MB). %s", limit, megabytes(), REMEDY);
    }

    static String tooManyTokens(int limit) {
        return String.format(Locale.ROOT, "This statement is longer than %,d symbols, the most that fit in the memory "
                + "Java has (%,d MB). %s", limit, megabytes(), REMEDY);
    }

    /** For whoever catches an OutOfMemoryError while working through a program. */
    public static String outOfMemory() {
        return String.format(Locale.ROOT, "The program needs more memory than Java was given (%,d MB). %s",
                megabytes(), REMEDY);
    }

    private static final String REMEDY = "Split it into smaller programs, or give Java more, as in "
            + "java -Xmx8g -jar backprop-studio.jar ...";

    private static long megabytes() {
        return Runtime.getRuntime().maxMemory() >> 20;
    }
}
