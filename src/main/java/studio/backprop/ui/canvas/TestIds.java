package studio.backprop.ui.canvas;

import studio.backprop.graph.Node;

/**
 * The CSS ids of canvas parts, by node label, so tests and style sheets can find "#value-J".
 * Constants share labels ("3" twice), so they go by node id instead.
 */
final class TestIds {

    private TestIds() {
    }

    static String node(Node node) {
        return "node-" + key(node);
    }

    static String value(Node node) {
        return "value-" + key(node);
    }

    static String gradient(Node node) {
        return "gradient-" + key(node);
    }

    private static String key(Node node) {
        return node.isConstant() ? node.id() : node.label();
    }
}
