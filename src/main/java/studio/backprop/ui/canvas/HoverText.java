package studio.backprop.ui.canvas;

import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A tooltip made on the first hover. A Tooltip is a window of its own and costs as much to build as
 * the node it explains; a graph of a thousand nodes would otherwise build a thousand of them that
 * nobody opens.
 */
final class HoverText {

    private final Node owner;
    private Supplier<String> text = () -> "";
    private Tooltip tooltip;

    HoverText(Node owner) {
        this.owner = owner;
        owner.addEventHandler(MouseEvent.MOUSE_ENTERED, event -> show());
    }

    String text() {
        String written = text.get();
        return written == null ? "" : written;
    }

    void setText(String newText) {
        setText(() -> newText);
    }

    /** The text is worked out only when someone hovers: a formula for every node on every step adds up. */
    void setText(Supplier<String> newText) {
        text = newText;
        if (tooltip != null && tooltip.isShowing()) tooltip.setText(text());
    }

    /** The text again, for an owner whose text depends on where the pointer is. */
    void refresh() {
        if (tooltip != null && tooltip.isShowing()) tooltip.setText(text());
    }

    private void show() {
        if (tooltip == null) {
            tooltip = new Tooltip();
            Tooltip.install(owner, tooltip);
        }
        tooltip.setText(text());
    }
}
