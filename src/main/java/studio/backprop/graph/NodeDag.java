package studio.backprop.graph;

import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.jgrapht.Graph;
import org.jgrapht.GraphType;
import org.jgrapht.graph.DirectedAcyclicGraph;
import org.jgrapht.graph.GraphSpecificsStrategy;
import org.jgrapht.graph.IntrusiveEdgesSpecifics;
import org.jgrapht.graph.UniformIntrusiveEdgesSpecifics;
import org.jgrapht.graph.specifics.DirectedSpecifics;
import org.jgrapht.graph.specifics.Specifics;

/**
 * JGraphT's {@link DirectedAcyclicGraph}, set up for graphs of a known size whose vertices arrive
 * in topological order: maps sized up front, and the topological index kept in arrays indexed by
 * {@link Node#index()} instead of two hash maps. For a million-node program this halves what
 * JGraphT holds per vertex and saves the rehashing.
 */
final class NodeDag extends DirectedAcyclicGraph<Node, OperandEdge> {

    private static final long serialVersionUID = 1L;

    NodeDag(int vertices, int edges) {
        super(null, null, new VisitedBitSetImpl(), new DenseTopologicalOrder(vertices), false, true,
                new Presized(vertices, edges));
    }

    /** Topological index by node index, and node by topological index (JGraphT counts from 1). */
    private static final class DenseTopologicalOrder implements TopoOrderMap<Node> {

        private static final long serialVersionUID = 1L;

        private Node[] byTopologicalIndex;
        private int[] topologicalIndexOf;

        DenseTopologicalOrder(int capacity) {
            byTopologicalIndex = new Node[capacity + 1];
            topologicalIndexOf = new int[capacity];
        }

        @Override
        public void putVertex(Integer index, Node vertex) {
            if (index < 1) {
                throw new IllegalStateException("topological index " + index + ": vertices must arrive in order");
            }
            if (index >= byTopologicalIndex.length) {
                byTopologicalIndex = Arrays.copyOf(byTopologicalIndex, Math.max(index + 1, byTopologicalIndex.length * 2));
            }
            if (vertex.index() >= topologicalIndexOf.length) {
                topologicalIndexOf = Arrays.copyOf(topologicalIndexOf, Math.max(vertex.index() + 1, topologicalIndexOf.length * 2));
            }
            byTopologicalIndex[index] = vertex;
            topologicalIndexOf[vertex.index()] = index;
        }

        @Override
        public Node getVertex(Integer index) {
            return index >= 1 && index < byTopologicalIndex.length ? byTopologicalIndex[index] : null;
        }

        @Override
        public Integer getTopologicalIndex(Node vertex) {
            int index = vertex.index() < topologicalIndexOf.length ? topologicalIndexOf[vertex.index()] : 0;
            return index == 0 ? null : index;
        }

        @Override
        public Integer removeVertex(Node vertex) {
            Integer index = getTopologicalIndex(vertex);
            if (index != null) {
                byTopologicalIndex[index] = null;
                topologicalIndexOf[vertex.index()] = 0;
            }
            return index;
        }

        @Override
        public void removeAllVertices() {
            Arrays.fill(byTopologicalIndex, null);
            Arrays.fill(topologicalIndexOf, 0);
        }
    }

    /** JGraphT's default storage without the vertex-pair index, with maps sized for the whole graph. */
    private static final class Presized implements GraphSpecificsStrategy<Node, OperandEdge> {

        private static final long serialVersionUID = 1L;

        private final int vertices;
        private final int edges;

        Presized(int vertices, int edges) {
            this.vertices = vertices;
            this.edges = edges;
        }

        @Override
        public Function<GraphType, IntrusiveEdgesSpecifics<Node, OperandEdge>> getIntrusiveEdgesSpecificsFactory() {
            return (Function<GraphType, IntrusiveEdgesSpecifics<Node, OperandEdge>> & Serializable)
                    type -> new UniformIntrusiveEdgesSpecifics<>(new LinkedHashMap<>(capacity(edges)));
        }

        @Override
        public BiFunction<Graph<Node, OperandEdge>, GraphType, Specifics<Node, OperandEdge>> getSpecificsFactory() {
            return (BiFunction<Graph<Node, OperandEdge>, GraphType, Specifics<Node, OperandEdge>> & Serializable)
                    (graph, type) -> new DirectedSpecifics<>(graph, new LinkedHashMap<>(capacity(vertices)), getEdgeSetFactory());
        }

        private static int capacity(int entries) {
            return (int) Math.min(Integer.MAX_VALUE, entries * 4L / 3 + 1);
        }
    }
}
