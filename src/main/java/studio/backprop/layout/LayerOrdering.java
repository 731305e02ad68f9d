package studio.backprop.layout;

import java.util.Arrays;
import java.util.Random;
import java.util.function.BooleanSupplier;

import studio.backprop.graph.ComputationGraph;

/**
 * The ordering phase: the order of the nodes and long-edge dummies within each layer. Pre: a
 * {@link LayeredGraph}. Post: every layer in an order with few crossings, and never more than the
 * starting order has, which is the {@link ReadingOrder}; so a tree, whose reading order has none,
 * keeps it, with operands in slot order.
 *
 * <p>This is dot's method (Gansner et al., "A technique for drawing directed graphs", 1993):
 * sweeps that sort each layer by the weighted median of its neighbours in the layer before,
 * alternately downwards and upwards, each followed by transposition of neighbours while that
 * removes crossings, keeping the best order seen, and stopping when a few sweeps in a row brought
 * no real improvement. ELK's own layer sweep (barycenters, random restarts) left 1.5 to 1.7 times
 * dot's crossings on graphs whose inputs are used at every depth (docs/benchmarks.md).
 */
final class LayerOrdering {

    /** dot's: an improvement counts only if it removes more than half a percent of the crossings. */
    private static final double CONVERGENCE = 0.995;

    private final LayeredGraph graph;
    private final int transposePasses;
    /** A cancelled layout should not wait for the sweeps: asked before each one. */
    private final BooleanSupplier stop;
    private final boolean[] candidate;
    private final double[] median;

    private LayerOrdering(LayeredGraph graph, int transposePasses, BooleanSupplier stop) {
        this.graph = graph;
        this.transposePasses = transposePasses;
        this.stop = stop;
        this.candidate = new boolean[graph.layerCount()];
        this.median = new double[graph.vertexCount()];
    }

    /**
     * Orders the layers of {@code layered}, starting from the reading order, with as many sweeps
     * and passes of transposition as {@code effort} allows.
     */
    static void order(ComputationGraph graph, LayeredGraph layered, LayoutEffort effort) {
        order(graph, layered, effort, () -> false);
    }

    /** As {@link #order(ComputationGraph, LayeredGraph, LayoutEffort)}, stopping with the best order so far once {@code stop} says so. */
    static void order(ComputationGraph graph, LayeredGraph layered, LayoutEffort effort, BooleanSupplier stop) {
        readingOrder(graph, layered);
        LayerOrdering ordering = new LayerOrdering(layered, effort.transposePasses(), stop);
        long best = ordering.minimize(effort.sweeps(), effort.patience());
        int[][] bestOrder = copy(layered.order);
        Random shuffles = new Random(LayeredSettings.RANDOM_SEED);
        for (int start = 1; start < effort.starts() && best > 0 && !stop.getAsBoolean(); start++) {
            // Sweeps and swaps of neighbours get stuck where only moving several vertices at once
            // helps; another start, each layer upside down and then shuffled, often gets past that.
            for (int l = 0; l < layered.layerCount(); l++) {
                int[] layer = bestOrder[l].clone();
                if (start == 1) reverse(layer);
                else shuffle(layer, shuffles);
                layered.order[l] = layer;
                layered.placeLayer(l);
            }
            long crossings = ordering.minimize(effort.sweeps(), effort.patience());
            if (crossings < best) {
                best = crossings;
                bestOrder = copy(layered.order);
            }
        }
        for (int l = 0; l < layered.layerCount(); l++) {
            layered.order[l] = bestOrder[l];
            layered.placeLayer(l);
        }
    }

    private static void reverse(int[] layer) {
        for (int i = 0, j = layer.length - 1; i < j; i++, j--) {
            int t = layer[i];
            layer[i] = layer[j];
            layer[j] = t;
        }
    }

    private static void shuffle(int[] layer, Random random) {
        for (int i = layer.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = layer[i];
            layer[i] = layer[j];
            layer[j] = t;
        }
    }

    /** Puts every layer in reading order: where the sweeps start. */
    static void readingOrder(ComputationGraph graph, LayeredGraph layered) {
        layered.sortLayersBy(readingKeys(graph, layered));
    }

    /** Nodes at their reading rank; a dummy where its edge reads. */
    private static double[] readingKeys(ComputationGraph graph, LayeredGraph layered) {
        ReadingOrder reading = ReadingOrder.walk(graph);
        double[] key = new double[layered.vertexCount()];
        for (int i = 0; i < graph.size(); i++) key[i] = reading.rank[i];
        for (int p = 0; p < graph.edgeCount(); p++) {
            for (int dummy : layered.dummies[p]) key[dummy] = reading.edgeKey[p];
        }
        return key;
    }

    /** Sweeps from the current order; leaves the best order found and returns its crossings. */
    private long minimize(int sweeps, int patience) {
        long best = graph.crossings();
        int[][] bestOrder = copy(graph.order);
        long current = best;
        int idle = 0;
        for (int sweep = 0; sweep < sweeps && current > 0 && idle++ < patience && !stop.getAsBoolean(); sweep++) {
            boolean reverse = sweep % 4 < 2;
            if (sweep % 2 == 0) {
                for (int l = 1; l < graph.layerCount(); l++) reorder(l, true, reverse);
            } else {
                for (int l = graph.layerCount() - 2; l >= 0; l--) reorder(l, false, reverse);
            }
            transpose(!reverse);
            current = graph.crossings();
            if (current <= best) {
                if (current < CONVERGENCE * best) idle = 0;
                best = current;
                bestOrder = copy(graph.order);
            }
        }
        for (int l = 0; l < graph.layerCount(); l++) {
            graph.order[l] = bestOrder[l];
            graph.placeLayer(l);
        }
        if (best > 0 && !stop.getAsBoolean()) {
            transpose(false);
            best = graph.crossings();
        }
        return best;
    }

    private static int[][] copy(int[][] order) {
        int[][] copy = new int[order.length][];
        for (int l = 0; l < order.length; l++) copy[l] = order[l].clone();
        return copy;
    }

    /**
     * Sorts layer {@code l} by the medians of its neighbours above ({@code fromAbove}, the layer to
     * the left) or below; vertices without such neighbours keep their places.
     */
    private void reorder(int l, boolean fromAbove, boolean reverse) {
        int[] layer = graph.order[l];
        int movable = 0;
        for (int v : layer) {
            median[v] = fromAbove ? medianAbove(v) : medianBelow(v);
            if (median[v] >= 0) movable++;
        }
        if (movable < 2) return;
        Integer[] sorted = new Integer[movable];
        int k = 0;
        for (int v : layer) if (median[v] >= 0) sorted[k++] = v;
        Arrays.sort(sorted, (a, b) -> median[a] != median[b] ? Double.compare(median[a], median[b])
                : reverse ? Integer.compare(graph.position[b], graph.position[a])
                : Integer.compare(graph.position[a], graph.position[b]));
        k = 0;
        for (int i = 0; i < layer.length; i++) {
            if (median[layer[i]] >= 0) layer[i] = sorted[k++];
        }
        graph.placeLayer(l);
    }

    private double medianAbove(int v) {
        int[] up = graph.up[v];
        double[] values = new double[up.length];
        for (int k = 0; k < up.length; k++) values[k] = graph.position[up[k]];
        return weightedMedian(values);
    }

    private double medianBelow(int v) {
        int[] down = graph.down[v];
        double[] values = new double[down.length];
        for (int k = 0; k < down.length; k++) values[k] = graph.position[down[k]] + graph.downOffset[v][k];
        return weightedMedian(values);
    }

    /** dot's weighted median: -1 for none; between the two middle values, towards the denser side. */
    private static double weightedMedian(double[] values) {
        int n = values.length;
        if (n == 0) return -1;
        Arrays.sort(values);
        if (n == 1) return values[0];
        if (n == 2) return (values[0] + values[1]) / 2;
        int middle = n / 2;
        if (n % 2 == 1) return values[middle];
        double left = values[middle - 1] - values[0];
        double right = values[n - 1] - values[middle];
        if (left + right == 0) return (values[middle - 1] + values[middle]) / 2;
        return (values[middle - 1] * right + values[middle] * left) / (left + right);
    }

    /**
     * Swaps neighbours in a layer while that removes crossings; with {@code reverse}, also when it
     * keeps them. Each pass goes through the layers where the last one changed something, at
     * most {@link #transposePasses} times.
     */
    private void transpose(boolean reverse) {
        Arrays.fill(candidate, true);
        long improved;
        int passes = 0;
        do {
            improved = 0;
            for (int l = 0; l < graph.layerCount(); l++) {
                if (candidate[l]) improved += transposeLayer(l, reverse);
            }
        } while (improved > 0 && ++passes < transposePasses);
    }

    private long transposeLayer(int l, boolean reverse) {
        candidate[l] = false;
        int[] layer = graph.order[l];
        long improved = 0;
        for (int i = 0; i + 1 < layer.length; i++) {
            int v = layer[i], w = layer[i + 1];
            countPair(v, w);
            long before = pairCrossings;
            if (before == 0) continue;
            long after = pairCrossingsSwapped;
            if (after < before || (reverse && after == before)) {
                layer[i] = w;
                layer[i + 1] = v;
                graph.position[w] = i;
                graph.position[v] = i + 1;
                improved += before - after;
                if (after < before) {
                    // Only a real improvement can open another one nearby; a tie swapped is just a new start.
                    candidate[l] = true;
                    if (l > 0) candidate[l - 1] = true;
                    if (l + 1 < candidate.length) candidate[l + 1] = true;
                }
            }
        }
        return improved;
    }

    /** Crossings among the segments of {@code v} and {@code w}: with {@code v} above, and with {@code w} above. */
    private long pairCrossings;
    private long pairCrossingsSwapped;
    /** Reused buffers for the far ends of two vertices' segments. */
    private double[] endsOfV = new double[8];
    private double[] endsOfW = new double[8];

    /**
     * Two segments on the same side of {@code v} and {@code w} cross when their far ends are in the
     * opposite order to {@code v} and {@code w}; ends that coincide (one vertex above, one port
     * below) never cross. Sorting the ends first makes this linear rather than quadratic in the
     * degrees, which matters for inputs used a hundred times.
     */
    private void countPair(int v, int w) {
        pairCrossings = 0;
        pairCrossingsSwapped = 0;
        int[] upV = graph.up[v], upW = graph.up[w];
        if (upV.length == 1 && upW.length == 1) {
            compare(graph.position[upV[0]], graph.position[upW[0]]);
        } else {
            endsOfV = farEnds(upV, null, endsOfV);
            endsOfW = farEnds(upW, null, endsOfW);
            compare(endsOfV, upV.length, endsOfW, upW.length);
        }
        int[] downV = graph.down[v], downW = graph.down[w];
        if (downV.length == 1 && downW.length == 1) {
            compare(graph.position[downV[0]] + graph.downOffset[v][0], graph.position[downW[0]] + graph.downOffset[w][0]);
        } else {
            endsOfV = farEnds(downV, graph.downOffset[v], endsOfV);
            endsOfW = farEnds(downW, graph.downOffset[w], endsOfW);
            compare(endsOfV, downV.length, endsOfW, downW.length);
        }
    }

    /** The common case of two dummies: one segment each. */
    private void compare(double a, double b) {
        if (a > b) pairCrossings++;
        else if (a < b) pairCrossingsSwapped++;
    }

    private double[] farEnds(int[] others, double[] portOffsets, double[] buffer) {
        double[] ends = buffer.length >= others.length ? buffer : new double[2 * others.length];
        for (int k = 0; k < others.length; k++) {
            ends[k] = graph.position[others[k]] + (portOffsets == null ? 0 : portOffsets[k]);
        }
        Arrays.sort(ends, 0, others.length);
        return ends;
    }

    /** Adds the pairs with {@code a[i] > b[j]} to the crossings, those with {@code a[i] < b[j]} to the swapped ones. */
    private void compare(double[] a, int n, double[] b, int m) {
        if (n == 0 || m == 0) return;
        int below = 0, belowOrEqual = 0;
        for (int i = 0; i < n; i++) {
            while (below < m && b[below] < a[i]) below++;
            if (belowOrEqual < below) belowOrEqual = below;
            while (belowOrEqual < m && b[belowOrEqual] <= a[i]) belowOrEqual++;
            pairCrossings += below;
            pairCrossingsSwapped += m - belowOrEqual;
        }
    }
}
