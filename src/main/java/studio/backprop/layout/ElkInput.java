package studio.backprop.layout;

import org.eclipse.elk.alg.layered.options.LayerConstraint;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;

import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.Node;
import studio.backprop.graph.OperandEdge;

/**
 * A computation graph translated into ELK's graph: one ELK node per node, sized by
 * {@link BoxMeasure}, and one ELK edge per operand edge, with a label reserving room for the local
 * derivative. Keeps arrays from our indices to ELK's elements so that reading the result back is a
 * loop, not a map lookup.
 *
 * <ul>
 *   <li>Ports: every node has one port on its right (EAST) for its value and one port per operand
 *       on its left (WEST), in a fixed order with the first operand at the top, so that
 *       {@code a − b} reads top to bottom as it is written. ELK numbers ports clockwise from the
 *       top-left corner, which on the west side runs bottom to top: the port of slot {@code s} of
 *       {@code k} gets index {@code k − s} (index 0 is the east port).</li>
 *   <li>Layers: inputs are constrained to the first layer; the output to a last layer of its own
 *       ({@code LAST_SEPARATE}), because a plain {@code LAST} lets an unused step share it.</li>
 *   <li>Labels: each edge label sits at the edge's head, next to the operand port it belongs to,
 *       which is where the chain rule multiplies by it. ELK reserves room for head labels in the
 *       target's margin (the corpus tests check that they overlap no node and no other label), and
 *       unlike centre labels they add no layers of their own: drawings are narrower, and a 100-node
 *       DAG took half the time.</li>
 *   <li>Order: nodes and edges are created in {@link ReadingOrder}; the order ELK draws comes
 *       from {@link InteractiveHandOff}, except at {@link LayoutEffort#QUICK}, which does
 *       without crossing minimization.</li>
 * </ul>
 */
final class ElkInput {

    /** ELK ignores labels without text; the real text depends on values and is not ELK's business. */
    private static final String LABEL_PLACEHOLDER = "∂";

    final ElkNode root;
    final ElkNode[] nodes;
    final ElkEdge[] edges;

    private ElkInput(ComputationGraph graph) {
        root = ElkGraphUtil.createGraph();
        nodes = new ElkNode[graph.size()];
        edges = new ElkEdge[graph.edgeCount()];
    }

    static ElkInput of(ComputationGraph graph, BoxMeasure measure) {
        ElkInput input = new ElkInput(graph);
        int[] order = ReadingOrder.of(graph);
        ElkPort[] valuePorts = new ElkPort[graph.size()];
        ElkPort[][] operandPorts = new ElkPort[graph.size()][];
        for (int index : order) {
            Node node = graph.node(index);
            ElkNode elkNode = input.addNode(node, graph, measure);
            valuePorts[index] = port(elkNode, PortSide.EAST, 0);
            int operands = graph.operandCount(index);
            operandPorts[index] = new ElkPort[operands];
            for (int slot = 0; slot < operands; slot++) {
                operandPorts[index][slot] = port(elkNode, PortSide.WEST, operands - slot);
            }
        }
        for (int index : order) {
            for (int slot = 0; slot < graph.operandCount(index); slot++) {
                OperandEdge edge = graph.operandEdge(index, slot);
                input.addEdge(graph, edge, valuePorts[edge.operand().index()], operandPorts[index][slot], measure);
            }
        }
        return input;
    }

    private ElkNode addNode(Node node, ComputationGraph graph, BoxMeasure measure) {
        ElkNode elkNode = ElkGraphUtil.createNode(root);
        elkNode.setIdentifier(node.id());
        elkNode.setDimensions(measure.nodeWidth(node), measure.nodeHeight(node));
        elkNode.setProperty(LayeredOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_ORDER);
        if (node.isInput()) {
            elkNode.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.FIRST);
        } else if (node == graph.output()) {
            elkNode.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.LAST_SEPARATE);
        }
        nodes[node.index()] = elkNode;
        return elkNode;
    }

    private static ElkPort port(ElkNode node, PortSide side, int clockwiseIndex) {
        ElkPort port = ElkGraphUtil.createPort(node);
        port.setDimensions(0, 0);
        port.setProperty(LayeredOptions.PORT_SIDE, side);
        port.setProperty(LayeredOptions.PORT_INDEX, clockwiseIndex);
        return port;
    }

    private void addEdge(ComputationGraph graph, OperandEdge edge, ElkPort source, ElkPort target, BoxMeasure measure) {
        ElkEdge elkEdge = ElkGraphUtil.createSimpleEdge(source, target);
        ElkLabel label = ElkGraphUtil.createLabel(LABEL_PLACEHOLDER, elkEdge);
        label.setDimensions(measure.edgeLabelWidth(graph, edge), measure.edgeLabelHeight());
        label.setProperty(LayeredOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.HEAD);
        edges[edge.position()] = elkEdge;
    }
}
