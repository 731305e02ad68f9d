package studio.backprop.ui.scalars;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * Above the graph while the scalar view is on: what it shows and whether it agrees with the tensor
 * view, in red when not; for a vector output, which element its backward pass starts from.
 */
public final class ScalarViewBanner extends HBox {

    private static final PseudoClass WRONG = PseudoClass.getPseudoClass("wrong");

    public ScalarViewBanner(ScalarViewModel model) {
        super(12);
        getStyleClass().add("scalar-view-banner");
        setId("scalar-view-banner");
        setAlignment(Pos.CENTER_LEFT);
        Label text = new Label();
        text.setId("scalar-view-text");
        text.setWrapText(true);
        // A wrapped label in a row only gets the lines it needs when its height may follow its width.
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        text.setMaxWidth(Double.MAX_VALUE);
        text.textProperty().bind(model.bannerProperty());
        HBox.setHgrow(text, Priority.ALWAYS);

        Label from = new Label("Backward from");
        ComboBox<Integer> element = new ComboBox<>();
        element.setId("scalar-view-output");
        element.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer index) {
                return index == null ? "" : "output element " + (index + 1);
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        Runnable fill = () -> {
            element.getItems().clear();
            for (int i = 0; i < model.outputSizeProperty().get(); i++) element.getItems().add(i);
            element.setValue(Math.min(model.outputElementProperty().get(), element.getItems().size() - 1));
        };
        model.outputSizeProperty().addListener((observable, before, now) -> fill.run());
        fill.run();
        element.setOnAction(event -> {
            if (element.getValue() != null) model.outputElementProperty().set(element.getValue());
        });
        from.visibleProperty().bind(model.outputSizeProperty().greaterThan(1));
        from.managedProperty().bind(from.visibleProperty());
        element.visibleProperty().bind(from.visibleProperty());
        element.managedProperty().bind(from.visibleProperty());
        getChildren().addAll(text, from, element);

        visibleProperty().bind(model.bannerProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
        model.disagreesProperty().addListener((observable, before, now) -> pseudoClassStateChanged(WRONG, now));
    }
}
