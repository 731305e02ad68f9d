package studio.backprop.graph;

/**
 * How to turn a program into a graph.
 *
 * @param tree keep identical subexpressions as separate nodes, so that {@code (a+b)*(a+b)} shows
 *             two additions, instead of merging them into one node with two uses
 */
public record BuildOptions(boolean tree) {

    public static final BuildOptions MERGED = new BuildOptions(false);
    public static final BuildOptions TREE = new BuildOptions(true);
}
