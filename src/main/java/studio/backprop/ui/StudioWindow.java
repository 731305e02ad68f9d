package studio.backprop.ui;

import javafx.geometry.Orientation;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.CodeArea;

/**
 * The main window: program editor and variables on the left, the graph in the middle, the nudge
 * check on the right, and the transport bar with the current step along the bottom.
 */
final class StudioWindow extends BorderPane {

    private final StudioModel model;
    private final GraphCanvas canvas = new GraphCanvas();

    StudioWindow(StudioModel model, double animationScale) {
        this.model = model;
        getStyleClass().add("studio-window");
        new GraphPresenter(model, canvas, animationScale);

        EditorView editor = new EditorView(model);
        VariablesView variables = new VariablesView(model);
        SplitPane left = new SplitPane(editor, variables);
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.55);
        left.getStyleClass().add("left-panel");

        NudgeView nudge = new NudgeView(model.nudge());
        SplitPane main = new SplitPane(left, canvas, nudge);
        main.setDividerPositions(0.22, 0.78);
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(nudge, false);

        setTop(menus());
        setCenter(main);
        setBottom(new VBox(new TransportBar(model.playback())));
        addEventFilter(KeyEvent.KEY_PRESSED, this::transportKeys);
    }

    GraphCanvas canvas() {
        return canvas;
    }

    private MenuBar menus() {
        Menu examples = new Menu("Examples");
        for (ExampleCatalog.Example example : ExampleCatalog.all()) {
            MenuItem item = new MenuItem(example.title());
            item.setOnAction(event -> model.load(example.source()));
            examples.getItems().add(item);
        }
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(event -> getScene().getWindow().hide());
        Menu file = new Menu("File", null, examples, new SeparatorMenuItem(), quit);

        MenuItem fit = new MenuItem("Fit graph to window");
        fit.setOnAction(event -> canvas.fit());
        CheckMenuItem tree = new CheckMenuItem("Keep identical subexpressions apart (tree)");
        tree.selectedProperty().bindBidirectional(model.treeProperty());
        Menu view = new Menu("View", null, fit, tree);
        return new MenuBar(file, view);
    }

    /** Space, ← → and Home/End drive the animation unless the student is typing. */
    private void transportKeys(KeyEvent event) {
        if (event.getTarget() instanceof CodeArea || event.getTarget() instanceof javafx.scene.control.TextInputControl
                || event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        PlaybackViewModel playback = model.playback();
        switch (event.getCode()) {
            case SPACE -> playback.togglePlay();
            case RIGHT -> playback.stepForward();
            case LEFT -> playback.stepBack();
            case HOME -> playback.restart();
            case END -> playback.toEnd();
            default -> {
                return;
            }
        }
        event.consume();
    }
}
