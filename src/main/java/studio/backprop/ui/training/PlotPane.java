package studio.backprop.ui.training;

import java.util.function.Supplier;

import javafx.scene.control.Label;
import javafx.scene.layout.Pane;

import studio.backprop.presentation.PlotStyle;
import studio.backprop.presentation.plot.TrainingPlot;
import studio.backprop.training.TrainingProgress;
import studio.backprop.ui.canvas.PictureView;

/**
 * One of training's plots, drawn as the exports draw it ({@link TrainingPlot}) at the pane's
 * width; drawn again when training moves on, the pane is resized or the looks change.
 */
final class PlotPane extends Pane {

    private final TrainingPlot plot;
    private final Supplier<PlotStyle> style;
    private final Label empty;
    private TrainingProgress progress;

    PlotPane(TrainingPlot plot, Supplier<PlotStyle> style, String emptyText) {
        this.plot = plot;
        this.style = style;
        this.empty = new Label(emptyText);
        empty.getStyleClass().add("training-plot-empty");
        empty.setWrapText(true);
        getStyleClass().add("training-plot");
        setId("training-" + plot.id());
        widthProperty().addListener((observable, before, now) -> redraw());
        heightProperty().addListener((observable, before, now) -> redraw());
        getChildren().add(empty);
    }

    /** Where training stands, or null for nothing to draw. */
    void show(TrainingProgress newest) {
        progress = newest;
        redraw();
    }

    /** Whether there is something to draw. */
    boolean drawn() {
        return progress != null && plot.drawable(progress);
    }

    void redraw() {
        double width = getWidth();
        double height = getHeight();
        if (!drawn() || width < 40 || height < 40) {
            empty.setMaxWidth(Math.max(0, width - 8));
            getChildren().setAll(empty);
            return;
        }
        getChildren().setAll(PictureView.of(plot.draw(progress, style.get(), width, height)));
    }
}
