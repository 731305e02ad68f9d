package studio.backprop.ui;

import java.nio.file.Path;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

import studio.backprop.layout.EdgeLabels;
import studio.backprop.presentation.Theme;
import studio.backprop.ui.canvas.GraphCanvas;
import studio.backprop.ui.document.DocumentActions;
import studio.backprop.ui.export.ExportActions;

/** The menu bar: File, View, Teach and Help, each command with its key. */
final class StudioMenus {

    private final StudioModel model;
    private final DocumentActions documents;
    private final ExportActions exports;
    private final GraphCanvas canvas;
    private final Runnable toggleShortcuts;
    private final Runnable showJacobian;

    StudioMenus(StudioModel model, DocumentActions documents, ExportActions exports, GraphCanvas canvas,
                Runnable toggleShortcuts, Runnable showJacobian) {
        this.showJacobian = showJacobian;
        this.model = model;
        this.documents = documents;
        this.exports = exports;
        this.canvas = canvas;
        this.toggleShortcuts = toggleShortcuts;
    }

    MenuBar build() {
        MenuBar bar = new MenuBar(file(), edit(), view(), teach(), help());
        bar.setId("menu-bar");
        return bar;
    }

    private Menu file() {
        Menu recent = new Menu("Open Recent");
        recent.setId("open-recent");
        recent.setOnShowing(event -> fillRecent(recent));
        fillRecent(recent);
        MenuItem quit = item("Quit", "Shortcut+Q", documents::quit);
        return new Menu("File", null,
                item("New", "Shortcut+N", documents::newProgram),
                item("Open…", "Shortcut+O", documents::openWithChooser),
                recent,
                item("Examples…", "Shortcut+Shift+E", documents::showExamples),
                new SeparatorMenuItem(),
                item("Save", "Shortcut+S", documents::save),
                item("Save As…", "Shortcut+Shift+S", documents::saveAs),
                new SeparatorMenuItem(),
                item("Export…", "Shortcut+E", exports::showDialog),
                new SeparatorMenuItem(),
                quit);
    }

    private Menu edit() {
        return new Menu("Edit", null, item("Copy graph as image", "Shortcut+Shift+C", exports::copyImage));
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        for (Path file : documents.recentFiles()) {
            // Recent files are absolute and have names (StudioPreferences checks): never "(null)".
            MenuItem item = new MenuItem(file.getFileName() + "   (" + file.getParent() + ")");
            item.setMnemonicParsing(false);
            item.setOnAction(event -> documents.open(file));
            recent.getItems().add(item);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No recent files");
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    private Menu view() {
        Menu themes = new Menu("Theme");
        ToggleGroup group = new ToggleGroup();
        for (Theme theme : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(label(theme));
            item.setId("theme-" + theme.id());
            item.setToggleGroup(group);
            item.setSelected(model.themeProperty().get() == theme);
            item.setOnAction(event -> model.themeProperty().set(theme));
            model.themeProperty().addListener((observable, before, now) -> item.setSelected(now == theme));
            themes.getItems().add(item);
        }
        Menu labels = new Menu("Edge labels");
        labels.setId("edge-labels");
        ToggleGroup labelGroup = new ToggleGroup();
        for (EdgeLabels written : EdgeLabels.values()) {
            RadioMenuItem item = new RadioMenuItem(written.description());
            item.setId("edge-labels-" + written.id());
            item.setToggleGroup(labelGroup);
            item.setSelected(model.edgeLabelsProperty().get() == written);
            item.setOnAction(event -> model.edgeLabelsProperty().set(written));
            model.edgeLabelsProperty().addListener((observable, before, now) -> item.setSelected(now == written));
            labels.getItems().add(item);
        }
        CheckMenuItem presentation = new CheckMenuItem("Presentation layout");
        presentation.setAccelerator(KeyCombination.keyCombination("F5"));
        presentation.selectedProperty().bindBidirectional(model.presentingProperty());
        CheckMenuItem tree = new CheckMenuItem("Keep identical subexpressions apart (tree)");
        tree.selectedProperty().bindBidirectional(model.treeProperty());
        CheckMenuItem scalarView = new CheckMenuItem("Scalar view: every element of a vector or matrix a node");
        scalarView.setId("scalar-view");
        scalarView.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+X"));
        scalarView.selectedProperty().bindBidirectional(model.scalars().enabledProperty());
        CheckMenuItem follow = new CheckMenuItem("Follow the step when the graph is too big (C)");
        follow.setId("follow-camera");
        follow.selectedProperty().bindBidirectional(model.followProperty());
        CheckMenuItem nudge = new CheckMenuItem("Nudge check in the presentation layout (N)");
        nudge.selectedProperty().bindBidirectional(model.nudgeShownProperty());
        return new Menu("View", null, themes, labels,
                item("Larger text", "Shortcut+Equals", () -> model.fontScaleProperty().set(
                        Math.min(StudioPreferences.LARGEST_FONT_SCALE, model.fontScaleProperty().get() + 0.25))),
                item("Smaller text", "Shortcut+Minus", () -> model.fontScaleProperty().set(
                        Math.max(StudioPreferences.SMALLEST_FONT_SCALE, model.fontScaleProperty().get() - 0.25))),
                item("Normal text size", "Shortcut+Digit0", () -> model.fontScaleProperty().set(1)),
                new SeparatorMenuItem(),
                presentation,
                nudge,
                item("Full screen", "F11", () -> documents.toggleFullScreen()),
                item("Fit graph to window (F)", null, canvas::fit),
                follow,
                new SeparatorMenuItem(),
                scalarView,
                tree);
    }

    private Menu teach() {
        CheckMenuItem reveal = new CheckMenuItem("Reveal mode");
        reveal.setId("reveal-mode");
        reveal.selectedProperty().bindBidirectional(model.reveal().enabledProperty());
        CheckMenuItem blank = new CheckMenuItem("Blank screen (B)");
        blank.selectedProperty().bindBidirectional(model.blankedProperty());
        return new Menu("Teach", null, reveal,
                item("Reveal next (Page Down)", null, model.reveal()::next),
                item("Reveal all", null, model.reveal()::revealAll),
                new SeparatorMenuItem(), blank,
                new SeparatorMenuItem(),
                item("Jacobian of the output", "Shortcut+J", showJacobian));
    }

    private Menu help() {
        return new Menu("Help", null, item("Keyboard shortcuts (? or F1)", null, toggleShortcuts),
                item("The language…", null, documents::showLanguageHelp));
    }

    private static String label(Theme theme) {
        return switch (theme) {
            case LIGHT -> "Light";
            case DARK -> "Dark";
            case PROJECTOR -> "Projector (high contrast, large type)";
        };
    }

    private static MenuItem item(String text, String keys, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (keys != null) item.setAccelerator(KeyCombination.keyCombination(keys));
        item.setOnAction(event -> action.run());
        return item;
    }
}
