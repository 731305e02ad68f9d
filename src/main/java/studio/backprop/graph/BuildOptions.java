package studio.backprop.graph;

/**
 * How to turn a program into a graph.
 *
 * @param tree keep identical subexpressions as separate nodes, so that {@code (a+b)*(a+b)} shows
 *             two additions, instead of merging them into one node with two uses
 * @param data where data inputs read a CSV file, and which rows a training step gives them
 */
public record BuildOptions(boolean tree, DataSource data) {

    public static final BuildOptions MERGED = new BuildOptions(false, DataSource.NONE);
    public static final BuildOptions TREE = new BuildOptions(true, DataSource.NONE);

    public BuildOptions(boolean tree) {
        this(tree, DataSource.NONE);
    }

    public BuildOptions withData(DataSource source) {
        return new BuildOptions(tree, source);
    }
}
