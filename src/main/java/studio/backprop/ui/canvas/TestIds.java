package studio.backprop.ui.canvas;

import studio.backprop.graph.Node;

/**
 * How tests find a node's view and its value and gradient lines: by node label ("value-J"), kept in
 * the view's properties under {@link #PROPERTY}. Not CSS ids: JavaFX matches the style sheets
 * afresh for every distinct id, and with an id per view, drawing a 1,000-node graph took the FX
 * thread a third longer (docs/benchmarks.md). Constants share labels ("3" twice), so they go by
 * node id instead.
 */
public final class TestIds {

    /** The key in {@link javafx.scene.Node#getProperties()} under which a canvas part keeps its name. */
    public static final String PROPERTY = "backprop.test-id";

    private TestIds() {
    }

    static void mark(javafx.scene.Node view, String id) {
        view.getProperties().put(PROPERTY, id);
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
