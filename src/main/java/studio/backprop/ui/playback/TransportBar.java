package studio.backprop.ui.playback;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

import studio.backprop.ui.StudioModel;

/**
 * Restart, step back, play/pause, step forward, jump to end and a speed control, with the current
 * step written out as a formula beside them.
 */
public final class TransportBar extends HBox {

    private final Label caption = new Label();

    public TransportBar(StudioModel model) {
        PlaybackViewModel playback = model.playback();
        getStyleClass().add("transport-bar");
        setAlignment(Pos.CENTER_LEFT);
        Button restart = button("restart", "Restart: nothing computed (Home)", playback::restart);
        Button back = button("step-back", "Step back (← or Page Up)", model.reveal()::back);
        Button play = button("play", "Play / pause (Space)", playback::togglePlay);
        Button forward = button("step-forward", "Step forward (→ or Page Down); in reveal mode, reveal first",
                model.reveal()::next);
        Button end = button("to-end", "Jump to the end of the backward pass (End)", playback::toEnd);
        Region playIcon = (Region) play.getGraphic();
        playback.playingProperty().addListener((observable, before, playing) -> {
            playIcon.getStyleClass().setAll("icon", playing ? "icon-pause" : "icon-play");
        });
        restart.disableProperty().bind(playback.atStartBinding());
        back.disableProperty().bind(playback.atStartBinding());
        forward.disableProperty().bind(playback.atEndBinding());
        end.disableProperty().bind(playback.atEndBinding());

        ComboBox<Double> speed = new ComboBox<>();
        speed.setId("speed");
        speed.getItems().addAll(0.25, 0.5, 1.0, 2.0, 4.0);
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double value) {
                return value == null ? "" : (value == Math.rint(value) ? String.valueOf(value.intValue()) : String.valueOf(value)) + "×";
            }

            @Override
            public Double fromString(String text) {
                return Double.valueOf(text.replace("×", ""));
            }
        });
        speed.setValue(playback.speedProperty().get());
        speed.valueProperty().addListener((observable, before, now) -> {
            if (now != null) playback.speedProperty().set(now);
        });
        speed.setTooltip(new Tooltip("Animation speed"));
        speed.setFocusTraversable(false);

        caption.setId("caption");
        caption.getStyleClass().add("caption");
        caption.textProperty().bind(model.captionProperty());
        caption.setMaxWidth(Double.MAX_VALUE);
        // A long formula wraps onto a second line rather than losing its end.
        caption.setWrapText(true);
        caption.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(caption, Priority.ALWAYS);
        Label speedLabel = new Label("Speed");
        speedLabel.getStyleClass().addAll("hint", "speed-control");
        speed.getStyleClass().add("speed-control");
        // The caption gives way to the controls, never the other way round: a long formula wraps instead.
        speedLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        speed.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().addAll(restart, back, play, forward, end, speedLabel, speed, caption);
    }

    /** A button with a drawn icon (CSS shape), so it looks the same whatever fonts are installed. */
    private static Button button(String id, String tip, Runnable action) {
        Region icon = new Region();
        icon.getStyleClass().addAll("icon", "icon-" + id);
        Button button = new Button();
        button.setGraphic(icon);
        button.setId(id);
        button.getStyleClass().add("transport-button");
        button.setTooltip(new Tooltip(tip));
        button.setFocusTraversable(false);
        button.setOnAction(event -> action.run());
        return button;
    }
}
