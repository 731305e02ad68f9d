package studio.backprop.ui;

import java.util.function.Predicate;

import javafx.scene.Node;

import studio.backprop.ui.canvas.TestIds;

/** Finds a node's view ("node-u") or its value or gradient line ("value-J", "gradient-c") on the canvas. */
final class CanvasParts {

    private CanvasParts() {
    }

    static <T extends Node> Predicate<T> part(String id) {
        return view -> id.equals(view.getProperties().get(TestIds.PROPERTY));
    }
}
