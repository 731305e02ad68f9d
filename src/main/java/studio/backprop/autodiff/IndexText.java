package studio.backprop.autodiff;

import studio.backprop.graph.Node;

/** How an index node is written, counted from 1 as the course counts: W1[3,2], x[1]. */
final class IndexText {

    private IndexText() {
    }

    static String of(Node index, Node target) {
        int element = index.element();
        if (target.shape().isMatrix() && target.shape().rows() > 1 && target.shape().columns() > 1) {
            int columns = target.shape().columns();
            return target.label() + "[" + (element / columns + 1) + "," + (element % columns + 1) + "]";
        }
        return target.label() + "[" + (element + 1) + "]";
    }
}
