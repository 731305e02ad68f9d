package studio.backprop.ui.nudge;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import studio.backprop.expr.Numbers;
import studio.backprop.ui.FieldProblem;
import studio.backprop.ui.editor.EditorView;

/**
 * The nudge panel: the course's check of one derivative, next to what backprop says, and beside
 * them the slope picture, how h matters and every input at once.
 */
public final class NudgeView extends VBox {

    public NudgeView(NudgeViewModel model, NudgeFiguresView figures) {
        getStyleClass().add("nudge-panel");
        setId("nudge-panel");
        Label input = new Label();
        input.getStyleClass().add("nudge-input");
        input.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.nudgeProperty().get() == null ? "" : "Nudging " + model.nudgeProperty().get().name()
                        + ". Click another input's node, cell or row to nudge it instead.", model.nudgeProperty()));
        input.setWrapText(true);

        Label nudge = wrapping("nudge-line", model.nudgeLineProperty());
        Label backprop = wrapping("backprop-line", model.backpropLineProperty());
        Label chain = wrapping("chain-line", model.chainLineProperty());
        chain.visibleProperty().bind(chain.textProperty().isNotEmpty());
        chain.managedProperty().bind(chain.visibleProperty());
        Label central = wrapping("central-line", model.centralLineProperty());
        Label column = wrapping("column-line", model.columnLineProperty());
        column.visibleProperty().bind(column.textProperty().isNotEmpty());
        column.managedProperty().bind(column.visibleProperty());
        Label verdict = wrapping("verdict", model.verdictProperty());
        model.agreesProperty().addListener((observable, before, now) -> style(verdict, now));
        verdict.visibleProperty().bind(verdict.textProperty().isNotEmpty());
        verdict.managedProperty().bind(verdict.visibleProperty());
        style(verdict, model.agreesProperty().get());

        TextField h = new TextField(Numbers.format(model.hProperty().get()));
        h.setId("nudge-h");
        h.setPrefColumnCount(6);
        FieldProblem hProblem = new FieldProblem(h);
        hProblem.label().setId("nudge-h-problem");
        Runnable commit = () -> {
            try {
                double value = Double.parseDouble(h.getText().strip());
                if (!(value > 0) || Double.isInfinite(value)) throw new NumberFormatException();
                model.hProperty().set(value);
                hProblem.show(null);
            } catch (NumberFormatException e) {
                hProblem.show("h must be a positive number, such as 0.001.");
            }
        };
        h.setOnAction(event -> commit.run());
        // The h slider sets h too.
        model.hProperty().addListener((observable, before, now) -> {
            if (!h.isFocused()) {
                h.setText(Numbers.format(now.doubleValue()));
                hProblem.show(null);
            }
        });
        h.focusedProperty().addListener((observable, before, focused) -> {
            if (!focused) commit.run();
        });
        HBox hRow = new HBox(6, hProblem.label(), new Label("h ="), h);
        hRow.getStyleClass().add("nudge-h-row");

        hRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        verdict.setMaxWidth(Double.MAX_VALUE);
        VBox details = new VBox(6, input, nudge, backprop, chain, central, column, verdict);
        javafx.scene.control.ScrollPane scroller = new javafx.scene.control.ScrollPane(details);
        scroller.setFitToWidth(true);
        scroller.getStyleClass().add("nudge-scroller");
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
        HBox heading = new HBox(8, EditorView.title("Nudge check"), gap, hRow);
        heading.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        // The numbers on the left, the pictures of them on the right, each half the width.
        javafx.scene.layout.GridPane body = new javafx.scene.layout.GridPane();
        body.setHgap(10);
        for (int c = 0; c < 2; c++) {
            javafx.scene.layout.ColumnConstraints half = new javafx.scene.layout.ColumnConstraints();
            half.setPercentWidth(50);
            body.getColumnConstraints().add(half);
        }
        body.add(scroller, 0, 0);
        body.add(figures, 1, 0);
        javafx.scene.layout.RowConstraints fill = new javafx.scene.layout.RowConstraints();
        fill.setVgrow(javafx.scene.layout.Priority.ALWAYS);
        body.getRowConstraints().add(fill);
        figures.setMinSize(0, 0);
        scroller.setMinSize(0, 0);
        VBox.setVgrow(body, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(heading, body);
    }

    private static Label wrapping(String id, javafx.beans.value.ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(id);
        label.setWrapText(true);
        label.textProperty().bind(text);
        return label;
    }

    private static void style(Label verdict, boolean agrees) {
        verdict.getStyleClass().removeAll("agrees", "disagrees");
        verdict.getStyleClass().add(agrees ? "agrees" : "disagrees");
    }
}
