package studio.backprop.layout;

import java.util.Locale;

import studio.backprop.graph.ComputationGraph;

/**
 * Whether a graph can be drawn at all, decided before any layout starts: beyond
 * {@value #MOST_CELLS} cells even the quick layout takes minutes (a 10,000-node shared-input DAG
 * has 928,000 cells and took half a minute to a minute), and ELK needs memory for every cell. A
 * graph past either limit gets no picture, and {@link TooLargeToDraw} says which limit it passed.
 */
public final class DrawingLimits {

    /** The most cells a picture is attempted for: about 15 s of {@link LayoutEffort#QUICK} here. */
    public static final long MOST_CELLS = 300_000;
    /**
     * What ELK's graph and our drawing cost per node and per long-edge dummy, with room to spare:
     * a 100,000-step chain needed between 600 MB and 900 MB of heap, a 5,000-node DAG of 332,000
     * cells between 600 MB and 900 MB (docs/benchmarks.md).
     */
    static final long BYTES_PER_NODE = 10_000;
    static final long BYTES_PER_DUMMY = 3_000;

    private DrawingLimits() {
    }

    /**
     * Throws {@link TooLargeToDraw} if the graph cannot be drawn here, as {@link ElkLayeredLayout}
     * would before starting: for whoever wants to know before asking for a layout.
     */
    public static void check(ComputationGraph graph) {
        check(graph.size(), LayeringEstimate.cells(graph));
    }

    /** Throws {@link TooLargeToDraw} if a graph of this size cannot be drawn here. */
    static void check(int nodes, long cells) {
        if (cells <= MOST_CELLS && neededBytes(nodes, cells) > available()) {
            // What looks in use may be garbage: collect it before refusing a picture for want of memory.
            System.gc();
        }
        check(nodes, cells, available());
    }

    /** As {@link #check(int, long)}, with {@code availableBytes} of memory free for the layout. */
    static void check(int nodes, long cells, long availableBytes) {
        if (cells > MOST_CELLS) {
            throw new TooLargeToDraw(String.format(Locale.ROOT, "This graph is too large to draw: it has %,d cells "
                    + "(its %,d nodes and the bends of its long edges), and a picture of more than %,d would take "
                    + "minutes to lay out", cells, nodes, MOST_CELLS));
        }
        long needed = neededBytes(nodes, cells);
        if (needed > availableBytes) throw notEnoughMemory(needed, null);
    }

    /** The layout ran out of memory after all: said the same way, with the error as the cause. */
    static TooLargeToDraw outOfMemory(int nodes, long cells, OutOfMemoryError cause) {
        return notEnoughMemory(neededBytes(nodes, cells), cause);
    }

    static long neededBytes(int nodes, long cells) {
        return nodes * BYTES_PER_NODE + (cells - nodes) * BYTES_PER_DUMMY;
    }

    private static TooLargeToDraw notEnoughMemory(long needed, OutOfMemoryError cause) {
        long most = Runtime.getRuntime().maxMemory();
        return new TooLargeToDraw(String.format(Locale.ROOT, "This graph is too large to draw in the memory Java "
                + "has: its layout needs about %,d MB, and Java has %,d MB in all, part of it in use "
                + "(start Java with more, such as java -Xmx%dg)", needed >> 20, most >> 20,
                Math.max(2, (most + needed + (1L << 30) - 1) >> 30)), cause);
    }

    private static long available() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
    }
}
