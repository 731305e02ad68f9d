package studio.backprop.presentation;

import studio.backprop.graph.Node;

/**
 * Numbers held back in reveal mode, so a class can guess dc before it sees 9: a hidden value or
 * dvar shows as "?" even once the pass has reached it.
 */
public interface Concealment {

    Concealment NONE = new Concealment() {
        @Override
        public boolean hidesValue(Node node) {
            return false;
        }

        @Override
        public boolean hidesGradient(Node node) {
            return false;
        }
    };

    boolean hidesValue(Node node);

    boolean hidesGradient(Node node);
}
