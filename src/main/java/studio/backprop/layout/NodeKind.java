package studio.backprop.layout;

import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.Node;

/** What a box stands for, so that renderers can style it: the output wins over its op. */
public enum NodeKind {
    INPUT,
    CONSTANT,
    OPERATION,
    OUTPUT;

    static NodeKind of(Node node, ComputationGraph graph) {
        if (node == graph.output()) return OUTPUT;
        if (node.isInput()) return INPUT;
        if (node.isConstant()) return CONSTANT;
        return OPERATION;
    }
}
