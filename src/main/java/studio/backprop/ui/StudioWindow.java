package studio.backprop.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import studio.backprop.presentation.JacobianText;
import studio.backprop.ui.canvas.GraphCanvas;
import studio.backprop.ui.canvas.GraphPresenter;
import studio.backprop.ui.document.DocumentActions;
import studio.backprop.ui.editor.EditorView;
import studio.backprop.ui.export.ExportActions;
import studio.backprop.ui.jacobian.JacobianOverlay;
import studio.backprop.ui.nudge.NudgeFiguresView;
import studio.backprop.ui.nudge.NudgeView;
import studio.backprop.ui.playback.TransportBar;
import studio.backprop.ui.scalars.ScalarViewBanner;
import studio.backprop.ui.training.TrainingPanel;
import studio.backprop.ui.variables.VariablesView;

/**
 * The main window: program editor and variables on the left, the graph in the middle, the nudge
 * check under the graph, the transport bar with the current step along the bottom. In the
 * presentation layout only the graph and the transport bar remain (N brings the nudge check
 * back under the graph); a black pane can cover
 * everything, and the list of keys can be laid over it.
 */
final class StudioWindow extends StackPane {

    private final StudioModel model;
    private final GraphCanvas canvas = new GraphCanvas();
    private final SplitPane split;
    private final SplitPane left;
    private final SplitPane center;
    private final VBox nudgePanel;
    /** On the right while the program has parameters to learn. */
    private final TrainingPanel trainingPanel;
    /** The graph, with the scalar view's banner above it. */
    private final VBox graphArea;
    private final BorderPane main = new BorderPane();
    private final ShortcutOverlay shortcuts = new ShortcutOverlay();
    private final JacobianOverlay jacobian = new JacobianOverlay();
    private final DocumentActions documents;
    private double[] dividers = {0.24};

    StudioWindow(StudioModel model, double animationScale, DocumentActions documents, ExportActions exports) {
        this.model = model;
        this.documents = documents;
        getStyleClass().add("studio-window");
        new GraphPresenter(model, canvas, animationScale, jacobian::show);

        left = new SplitPane(new EditorView(model), new VariablesView(model));
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.55);
        left.getStyleClass().add("left-panel");
        NudgeFiguresView figures = new NudgeFiguresView(model.nudgeFigures(), model.themeProperty(),
                Bindings.createDoubleBinding(() -> model.style().em(), model.themeProperty(), model.fontScaleProperty()));
        NudgeView nudgeView = new NudgeView(model.nudge(), figures);
        VBox.setVgrow(nudgeView, javafx.scene.layout.Priority.ALWAYS);
        nudgePanel = new VBox(nudgeView);
        nudgePanel.getStyleClass().add("nudge-container");
        graphArea = new VBox(new ScalarViewBanner(model.scalars()), revealBadge(), canvas);
        graphArea.setAlignment(javafx.geometry.Pos.TOP_CENTER);
        VBox.setVgrow(canvas, javafx.scene.layout.Priority.ALWAYS);
        // When the two views disagree neither is shown: the banner says why.
        canvas.visibleProperty().bind(model.scalars().disagreesProperty().not());
        // Graphs are wide and short, so the nudge check's long lines go under the graph, not beside it.
        center = new SplitPane(graphArea, nudgePanel);
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(0.64);
        SplitPane.setResizableWithParent(nudgePanel, false);
        split = new SplitPane(left, center);
        split.setDividerPositions(dividers);
        SplitPane.setResizableWithParent(left, false);
        trainingPanel = new TrainingPanel(model.training(), model::plotStyle);
        SplitPane.setResizableWithParent(trainingPanel, false);
        model.training().availableProperty().addListener((observable, before, now) -> showTraining());
        model.themeProperty().addListener((observable, before, now) -> trainingPanel.restyle());
        model.fontScaleProperty().addListener((observable, before, now) -> trainingPanel.restyle());

        main.setTop(new StudioMenus(model, documents, exports, canvas, shortcuts::toggle, this::showOutputJacobian).build());
        main.setCenter(split);
        main.setBottom(new VBox(new TransportBar(model), new StatusBar(model)));

        Region blank = new Region();
        blank.getStyleClass().add("blank-screen");
        blank.setId("blank-screen");
        blank.visibleProperty().bind(model.blankedProperty());
        getChildren().addAll(main, jacobian, shortcuts, blank);

        model.presentingProperty().addListener((observable, before, presenting) -> present(presenting));
        model.nudgeShownProperty().addListener((observable, before, shown) -> {
            if (model.presentingProperty().get()) arrangePresentation();
        });
        addEventFilter(KeyEvent.ANY, new ClassroomKeys(model, shortcuts::toggle, canvas::fit, jacobian, canvas));
        acceptDroppedFiles();
    }

    /**
     * Above the graph, not over it: over it, at a projector's text size, it hid the top row of
     * nodes, the output among them, and the zoom buttons. The graph refits below it.
     */
    private Label revealBadge() {
        Label badge = new Label("Reveal mode: Page Down or a click reveals the next number");
        badge.getStyleClass().add("reveal-badge");
        badge.setId("reveal-badge");
        badge.visibleProperty().bind(model.reveal().enabledProperty());
        badge.managedProperty().bind(badge.visibleProperty());
        badge.setMouseTransparent(true);
        badge.setWrapText(true);
        return badge;
    }

    GraphCanvas canvas() {
        return canvas;
    }

    ShortcutOverlay shortcuts() {
        return shortcuts;
    }

    JacobianOverlay jacobian() {
        return jacobian;
    }

    /**
     * The output's Jacobian with respect to every input element, and the Jacobian chain rule with
     * the matrices at the point when every path goes through one vector; for a number J, its
     * gradient as the one-row Jacobian it is.
     */
    void showOutputJacobian() {
        var now = model.showingProperty().get();
        if (now == null) return;
        if (model.reveal().enabledProperty().get()) {
            jacobian.show("Jacobian", "Reveal mode is on: the Jacobian would give the answers away. Press R to leave it.");
            return;
        }
        var analysis = now.analysis();
        jacobian.show("Jacobian of " + analysis.graph().output().label(), JacobianText.of(analysis.evaluation()));
    }

    private void present(boolean presenting) {
        if (presenting) {
            // Already presenting when only the training panel comes or goes: the saved dividers stay.
            if (split.getItems().contains(left)) dividers = split.getDividerPositions();
            arrangePresentation();
            main.getTop().setVisible(false);
            main.getTop().setManaged(false);
        } else {
            center.getItems().setAll(graphArea, nudgePanel);
            center.setDividerPositions(0.64);
            split.getItems().setAll(left, center);
            split.setDividerPositions(dividers);
            showTraining();
            main.getTop().setVisible(true);
            main.getTop().setManaged(true);
        }
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("presenting"), presenting);
        javafx.application.Platform.runLater(() -> javafx.application.Platform.runLater(canvas::fitAgain));
    }

    /** The presentation layout: the graph alone, or with the nudge check under it (N), in the presentation's type. */
    private void arrangePresentation() {
        if (model.nudgeShownProperty().get()) {
            center.getItems().setAll(graphArea, nudgePanel);
            center.setDividerPositions(0.7);
            split.getItems().setAll(center);
        } else {
            split.getItems().setAll(graphArea);
        }
        // The class watches training too: its panel stays beside the graph.
        if (model.training().availableProperty().get()) {
            split.getItems().add(trainingPanel);
            split.setDividerPositions(0.7);
        }
        javafx.application.Platform.runLater(canvas::fitAgain);
    }

    /** The training panel beside the graph while the program learns; the graph keeps the room otherwise. */
    private void showTraining() {
        if (model.presentingProperty().get()) {
            present(true);
            return;
        }
        boolean learns = model.training().availableProperty().get();
        if (learns == split.getItems().contains(trainingPanel)) return;
        double leftEdge = split.getDividerPositions()[0];
        if (learns) {
            split.getItems().add(trainingPanel);
            split.setDividerPositions(leftEdge, 0.73);
        } else {
            split.getItems().remove(trainingPanel);
            split.setDividerPositions(leftEdge);
        }
    }

    private void acceptDroppedFiles() {
        setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) event.acceptTransferModes(TransferMode.COPY);
            event.consume();
        });
        setOnDragDropped(event -> {
            boolean hasFiles = event.getDragboard().hasFiles();
            // Reading happens off the FX thread; a file that cannot be read says so in its own dialog.
            if (hasFiles) documents.open(event.getDragboard().getFiles().get(0).toPath());
            event.setDropCompleted(hasFiles);
            event.consume();
        });
    }
}
