package studio.backprop.ui.examples;

import java.util.function.Consumer;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;

import studio.backprop.io.ExampleCatalog;

/** File → Examples: the course's programs, each with a title and a line on what it teaches. */
public final class ExampleGallery {

    private final Stage owner;
    private final Consumer<ExampleCatalog.Example> onOpen;

    public ExampleGallery(Stage owner, Consumer<ExampleCatalog.Example> onOpen) {
        this.owner = owner;
        this.onOpen = onOpen;
    }

    public void show() {
        Stage dialog = new Stage();
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle("Examples");

        ListView<ExampleCatalog.Example> list = new ListView<>();
        list.setId("example-list");
        list.getItems().setAll(ExampleCatalog.all());
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(ExampleCatalog.Example example, boolean empty) {
                super.updateItem(example, empty);
                if (empty || example == null) {
                    setGraphic(null);
                    return;
                }
                Label title = new Label(example.title());
                title.getStyleClass().add("example-title");
                Label summary = new Label(example.summary());
                summary.getStyleClass().add("example-summary");
                summary.setWrapText(true);
                summary.setMaxWidth(520);
                setGraphic(new VBox(2, title, summary));
            }
        });
        list.getSelectionModel().selectFirst();
        Button open = new Button("Open");
        open.setId("open-example");
        open.setDefaultButton(true);
        open.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        Runnable choose = () -> {
            ExampleCatalog.Example example = list.getSelectionModel().getSelectedItem();
            dialog.close();
            if (example != null) onOpen.accept(example);
        };
        open.setOnAction(event -> choose.run());
        cancel.setOnAction(event -> dialog.close());
        list.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) choose.run();
        });
        HBox buttons = new HBox(8, cancel, open);
        buttons.setPadding(new Insets(8, 0, 0, 0));
        buttons.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        BorderPane pane = new BorderPane(list, null, null, buttons, null);
        pane.setPadding(new Insets(12));
        VBox.setVgrow(list, Priority.ALWAYS);
        Scene scene = new Scene(pane, 600, 560);
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        dialog.setScene(scene);
        dialog.show();
    }
}
