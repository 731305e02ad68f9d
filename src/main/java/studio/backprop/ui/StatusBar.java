package studio.backprop.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;

/**
 * One line along the bottom of the window for what the student should know but need not act on:
 * a graph drawn with the quick layout, settings that were reset. Hidden when
 * there is nothing to say, and in the presentation layout, where the class is watching. A click
 * dismisses the notice.
 */
final class StatusBar extends Label {

    StatusBar(StudioModel model) {
        setId("status-bar");
        getStyleClass().add("status-bar");
        setWrapText(true);
        setMaxWidth(Double.MAX_VALUE);
        textProperty().bind(model.statusProperty());
        visibleProperty().bind(Bindings.createBooleanBinding(
                () -> !model.statusProperty().get().isEmpty() && !model.presentingProperty().get(),
                model.statusProperty(), model.presentingProperty()));
        managedProperty().bind(visibleProperty());
        // A notice has been read once it is clicked; what is true of the picture stays.
        setOnMouseClicked(event -> model.noticeProperty().set(""));
        setTooltip(new javafx.scene.control.Tooltip("Click to dismiss"));
    }
}
