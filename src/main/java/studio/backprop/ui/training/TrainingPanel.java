package studio.backprop.ui.training;

import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import studio.backprop.expr.Numbers;
import studio.backprop.presentation.PlotStyle;
import studio.backprop.presentation.plot.TrainingPlot;
import studio.backprop.training.TrainingProgress;
import studio.backprop.training.TrainingStep;
import studio.backprop.ui.plot.PlotPane;

/**
 * The training panel: α, batch size, steps per run, seed and speed; Step, Epoch, Run/Pause and
 * Reset; where training stands, the last update written out as the course writes it
 * (w1 := 0.5 − 0.1 · 0.23 = 0.477), what goes wrong in words, the loss curve and, for two-feature
 * classification, the data with the decision boundary.
 */
public final class TrainingPanel extends VBox {

    private final TrainingViewModel model;
    private final Supplier<PlotStyle> style;
    private final PlotPane loss;
    private final PlotPane boundary;
    private final Label status = label("training-status", "training-status");
    private final Label update = label("training-update", "training-update");
    private final Label problems = label("training-problems", "training-problems");

    /** {@code style} gives the plots' looks for the current theme and text size. */
    public TrainingPanel(TrainingViewModel model, Supplier<PlotStyle> style) {
        this.style = style;
        this.model = model;
        getStyleClass().add("training-panel");
        setId("training-panel");

        GridPane fields = new GridPane();
        fields.getStyleClass().add("training-fields");
        field(fields, 0, 0, "α", "rate", model.rateProperty());
        field(fields, 2, 0, "Batch", "batch", model.batchProperty());
        field(fields, 0, 1, "Steps", "steps", model.stepsProperty());
        field(fields, 2, 1, "Seed", "seed", model.seedProperty());
        ChoiceBox<Speed> speed = new ChoiceBox<>();
        speed.getItems().setAll(Speed.values());
        speed.valueProperty().bindBidirectional(model.speedProperty());
        speed.setId("training-speed");
        Label speedLabel = new Label("Speed");
        speedLabel.setMinWidth(Region.USE_PREF_SIZE);
        fields.add(speedLabel, 0, 2);
        fields.add(speed, 1, 2, 3, 1);
        Label batchHint = label("training-hint", "training-batch-hint");
        batchHint.setText("Batch: all = gradient descent, 1 = SGD, B = mini-batch.");

        Button step = button("Step", "training-step", model::step);
        Button epoch = button("Epoch", "training-epoch", model::epoch);
        Button run = button("Run", "training-run", () -> {
            if (model.runningProperty().get()) model.pause();
            else model.run();
        });
        run.textProperty().bind(Bindings.when(model.runningProperty()).then("Pause").otherwise("Run"));
        run.setDefaultButton(false);
        Button reset = button("Reset", "training-reset", model::reset);
        step.disableProperty().bind(model.runningProperty());
        epoch.disableProperty().bind(model.runningProperty());
        // Wrapping rather than cut short ("St..."): in the projector theme four buttons may not fit in a row.
        FlowPane buttons = new FlowPane(6, 6, step, epoch, run, reset);
        buttons.getStyleClass().add("training-buttons");
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label message = label("error-message", "training-message");
        message.textProperty().bind(model.messageProperty());
        hideWhenEmpty(message);
        hideWhenEmpty(problems);

        loss = plotPane(TrainingPlot.LOSS);
        boundary = plotPane(TrainingPlot.BOUNDARY);
        VBox.setVgrow(loss, Priority.ALWAYS);
        VBox.setVgrow(boundary, Priority.ALWAYS);
        boundary.visibleProperty().set(false);
        boundary.managedProperty().bind(boundary.visibleProperty());

        // The settings and buttons are always in view, and the plots keep their room; what training
        // says in between scrolls when the text is large.
        VBox settings = new VBox(fields, buttons);
        settings.getStyleClass().add("training-controls");
        VBox said = new VBox(message, status, problems, update, batchHint);
        said.getStyleClass().add("training-controls");
        ScrollPane scroller = new ScrollPane(said);
        scroller.setFitToWidth(true);
        scroller.getStyleClass().add("training-scroller");
        scroller.setMinHeight(0);
        scroller.prefHeightProperty().bind(said.heightProperty().add(4));
        getChildren().addAll(settings, scroller, loss, boundary);
        VBox.setVgrow(scroller, Priority.SOMETIMES);
        VBox.setMargin(loss, new javafx.geometry.Insets(0, 12, 0, 12));
        VBox.setMargin(boundary, new javafx.geometry.Insets(0, 12, 0, 12));
        model.progressProperty().addListener((observable, before, now) -> show(now));
        show(null);
    }

    /** The plot of where training stands, drawn as the exports draw it, or {@code empty} when there is nothing to draw. */
    private void show(PlotPane pane, TrainingPlot plot, TrainingProgress progress, String empty) {
        if (progress == null || !plot.drawable(progress)) pane.explain(empty);
        else pane.show((width, height) -> plot.draw(progress, style.get(), width, height));
    }

    /** The plots again, in new looks. */
    public void restyle() {
        loss.redraw();
        boundary.redraw();
    }

    private static PlotPane plotPane(TrainingPlot plot) {
        PlotPane pane = new PlotPane("training-" + plot.id());
        pane.getStyleClass().add("training-plot");
        return pane;
    }

    private void show(TrainingProgress progress) {
        show(loss, TrainingPlot.LOSS, progress, "The loss curve grows here with each step.");
        show(boundary, TrainingPlot.BOUNDARY, progress, "");
        boundary.setVisible(progress != null && TrainingPlot.BOUNDARY.drawable(progress));
        if (progress == null) {
            status.setText("Step 0: the parameters are the Variables panel's. Step trains once; Reset comes back here.");
            update.setText("");
            problems.setText("");
            return;
        }
        TrainingStep last = progress.last();
        // For gradient descent every step is an epoch: saying so would only repeat the number.
        boolean epochs = progress.rows() > 0 && !progress.curves().fullBatch();
        String where = "Step " + progress.steps() + (epochs ? ", epoch " + progress.epoch() : "") + " · "
                + progress.method() + " · α = " + Numbers.format(progress.settings().rate());
        if (model.graphWaitsProperty().get()) {
            where += "\nThe graph catches up when the run pauses or ends: it is too big to draw again at this speed.";
        }
        status.setText(last == null ? where : where + "\nJ = " + Numbers.format(last.loss()) + " on "
                + (last.rows().length == 0 ? "the program" : last.rowsInWords(progress.rows())) + " before this update");
        update.setText(last == null ? "" : String.join("\n", last.updates()));
        problems.setText(String.join("\n", progress.problems()));
    }

    private void field(GridPane grid, int column, int row, String text, String id,
                       javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId("training-" + id);
        field.setPrefColumnCount(4);
        field.textProperty().bindBidirectional(value);
        model.badFieldProperty().addListener((observable, before, now) -> {
            field.getStyleClass().remove("invalid");
            if (id.equals(now)) field.getStyleClass().add("invalid");
        });
        Label label = new Label(text);
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        if (id.equals("steps")) field.setTooltip(new javafx.scene.control.Tooltip("Run takes this many steps."));
        grid.add(label, column, row);
        grid.add(field, column + 1, row);
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(event -> action.run());
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private static Label label(String style, String id) {
        Label label = new Label();
        label.getStyleClass().add(style);
        label.setId(id);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        // Wrapped lines, never cut short: the plots below give way instead.
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static void hideWhenEmpty(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

}
