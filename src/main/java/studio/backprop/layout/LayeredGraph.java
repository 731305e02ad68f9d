package studio.backprop.layout;

import java.util.Arrays;

import studio.backprop.graph.ComputationGraph;

/**
 * A computation graph on its layers, with every long edge split into one dummy vertex per layer it
 * passes, so that every segment joins neighbouring layers: the graph the ordering phase sorts.
 * Vertices {@code 0 .. n-1} are the graph's nodes, the rest dummies. Each vertex has one port on
 * its right (a node's value goes out of one point) and, on its left, one port per operand slot
 * (a dummy has one), numbered from the top as ELK draws them. {@link #order} is the current order
 * of every layer, {@link #position} each vertex's place in it.
 */
final class LayeredGraph {

    final int nodeCount;
    final int[] layer;
    /** For each vertex, the vertex at the other end of the segment into each left port. */
    final int[][] up;
    /** For each vertex, the vertices its right port leads to, and the left port each segment ends in. */
    final int[][] down;
    final int[][] downPort;
    /** Where in its vertex's height each of those ports is, between 0 and 1: see {@link #leftPortKey}. */
    final double[][] downOffset;
    /** For each edge position, the dummy vertex in each layer between its operand and its user. */
    final int[][] dummies;
    final int[][] order;
    final int[] position;

    private LayeredGraph(int nodeCount, int[] layer, int[][] up, int[][] down, int[][] downPort, int[][] dummies,
                         int layers) {
        this.nodeCount = nodeCount;
        this.layer = layer;
        this.up = up;
        this.down = down;
        this.downPort = downPort;
        this.downOffset = new double[down.length][];
        for (int v = 0; v < down.length; v++) {
            downOffset[v] = new double[down[v].length];
            for (int k = 0; k < down[v].length; k++) downOffset[v][k] = portOffset(down[v][k], downPort[v][k]);
        }
        this.dummies = dummies;
        this.order = new int[layers][];
        this.position = new int[layer.length];
    }

    /** The graph on the given layers, which must leave no layer empty; put its layers in order with {@link #sortLayersBy}. */
    static LayeredGraph of(ComputationGraph graph, int[] nodeLayer) {
        int n = graph.size();
        int edges = graph.edgeCount();
        int vertices = n;
        for (int p = 0; p < edges; p++) {
            vertices += span(graph, nodeLayer, p) - 1;
        }
        int[] layer = Arrays.copyOf(nodeLayer, vertices);
        int[][] up = new int[vertices][];
        int[] downCount = new int[vertices];
        int[][] dummies = new int[edges][];
        for (int i = 0; i < n; i++) up[i] = new int[graph.operandCount(i)];
        int next = n;
        for (int p = 0; p < edges; p++) {
            int user = graph.edge(p).user().index();
            int operand = graph.edge(p).operand().index();
            dummies[p] = new int[span(graph, nodeLayer, p) - 1];
            int previous = operand;
            for (int k = 0; k < dummies[p].length; k++) {
                int dummy = next++;
                layer[dummy] = nodeLayer[operand] + 1 + k;
                up[dummy] = new int[] {previous};
                downCount[previous]++;
                dummies[p][k] = dummy;
                previous = dummy;
            }
            up[user][graph.edge(p).slot()] = previous;
            downCount[previous]++;
        }
        int[][] down = new int[vertices][];
        int[][] downPort = new int[vertices][];
        for (int v = 0; v < vertices; v++) {
            down[v] = new int[downCount[v]];
            downPort[v] = new int[downCount[v]];
            downCount[v] = 0;
        }
        for (int v = 0; v < vertices; v++) {
            for (int port = 0; port < up[v].length; port++) {
                int u = up[v][port];
                down[u][downCount[u]] = v;
                downPort[u][downCount[u]++] = port;
            }
        }
        int layers = 0;
        for (int l : nodeLayer) layers = Math.max(layers, l + 1);
        return new LayeredGraph(n, layer, up, down, downPort, dummies, layers);
    }

    private static int span(ComputationGraph graph, int[] nodeLayer, int position) {
        return nodeLayer[graph.edge(position).user().index()] - nodeLayer[graph.edge(position).operand().index()];
    }

    int vertexCount() {
        return layer.length;
    }

    int layerCount() {
        return order.length;
    }

    /** Puts every layer in the order of the keys, lowest first (ties by vertex number). */
    void sortLayersBy(double[] key) {
        Integer[] all = new Integer[vertexCount()];
        for (int v = 0; v < all.length; v++) all[v] = v;
        Arrays.sort(all, (a, b) -> layer[a] != layer[b] ? Integer.compare(layer[a], layer[b])
                : key[a] != key[b] ? Double.compare(key[a], key[b]) : Integer.compare(a, b));
        int[] size = new int[layerCount()];
        for (int v = 0; v < all.length; v++) size[layer[v]]++;
        for (int l = 0; l < size.length; l++) order[l] = new int[size[l]];
        int start = 0;
        for (int l = 0; l < size.length; l++) {
            for (int i = 0; i < size[l]; i++) order[l][i] = all[start + i];
            start += size[l];
            placeLayer(l);
        }
    }

    /** Brings {@link #position} up to date after {@code order[l]} changed. */
    void placeLayer(int l) {
        for (int i = 0; i < order[l].length; i++) position[order[l][i]] = i;
    }

    /** Where a segment ends on the left of {@code v}, as a number that orders all left ports of its layer. */
    double leftPortKey(int v, int port) {
        return position[v] + portOffset(v, port);
    }

    private double portOffset(int v, int port) {
        return (port + 1.0) / (up[v].length + 1.0);
    }

    /** All crossings between neighbouring layers, for the current order. */
    long crossings() {
        long total = 0;
        for (int l = 0; l + 1 < layerCount(); l++) total += crossingsBelow(l);
        return total;
    }

    /**
     * Crossings between layer {@code l} and the next: segments in the order of their upper ends
     * (segments from one vertex share its port and never cross each other), counted as the
     * inversions of their lower ends.
     */
    long crossingsBelow(int l) {
        int count = 0;
        for (int v : order[l]) count += down[v].length;
        double[] ends = new double[count];
        int filled = 0;
        for (int v : order[l]) {
            int from = filled;
            for (int k = 0; k < down[v].length; k++) ends[filled++] = position[down[v][k]] + downOffset[v][k];
            Arrays.sort(ends, from, filled);
        }
        return Inversions.count(ends);
    }
}
